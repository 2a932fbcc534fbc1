"""What the chair believes of a reviewer file's own claims: its times, its history's actors, its sequence.

A reviewer file is signed by its reviewer, so everything in it is *that reviewer's* word — including
the times it gives and the actors its history names. The merge therefore stores the file's history
as the reviewer's (``audit_log.actor`` is the reviewer whose signature verified; the actor the entry
claimed is kept in ``claimed_actor``, the time it claimed in ``at``, and the time the chair received
it in ``received_at``), and it flags what cannot be true:

- a time before the reviewer's first package was made (the workspace did not exist then) or after
  the chair received the file (the future), each with ``CLOCK_SLACK`` for a laptop's clock that is a
  little off: ``time_flag`` on the history entry, and a ``history_outside_campaign`` warning on the
  file (reviews', deductions' and vetoes' times are checked too);
- a history entry claiming another actor than the reviewer: ``history_other_actor``.

Warnings do not refuse the file: the scores are the reviewer's to give; the chair sees the warnings in
the merge report and in ``received_files.warnings``.

Sequence numbers only grow, one per export, so a file whose sequence is more than
``MAX_SEQUENCE_JUMP`` past the reviewer's last merged file is refused (``sequence_jump``): merged, a
sequence of 2^53−1 would refuse every later genuine file as older. Should a reviewer be locked out all
the same (a workspace begun anew on another laptop starts again at 1), the chair resets the reviewer's
sequence (``reset_sequence``, ``dossier-panel reset-sequence``; audited): the files merged before are
forgotten for the comparison, and the next file must be above the number the chair gives (default 0).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from app.errors import AppError
from app.models import schema
from app.services.clock import utc_now
from app.services.panel import Panel, audit
from app.services.panel_keys import meta_by_prefix

# What became of a reviewer file the chair merged (received_files.outcome).
MERGED, UPDATED, UNCHANGED, REFUSED = "merged", "updated", "unchanged", "refused"

MAX_SEQUENCE_JUMP = 1000
CLOCK_SLACK = timedelta(hours=1)
RESET_PREFIX = "sequence_reset:"
HISTORY_PREFIX = "merged_history:"  # meta: the last history id merged from each reviewer
BEFORE_PACKAGE, AFTER_RECEIPT = "before_package", "after_receipt"


def plain_utc(moment: datetime) -> datetime:
    """A time as the panel stores it: UTC without tzinfo (a file may give any offset)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment


@dataclass(frozen=True)
class CampaignWindow:
    """When a reviewer can have worked: from their first package to the chair's receipt of the file."""

    issued_at: datetime
    received_at: datetime

    def flag(self, moment: datetime) -> str | None:
        at = plain_utc(moment)
        if at < self.issued_at - CLOCK_SLACK:
            return BEFORE_PACKAGE
        if at > self.received_at + CLOCK_SLACK:
            return AFTER_RECEIPT
        return None


def first_packages(conn: Connection) -> dict[str, datetime]:
    """Per reviewer, when their first package (or its key) was made, from the audit log."""
    log = schema.audit_log
    rows = conn.execute(
        select(log.c.entity_id, func.min(log.c.at))
        .where(log.c.entity == "reviewer", log.c.action.in_(("package.secret", "package.build")))
        .group_by(log.c.entity_id)
    ).all()
    return {str(reviewer): at for reviewer, at in rows}


def file_times(body: Any) -> Iterable[datetime]:
    """Every time a reviewer file's body claims, besides its history's."""
    yield body.created_at
    for review in body.reviews:
        yield review.updated_at
        if review.completed_at is not None:
            yield review.completed_at
        for deduction in review.deductions:
            yield deduction.created_at
        for veto in review.vetoes:
            yield veto.created_at


def history_warnings(document: Any, window: CampaignWindow) -> list[tuple[str, str]]:
    """``(code, detail)`` for what the chair should look at in an authentic file (it is merged anyway)."""
    warnings: list[tuple[str, str]] = []
    times = [plain_utc(t) for t in (*file_times(document.body), *(h.at for h in document.history))]
    odd = [t for t in times if window.flag(t) is not None]
    if odd:
        warnings.append(
            (
                "history_outside_campaign",
                f"{len(odd)} time(s) from {min(odd):%Y-%m-%d %H:%M} to {max(odd):%Y-%m-%d %H:%M} UTC; "
                f"possible: {window.issued_at:%Y-%m-%d %H:%M} to {window.received_at:%Y-%m-%d %H:%M} UTC",
            )
        )
    others = sorted({h.actor for h in document.history if h.actor != document.reviewer_id})
    if others:
        warnings.append(
            (
                "history_other_actor",
                f"entries claim {', '.join(repr(a[:40]) for a in others[:5])}; stored as {document.reviewer_id}",
            )
        )
    return warnings


def sequence_problem(sequence: int, last: int) -> str | None:
    """Why a file's sequence is refused after ``last`` (the reviewer's last merged, 0 for none), or None."""
    if sequence > last + MAX_SEQUENCE_JUMP:
        return (
            f"sequence {sequence} after {last}: a reviewer exports a file at a time, not "
            f"{MAX_SEQUENCE_JUMP} at once (if the file is genuine, reset the reviewer's sequence)"
        )
    return None


# ---------------------------------------------------------------------- the chair's reset
def sequence_resets(conn: Connection) -> dict[str, tuple[int, int]]:
    """Per reviewer reset: (the last ``received_files`` id then, the sequence the next file must pass)."""
    out: dict[str, tuple[int, int]] = {}
    for reviewer_id, value in meta_by_prefix(conn, RESET_PREFIX).items():
        after, _, to = value.partition(":")
        out[reviewer_id] = (int(after), int(to or 0))
    return out


class SequenceResetError(AppError):
    """A refused reset (an ``AppError``): ``sequence_reset.reason_required``, ``.bad_sequence``
    (field ``sequence``) or ``.unknown_reviewer`` (field ``reviewer``)."""

    def __init__(self, code: str, **fields: Any) -> None:
        super().__init__(code, f"{code} {fields}" if fields else code, **fields)


@dataclass(frozen=True)
class SequenceReset:
    reviewer_id: str
    old: int | None  # the last sequence merged (or set by an earlier reset), None: never
    new: int


def reset_sequence(
    panel: Panel, reviewer_id: str, reason: str, *, to: int = 0, actor: str = "chair"
) -> SequenceReset:
    """Forget the reviewer's merged sequence: their next file must have a sequence above ``to``."""
    if not reason.strip():
        raise SequenceResetError("sequence_reset.reason_required", reviewer=reviewer_id)
    if not 0 <= to < 2**53:
        raise SequenceResetError("sequence_reset.bad_sequence", reviewer=reviewer_id, sequence=to)
    if reviewer_id not in {r.id for r in panel.reviewers()}:
        raise SequenceResetError("sequence_reset.unknown_reviewer", reviewer=reviewer_id)
    with panel.transaction() as conn:
        before = merged_so_far(conn).get(reviewer_id)
        last_file = conn.execute(select(func.max(schema.received_files.c.id))).scalar_one() or 0
        key = RESET_PREFIX + reviewer_id
        # the history's last id seen goes too: a workspace begun anew counts from 1 (the merge then
        # skips, entry by entry, what is already stored)
        conn.execute(schema.meta.delete().where(schema.meta.c.key.in_((key, HISTORY_PREFIX + reviewer_id))))
        conn.execute(schema.meta.insert().values(key=key, value=f"{last_file}:{to}"))
        audit(
            conn,
            actor,
            "sequence.reset",
            "reviewer",
            reviewer_id,
            {"sequence": before[0] if before else None},
            {"sequence": to, "reason": reason.strip(), "at": utc_now().isoformat()},
        )
    return SequenceReset(reviewer_id, before[0] if before else None, to)


def merged_so_far(conn: Connection) -> dict[str, tuple[int, str]]:
    """Per reviewer, the newest sequence merged and that file's hash; after the chair reset the
    reviewer's sequence, only files merged since count (or the number the reset gave, hash "")."""
    rf = schema.received_files
    resets = sequence_resets(conn)
    newest: dict[str, tuple[int, str]] = {
        reviewer_id: (to, "") for reviewer_id, (_after, to) in resets.items() if to > 0
    }
    for file_id, reviewer_id, sequence, digest in conn.execute(
        select(rf.c.id, rf.c.reviewer_id, rf.c.sequence, rf.c.file_sha256).where(
            rf.c.outcome.in_((MERGED, UPDATED))
        )
    ):
        if reviewer_id in resets and file_id <= resets[reviewer_id][0]:
            continue
        if reviewer_id not in newest or sequence > newest[reviewer_id][0]:
            newest[reviewer_id] = (sequence, digest)
    return newest
