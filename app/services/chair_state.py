"""Everything the chair's pages show, read from the panel in one go on the worker thread.

``load_state`` calls the services only (no SQL here) and returns plain frozen data, so the pages
never touch the panel file from the GUI thread; after each change the window loads it again.
Qt-free, so it can be tested and timed without a window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.review.assignment import Conflict
from app.review.checklist import Checklist
from app.review.composition import Finding, Severity
from app.review.disagreement import DeductionRecord, Flag
from app.review.draw import DrawRecord
from app.review.entities import CandidateRecord, ChairChoices, DossierRecord
from app.review.panel_results import PanelResults
from app.review.ruleset import RuleSet
from app.review.scoring import Role
from app.review.statistics import PanelStatistics, compute_statistics
from app.services import assignment as assignment_service
from app.services import draws as draw_service
from app.services.assignment import AssignmentRow
from app.services.changes import EVERYTHING, Changes
from app.services.moderation import (
    DecisionRecord,
    ModerationRecord,
    compute_flags,
    deduction_decisions,
    load_deductions,
    moderation_records,
)
from app.services.packages import package_name
from app.services.panel import DossierFile, Panel, PanelInfo, ReviewerRecord
from app.services.panel_keys import passphrases
from app.services.results import compute_results
from app.services.review_service import ReviewService, ReviewStatus


@dataclass(frozen=True)
class RunInfo:
    """The last automatic assignment: its seed and settings, so the chair can repeat it."""

    seed: str
    at: datetime | None
    experts_per_dossier: int | None
    cross_per_dossier: int


@dataclass(frozen=True)
class ReviewerProgress:
    reviewer: ReviewerRecord
    assigned: int
    complete: int
    in_progress: int
    last_change: datetime | None

    @property
    def not_started(self) -> int:
        return max(0, self.assigned - self.complete - self.in_progress)


@dataclass(frozen=True)
class ChairState:
    path: Path
    info: PanelInfo
    ruleset: RuleSet
    checklists: Mapping[str, Checklist]
    candidates: tuple[CandidateRecord, ...]
    dossiers: tuple[DossierRecord, ...]
    files: Mapping[str, DossierFile]
    reviewers: tuple[ReviewerRecord, ...]
    assignments: tuple[AssignmentRow, ...]
    load: Mapping[str, int]
    conflicts: tuple[Conflict, ...]
    exclusions: tuple[Mapping[str, str], ...]
    draws: tuple[DrawRecord, ...]
    results: PanelResults
    flags: tuple[Flag, ...]
    deductions: tuple[DeductionRecord, ...]
    decisions: Mapping[str, DecisionRecord]
    moderations: Mapping[str, ModerationRecord]
    statistics: PanelStatistics
    progress: tuple[ReviewerProgress, ...]
    last_run: RunInfo | None = None
    choices: ChairChoices = field(default_factory=ChairChoices)  # the standing copies and pools chosen
    passphrases: Mapping[str, str] = field(default_factory=dict)  # reviewer id -> newest package's
    loaded_at: datetime = field(default_factory=datetime.now)

    # -------------------------------------------------------------- lookups
    @property
    def candidate_names(self) -> dict[str, str]:
        return {c.id: c.name for c in self.candidates}

    @property
    def reviewer_names(self) -> dict[str, str]:
        return {r.id: r.name for r in self.reviewers}

    @property
    def case_numbers(self) -> dict[str, str]:
        return {d.id: d.case_number for d in self.dossiers}

    def findings_of(self, candidate_id: str) -> list[Finding]:
        return [f for f in self.results.composition if f.candidate_id == candidate_id]

    def dossier(self, code: str) -> DossierRecord | None:
        return next((d for d in self.dossiers if d.id == code), None)

    def reviewer(self, reviewer_id: str) -> ReviewerRecord | None:
        return next((r for r in self.reviewers if r.id == reviewer_id), None)

    def package_file(self, reviewer: ReviewerRecord) -> str:
        return package_name(reviewer)

    @property
    def composition_errors(self) -> int:
        return sum(1 for f in self.results.composition if f.severity is Severity.ERROR)

    @property
    def open_flags(self) -> int:
        return sum(1 for f in self.flags if not f.settled)

    @property
    def reviewed(self) -> int:
        """Dossiers with at least one review."""
        return sum(1 for o in self.results.dossiers if o.result.reviewers)


def _progress(
    panel: Panel, reviewers: list[ReviewerRecord], rows: list[AssignmentRow]
) -> list[ReviewerProgress]:
    by_reviewer: dict[str, list[str]] = {}
    for row in rows:
        by_reviewer.setdefault(row.reviewer_id, []).append(row.dossier_id)
    found = []
    for reviewer in reviewers:
        mine = by_reviewer.get(reviewer.id, [])
        complete = in_progress = 0
        last: datetime | None = None
        if mine:
            service = ReviewService(panel, reviewer.id)
            for code in mine:
                state = service.state(code)
                if state.status is ReviewStatus.COMPLETE:
                    complete += 1
                elif state.status is ReviewStatus.IN_PROGRESS:
                    in_progress += 1
                if state.updated_at is not None and (last is None or state.updated_at > last):
                    last = state.updated_at
        found.append(ReviewerProgress(reviewer, len(mine), complete, in_progress, last))
    return found


def last_run(panel: Panel) -> RunInfo | None:
    """The seed and settings of the last automatic assignment, from the audit log."""
    latest: dict[str, Any] | None = None
    for entry in panel.audit_entries():
        if entry.get("action") == "assignment.run":
            latest = entry
    if latest is None:
        return None
    new = latest.get("new") or {}
    settings = new.get("settings") or {}
    return RunInfo(
        seed=str(new.get("seed", "")),
        at=latest.get("at"),
        experts_per_dossier=settings.get("experts_per_dossier"),
        cross_per_dossier=int(settings.get("cross_per_dossier", 1)),
    )


def load_state(panel: Panel, previous: ChairState | None = None, changes: Changes = EVERYTHING) -> ChairState:
    """Read everything the pages show; with ``previous``, read again only the areas ``changes`` names."""
    reviewers = panel.reviewers()
    rows = assignment_service.assignments(panel)
    results = compute_results(panel)
    deductions = load_deductions(panel)
    return ChairState(
        path=panel.path,
        info=panel.info,
        ruleset=panel.ruleset,
        checklists=dict(panel.checklists),
        candidates=tuple(panel.candidates()),
        dossiers=tuple(panel.dossiers()),
        files=panel.dossier_files(),
        reviewers=tuple(reviewers),
        assignments=tuple(rows),
        load=assignment_service.load_per_reviewer(panel),
        conflicts=tuple(assignment_service.assignment_conflicts(panel)),
        exclusions=tuple(assignment_service.exclusions(panel)),
        draws=tuple(draw_service.draws(panel)),
        results=results,
        flags=tuple(compute_flags(panel, results)),
        deductions=tuple(deductions),
        decisions=deduction_decisions(panel),
        moderations=moderation_records(panel),
        statistics=compute_statistics(results.dossiers, deductions, panel.checklists),
        progress=tuple(_progress(panel, reviewers, rows)),
        last_run=last_run(panel),
        choices=panel.chair_choices(),
        passphrases=_passphrases(panel),
    )


def _passphrases(panel: Panel) -> dict[str, str]:
    with panel.engine.connect() as conn:
        return passphrases(conn)


def reviewers_by_role(state: ChairState) -> tuple[list[ReviewerRecord], list[ReviewerRecord]]:
    experts = [r for r in state.reviewers if r.role is Role.EXPERT]
    cross = [r for r in state.reviewers if r.role is Role.CROSS]
    return experts, cross
