"""The chair's choices where a rule leaves one: which copy of a twice-handed-in case stands, and which
member candidates a pooling unit's indicator pools (Jiangsu's city: “2个县级单位各7份”).

Each choice is checked against the panel as it is, written with the chair's reason in
``chair_choices`` and in the audit log in one transaction; a refused choice raises ``ChoiceError``
(``code`` says why, ``fields`` the figures) and changes nothing. Choosing again replaces the earlier
choice (audited with both). The composition check and the results read them through
``Panel.chair_choices``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from app.errors import AppError
from app.models import schema
from app.review.composition import case_key
from app.review.ruleset import PooledMeanIndicator, Source
from app.services.clock import utc_now
from app.services.panel import Panel, audit


class ChoiceError(AppError):
    """A refused choice (an ``AppError``); nothing changed.

    Codes: ``choice.reason_required``, ``.unknown_dossier``, ``.no_other_category``, ``.not_pooling``,
    ``.unknown_candidate``, ``.not_a_member``, ``.member_repeated``, ``.wrong_member_count``.
    """

    def __init__(self, code: str, **fields: Any) -> None:
        super().__init__(code, f"{code}: {fields}", **fields)


@dataclass(frozen=True)
class ChoiceChange:
    kind: str  # standing_copy | pool
    subject: str
    value: object
    reason: str
    previous: object  # None when nothing was chosen before


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ChoiceError("choice.reason_required")
    return text


def _write(conn: Connection, kind: str, subject: str, value: object, reason: str, actor: str) -> object:
    table = schema.chair_choices
    where = (table.c.kind == kind) & (table.c.subject == subject)
    old = conn.execute(select(table.c.value, table.c.reason).where(where)).first()
    if old is not None:
        conn.execute(table.delete().where(where))
    conn.execute(
        table.insert().values(
            kind=kind, subject=subject, value=value, reason=reason, actor=actor, at=utc_now()
        )
    )
    before = None if old is None else {"value": old[0], "reason": old[1]}
    audit(conn, actor, f"choice.{kind}", kind, subject, before, {"value": value, "reason": reason})
    return None if old is None else old[0]


def choose_standing_copy(
    panel: Panel, dossier_code: str, reason: str, *, actor: str = "chair"
) -> ChoiceChange:
    """The named dossier is the copy of its case that stands; its candidate's other recommended
    copies of the case (handed in under other categories) score 0 under a ``zero_one`` rule."""
    text = _reason(reason)
    dossiers = panel.dossiers()
    chosen = next((d for d in dossiers if d.id == dossier_code), None)
    if chosen is None:
        raise ChoiceError("choice.unknown_dossier", dossier=dossier_code)
    key = case_key(chosen.case_number)
    others = [
        d
        for d in dossiers
        if d.id != chosen.id
        and d.candidate_id == chosen.candidate_id
        and case_key(d.case_number) == key
        and (d.type, d.source) != (chosen.type, chosen.source)
        and d.source is Source.RECOMMENDED
    ]
    if chosen.source is not Source.RECOMMENDED or not others:
        raise ChoiceError("choice.no_other_category", dossier=dossier_code, case_number=chosen.case_number)
    subject = f"{chosen.candidate_id}|{key}"
    with panel.transaction() as conn:
        previous = _write(conn, "standing_copy", subject, chosen.id, text, actor)
    return ChoiceChange("standing_copy", subject, chosen.id, text, previous)


def choose_pool(
    panel: Panel, unit_id: str, member_ids: Sequence[str], reason: str, *, actor: str = "chair"
) -> ChoiceChange:
    """The member candidates whose dossiers the unit's ``pooled_mean`` indicator pools: exactly as
    many as the rule set says, each of the member kind and under the unit (its ``parent``)."""
    text = _reason(reason)
    candidates = {c.id: c for c in panel.candidates()}
    unit = candidates.get(unit_id)
    if unit is None:
        raise ChoiceError("choice.unknown_candidate", candidate=unit_id)
    kind = panel.ruleset.kind(unit.kind)
    if kind is None or not isinstance(spec := kind.indicator, PooledMeanIndicator):
        raise ChoiceError("choice.not_pooling", candidate=unit_id, kind=unit.kind)
    members = [m.strip() for m in member_ids if m.strip()]
    for member_id in members:
        member = candidates.get(member_id)
        if member is None:
            raise ChoiceError("choice.unknown_candidate", candidate=member_id)
        if member.parent_id != unit_id or member.kind != spec.member_kind:
            raise ChoiceError(
                "choice.not_a_member", candidate=member_id, unit=unit_id, member_kind=spec.member_kind
            )
    if len(set(members)) != len(members):
        raise ChoiceError("choice.member_repeated", unit=unit_id)
    if len(members) != spec.members:
        raise ChoiceError(
            "choice.wrong_member_count", unit=unit_id, expected=spec.members, given=len(members)
        )
    value = sorted(members)
    with panel.transaction() as conn:
        previous = _write(conn, "pool", unit_id, value, text, actor)
    return ChoiceChange("pool", unit_id, value, text, previous)
