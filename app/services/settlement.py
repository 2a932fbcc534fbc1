"""The chair's settlements of a panel's composition and of facts outside the review, each with a reason
and an audit-log entry, each in one transaction:

- ``set_aside`` / ``restore``: a named dossier stops (or starts again) counting for its candidate — how
  the chair settles a dossier more than the notice's count (``too_many``), a case handed in twice, or
  a dossier shared against a ``forbid`` sharing rule. The dossier stays in the panel, its reviews too.
- ``grade_candidate``: the chair's grade of a unit whose indicator the notice leaves to the office's
  judgement (``base_adjusted`` with ``graded_by_chair``: Rudong 2024's 综合打分 out of 22).
- ``record_check``: a ``DossierCheck`` found or not on a dossier (Rudong 2024: the inspection is in the
  mobile enforcement system).

Refusals raise ``SettlementError`` with a code and its figures; nothing is written then.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select, update

from app.errors import AppError
from app.models import schema
from app.review.points import PointsError, parse_points
from app.review.ruleset import BaseAdjustedIndicator
from app.services.panel import Panel, audit, find_dossier_row


class SettlementError(AppError):
    """A refused settlement (an ``AppError``); ``target`` names the dossier or candidate, and is in
    ``fields`` as ``dossier`` or ``candidate``.

    Codes: ``settlement.reason_required``, ``.unknown_dossier``, ``.ambiguous_dossier``,
    ``.already_set_aside``, ``.not_set_aside``, ``.unknown_candidate``, ``.not_graded`` (the
    candidate's kind takes no grade), ``.not_points``, ``.grade_out_of_range``, ``.unknown_check``.
    """

    def __init__(
        self, code: str, *, dossier: str | None = None, candidate: str | None = None, **fields: Any
    ) -> None:
        self.target = dossier or candidate or ""
        extra = ", ".join(f"{k}={v}" for k, v in fields.items())
        message = f"{code} ({self.target}{'; ' + extra if extra else ''})"
        super().__init__(code, message, dossier=dossier, candidate=candidate, **fields)


@dataclass(frozen=True)
class Settled:
    """What was changed: the dossier code or candidate id, the value before and after, the reason."""

    action: str  # dossier.set_aside | dossier.restore | candidate.grade | dossier.check
    target: str
    old: Any
    new: Any
    reason: str


def _reason(reason: str, *, required: bool = True, **target: str) -> str:
    """The reason as stored; an empty one refused (``target``: ``dossier=`` or ``candidate=``)."""
    text = " ".join(reason.split())
    if required and not text:
        raise SettlementError("settlement.reason_required", **target)
    return text


def _find_dossier(conn: Connection, key: str) -> Any:
    d = schema.dossiers
    columns = (d.c.id, d.c.code, d.c.candidate_id, d.c.set_aside_reason, d.c.checks)
    return find_dossier_row(
        conn, key, columns, lambda code, **args: SettlementError(f"settlement.{code}", dossier=key, **args)
    )


def set_aside(panel: Panel, dossier: str, reason: str, *, actor: str = "chair") -> Settled:
    """The dossier (code, or a case number naming one dossier) no longer counts for its candidate."""
    why = _reason(reason, dossier=dossier)
    with panel.transaction() as conn:
        row = _find_dossier(conn, dossier)
        if row.set_aside_reason is not None:
            raise SettlementError(
                "settlement.already_set_aside", dossier=row.code, reason=row.set_aside_reason
            )
        d = schema.dossiers
        conn.execute(update(d).where(d.c.id == row.id).values(set_aside_reason=why))
        new = {"reason": why, "candidate": row.candidate_id}
        audit(conn, actor, "dossier.set_aside", "dossier", row.code, None, new)
    return Settled("dossier.set_aside", row.code, None, why, why)


def restore(panel: Panel, dossier: str, reason: str, *, actor: str = "chair") -> Settled:
    """A set-aside dossier counts for its candidate again."""
    why = _reason(reason, dossier=dossier)
    with panel.transaction() as conn:
        row = _find_dossier(conn, dossier)
        if row.set_aside_reason is None:
            raise SettlementError("settlement.not_set_aside", dossier=row.code)
        d = schema.dossiers
        conn.execute(update(d).where(d.c.id == row.id).values(set_aside_reason=None))
        old = {"reason": row.set_aside_reason}
        audit(conn, actor, "dossier.restore", "dossier", row.code, old, {"reason": why})
    return Settled("dossier.restore", row.code, row.set_aside_reason, None, why)


def grade_candidate(
    panel: Panel, candidate: str, points: Decimal | str, reason: str, *, actor: str = "chair"
) -> Settled:
    """Enter (or change) the chair's grade of a candidate whose kind is graded by the chair, 0 to the
    kind's ``base`` (Rudong: 0–22)."""
    why = _reason(reason, candidate=candidate)
    c = schema.candidates
    with panel.transaction() as conn:
        row = conn.execute(select(c.c.kind, c.c.grade, c.c.grade_reason).where(c.c.id == candidate)).first()
        if row is None:
            raise SettlementError("settlement.unknown_candidate", candidate=candidate)
        kind = panel.ruleset.kind(row.kind)
        spec = kind.indicator if kind is not None else None
        if not isinstance(spec, BaseAdjustedIndicator) or not spec.graded_by_chair:
            raise SettlementError("settlement.not_graded", candidate=candidate, kind=row.kind)
        try:
            value = parse_points(points if isinstance(points, str) else format(points, "f"))
        except PointsError:
            raise SettlementError("settlement.not_points", candidate=candidate, value=str(points)) from None
        if value > spec.base:
            raise SettlementError(
                "settlement.grade_out_of_range", candidate=candidate, value=value, maximum=spec.base
            )
        conn.execute(update(c).where(c.c.id == candidate).values(grade=value, grade_reason=why))
        old = None if row.grade is None else {"grade": row.grade, "reason": row.grade_reason}
        audit(conn, actor, "candidate.grade", "candidate", candidate, old, {"grade": value, "reason": why})
    return Settled("candidate.grade", candidate, row.grade, value, why)


def record_check(
    panel: Panel, dossier: str, check: str, found: bool, reason: str = "", *, actor: str = "chair"
) -> Settled:
    """Record whether a dossier passes one of its candidate kind's ``dossier_checks``."""
    why = _reason(reason, required=False, dossier=dossier)
    d = schema.dossiers
    with panel.transaction() as conn:
        row = _find_dossier(conn, dossier)
        kind_code = conn.execute(
            select(schema.candidates.c.kind).where(schema.candidates.c.id == row.candidate_id)
        ).scalar()
        kind = panel.ruleset.kind(kind_code or "")
        known = [c.code for c in kind.dossier_checks] if kind is not None else []
        if check not in known:
            raise SettlementError(
                "settlement.unknown_check", dossier=row.code, check=check, known=", ".join(known) or "—"
            )
        before = set(row.checks or ())
        after = before | {check} if found else before - {check}
        conn.execute(update(d).where(d.c.id == row.id).values(checks=sorted(after)))
        old, new = {"check": check, "found": check in before}, {"check": check, "found": found, "reason": why}
        audit(conn, actor, "dossier.check", "dossier", row.code, old, new)
    return Settled("dossier.check", row.code, check in before, found, why)
