"""The chair's settlements: moderating a dossier, rejecting or accepting a cross-review deduction.

Every change is one transaction with an audit entry (old → new) and needs a reason, because the
chair's word overrides reviewers' scores on a signed result. A refusal names the dossier (or the
deduction) and changes nothing: a ``ModerationError`` with a code and fields, said by ``app.errors.describe``.

A settlement is stated whole: ``settle`` replaces the dossier's moderation with exactly the values
given (a value left out means "as computed"), so what the audit log shows as new is what applies.

Rejections live in ``rejected_deductions`` (``results.load_inputs`` leaves them out). Accepting a
deduction removes its rejection, if any, and is recorded in the audit log only: the latest
``deduction.reject`` / ``deduction.accept`` entry of a deduction is the chair's decision on it,
which settles its "counted twice?" flag.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, RowMapping, delete, select

from app.errors import AppError
from app.models import schema
from app.review.disagreement import Decision, DeductionRecord, Flag, panel_flags
from app.review.panel_results import PanelResults
from app.review.points import PointsError, parse_points
from app.review.scoring import Role
from app.services.clock import utc_now
from app.services.panel import Panel, audit, find_dossier_row

MODERATION_ENTITY = "moderation"
_ROLES = {role.value: role for role in Role}  # a dict lookup per deduction, not an Enum call
DEDUCTION_ENTITY = "deduction"


class ModerationError(AppError):
    """A refused settlement (an ``AppError``): nothing was changed. Its ``fields`` say where
    (``dossier``, ``deduction``) and the figures.

    Codes: ``moderation.reason_required``, ``.unknown_dossier``, ``.ambiguous_dossier``,
    ``.not_points``, ``.expert_score_out_of_range``, ``.cross_deduction_out_of_range``,
    ``.unknown_veto``, ``.veto_not_marked``, ``.not_moderated``, ``.unknown_deduction``,
    ``.not_cross_deduction``.
    """

    def __init__(self, code: str, **fields: Any) -> None:
        described = ", ".join(f"{k}={v}" for k, v in fields.items() if v is not None)
        super().__init__(code, f"{code} ({described})", **fields)


@dataclass(frozen=True)
class ModerationRecord:
    dossier_id: str  # the dossier code
    expert_score: Decimal | None
    cross_deduction: Decimal | None
    dismissed_vetoes: tuple[str, ...]
    reason: str
    actor: str
    at: datetime

    def audit_form(self) -> dict[str, Any]:
        return {
            "expert_score": None if self.expert_score is None else format(self.expert_score, "f"),
            "cross_deduction": None if self.cross_deduction is None else format(self.cross_deduction, "f"),
            "dismissed_vetoes": list(self.dismissed_vetoes),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ModerationChange:
    dossier_id: str
    old: ModerationRecord | None
    new: ModerationRecord | None

    @property
    def changed(self) -> bool:
        old = self.old.audit_form() if self.old else None
        new = self.new.audit_form() if self.new else None
        return old != new


@dataclass(frozen=True)
class DecisionRecord:
    """The chair's decision on one cross-review deduction."""

    uid: str
    dossier_id: str
    reviewer_id: str
    item_id: str
    points: Decimal
    decision: Decision
    reason: str
    actor: str
    at: datetime


# ---------------------------------------------------------------------- reading
def moderation_records(panel: Panel, dossiers: Collection[str] | None = None) -> dict[str, ModerationRecord]:
    """Every dossier's moderation (or those of ``dossiers``, by code), by dossier code."""
    m, d = schema.moderations, schema.dossiers
    query = select(m, d.c.code).join(d).order_by(d.c.code)
    if dossiers is not None:
        query = query.where(d.c.code.in_(sorted(dossiers)))
    with panel.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return {row["code"]: _record(row["code"], row) for row in rows}


def _record(code: str, row: RowMapping) -> ModerationRecord:
    return ModerationRecord(
        dossier_id=code,
        expert_score=row["expert_score"],
        cross_deduction=row["cross_deduction"],
        dismissed_vetoes=tuple(row["dismissed_vetoes"] or ()),
        reason=row["reason"],
        actor=row["actor"],
        at=row["at"],
    )


_DEDUCTION_ORDER = itemgetter(1, 3, 2, 4, 9)  # code, role, reviewer, item, entry: a C key, no lambda


def _deduction_rows(
    conn: Connection, uid: str | None = None, dossiers: Collection[str] | None = None
) -> list[Any]:
    ded, r, rv, d = schema.deductions, schema.reviews, schema.reviewers, schema.dossiers
    query = (
        select(
            ded.c.uid,
            d.c.code,
            r.c.reviewer_id,
            rv.c.role,
            ded.c.item_id,
            ded.c.points,
            ded.c.reason_id,
            ded.c.text,
            ded.c.page,
            ded.c.id,
        )
        .join(r, ded.c.review_id == r.c.id)
        .join(rv, r.c.reviewer_id == rv.c.id)
        .join(d, r.c.dossier_id == d.c.id)
    )
    if uid is not None:
        query = query.where(ded.c.uid == uid)
    if dossiers is not None:
        query = query.where(d.c.code.in_(sorted(dossiers)))
    # by dossier code, role, reviewer, item, entry: sorted here, a third of the time SQLite's
    # temporary B-tree takes for 10^5 rows
    return sorted(conn.execute(query).all(), key=_DEDUCTION_ORDER)


def _accepted(conn: Connection) -> dict[str, DecisionRecord]:
    """The latest accept of each deduction not rejected since, from the audit log (its action index)."""
    accepted: dict[str, DecisionRecord] = {}
    log = schema.audit_log
    for entry in conn.execute(
        select(log.c.entity_id, log.c.action, log.c.new, log.c.actor, log.c.at)
        .where(log.c.action.in_(("deduction.accept", "deduction.reject")), log.c.entity == DEDUCTION_ENTITY)
        .order_by(log.c.id)
    ):
        if entry.action == "deduction.accept" and entry.new:
            accepted[entry.entity_id] = DecisionRecord(
                uid=entry.entity_id,
                dossier_id=entry.new.get("dossier", ""),
                reviewer_id=entry.new.get("reviewer", ""),
                item_id=entry.new.get("item", ""),
                points=Decimal(entry.new.get("points", "0")),
                decision=Decision.ACCEPTED,
                reason=entry.new.get("reason", ""),
                actor=entry.actor,
                at=entry.at,
            )
        else:
            accepted.pop(entry.entity_id, None)
    return accepted


def _decisions(conn: Connection, rows: Sequence[Any] | None = None) -> dict[str, DecisionRecord]:
    """The chair's decisions on the deductions of ``rows`` (``_deduction_rows``; default: all)."""
    rows = _deduction_rows(conn) if rows is None else rows
    rejected = {row.deduction_uid: row for row in conn.execute(select(schema.rejected_deductions)).all()}
    accepted = _accepted(conn)
    decisions: dict[str, DecisionRecord] = {}
    if not rejected and not accepted:
        return decisions  # nothing decided: no walk over every deduction
    for row in rows:
        uid = row[0]  # positional: named access on 10^5 rows costs more than the rest of this loop
        if uid not in rejected and uid not in accepted:
            continue
        if uid in rejected:
            rej = rejected[uid]
            decisions[uid] = DecisionRecord(
                uid, row.code, row.reviewer_id, row.item_id, row.points,
                Decision.REJECTED, rej.reason, rej.actor, rej.at,
            )  # fmt: skip
        elif uid in accepted:
            decisions[uid] = accepted[uid]
    return decisions


def deduction_decisions(panel: Panel) -> dict[str, DecisionRecord]:
    """The chair's decisions on deductions that still exist, by deduction uid."""
    with panel.connect() as conn:
        return _decisions(conn)


@dataclass(frozen=True)
class DeductionsRead:
    """The deductions of a panel (or of some of its dossiers) and the chair's decisions on them."""

    deductions: tuple[DeductionRecord, ...]
    decisions: Mapping[str, DecisionRecord]


def read_deductions(panel: Panel, dossiers: Collection[str] | None = None) -> DeductionsRead:
    """Every deduction as entered, rejected ones included, with the chair's decisions: one read of the
    deductions for both. ``dossiers``: only those dossiers' (by code)."""
    with panel.connect() as conn:
        rows = _deduction_rows(conn, dossiers=dossiers)
        decisions = _decisions(conn, rows)
    roles, decided = _ROLES, {uid: d.decision for uid, d in decisions.items()}
    records = tuple(
        DeductionRecord(
            uid,
            code,
            reviewer_id,
            roles[role],
            item_id,
            points,
            reason_id,
            text or "",
            page,
            decided.get(uid),
        )  # positional, from plain tuples: a third of the time named access takes on 10^5 rows
        for uid, code, reviewer_id, role, item_id, points, reason_id, text, page, _id in map(tuple, rows)
    )
    return DeductionsRead(records, decisions)


def load_deductions(panel: Panel) -> list[DeductionRecord]:
    """Every deduction of the panel as entered, rejected ones included, with the chair's decision."""
    return list(read_deductions(panel).deductions)


def compute_flags(
    panel: Panel, results: PanelResults, deductions: Iterable[DeductionRecord] | None = None
) -> list[Flag]:
    """The panel's disagreement flags, with the threshold the panel was created with. ``deductions``:
    the panel's (``load_deductions``) when already read."""
    return panel_flags(
        ((o.dossier.id, panel.checklist(o.checklist_id), o.result) for o in results.dossiers),
        panel.info.disagreement_threshold,
        load_deductions(panel) if deductions is None else deductions,
    )


# ---------------------------------------------------------------------- writing
def _require_reason(reason: str, *, dossier: str | None = None, deduction: str | None = None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ModerationError("moderation.reason_required", dossier=dossier, deduction=deduction)
    return text


def _find_dossier(conn: Connection, key: str) -> Any:
    d = schema.dossiers
    columns = (d.c.id, d.c.code, d.c.checklist_id)
    return find_dossier_row(
        conn, key, columns, lambda code, **args: ModerationError(f"moderation.{code}", dossier=key, **args)
    )


def _points(value: Decimal | str | Fraction | int | None, code: str, dossier: str) -> Decimal | None:
    if value is None:
        return None
    try:
        if isinstance(value, Fraction):
            if (value * 100).denominator != 1:
                raise PointsError(str(value))
            value = Decimal(value.numerator) / Decimal(value.denominator)  # exact: 100 is a multiple
        return parse_points(format(value, "f") if isinstance(value, Decimal) else str(value))
    except PointsError:
        raise ModerationError(
            "moderation.not_points", dossier=dossier, score_kind=code, value=str(value)
        ) from None


def settle(
    panel: Panel,
    dossier_code: str,
    *,
    expert_score: Decimal | str | Fraction | int | None = None,
    cross_deduction: Decimal | str | Fraction | int | None = None,
    dismiss_vetoes: Iterable[str] = (),
    reason: str,
    actor: str = "chair",
) -> ModerationChange:
    """Write (or replace) the dossier's moderation. All given values apply together; a value left
    out is computed from the reviews as usual. Scores lie between 0 and the checklist's maximum."""
    text = _require_reason(reason, dossier=dossier_code)
    with panel.transaction() as conn:
        dossier = _find_dossier(conn, dossier_code)
        code = dossier.code
        checklist = panel.checklist(dossier.checklist_id)
        maximum = checklist.max_points
        expert = _points(expert_score, "expert_score", code)
        cross = _points(cross_deduction, "cross_deduction", code)
        if expert is not None and not 0 <= expert <= maximum:
            raise ModerationError(
                "moderation.expert_score_out_of_range", dossier=code, value=expert, maximum=maximum
            )
        if cross is not None and not 0 <= cross <= maximum:
            raise ModerationError(
                "moderation.cross_deduction_out_of_range", dossier=code, value=cross, maximum=maximum
            )
        dismissed = tuple(sorted(set(dismiss_vetoes)))
        marked = set(
            conn.execute(
                select(schema.review_vetoes.c.veto_id)
                .join(schema.reviews)
                .where(schema.reviews.c.dossier_id == dossier.id)
            ).scalars()
        )
        for veto_id in dismissed:
            if checklist.veto(veto_id) is None:
                raise ModerationError("moderation.unknown_veto", dossier=code, veto=veto_id)
            if veto_id not in marked:
                raise ModerationError("moderation.veto_not_marked", dossier=code, veto=veto_id)
        old = _current(conn, dossier.id, code)
        new = ModerationRecord(code, expert, cross, dismissed, text, actor, utc_now())
        change = ModerationChange(code, old, new)
        if not change.changed:
            return ModerationChange(code, old, old)
        values = {
            "expert_score": expert,
            "cross_deduction": cross,
            "dismissed_vetoes": list(dismissed),
            "reason": text,
            "actor": actor,
            "at": new.at,
        }
        m = schema.moderations
        if old is None:
            conn.execute(m.insert().values(dossier_id=dossier.id, **values))
        else:
            conn.execute(m.update().where(m.c.dossier_id == dossier.id).values(**values))
        audit(
            conn,
            actor,
            "moderation.settle",
            MODERATION_ENTITY,
            code,
            old.audit_form() if old else None,
            new.audit_form(),
        )
    return change


def clear_moderation(
    panel: Panel, dossier_code: str, *, reason: str, actor: str = "chair"
) -> ModerationChange:
    """Remove the dossier's moderation: its scores are computed from the reviews again."""
    text = _require_reason(reason, dossier=dossier_code)
    with panel.transaction() as conn:
        dossier = _find_dossier(conn, dossier_code)
        old = _current(conn, dossier.id, dossier.code)
        if old is None:
            raise ModerationError("moderation.not_moderated", dossier=dossier.code)
        conn.execute(delete(schema.moderations).where(schema.moderations.c.dossier_id == dossier.id))
        audit(
            conn,
            actor,
            "moderation.clear",
            MODERATION_ENTITY,
            dossier.code,
            old.audit_form(),
            {"cleared": True, "reason": text},
        )
    return ModerationChange(dossier.code, old, None)


def _current(conn: Connection, dossier_db_id: int, code: str) -> ModerationRecord | None:
    row = (
        conn.execute(select(schema.moderations).where(schema.moderations.c.dossier_id == dossier_db_id))
        .mappings()
        .one_or_none()
    )
    return None if row is None else _record(code, row)


def _cross_deduction(conn: Connection, uid: str) -> Any:
    rows = _deduction_rows(conn, uid)
    if not rows:
        raise ModerationError("moderation.unknown_deduction", deduction=uid)
    row = rows[0]
    if row.role != Role.CROSS.value:
        raise ModerationError(
            "moderation.not_cross_deduction",
            dossier=row.code,
            deduction=uid,
            reviewer=row.reviewer_id,
            item=row.item_id,
        )
    return row


def _decision_form(row: Any, decision: Decision, reason: str) -> dict[str, Any]:
    return {
        "decision": decision.value,
        "reason": reason,
        "dossier": row.code,
        "reviewer": row.reviewer_id,
        "item": row.item_id,
        "points": format(row.points, "f"),
    }


def reject_cross_deduction(
    panel: Panel, deduction_uid: str, reason: str, *, actor: str = "chair"
) -> DecisionRecord:
    """Leave one cross-review deduction out of the cross deduction (e.g. the experts already took
    the same problem off). Rejecting again replaces the reason."""
    with panel.transaction() as conn:
        row = _cross_deduction(conn, deduction_uid)
        text = _require_reason(reason, dossier=row.code, deduction=deduction_uid)
        previous = _decisions(conn, [row]).get(deduction_uid)
        if previous and previous.decision is Decision.REJECTED and previous.reason == text:
            return previous  # already rejected for the same reason: nothing to write
        now = utc_now()
        rd = schema.rejected_deductions
        conn.execute(delete(rd).where(rd.c.deduction_uid == deduction_uid))
        conn.execute(rd.insert().values(deduction_uid=deduction_uid, reason=text, actor=actor, at=now))
        audit(
            conn,
            actor,
            "deduction.reject",
            DEDUCTION_ENTITY,
            deduction_uid,
            _decision_form(row, previous.decision, previous.reason) if previous else None,
            _decision_form(row, Decision.REJECTED, text),
        )
    return DecisionRecord(
        deduction_uid, row.code, row.reviewer_id, row.item_id, row.points, Decision.REJECTED, text, actor, now
    )


def accept_cross_deduction(
    panel: Panel, deduction_uid: str, reason: str, *, actor: str = "chair"
) -> DecisionRecord:
    """Keep a cross-review deduction: removes its rejection, if any, and settles its flag."""
    with panel.transaction() as conn:
        row = _cross_deduction(conn, deduction_uid)
        text = _require_reason(reason, dossier=row.code, deduction=deduction_uid)
        previous = _decisions(conn, [row]).get(deduction_uid)
        if previous and previous.decision is Decision.ACCEPTED and previous.reason == text:
            return previous
        rd = schema.rejected_deductions
        conn.execute(delete(rd).where(rd.c.deduction_uid == deduction_uid))
        audit(
            conn,
            actor,
            "deduction.accept",
            DEDUCTION_ENTITY,
            deduction_uid,
            _decision_form(row, previous.decision, previous.reason) if previous else None,
            _decision_form(row, Decision.ACCEPTED, text),
        )
        at = utc_now()
    return DecisionRecord(
        deduction_uid, row.code, row.reviewer_id, row.item_id, row.points, Decision.ACCEPTED, text, actor, at
    )
