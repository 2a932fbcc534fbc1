"""What the printed documents need from a panel file, read once per print run.

Printing needs more than the results engine reads (each review as entered: the reasons' words, page
anchors, dates), so this module reads those with a few bulk SQLAlchemy Core queries — never one per
sheet, which would dominate a 500-sheet print. Results, moderations, typical problems and draws come
from the services the exports use, so paper and spreadsheet carry the same figures. Everything it
returns is plain frozen data; the layout modules never touch the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

from sqlalchemy import select

from app.models import schema
from app.printing.labels import local_date
from app.review.checklist import Checklist
from app.review.draw import DrawRecord
from app.review.entities import CandidateRecord, DossierRecord
from app.review.panel_results import PanelResults
from app.review.ruleset import RuleSet
from app.review.statistics import PanelStatistics, compute_statistics
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


class PrintingError(ValueError):
    """A print request names something the panel does not have (reviewer, dossier)."""


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
            raise PrintingError(f"unknown reviewer {reviewer_id!r}") from None

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
                raise PrintingError(f"case number {key!r} names {len(by_case[key])} dossiers; give the code")
            else:
                raise PrintingError(f"unknown dossier {key!r}")
            if found not in chosen:
                chosen.append(found)
        return chosen

    @cached_property
    def assignments(self) -> dict[str, list[str]]:
        """Reviewer id -> the dossier codes assigned to them."""
        a, d = schema.assignments, schema.dossiers
        found: dict[str, list[str]] = defaultdict(list)
        with self.panel.engine.connect() as conn:
            for reviewer_id, code in conn.execute(
                select(a.c.reviewer_id, d.c.code).join(d).order_by(a.c.reviewer_id, d.c.code)
            ):
                found[reviewer_id].append(code)
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
        r, d, ded, vet = schema.reviews, schema.dossiers, schema.deductions, schema.review_vetoes
        with self.panel.engine.connect() as conn:
            rows = conn.execute(
                select(
                    r.c.id, r.c.reviewer_id, d.c.code, r.c.status, r.c.note, r.c.updated_at, r.c.completed_at
                ).join(d)
            ).all()
            deductions: dict[int, list[DeductionLine]] = defaultdict(list)
            for review_id, item_id, points, reason_id, text, page in conn.execute(
                select(
                    ded.c.review_id, ded.c.item_id, ded.c.points, ded.c.reason_id, ded.c.text, ded.c.page
                ).order_by(ded.c.review_id, ded.c.id)
            ):
                deductions[review_id].append(DeductionLine(item_id, points, reason_id, text, page))
            vetoes: dict[int, list[VetoLine]] = defaultdict(list)
            for review_id, veto_id, reason, page in conn.execute(
                select(vet.c.review_id, vet.c.veto_id, vet.c.reason, vet.c.page).order_by(
                    vet.c.review_id, vet.c.veto_id
                )
            ):
                vetoes[review_id].append(VetoLine(veto_id, reason, page))
        found = [
            ReviewRecord(
                reviewer=self.reviewer(row.reviewer_id),
                dossier_code=row.code,
                status=row.status,
                day=local_date(row.completed_at or row.updated_at),
                note=row.note,
                deductions=tuple(deductions.get(row.id, ())),
                vetoes=tuple(vetoes.get(row.id, ())),
            )
            for row in rows
        ]
        return tuple(sorted(found, key=lambda x: (x.reviewer.id, x.dossier_code)))

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
        r = schema.reviews
        counts: dict[str, int] = defaultdict(int)
        with self.panel.engine.connect() as conn:
            for (reviewer_id,) in conn.execute(select(r.c.reviewer_id)):
                counts[reviewer_id] += 1
        return dict(counts)
