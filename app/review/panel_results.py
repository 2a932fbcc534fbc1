"""A whole panel's results from plain data: every dossier scored, every candidate's indicator and rank.

The service layer loads the inputs from the panel file; this module does the arithmetic, so the
same figures come out of the command line, the chair's window, the exports and the printed report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from app.review.checklist import Checklist
from app.review.composition import (
    CompositionReport,
    check_composition,
    pooled_members,
    unsettled_by_candidate,
    zeroed_duplicates,
)
from app.review.entities import CandidateRecord, ChairChoices, DossierRecord
from app.review.indicators import CandidateDossier, IndicatorInput, IndicatorResult, compute_indicator
from app.review.ranking import AwardEntry, AwardResult, RankEntry, fill_award_lists, rank_within_levels
from app.review.ruleset import RuleSet, ScoringPolicy
from app.review.scoring import DossierResult, Moderation, ReviewInput, ZeroReason, score_dossier


@dataclass(frozen=True)
class DossierOutcome:
    dossier: DossierRecord
    checklist_id: str
    result: DossierResult


@dataclass(frozen=True)
class CandidateOutcome:
    candidate: CandidateRecord
    indicator: IndicatorResult
    rank: int
    awards: tuple[str, ...] = ()  # the award lists (rule set ``award_lists``) that name it


@dataclass(frozen=True)
class PanelResults:
    dossiers: tuple[DossierOutcome, ...]
    candidates: tuple[CandidateOutcome, ...]  # ordered by level, rank, id
    composition: CompositionReport
    awards: tuple[AwardResult, ...] = ()  # the rule set's award lists, filled from the ranking


@dataclass(frozen=True)
class PanelInputs:
    ruleset: RuleSet
    policy: ScoringPolicy
    checklists: Mapping[str, Checklist]
    candidates: Sequence[CandidateRecord]
    dossiers: Sequence[DossierRecord]
    dossier_checklists: Mapping[str, str]  # dossier id -> checklist id
    reviews: Mapping[str, Sequence[ReviewInput]]  # dossier id -> reviews
    moderations: Mapping[str, Moderation]
    campaign_start: date | None = None
    campaign_end: date | None = None
    choices: ChairChoices = field(default_factory=ChairChoices)


def compute_panel_results(data: PanelInputs) -> PanelResults:
    composition = check_composition(
        data.ruleset,
        data.candidates,
        data.dossiers,
        campaign_start=data.campaign_start,
        campaign_end=data.campaign_end,
        choices=data.choices,
    )
    scorer = _DossierScorer(data, composition)
    outcomes = [scorer.score(dossier) for dossier in data.dossiers]
    indicators = candidate_indicators(data, composition, outcomes, [c.id for c in data.candidates])
    return _ranked(data, outcomes, composition, indicators)


def rescore_dossiers(previous: PanelResults, data: PanelInputs, dossier_ids: Collection[str]) -> PanelResults:
    """``previous`` with the dossiers ``dossier_ids`` scored again from ``data`` — equal to
    ``compute_panel_results(data)`` when nothing else changed since ``previous`` (only those dossiers'
    reviews and moderations). ``data.reviews``/``data.moderations`` need hold only those dossiers'.

    A dossier's score moves only its own candidate's indicator and those of the candidates that pool
    that candidate's dossiers (``pooled_mean``); sharing rules zero a copy by the composition, which
    reviews and moderations do not change. Every rank and award list is placed again."""
    composition = previous.composition
    scorer = _DossierScorer(data, composition)
    changed = set(dossier_ids)
    outcomes = [scorer.score(o.dossier) if o.dossier.id in changed else o for o in previous.dossiers]
    owners = {o.dossier.candidate_id for o in outcomes if o.dossier.id in changed}
    pools = pooled_members(data.ruleset, data.candidates, data.choices)
    touched = owners | {cid for cid, members in pools.items() if owners & set(members)}
    indicators = {c.candidate.id: c.indicator for c in previous.candidates}
    indicators |= candidate_indicators(data, composition, outcomes, sorted(touched), pools=pools)
    return _ranked(data, outcomes, composition, indicators)


class _DossierScorer:
    """Scores one dossier at a time: its checklist, its candidate kind's policy, the zero of a copy
    a sharing rule leaves out."""

    def __init__(self, data: PanelInputs, composition: CompositionReport) -> None:
        self.data = data
        self.zeroed = zeroed_duplicates(composition)
        self.kind_of = {c.id: data.ruleset.kind(c.kind) for c in data.candidates}

    def score(self, dossier: DossierRecord) -> DossierOutcome:
        data = self.data
        checklist_id = data.dossier_checklists[dossier.id]
        kind = self.kind_of.get(dossier.candidate_id)
        result = score_dossier(
            data.checklists[checklist_id],
            data.ruleset.policy_for(kind, data.policy) if kind else data.policy,
            data.reviews.get(dossier.id, ()),
            publicised=dossier.publicised,
            forced_zero=(ZeroReason.DUPLICATE_CATEGORY,) if dossier.id in self.zeroed else (),
            moderation=data.moderations.get(dossier.id),
        )
        return DossierOutcome(dossier, checklist_id, result)


def _counted_dossiers(
    outcomes: Sequence[DossierOutcome], candidate_ids: Collection[str]
) -> dict[str, list[CandidateDossier]]:
    """The scored dossiers of ``candidate_ids`` as their indicators count them (set-aside ones left out)."""
    per_candidate: dict[str, list[CandidateDossier]] = defaultdict(list)
    for outcome in outcomes:
        d, r = outcome.dossier, outcome.result
        if d.set_aside_reason is not None or d.candidate_id not in candidate_ids:
            continue  # a set-aside one is scored and shown, but no longer the candidate's
        per_candidate[d.candidate_id].append(
            CandidateDossier(d.id, d.type, d.source, r.final, r.candidate_penalty, r.indicator_zero, d.checks)
        )
    return per_candidate


def candidate_indicators(
    data: PanelInputs,
    composition: CompositionReport,
    outcomes: Sequence[DossierOutcome],
    candidate_ids: Sequence[str],
    *,
    pools: Mapping[str, tuple[str, ...]] | None = None,
) -> dict[str, IndicatorResult]:
    """The indicators of ``candidate_ids`` (those of a known kind) from the scored ``outcomes``."""
    unsettled = unsettled_by_candidate(composition)
    if pools is None:
        pools = pooled_members(data.ruleset, data.candidates, data.choices)
    needed = set(candidate_ids) | {m for cid in candidate_ids for m in pools.get(cid, ())}
    per_candidate = _counted_dossiers(outcomes, needed)
    by_id = {c.id: c for c in data.candidates}
    indicators: dict[str, IndicatorResult] = {}
    for cid in candidate_ids:
        cand = by_id.get(cid)
        kind = None if cand is None else data.ruleset.kind(cand.kind)
        if cand is None or kind is None:
            continue  # reported by the composition check
        checklist = data.checklists[data.ruleset.checklist_for(kind)]
        member_kind_code = getattr(kind.indicator, "member_kind", None)
        members: list[list[CandidateDossier]] = []
        member_required = 0
        open_findings = unsettled.get(cand.id, ())
        member_ids = pools.get(cand.id, ())
        if member_kind_code is not None:
            member_kind = data.ruleset.kind(member_kind_code)
            member_required = member_kind.required_count if member_kind else 0
            members = [per_candidate.get(member_id, []) for member_id in member_ids]
            # a member's extra dossier would be in the pool too: the pooled indicator waits for it
            open_findings += tuple(
                f"{member_id}:{code}" for member_id in member_ids for code in unsettled.get(member_id, ())
            )
        indicators[cand.id] = compute_indicator(
            IndicatorInput(
                kind=kind,
                dossiers=per_candidate.get(cand.id, []),
                checklist_max=Fraction(checklist.max_points),
                members=members,
                member_ids=member_ids,
                member_required=member_required,
                attributes=cand.attributes,
                events=cand.events,
                grade=None if cand.grade is None else Fraction(cand.grade),
                unsettled=open_findings,
            )
        )
    return indicators


def _ranked(
    data: PanelInputs,
    outcomes: Sequence[DossierOutcome],
    composition: CompositionReport,
    indicators: Mapping[str, IndicatorResult],
) -> PanelResults:
    """Ranks within each level, the award lists filled from them, candidates ordered by level and rank."""
    ranks = rank_within_levels(
        [
            RankEntry(c.id, c.level, indicators[c.id].value, c.attributes)
            for c in data.candidates
            if c.id in indicators
        ],
        data.ruleset.tie_breaks,
    )
    awards = fill_award_lists(
        data.ruleset.award_lists,
        [AwardEntry(c.id, c.kind, ranks[c.id]) for c in data.candidates if c.id in indicators],
    )
    named: dict[str, list[str]] = defaultdict(list)
    for award in awards:
        for cid in award.named:
            named[cid].append(award.code)
    level_order = {lv.code: i for i, lv in enumerate(data.ruleset.levels)}
    ranked = sorted(
        (
            CandidateOutcome(c, indicators[c.id], ranks[c.id], tuple(named.get(c.id, ())))
            for c in data.candidates
            if c.id in indicators
        ),
        key=lambda o: (level_order.get(o.candidate.level, 99), o.rank, o.candidate.id),
    )
    return PanelResults(tuple(outcomes), tuple(ranked), composition, awards)
