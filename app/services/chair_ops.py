"""Every action the chair's window runs, as an operation that returns its value and what it changed.

Anki's ``OpChanges`` model: a page never calls a service and then reads the whole panel again; it
runs one of these functions on the window's worker (``ChairContext.run_quick``/``run_long``), which
returns an ``OpResult`` — the service's own result plus a ``Changes`` naming the areas it wrote
(``app.services.changes``). The context reads again only those areas and each page redraws only
when an area it shows is named. An operation that wrote nothing returns ``NOTHING`` (no refresh).

Which area each action names follows the vocabulary in ``changes.py``: a moderation or a decision on
a deduction is MODERATION of its dossier; a settlement (set aside, count again, a check, the copy
that stands, a pool, a grade) is CHOICES; imports and draws are ROSTER; the assignment run and the
chair's overrides are ASSIGNMENTS; packages are PACKAGES; merged reviews are SCORES. Exports and
printouts write files beside the panel, not the panel: NOTHING. Qt-free; errors are the services'.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Generic, Literal, TypeVar

from app.printing.documents import (
    PrintedDocument,
    print_blank_sheets,
    print_merged_sheets,
    print_panel_report,
    print_passphrase_slips,
    print_review_sheets,
)
from app.review.disagreement import Decision
from app.services import assignment, choices, draws, moderation, packages, settlement
from app.services.assignment import AssignReport, OverrideResult
from app.services.changes import NOTHING, Area, Changes
from app.services.choices import ChoiceChange
from app.services.draws import DrawReport
from app.services.export import build_export, write_csv, write_json, write_xlsx
from app.services.merge import MERGED, UPDATED, MergeReport, merge_files
from app.services.moderation import DecisionRecord, ModerationChange
from app.services.panel import Panel, ReviewerRecord
from app.services.progress import Progress
from app.services.reviewer_history import SequenceReset, reset_sequence
from app.services.settlement import Settled

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
Points = Decimal | str | Fraction | int | None


@dataclass(frozen=True)
class OpResult(Generic[T_co]):
    """What an operation returns: the service's result and the areas of the panel it wrote."""

    value: T_co
    changes: Changes


def unchanged(value: T) -> OpResult[T]:
    """A read (or a file written outside the panel): nothing to read again."""
    return OpResult(value, NOTHING)


# ---------------------------------------------------------------------- moderation
def settle_dossier(
    panel: Panel,
    code: str,
    *,
    expert_score: Points = None,
    cross_deduction: Points = None,
    dismiss_vetoes: Iterable[str] = (),
    reason: str,
) -> OpResult[ModerationChange]:
    """The chair's decision on a dossier's scores (``moderation.settle``)."""
    change = moderation.settle(
        panel,
        code,
        expert_score=expert_score,
        cross_deduction=cross_deduction,
        dismiss_vetoes=dismiss_vetoes,
        reason=reason,
    )
    return OpResult(change, _moderated(change.dossier_id) if change.changed else NOTHING)


def withdraw_settlement(panel: Panel, code: str, *, reason: str) -> OpResult[ModerationChange]:
    change = moderation.clear_moderation(panel, code, reason=reason)
    return OpResult(change, _moderated(change.dossier_id))


def decide_cross_deduction(
    panel: Panel, uid: str, decision: Decision, reason: str
) -> OpResult[DecisionRecord]:
    """Leave one cross-review deduction out (REJECTED) or keep it (ACCEPTED)."""
    if decision is Decision.REJECTED:
        record = moderation.reject_cross_deduction(panel, uid, reason)
    else:
        record = moderation.accept_cross_deduction(panel, uid, reason)
    return OpResult(record, _moderated(record.dossier_id))


def _moderated(code: str) -> Changes:
    return Changes.of(Area.MODERATION, [code])


# ---------------------------------------------------------------------- settlements and choices
def set_aside(panel: Panel, code: str, reason: str) -> OpResult[Settled]:
    settled = settlement.set_aside(panel, code, reason)
    return OpResult(settled, Changes.of(Area.CHOICES, [settled.target]))


def restore(panel: Panel, code: str, reason: str) -> OpResult[Settled]:
    settled = settlement.restore(panel, code, reason)
    return OpResult(settled, Changes.of(Area.CHOICES, [settled.target]))


def record_check(panel: Panel, code: str, check: str, found: bool, reason: str) -> OpResult[Settled]:
    settled = settlement.record_check(panel, code, check, found, reason)
    return OpResult(settled, Changes.of(Area.CHOICES, [settled.target]))


def grade_candidate(panel: Panel, candidate_id: str, points: Decimal, reason: str) -> OpResult[Settled]:
    """A candidate's grade moves its ranking, not one dossier: CHOICES, not narrowed."""
    return OpResult(settlement.grade_candidate(panel, candidate_id, points, reason), Changes.of(Area.CHOICES))


def keep_copy(panel: Panel, code: str, reason: str) -> OpResult[ChoiceChange]:
    """The copy of a case that stands; the candidate's other copies change too: not narrowed."""
    return OpResult(choices.choose_standing_copy(panel, code, reason), Changes.of(Area.CHOICES))


def choose_pool(panel: Panel, unit_id: str, members: Sequence[str], reason: str) -> OpResult[ChoiceChange]:
    return OpResult(choices.choose_pool(panel, unit_id, members, reason), Changes.of(Area.CHOICES))


def reset_reviewer_sequence(panel: Panel, reviewer_id: str, reason: str) -> OpResult[SequenceReset]:
    """Only the merge checks read a reviewer's sequence; no page shows it, the audit log keeps it."""
    return OpResult(reset_sequence(panel, reviewer_id, reason), Changes.of(Area.AUDIT))


# ---------------------------------------------------------------------- roster, assignment, draws
def run_assignment(
    panel: Panel, *, seed: str | None, experts_per_dossier: int | None, cross_per_dossier: int
) -> OpResult[AssignReport]:
    report = assignment.assign(
        panel, seed=seed, experts_per_dossier=experts_per_dossier, cross_per_dossier=cross_per_dossier
    )
    return OpResult(report, Changes.of(Area.ASSIGNMENTS))


def override_pair(
    panel: Panel, reviewer_id: str, dossier_id: str, action: Literal["add", "remove"], reason: str | None
) -> OpResult[OverrideResult]:
    """The chair gives a dossier to a reviewer by hand, or takes it away (an exclusion)."""
    result = assignment.override(panel, reviewer_id, dossier_id, action, reason=reason)
    return OpResult(result, Changes.of(Area.ASSIGNMENTS, [dossier_id]))


def draw(panel: Panel, pool: Path, *, seed: str | None, redraw_reason: str | None) -> OpResult[DrawReport]:
    report = draws.draw(panel, pool, seed=seed, redraw_reason=redraw_reason)
    return OpResult(report, Changes.of(Area.ROSTER))


# ---------------------------------------------------------------------- packages, merge
def make_packages(panel: Panel, out: Path, progress: Progress) -> OpResult[list[tuple[ReviewerRecord, Path]]]:
    built = packages.build_packages(panel, out, progress)
    return OpResult(built, Changes.of(Area.PACKAGES))


def merge_reviewer_files(panel: Panel, paths: Sequence[Path], progress: Progress) -> OpResult[MergeReport]:
    """Scores change only when a file was merged or updated; a refusal is only written down."""
    report = merge_files(panel, paths, progress)
    wrote = report.with_outcome(MERGED) or report.with_outcome(UPDATED)
    return OpResult(report, Changes.of(Area.SCORES if wrote else Area.AUDIT))


# ---------------------------------------------------------------------- files outside the panel
ExportKind = Literal["xlsx", "csv", "json"]


def export_results(panel: Panel, target: Path, kind: ExportKind, progress: Progress) -> OpResult[Path]:
    export = build_export(panel, progress=progress)
    if kind == "xlsx":
        return unchanged(write_xlsx(export, target))
    if kind == "json":
        return unchanged(write_json(export, target))
    write_csv(export, target)
    return unchanged(target)


PrintKind = Literal["review", "blank", "merged", "report"]


def print_document(
    panel: Panel, kind: PrintKind, target: Path, reviewer: str | None, progress: Progress
) -> OpResult[PrintedDocument]:
    """One of the four printed documents; ``reviewer`` narrows the review and blank sheets."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if kind == "review":
        return unchanged(print_review_sheets(panel, target, reviewer, progress=progress))
    if kind == "blank":
        return unchanged(print_blank_sheets(panel, target, reviewer, progress=progress))
    if kind == "merged":
        return unchanged(print_merged_sheets(panel, target, progress=progress))
    return unchanged(print_panel_report(panel, target, progress=progress))


def print_slips(panel: Panel, target: Path) -> OpResult[Path]:
    return unchanged(print_passphrase_slips(panel, target).path)
