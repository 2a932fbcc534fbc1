"""Panel statistics: the typical problems (most-deducted items) and how far experts agree per item.

The campaign notices ask the panel to report the typical problems it found (典型问题) besides the
ranking; and a chair judging a checklist wants to know which items experts read differently. Both are
counted from the same data the results come from, so the figures match the exported sheets.
Deductions the chair rejected are left out: they are not findings of the panel.
Pure functions; exact figures (``Fraction``), rounded only when shown.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import combinations

from app.review.checklist import Checklist
from app.review.disagreement import DeductionRecord
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


def item_problems(
    outcomes: Sequence[DossierOutcome],
    deductions: Iterable[DeductionRecord],
    checklists: Mapping[str, Checklist],
) -> tuple[ItemProblem, ...]:
    """The items deducted over ``outcomes``' dossiers, most often first (then most points, checklist order)."""
    checklist_of = {o.dossier.id: o.checklist_id for o in outcomes}
    reviewed: Counter[str] = Counter(o.checklist_id for o in outcomes if o.result.reviewers)
    per_review: dict[tuple[str, str, str, str], list[DeductionRecord]] = defaultdict(list)
    for d in deductions:
        if d.rejected or d.points <= 0 or d.dossier_id not in checklist_of:
            continue
        per_review[(checklist_of[d.dossier_id], d.item_id, d.dossier_id, d.reviewer_id)].append(d)

    grouped: dict[tuple[str, str], list[list[DeductionRecord]]] = defaultdict(list)
    for (checklist_id, item_id, _dossier, _reviewer), records in per_review.items():
        grouped[(checklist_id, item_id)].append(records)

    problems = []
    for (checklist_id, item_id), reviews in grouped.items():
        checklist = checklists[checklist_id]
        item = checklist.item(item_id)
        if item is None:
            continue  # refused on entry; an old snapshot would be a data problem, not a statistic
        section = next(s for s in checklist.sections if any(i.id == item_id for i in s.items))
        texts = Counter(t for records in reviews for r in records if (t := _reason_text(checklist, r)))
        problems.append(
            ItemProblem(
                checklist_id=checklist_id,
                item_id=item_id,
                item_text=item.text,
                section_title=section.title,
                dossiers=len({records[0].dossier_id for records in reviews}),
                reviews=len(reviews),
                expert_reviews=sum(1 for records in reviews if records[0].role is Role.EXPERT),
                cross_reviews=sum(1 for records in reviews if records[0].role is Role.CROSS),
                points=sum(
                    (
                        Fraction(min(sum((r.points for r in records), Decimal(0)), item.max_points))
                        for records in reviews
                    ),
                    ZERO,
                ),
                dossiers_reviewed=reviewed[checklist_id],
                reasons=tuple(sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_REASONS]),
            )
        )
    order = {(cid, item.id): n for cid, c in checklists.items() for n, item in enumerate(c.items())}
    problems.sort(key=lambda p: (-p.reviews, -p.points, p.checklist_id, order[(p.checklist_id, p.item_id)]))
    return tuple(problems)


def item_agreement(
    outcomes: Sequence[DossierOutcome], checklists: Mapping[str, Checklist]
) -> tuple[ItemAgreement, ...]:
    """Per item: the share of expert pairs on a dossier that agree on deducting or not, and the mean
    absolute difference of their item scores. Dossiers with fewer than two experts say nothing here."""
    pairs: dict[tuple[str, str], list[tuple[bool, Fraction]]] = defaultdict(list)
    dossiers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for outcome in outcomes:
        experts = [r for r in outcome.result.reviewers if r.role is Role.EXPERT]
        if len(experts) < 2:
            continue
        checklist = checklists[outcome.checklist_id]
        for a, b in combinations(experts, 2):
            for item in checklist.items():
                taken_a = a.item_deducted.get(item.id, Decimal(0))
                taken_b = b.item_deducted.get(item.id, Decimal(0))
                key = (outcome.checklist_id, item.id)
                pairs[key].append(((taken_a > 0) == (taken_b > 0), abs(Fraction(taken_a - taken_b))))
                dossiers[key].add(outcome.dossier.id)
    result = []
    for checklist_id in sorted({cid for cid, _ in pairs}):
        checklist = checklists[checklist_id]
        for section in checklist.sections:
            for item in section.items:
                compared = pairs.get((checklist_id, item.id))
                if not compared:
                    continue
                result.append(
                    ItemAgreement(
                        checklist_id=checklist_id,
                        item_id=item.id,
                        item_text=item.text,
                        section_title=section.title,
                        dossiers=len(dossiers[(checklist_id, item.id)]),
                        pairs=len(compared),
                        agreeing_pairs=sum(1 for agree, _ in compared if agree),
                        mean_abs_difference=sum((diff for _, diff in compared), ZERO) / len(compared),
                    )
                )
    return tuple(result)


def compute_statistics(
    outcomes: Sequence[DossierOutcome],
    deductions: Sequence[DeductionRecord],
    checklists: Mapping[str, Checklist],
) -> PanelStatistics:
    """Typical problems over the panel and per candidate, and expert agreement per item."""
    per_candidate: dict[str, list[DossierOutcome]] = defaultdict(list)
    for outcome in outcomes:
        per_candidate[outcome.dossier.candidate_id].append(outcome)
    of_dossier: dict[str, list[DeductionRecord]] = defaultdict(list)
    for d in deductions:
        of_dossier[d.dossier_id].append(d)
    by_candidate = {
        candidate_id: item_problems(
            own, [d for o in own for d in of_dossier.get(o.dossier.id, ())], checklists
        )
        for candidate_id, own in sorted(per_candidate.items())
    }
    return PanelStatistics(
        problems=item_problems(outcomes, deductions, checklists),
        by_candidate=by_candidate,
        agreement=item_agreement(outcomes, checklists),
    )
