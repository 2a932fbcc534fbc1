"""Everything the chair's pages show, read from the panel in one transaction on the worker thread.

``load_state`` calls the services and returns plain frozen data, so the pages never touch the panel
file from the GUI thread. After a change the window loads it again with the previous state and the
``Changes`` the action returned: only the areas named are read again (docs/concurrency.md).
Qt-free, so it can be tested and timed without a window.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, select

from app.models import schema
from app.review.assignment import Conflict, check_assignment, loads
from app.review.checklist import Checklist
from app.review.composition import Finding, Severity
from app.review.disagreement import DeductionRecord, Flag, panel_flags
from app.review.draw import DrawRecord
from app.review.entities import CandidateRecord, ChairChoices, DossierRecord
from app.review.panel_results import PanelInputs, PanelResults, compute_panel_results, rescore_dossiers
from app.review.ruleset import RuleSet
from app.review.scoring import Role
from app.review.statistics import PanelStatistics, compute_statistics
from app.services import assignment as assignment_service
from app.services import draws as draw_service
from app.services.assignment import AssignmentRow
from app.services.changes import EVERYTHING, Area, Changes
from app.services.moderation import (
    DecisionRecord,
    ModerationRecord,
    compute_flags,
    moderation_records,
    read_deductions,
)
from app.services.packages import package_name
from app.services.panel import DossierFile, Panel, PanelInfo, ReviewerRecord
from app.services.panel_keys import passphrases
from app.services.results import ScoreInputs, read_scores, scoring_policy
from app.services.reviewer_progress import ReviewerProgress, reviewer_progress
from app.services.switches import collector_paused

T = TypeVar("T")


@dataclass(frozen=True)
class RunInfo:
    """The last automatic assignment: its seed and settings, so the chair can repeat it."""

    seed: str
    at: datetime | None
    experts_per_dossier: int | None
    cross_per_dossier: int


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
    # where each dossier's outcome, deductions and flags are (for the next incremental read)
    index: _Index | None = field(default=None, compare=False, repr=False)

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


LAST_RUN_ACTION = "assignment.run"

# Which areas of a change each part of the state is read again for (app.services.changes).
_ROSTER = Area.PANEL | Area.ROSTER | Area.CHOICES  # set-aside reasons and grades live in the roster
_ASSIGNMENTS = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS | Area.SCORES  # a pair's "reviewed" too
_PROGRESS = Area.PANEL | Area.ROSTER | Area.ASSIGNMENTS | Area.SCORES
_PACKAGES = Area.PANEL | Area.ROSTER | Area.PACKAGES
_DEDUCTIONS = Area.PANEL | Area.ROSTER | Area.SCORES | Area.MODERATION
_CHOICES = Area.PANEL | Area.CHOICES
_DOSSIER_WISE = Area.SCORES | Area.MODERATION  # what a change narrowed to some dossiers may name


def last_run_query() -> Select[Any]:
    """The latest ``assignment.run`` entry: found through the audit log's action index, no scan."""
    log = schema.audit_log
    return (
        select(log.c.at, log.c.new).where(log.c.action == LAST_RUN_ACTION).order_by(log.c.id.desc()).limit(1)
    )


def last_run(panel: Panel) -> RunInfo | None:
    """The seed and settings of the last automatic assignment, from the audit log."""
    with panel.connect() as conn:
        latest = conn.execute(last_run_query()).first()
    if latest is None:
        return None
    new = latest.new or {}
    settings = new.get("settings") or {}
    return RunInfo(
        seed=str(new.get("seed", "")),
        at=latest.at,
        experts_per_dossier=settings.get("experts_per_dossier"),
        cross_per_dossier=int(settings.get("cross_per_dossier", 1)),
    )


def load_state(panel: Panel, previous: ChairState | None = None, changes: Changes = EVERYTHING) -> ChairState:
    """Read everything the pages show, in one read transaction (one committed state of the file).

    With ``previous`` (the state before the change) only the areas ``changes`` names are read again;
    the rest is reused. A change narrowed to some dossiers (``Changes.dossiers``) that names only
    scores and moderation scores just those dossiers again, their candidates' indicators (and of the
    candidates pooling them), every rank, and those dossiers' flags — equal to a full read
    (tests/core/test_chair_state.py proves it on random moderations and settlements)."""
    if previous is None or previous.path != panel.path:
        changes = EVERYTHING
    with panel.reading(), collector_paused():
        return _read(panel, previous, changes)


def _read(panel: Panel, previous: ChairState | None, changes: Changes) -> ChairState:
    areas = changes.areas
    old = previous

    def again(needed: Area) -> bool:
        return old is None or bool(areas & needed)

    if old is None or again(_ROSTER):
        candidates = tuple(panel.candidates())
        dossiers = tuple(panel.dossiers())
        files: Mapping[str, DossierFile] = panel.dossier_files()
        reviewers = tuple(panel.reviewers())
        draws = tuple(draw_service.draws(panel))
    else:
        candidates, dossiers, files = old.candidates, old.dossiers, old.files
        reviewers, draws = old.reviewers, old.draws
    choices = panel.chair_choices() if old is None or again(_CHOICES) else old.choices
    load: Mapping[str, int]
    if old is None or again(_ASSIGNMENTS):
        assignments, load, conflicts, exclusions = _assignments(panel, reviewers, dossiers, candidates)
    else:
        assignments, load, conflicts = old.assignments, old.load, old.conflicts
        exclusions = old.exclusions
    progress = (
        tuple(reviewer_progress(panel, list(reviewers))) if old is None or again(_PROGRESS) else old.progress
    )
    passphrases = _passphrases(panel) if old is None or again(_PACKAGES) else old.passphrases
    # scores and moderation of some dossiers only: score those again, reuse the rest
    narrowed = bool(changes.dossiers) and not areas & _ROSTER and bool(areas & _DOSSIER_WISE)
    base = _Base(candidates, dossiers, choices)
    if old is not None and narrowed:
        scored = _rescored(panel, old, base, changes.dossiers)
    elif old is None or areas.moves_results or again(_DEDUCTIONS):
        scored = _scored(panel, base)
    else:
        scored = _Scored(
            old.results, old.flags, old.deductions, old.decisions, old.moderations, old.statistics, old.index
        )
    return ChairState(
        path=panel.path,
        info=panel.info,
        ruleset=panel.ruleset,
        checklists=dict(panel.checklists),
        candidates=candidates,
        dossiers=dossiers,
        files=files,
        reviewers=reviewers,
        assignments=assignments,
        load=load,
        conflicts=conflicts,
        exclusions=exclusions,
        draws=draws,
        results=scored.results,
        flags=scored.flags,
        deductions=scored.deductions,
        decisions=scored.decisions,
        moderations=scored.moderations,
        statistics=scored.statistics,
        progress=progress,
        last_run=last_run(panel),
        choices=choices,
        passphrases=passphrases,
        index=scored.index,
    )


def _assignments(
    panel: Panel,
    reviewers: Sequence[ReviewerRecord],
    dossiers: Sequence[DossierRecord],
    candidates: Sequence[CandidateRecord],
) -> tuple[tuple[AssignmentRow, ...], dict[str, int], tuple[Conflict, ...], tuple[Mapping[str, str], ...]]:
    """The pairs (read once), each reviewer's load and the pairs that break the region rule."""
    rows = tuple(assignment_service.assignments(panel))
    pairs = [(x.reviewer_id, x.dossier_id) for x in rows]
    load = loads(pairs, [r.id for r in reviewers])
    conflicts = check_assignment(
        pairs, reviewers, dossiers, candidates, every_role=assignment_service.every_role_bound(panel)
    )
    return rows, load, tuple(conflicts), tuple(assignment_service.exclusions(panel))


@dataclass(frozen=True)
class _Base:
    """The roster and the chair's choices the results are computed over."""

    candidates: tuple[CandidateRecord, ...]
    dossiers: tuple[DossierRecord, ...]
    choices: ChairChoices

    def inputs(self, panel: Panel, scores: ScoreInputs) -> PanelInputs:
        info = panel.info
        return PanelInputs(
            ruleset=panel.ruleset,
            policy=scoring_policy(panel),
            checklists=panel.checklists,
            candidates=self.candidates,
            dossiers=self.dossiers,
            dossier_checklists=scores.dossier_checklists,
            reviews=scores.reviews,
            moderations=scores.moderations,
            campaign_start=info.campaign_start,
            campaign_end=info.campaign_end,
            choices=self.choices,
        )


@dataclass(frozen=True)
class _Scored:
    """The parts of the state that follow from the reviews and the chair's decisions."""

    results: PanelResults
    flags: tuple[Flag, ...]
    deductions: tuple[DeductionRecord, ...]
    decisions: Mapping[str, DecisionRecord]
    moderations: Mapping[str, ModerationRecord]
    statistics: PanelStatistics
    index: _Index | None = None


def _scored(panel: Panel, base: _Base) -> _Scored:
    """Everything read and computed again: deductions read once for the flags and the statistics."""
    read = read_deductions(panel)
    results = compute_panel_results(base.inputs(panel, read_scores(panel, deductions=read.deductions)))
    flags = tuple(compute_flags(panel, results, read.deductions))
    return _Scored(
        results=results,
        flags=flags,
        deductions=read.deductions,
        decisions=read.decisions,
        moderations=moderation_records(panel),
        statistics=compute_statistics(results.dossiers, read.deductions, panel.checklists),
        index=_Index.of(results, read.deductions, flags),
    )


def _rescored(panel: Panel, old: ChairState, base: _Base, codes: frozenset[str]) -> _Scored:
    """Only the dossiers ``codes`` read and scored again; the rest of ``old`` reused. The deductions
    and flags are grouped by dossier in code order (the order of ``panel.dossiers()``), so each
    dossier's group is found by bisection and replaced."""
    index = old.index or _Index.of(old.results, old.deductions, old.flags)
    codes = frozenset(c for c in codes if _found(index.dossier_keys, c))
    read = read_deductions(panel, codes)
    scores = read_scores(panel, codes, deductions=read.deductions)
    results = rescore_dossiers(old.results, base.inputs(panel, scores), codes)
    deductions, deduction_keys = _spliced(old.deductions, index.deduction_keys, read.deductions, codes)
    gone = {d.uid for c in codes for d in _group(old.deductions, index.deduction_keys, c)}
    decisions = {uid: d for uid, d in old.decisions.items() if uid not in gone} | dict(read.decisions)
    moderations = {code: m for code, m in old.moderations.items() if code not in codes}
    moderations = dict(sorted((moderations | moderation_records(panel, codes)).items()))
    outcomes = {c: _group(results.dossiers, index.dossier_keys, c)[0] for c in codes}
    new_flags = panel_flags(
        ((c, panel.checklist(outcomes[c].checklist_id), outcomes[c].result) for c in sorted(codes)),
        panel.info.disagreement_threshold,
        read.deductions,
    )
    flags, flag_keys = _spliced(old.flags, index.flag_keys, new_flags, codes)
    statistics = old.statistics
    same_reviews = all(
        _group(old.results.dossiers, index.dossier_keys, c)[0].result.reviewers
        == outcomes[c].result.reviewers
        for c in codes
    )
    same_deductions = all(
        list(_group(old.deductions, index.deduction_keys, c)) == list(_group(deductions, deduction_keys, c))
        for c in codes
    )
    if not (same_reviews and same_deductions):  # the statistics' inputs moved: count them again
        statistics = compute_statistics(results.dossiers, deductions, panel.checklists)
    return _Scored(
        results, flags, deductions, decisions, moderations, statistics,
        _Index(index.dossier_keys, deduction_keys, flag_keys),
    )  # fmt: skip


@dataclass(frozen=True)
class _Index:
    """The dossier code of each outcome, deduction and flag, in order (all grouped by dossier in code
    order), so one dossier's part is found by bisection, not by a scan."""

    dossier_keys: list[str]
    deduction_keys: list[str]
    flag_keys: list[str]

    @classmethod
    def of(
        cls, results: PanelResults, deductions: Sequence[DeductionRecord], flags: Sequence[Flag]
    ) -> _Index:
        return cls(
            [o.dossier.id for o in results.dossiers],
            [d.dossier_id for d in deductions],
            [f.dossier_id for f in flags],
        )


class _Keyed(Protocol):
    @property
    def dossier_id(self) -> str: ...


K = TypeVar("K", bound=_Keyed)


def _found(keys: list[str], code: str) -> bool:
    at = bisect.bisect_left(keys, code)
    return at < len(keys) and keys[at] == code


def _group(items: Sequence[T], keys: list[str], code: str) -> Sequence[T]:
    return items[bisect.bisect_left(keys, code) : bisect.bisect_right(keys, code)]


def _spliced(
    old: Sequence[K], keys: list[str], new: Sequence[K], codes: frozenset[str]
) -> tuple[tuple[K, ...], list[str]]:
    """``old`` with the groups of ``codes`` replaced by ``new``'s (grouped likewise), and its keys."""
    new_groups: dict[str, list[K]] = {code: [] for code in codes}
    for x in new:
        new_groups[x.dossier_id].append(x)
    items: list[K] = []
    out_keys: list[str] = []
    start = 0
    for code in sorted(codes):
        lo, hi = bisect.bisect_left(keys, code, lo=start), bisect.bisect_right(keys, code, lo=start)
        items += old[start:lo]
        out_keys += keys[start:lo]
        items += new_groups[code]
        out_keys += [code] * len(new_groups[code])
        start = hi
    items += old[start:]
    out_keys += keys[start:]
    return tuple(items), out_keys


def _passphrases(panel: Panel) -> dict[str, str]:
    with panel.connect() as conn:
        return passphrases(conn)


def reviewers_by_role(state: ChairState) -> tuple[list[ReviewerRecord], list[ReviewerRecord]]:
    experts = [r for r in state.reviewers if r.role is Role.EXPERT]
    cross = [r for r in state.reviewers if r.role is Role.CROSS]
    return experts, cross
