"""What the printed documents need from a panel file, read once per print run.

Printing needs more than the results engine reads (each review as entered: the reasons' words, page
anchors, dates). Everything is read through the services, so one rule lives in one place: reviews as
``ReviewService.state`` reads them (``review_states``, in bulk — never one query per sheet, which
would dominate a 500-sheet print), assignments from the assignment service, and results,
moderations, typical problems and draws from the services the exports use, so paper, screen and
spreadsheet carry the same figures. No SQL here. Everything it returns is plain frozen data; the
layout modules never touch the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from app.errors import AppError
from app.printing.labels import local_date
from app.review.checklist import Checklist
from app.review.draw import DrawRecord
from app.review.entities import CandidateRecord, DossierRecord
from app.review.panel_results import PanelResults
from app.review.ruleset import RuleSet
from app.review.statistics import PanelStatistics, compute_statistics
from app.services.assignment import assignments
from app.services.draws import draws
from app.services.moderation import (
    DecisionRecord,
    ModerationRecord,
    deduction_decisions,
    load_deductions,
    moderation_records,
)
from app.services.panel import Panel, PanelInfo, ReviewerRecord
from app.services.results import compute_results
from app.services.review_states import review_states


class PrintingError(AppError):
    """A print request names something the panel does not have (an ``AppError``):
    ``printing.unknown_reviewer``, ``.unknown_dossier``, ``.ambiguous_dossier``, ``.nothing_to_print``."""

    def __init__(self, code: str, **fields: Any) -> None:
        super().__init__(code, f"{code} {fields}" if fields else code, **fields)


@dataclass(frozen=True)
class DeductionLine:
    item_id: str
    points: Decimal
    reason_id: str | None
    text: str
    page: int | None


@dataclass(frozen=True)
class VetoLine:
    veto_id: str
    reason: str
    page: int | None


@dataclass(frozen=True)
class ReviewRecord:
    """One reviewer's review of one dossier, as entered (nothing aggregated)."""

    reviewer: ReviewerRecord
    dossier_code: str
    status: str
    day: date | None  # completed (or last changed), in local time
    note: str
    deductions: tuple[DeductionLine, ...]
    vetoes: tuple[VetoLine, ...]


class PrintContext:
    """The panel's description (info, rule set, candidates, dossiers, reviewers) for one print run."""

    def __init__(self, panel: Panel) -> None:
        self.panel = panel
        self.info: PanelInfo = panel.info
        self.ruleset: RuleSet = panel.ruleset
        self.candidates: dict[str, CandidateRecord] = {c.id: c for c in panel.candidates()}
        self.dossiers: dict[str, DossierRecord] = {d.id: d for d in panel.dossiers()}
        self.reviewers: dict[str, ReviewerRecord] = {r.id: r for r in panel.reviewers()}
        files = panel.dossier_files()
        self.checklist_ids = {code: f.checklist_id for code, f in files.items()}
        self.page_counts = {code: f.page_count for code, f in files.items()}

    # ------------------------------------------------------------------ look-ups
    def checklist(self, dossier_code: str) -> Checklist:
        return self.panel.checklist(self.checklist_ids[dossier_code])

    def type_name(self, dossier: DossierRecord) -> str:
        found = self.ruleset.dossier_type(dossier.type)
        return found.name if found else dossier.type

    def candidate_name(self, dossier: DossierRecord) -> str | None:
        """The candidate as printed, or None in blind mode (the sheet leaves the line out)."""
        if self.info.blind:
            return None
        candidate = self.candidates.get(dossier.candidate_id)
        return candidate.name if candidate else dossier.candidate_id

    def reviewer(self, reviewer_id: str) -> ReviewerRecord:
        try:
            return self.reviewers[reviewer_id]
        except KeyError:
            raise PrintingError("printing.unknown_reviewer", reviewer=reviewer_id) from None

    def select_dossiers(self, wanted: Sequence[str] | None) -> list[DossierRecord]:
        """Dossiers by code or case number, in the order asked; all (by code) when ``wanted`` is None."""
        if not wanted:
            return list(self.dossiers.values())
        by_case: dict[str, list[DossierRecord]] = defaultdict(list)
        for dossier in self.dossiers.values():
            by_case[dossier.case_number].append(dossier)
        chosen: list[DossierRecord] = []
        for key in wanted:
            if key in self.dossiers:
                found = self.dossiers[key]
            elif len(by_case.get(key, [])) == 1:
                found = by_case[key][0]
            elif key in by_case:
                raise PrintingError("printing.ambiguous_dossier", dossier=key, count=len(by_case[key]))
            else:
                raise PrintingError("printing.unknown_dossier", dossier=key)
            if found not in chosen:
                chosen.append(found)
        return chosen

    @cached_property
    def assignments(self) -> dict[str, list[str]]:
        """Reviewer id -> the dossier codes assigned to them, in code order."""
        found: dict[str, list[str]] = defaultdict(list)
        for row in sorted(assignments(self.panel), key=lambda x: (x.reviewer_id, x.dossier_id)):
            found[row.reviewer_id].append(row.dossier_id)
        return dict(found)

    # ------------------------------------------------------------------ reviews
    def reviews(
        self, reviewer_id: str | None = None, dossier_codes: Iterable[str] | None = None
    ) -> list[ReviewRecord]:
        """Reviews ordered by reviewer then dossier code (a reviewer signs their pile in one go)."""
        if reviewer_id is not None:
            self.reviewer(reviewer_id)
        codes = None if dossier_codes is None else set(dossier_codes)
        return [
            review
            for review in self.all_reviews
            if (reviewer_id is None or review.reviewer.id == reviewer_id)
            and (codes is None or review.dossier_code in codes)
        ]

    @cached_property
    def all_reviews(self) -> tuple[ReviewRecord, ...]:
        """Every review as entered (rejected cross deductions included: the reviewer's own record)."""
        return tuple(
            ReviewRecord(
                reviewer=self.reviewer(stored.reviewer_id),
                dossier_code=stored.dossier,
                status=stored.state.status.value,
                day=local_date(stored.state.completed_at or stored.state.updated_at),
                note=stored.state.note,
                deductions=tuple(
                    DeductionLine(d.item_id, d.points, d.reason_id, d.text, d.page)
                    for d in stored.state.deductions
                ),
                vetoes=tuple(VetoLine(v.veto_id, v.reason, v.page) for v in stored.state.vetoes),
            )
            for stored in review_states(self.panel)
        )

    # ------------------------------------------------------------------ results and records
    @cached_property
    def results(self) -> PanelResults:
        """The panel's results, computed once per print run (the same figures as the exports)."""
        return compute_results(self.panel)

    @cached_property
    def moderations(self) -> dict[str, ModerationRecord]:
        return moderation_records(self.panel)

    @cached_property
    def decisions(self) -> dict[str, DecisionRecord]:
        """The chair's decisions on cross-review deductions, by deduction uid."""
        return deduction_decisions(self.panel)

    @cached_property
    def statistics(self) -> PanelStatistics:
        return compute_statistics(self.results.dossiers, load_deductions(self.panel), self.panel.checklists)

    def draws(self) -> list[DrawRecord]:
        """The random draws (随机抽选) recorded in the panel, oldest first."""
        return draws(self.panel)

    def review_counts(self) -> dict[str, int]:
        """Reviewer id -> how many reviews they wrote (for the report's signature page)."""
        counts: dict[str, int] = defaultdict(int)
        for review in self.all_reviews:
            counts[review.reviewer.id] += 1
        return dict(counts)
