"""Panel statistics: the typical problems (most-deducted items) and how far experts agree per item.

The campaign notices ask the panel to report the typical problems it found (典型问题) besides the
ranking; and a chair judging a checklist wants to know which items experts read differently. Both are
counted from the same data the results come from, so the figures match the exported sheets.
Deductions the chair rejected are left out: they are not findings of the panel.
Pure functions; exact figures (``Fraction``), rounded only when shown.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from itertools import combinations
from typing import Any

from app.review.checklist import Checklist
from app.review.disagreement import Decision, DeductionRecord
from app.review.panel_results import DossierOutcome
from app.review.points import ZERO
from app.review.scoring import Role

TOP_REASONS = 3


@dataclass(frozen=True)
class ItemProblem:
    """How often one checklist item was deducted. ``reviews``: reviewer-and-dossier pairs."""

    checklist_id: str
    item_id: str
    item_text: str
    section_title: str
    dossiers: int  # dossiers where at least one reviewer deducted the item
    reviews: int  # reviews that deducted it
    expert_reviews: int
    cross_reviews: int
    points: Fraction  # total taken off, each review's deductions capped at the item's maximum
    dossiers_reviewed: int  # dossiers with this checklist that have any review: the denominator
    reasons: tuple[tuple[str, int], ...]  # the most frequent reason texts, with their counts


@dataclass(frozen=True)
class ItemAgreement:
    """Agreement of experts on one item over all dossiers with at least two experts."""

    checklist_id: str
    item_id: str
    item_text: str
    section_title: str
    dossiers: int
    pairs: int  # expert pairs compared (two experts on one dossier are one pair)
    agreeing_pairs: int  # both deducted, or neither
    mean_abs_difference: Fraction  # of the item score, over the pairs

    @property
    def share(self) -> Fraction:
        return Fraction(self.agreeing_pairs, self.pairs) if self.pairs else ZERO


@dataclass(frozen=True)
class PanelStatistics:
    problems: tuple[ItemProblem, ...]  # most deducted first
    by_candidate: Mapping[str, tuple[ItemProblem, ...]]  # candidate id -> its problems
    agreement: tuple[ItemAgreement, ...]  # checklist order


def _reason_text(checklist: Checklist, record: DeductionRecord) -> str:
    """The reason as the reviewer gave it: their own words, else the checklist's wording."""
    if record.text.strip():
        return record.text.strip()
    item = checklist.item(record.item_id)
    reason = item.reason(record.reason_id) if item and record.reason_id else None
    return reason.text if reason else ""


@dataclass(slots=True)
class _Tally:
    """One item's deductions over some dossiers, added up review by review."""

    dossiers: set[str] = field(default_factory=set)
    reviews: int = 0
    expert_reviews: int = 0
    cross_reviews: int = 0
    points: Decimal = Decimal(0)  # entered points: exact as decimals
    reasons: dict[str, int] = field(default_factory=dict)


_Key = tuple[str, str]  # checklist id, item id


def _reviews_of_items(
    checklist_of: Mapping[str, str],
    deductions: Iterable[DeductionRecord],
    checklists: Mapping[str, Checklist],
) -> dict[tuple[str, str, str], list[Any]]:
    """(dossier, reviewer, item) -> [role, points, reason texts] of that review's counted deductions on
    the item: one pass over them. Rejected deductions, nothing taken off and dossiers outside
    ``checklist_of`` are left out."""
    reviews: dict[tuple[str, str, str], list[Any]] = {}
    worded: dict[tuple[str, str, str | None], str] = {}  # the checklist's reason wording, looked up once
    rejected = Decision.REJECTED
    for d in deductions:
        if d.decision is rejected or d.points <= 0 or d.dossier_id not in checklist_of:
            continue
        text = d.text.strip()
        if not text:
            checklist_id = checklist_of[d.dossier_id]
            wording = (checklist_id, d.item_id, d.reason_id)
            if wording not in worded:
                worded[wording] = _reason_text(checklists[checklist_id], d)
            text = worded[wording]
        key = (d.dossier_id, d.reviewer_id, d.item_id)
        found = reviews.get(key)
        if found is None:
            reviews[key] = [d.role, d.points, [text] if text else []]
        else:
            found[1] += d.points
            if text:
                found[2].append(text)
    return reviews


def _problems(
    tallies: Mapping[_Key, _Tally], reviewed: Mapping[str, int], checklists: Mapping[str, Checklist]
) -> tuple[ItemProblem, ...]:
    """The tallied items as problems, most often deducted first (then most points, checklist order)."""
    problems = []
    for (checklist_id, item_id), tally in tallies.items():
        checklist = checklists[checklist_id]
        item = checklist.item(item_id)
        assert item is not None  # tallied only when known
        section = next(s for s in checklist.sections if any(i.id == item_id for i in s.items))
        problems.append(
            ItemProblem(
                checklist_id=checklist_id,
                item_id=item_id,
                item_text=item.text,
                section_title=section.title,
                dossiers=len(tally.dossiers),
                reviews=tally.reviews,
                expert_reviews=tally.expert_reviews,
                cross_reviews=tally.cross_reviews,
                points=Fraction(tally.points),
                dossiers_reviewed=reviewed.get(checklist_id, 0),
                reasons=tuple(sorted(tally.reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_REASONS]),
            )
        )
    problems.sort(
        key=lambda p: (
            -p.reviews,
            -p.points,
            p.checklist_id,
            checklists[p.checklist_id].item_positions[p.item_id],
        )
    )
    return tuple(problems)


_Reviews = dict[tuple[str, str, str], list[Any]]  # what _reviews_of_items gives


def _tallied(
    checklist_of: Mapping[str, str], reviews: _Reviews, checklists: Mapping[str, Checklist]
) -> dict[_Key, _Tally]:
    """Every item's tally over the dossiers of ``reviews`` (``_reviews_of_items``): one pass."""
    tallies: dict[_Key, _Tally] = {}
    expert, cross = Role.EXPERT, Role.CROSS
    for (dossier_id, _reviewer, item_id), (role, points, texts) in reviews.items():
        checklist_id = checklist_of[dossier_id]
        item = checklists[checklist_id].item(item_id)
        if item is None:
            continue  # refused on entry; an old snapshot would be a data problem, not a statistic
        tally = tallies.get((checklist_id, item_id))
        if tally is None:
            tally = tallies[(checklist_id, item_id)] = _Tally()
        tally.dossiers.add(dossier_id)
        tally.reviews += 1
        tally.expert_reviews += role is expert
        tally.cross_reviews += role is cross
        tally.points += min(points, item.max_points)
        for text in texts:
            tally.reasons[text] = tally.reasons.get(text, 0) + 1
    return tallies


def _reviewed(outcomes: Iterable[DossierOutcome]) -> Counter[str]:
    """Per checklist: the dossiers with any review (a problem's denominator)."""
    return Counter(o.checklist_id for o in outcomes if o.result.reviewers)


def item_problems(
    outcomes: Sequence[DossierOutcome],
    deductions: Iterable[DeductionRecord],
    checklists: Mapping[str, Checklist],
) -> tuple[ItemProblem, ...]:
    """The items deducted over ``outcomes``' dossiers, most often first (then most points, checklist order)."""
    checklist_of = {o.dossier.id: o.checklist_id for o in outcomes}
    reviews = _reviews_of_items(checklist_of, deductions, checklists)
    return _problems(_tallied(checklist_of, reviews, checklists), _reviewed(outcomes), checklists)


def item_agreement(
    outcomes: Sequence[DossierOutcome], checklists: Mapping[str, Checklist]
) -> tuple[ItemAgreement, ...]:
    """Per item: the share of expert pairs on a dossier that agree on deducting or not, and the mean
    absolute difference of their item scores. Dossiers with fewer than two experts say nothing here.

    Every item of a compared dossier's checklist is compared for each pair; a pair agrees on an item
    neither deducted (difference 0), so only the items either deducted are looked at one by one."""
    dossiers: Counter[str] = Counter()  # checklist id -> dossiers with an expert pair
    pairs: Counter[str] = Counter()  # checklist id -> expert pairs compared on each of its items
    disagreeing: Counter[_Key] = Counter()
    difference: dict[_Key, Decimal] = defaultdict(Decimal)
    for outcome in outcomes:
        experts = [r for r in outcome.result.reviewers if r.role is Role.EXPERT]
        if len(experts) < 2:
            continue
        checklist_id = outcome.checklist_id
        positions = checklists[checklist_id].item_positions
        dossiers[checklist_id] += 1
        for a, b in combinations(experts, 2):
            pairs[checklist_id] += 1
            for item_id in {*a.item_deducted, *b.item_deducted}:
                if item_id not in positions:
                    continue
                taken_a = a.item_deducted.get(item_id, Decimal(0))
                taken_b = b.item_deducted.get(item_id, Decimal(0))
                key = (checklist_id, item_id)
                if (taken_a > 0) != (taken_b > 0):
                    disagreeing[key] += 1
                difference[key] += abs(taken_a - taken_b)
    result = []
    for checklist_id in sorted(pairs):
        checklist = checklists[checklist_id]
        compared = pairs[checklist_id]
        for section in checklist.sections:
            for item in section.items:
                key = (checklist_id, item.id)
                result.append(
                    ItemAgreement(
                        checklist_id=checklist_id,
                        item_id=item.id,
                        item_text=item.text,
                        section_title=section.title,
                        dossiers=dossiers[checklist_id],
                        pairs=compared,
                        agreeing_pairs=compared - disagreeing[key],
                        mean_abs_difference=Fraction(difference.get(key, Decimal(0))) / compared,
                    )
                )
    return tuple(result)


class _ByCandidate(Mapping[str, tuple[ItemProblem, ...]]):
    """Each candidate's problems, made when first asked for: the chair's pages show the panel's
    problems only, and tallying every candidate apart cost as much as the rest of the statistics.
    Equal to the dict of them (``Mapping.__eq__``), candidates in code order."""

    def __init__(
        self,
        outcomes: Sequence[DossierOutcome],
        checklist_of: Mapping[str, str],
        reviews: _Reviews,
        checklists: Mapping[str, Checklist],
    ) -> None:
        own: dict[str, list[DossierOutcome]] = defaultdict(list)
        for outcome in outcomes:
            own[outcome.dossier.candidate_id].append(outcome)
        self._own = dict(sorted(own.items()))
        self._checklist_of, self._reviews, self._checklists = checklist_of, reviews, checklists
        self._grouped: dict[str, _Reviews] | None = None
        self._made: dict[str, tuple[ItemProblem, ...]] = {}

    def __getitem__(self, candidate_id: str) -> tuple[ItemProblem, ...]:
        made = self._made.get(candidate_id)
        if made is None:
            mine = self._own[candidate_id]  # KeyError for a candidate without dossiers
            if self._grouped is None:  # the reviews split by candidate once, on the first ask
                candidate_of = {o.dossier.id: c for c, outcomes in self._own.items() for o in outcomes}
                grouped: dict[str, _Reviews] = defaultdict(dict)
                for key, review in self._reviews.items():
                    grouped[candidate_of[key[0]]][key] = review
                self._grouped = grouped
            tallies = _tallied(self._checklist_of, self._grouped.get(candidate_id, {}), self._checklists)
            made = self._made[candidate_id] = _problems(tallies, _reviewed(mine), self._checklists)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._own)

    def __len__(self) -> int:
        return len(self._own)

    def __repr__(self) -> str:
        return f"_ByCandidate({len(self._own)} candidates)"


def compute_statistics(
    outcomes: Sequence[DossierOutcome],
    deductions: Sequence[DeductionRecord],
    checklists: Mapping[str, Checklist],
) -> PanelStatistics:
    """Typical problems over the panel and per candidate, and expert agreement per item: the
    deductions are gathered by review and item once; each candidate's problems are tallied from
    them when first asked for."""
    checklist_of = {o.dossier.id: o.checklist_id for o in outcomes}
    reviews = _reviews_of_items(checklist_of, deductions, checklists)
    return PanelStatistics(
        problems=_problems(_tallied(checklist_of, reviews, checklists), _reviewed(outcomes), checklists),
        by_candidate=_ByCandidate(outcomes, checklist_of, reviews, checklists),
        agreement=item_agreement(outcomes, checklists),
    )
