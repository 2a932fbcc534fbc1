"""Merging reviewer files into the chair's panel: all of a file or none of it, every problem named.

``merge_files`` takes many files at once. A backup copy of the panel is taken first (one per call).
Each file is read and checked on its own (``merge_checks``): form, format and version, panel,
reviewer, HMAC with that reviewer's secret, then every review, deduction, veto and item mark. A file
with any problem is refused whole, with every problem listed (dossier, item, code).

Which checked file wins is decided before anything is written, in a fixed order — by reviewer,
newest sequence first, then by content hash — never in the order given, so the outcome does not
depend on it: for each reviewer the newest file not yet merged wins; an older one is refused
(``older_sequence``); the file merged before is ``unchanged``; a different file with the sequence
already merged is refused (``sequence_conflict``).

The winners are written in one transaction through ``scores.replace_reviews`` (origin ``file``, the
file's sequence), all together in a savepoint, a fixed number of statements for any number of files
(which is what keeps a 200-file merge near the cost of a bare insert: bench/bench_merge.py). Should
that fail on a conflict the checks cannot see (a deduction id already used by another reviewer's
review), the savepoint is rolled back and the winners are written one file per savepoint, so only
the offending file is refused (``write_conflict``). Every outcome is logged in ``received_files``;
the reviewer's change history is appended to the panel's audit log (entries not seen before, as
``reviewer.<action>``, the reviewer's own: ``app.services.reviewer_history``), with the file's
warnings (times outside the campaign, other actors claimed) in ``received_files.warnings``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import IntegrityError

from app.models import schema
from app.models.migrations import backup_copy
from app.services.merge_checks import (
    Candidate,
    FileOutcome,
    MergeProblem,
    PanelFacts,
    read_file,
)
from app.services.panel import Panel, audit
from app.services.progress import Progress
from app.services.reviewer_history import (
    HISTORY_PREFIX,
    MERGED,
    REFUSED,
    UNCHANGED,
    UPDATED,
    merged_so_far,
    plain_utc,
)
from app.services.scores import ReviewWrite, replace_reviews
from app.services.switches import collector_paused

__all__ = [
    "MERGED",
    "REFUSED",
    "UNCHANGED",
    "UPDATED",
    "FileOutcome",
    "MergeProblem",
    "MergeReport",
    "merge_files",
]

Verdict = MergeProblem | str | None  # a refusal, UNCHANGED, or None: write it


@dataclass
class MergeReport:
    files: list[FileOutcome]
    backup: Path | None

    def with_outcome(self, outcome: str) -> list[FileOutcome]:
        return [f for f in self.files if f.outcome == outcome]

    @property
    def refused(self) -> list[FileOutcome]:
        return self.with_outcome(REFUSED)


# ---------------------------------------------------------------------- deciding
def _judge(candidate: Candidate, merged: dict[str, tuple[int, str]]) -> Verdict:
    """What the newest merged file of the reviewer says about this acceptable one."""
    outcome = candidate.outcome
    last = merged.get(str(outcome.reviewer_id))
    sequence = int(outcome.sequence or 0)
    if last is None or sequence > last[0]:
        return None
    if sequence < last[0]:
        return MergeProblem("older_sequence", detail=f"sequence {last[0]} is merged")
    if outcome.sha256 == last[1]:
        return UNCHANGED
    return MergeProblem("sequence_conflict", detail=f"another file with sequence {sequence} is merged")


def _in_order(groups: dict[str, list[Candidate]]) -> list[Candidate]:
    return [
        candidate
        for reviewer_id in sorted(groups)
        for candidate in sorted(
            groups[reviewer_id], key=lambda c: (-(c.outcome.sequence or 0), c.outcome.sha256)
        )
    ]


def _settle(candidate: Candidate, verdict: Verdict, last: tuple[int, str] | None) -> None:
    outcome = candidate.outcome
    if isinstance(verdict, MergeProblem):
        outcome.problems.append(verdict)
    elif verdict == UNCHANGED:
        outcome.outcome = UNCHANGED
    else:
        outcome.outcome = MERGED if last is None else UPDATED
        outcome.replaced_sequence = None if last is None else last[0]


# ---------------------------------------------------------------------- writing
def _write(conn: Connection, winners: Sequence[Candidate], actor: str) -> None:
    """The winners' reviews, item marks and histories, in a fixed number of statements."""
    reviews = [(c.document, review) for c in winners if c.document is not None for review in c.reviews]
    writes = [
        ReviewWrite(
            reviewer_id=document.reviewer_id,
            dossier_db_id=review.dossier_db_id,
            dossier_code=review.code,
            checklist_hash=review.checklist_hash,
            deductions=review.deductions,
            vetoes=review.vetoes,
            status=review.status,
            note=review.note,
            file_sequence=document.sequence,
            completed_at=review.completed_at,
        )
        for document, review in reviews
    ]
    review_ids = replace_reviews(conn, writes, origin="file", actor=actor)
    marks = schema.item_marks
    for start in range(0, len(review_ids), 500):
        conn.execute(delete(marks).where(marks.c.review_id.in_(review_ids[start : start + 500])))
    rows = [
        {"review_id": review_id, "item_id": item, "visited": visited, "note": note}
        for review_id, (_document, review) in zip(review_ids, reviews, strict=True)
        for item, visited, note in review.marks
    ]
    if rows:
        conn.execute(marks.insert(), rows)
    _append_histories(conn, [c for c in winners if c.document is not None])


def _append_histories(conn: Connection, winners: Sequence[Candidate]) -> None:
    """The reviewers' history entries the panel has not seen yet (their workspace ids only grow), each
    stored as its reviewer's, with the claimed actor and time beside the time of receipt
    (``app.services.reviewer_history``)."""
    keys = {HISTORY_PREFIX + c.document.reviewer_id: c for c in winners if c.document is not None}
    meta, log = schema.meta, schema.audit_log
    seen = dict(conn.execute(select(meta.c.key, meta.c.value).where(meta.c.key.in_(list(keys)))).all())
    # no last id seen (a first merge, or the chair reset the reviewer's sequence, which forgets it: a
    # workspace begun anew counts from 1): what is already stored is skipped entry by entry instead
    unseen = [c.document.reviewer_id for key, c in keys.items() if c.document and key not in seen]
    stored: set[tuple[str, int, object]] = set()
    if unseen:
        stored = {
            (str(actor), int(entry), at)
            for actor, entry, at in conn.execute(
                select(log.c.actor, log.c.source_entry, log.c.at).where(
                    log.c.source_entry.is_not(None), log.c.actor.in_(unseen)
                )
            )
        }
    entries, marks = [], []
    for key, candidate in keys.items():
        document, window = candidate.document, candidate.window
        assert document is not None and window is not None
        reviewer = document.reviewer_id
        last = int(seen.get(key, 0))
        fresh = [
            h for h in document.history if h.id > last and (reviewer, h.id, plain_utc(h.at)) not in stored
        ]
        if fresh:
            marks.append({"key": key, "value": str(max(h.id for h in fresh))})
        entries += [
            {
                "at": plain_utc(h.at),
                "actor": reviewer,  # whose signature verified, whatever the entry says
                "claimed_actor": h.actor,
                "received_at": window.received_at,
                "source_entry": h.id,
                "time_flag": window.flag(h.at),
                "action": f"reviewer.{h.action}"[:64],
                "entity": h.entity,
                "entity_id": h.entity_id,
                "old": h.old,
                "new": h.new,
            }
            for h in fresh
        ]
    if entries:
        conn.execute(schema.audit_log.insert(), entries)
    if marks:
        conn.execute(delete(meta).where(meta.c.key.in_([m["key"] for m in marks])))
        conn.execute(meta.insert(), marks)


def _one_by_one(
    conn: Connection, ordered: Sequence[Candidate], merged: dict[str, tuple[int, str]], actor: str
) -> None:
    """The slow path after a write conflict: each file in its own savepoint, the offender refused."""
    for candidate in ordered:
        last = merged.get(str(candidate.outcome.reviewer_id))
        verdict = _judge(candidate, merged)
        if verdict is None:
            savepoint = conn.begin_nested()
            try:
                _write(conn, [candidate], actor)
            except IntegrityError as exc:
                savepoint.rollback()
                candidate.outcome.problems.append(MergeProblem("write_conflict", detail=str(exc.orig)))
                continue
            savepoint.commit()
            merged[str(candidate.outcome.reviewer_id)] = (
                int(candidate.outcome.sequence or 0),
                candidate.outcome.sha256,
            )
        _settle(candidate, verdict, last)


def merge_files(
    panel: Panel,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    *,
    actor: str = "chair",
    backup_dir: Path | None = None,
) -> MergeReport:
    """Merge reviewer files; see the module docstring. Outcomes are listed in the order given."""
    files = [Path(p) for p in paths]
    progress = progress or Progress()
    backup = backup_copy(panel.path, backup_dir or panel.path.with_suffix(".backups"), "before-merge")
    if not files:
        return MergeReport([], backup)
    with collector_paused():
        return _merge(panel, files, progress, actor, backup)


def _merge(panel: Panel, files: list[Path], progress: Progress, actor: str, backup: Path) -> MergeReport:
    facts = PanelFacts(panel)
    progress.start(len(files), "check")
    candidates: list[Candidate] = []
    for path in files:
        candidates.append(read_file(path, facts))
        progress.advance()
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        if candidate.document is not None and not candidate.outcome.problems:
            groups[candidate.document.reviewer_id].append(candidate)
    ordered = _in_order(groups)
    progress.start(1, "merge")
    with panel.transaction() as conn:
        merged = merged_so_far(conn)
        plan: list[tuple[Candidate, Verdict, tuple[int, str] | None]] = []
        state = dict(merged)
        for candidate in ordered:
            reviewer_id = str(candidate.outcome.reviewer_id)
            verdict, last = _judge(candidate, state), state.get(reviewer_id)
            plan.append((candidate, verdict, last))
            if verdict is None:
                state[reviewer_id] = (int(candidate.outcome.sequence or 0), candidate.outcome.sha256)
        savepoint = conn.begin_nested()
        try:
            _write(conn, [c for c, verdict, _last in plan if verdict is None], actor)
        except IntegrityError:
            savepoint.rollback()
            _one_by_one(conn, ordered, merged, actor)
        else:
            savepoint.commit()
            for candidate, verdict, last in plan:
                _settle(candidate, verdict, last)
        progress.advance()
        now = facts.received_at
        for candidate in candidates:
            if candidate.outcome.outcome == REFUSED:
                candidate.outcome.warnings.clear()  # nothing of it was taken in
        conn.execute(
            schema.received_files.insert(),
            [
                {
                    "file_name": c.outcome.path.name,
                    "file_sha256": c.outcome.sha256,
                    "reviewer_id": c.outcome.reviewer_id,
                    "sequence": c.outcome.sequence,
                    "outcome": c.outcome.outcome,
                    "problems": [p.as_json() for p in c.outcome.problems],
                    "warnings": [w.as_json() for w in c.outcome.warnings],
                    "at": now,
                }
                for c in candidates
            ],
        )
        summary = {
            o: sum(1 for c in candidates if c.outcome.outcome == o)
            for o in (MERGED, UPDATED, UNCHANGED, REFUSED)
        }
        audit(conn, actor, "merge", "panel", facts.panel_id, None, summary | {"backup": backup.name})
    return MergeReport([c.outcome for c in candidates], backup)
