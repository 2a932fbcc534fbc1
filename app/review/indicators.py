"""How a candidate's dossier scores become its indicator: the named formula kinds, each once.

A rule set's candidate kind names one formula kind (``mean``, ``pooled_mean``, ``source_groups``,
``per_dossier``, ``base_adjusted``) with its parameters; ``compute_indicator`` dispatches on that kind —
never on a rule set's name. Each result carries the steps it took, as codes and numbers, so a chair can
see how it was computed and the UI can word it in either language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from app.review.points import ZERO, clamp
from app.review.ruleset import (
    Adjustment,
    BaseAdjustedIndicator,
    CandidateKind,
    MeanIndicator,
    PerDossierIndicator,
    PooledMeanIndicator,
    Source,
    SourceGroupsIndicator,
)


@dataclass(frozen=True)
class CandidateDossier:
    """One dossier as the indicator sees it (already scored by ``score_dossier``)."""

    dossier_id: str
    type: str
    source: Source
    final: Fraction | None  # None: not scored yet
    candidate_penalty: Fraction = ZERO
    indicator_zero: bool = False
    checks: frozenset[str] = frozenset()  # DossierCheck codes the chair recorded as found


@dataclass(frozen=True)
class Step:
    """One line of "how it was computed": a code, the value it produced, and its figures."""

    code: str
    value: Fraction
    args: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class IndicatorResult:
    value: Fraction
    complete: bool  # False while a counted dossier is still unscored
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class IndicatorInput:
    kind: CandidateKind
    dossiers: Sequence[CandidateDossier]
    checklist_max: Fraction
    # pooled_mean: each member candidate's dossiers (the caller resolves which members are pooled:
    # app.review.composition.pooled_members), and the members' ids for the explanation
    members: Sequence[Sequence[CandidateDossier]] = ()
    member_ids: Sequence[str] = ()
    member_required: int = 0
    attributes: Mapping[str, Decimal] = field(default_factory=dict)  # e.g. self_checks
    events: Mapping[str, int] = field(default_factory=dict)  # base_adjusted event code -> count
    grade: Fraction | None = None  # base_adjusted with graded_by_chair: the chair's grade (0…base)
    # composition errors about this candidate the chair has not settled yet (finding codes): the
    # indicator is computed but not complete until they are
    unsettled: tuple[str, ...] = ()


def _mean(
    dossiers: Sequence[CandidateDossier], required: int, missing_counts_zero: bool
) -> tuple[Fraction, int]:
    scored = [d.final if d.final is not None else ZERO for d in dossiers]
    count = max(required, len(scored)) if missing_counts_zero else len(scored)
    if count == 0:
        return ZERO, 0
    return sum(scored, ZERO) / count, count


def _scale(value: Fraction, points: Decimal | None, checklist_max: Fraction) -> Fraction:
    return value if points is None else value * Fraction(points) / checklist_max


def compute_indicator(data: IndicatorInput) -> IndicatorResult:
    kind = data.kind
    spec = kind.indicator
    steps: list[Step] = []
    counted: list[CandidateDossier] = list(data.dossiers)

    if isinstance(spec, MeanIndicator):
        mean, count = _mean(counted, kind.required_count, kind.missing_counts_zero)
        steps.append(Step("mean", mean, {"dossiers": len(counted), "divided_by": count}))
        value = _scale(mean, spec.points, data.checklist_max)
        if spec.points is not None:
            steps.append(Step("scaled", value, {"points": spec.points, "of": data.checklist_max}))
    elif isinstance(spec, PooledMeanIndicator):
        members = list(data.members)
        pool = counted + [d for member in members for d in member]
        counted = pool
        required = kind.required_count + spec.members * data.member_required
        mean, count = _mean(pool, required, kind.missing_counts_zero)
        args: dict[str, object] = {"own": len(data.dossiers), "members": len(members), "divided_by": count}
        if data.member_ids:
            args["member_candidates"] = ", ".join(data.member_ids)
        steps.append(Step("pooled_mean", mean, args))
        value = _scale(mean, spec.points, data.checklist_max)
        if spec.points is not None:
            steps.append(Step("scaled", value, {"points": spec.points, "of": data.checklist_max}))
    elif isinstance(spec, SourceGroupsIndicator):
        value = ZERO
        for group in spec.groups:
            members_of_group = [d for d in counted if d.source in group.sources]
            required = sum(r.count for r in kind.requirements if r.source in group.sources)
            mean, count = _mean(members_of_group, required, kind.missing_counts_zero)
            part = _scale(mean, group.points, data.checklist_max)
            steps.append(
                Step(
                    "group",
                    part,
                    {"label": group.label, "mean": mean, "divided_by": count, "points": group.points},
                )
            )
            value += part
    elif isinstance(spec, PerDossierIndicator):
        value = ZERO
        for dossier in counted:
            part = _scale(dossier.final or ZERO, spec.points_per_dossier, data.checklist_max)
            steps.append(
                Step("dossier", part, {"dossier": dossier.dossier_id, "points": spec.points_per_dossier})
            )
            value += part
        for bonus in spec.bonuses:
            have = Fraction(data.attributes.get(bonus.attribute, Decimal(0)))
            part = min(have * Fraction(bonus.per), Fraction(bonus.max_points))
            steps.append(Step("bonus", part, {"label": bonus.label, "count": have, "max": bonus.max_points}))
            value += part
    elif isinstance(spec, BaseAdjustedIndicator):
        value = _base_adjusted(spec, data, steps)
    else:  # pragma: no cover - the discriminated union is exhaustive
        raise TypeError(f"unknown indicator formula {spec!r}")

    own = data.dossiers  # penalties of member candidates stay with them
    if any(d.indicator_zero for d in own):
        value = ZERO
        steps.append(Step("indicator_vetoed", ZERO))
    elif isinstance(spec, PooledMeanIndicator) and spec.member_vetoes_count:
        # the members' dossiers are part of this indicator (Jiangsu: “22份案卷…发现案卷造假的，该指标按零分计”)
        vetoed = [d.dossier_id for member in data.members for d in member if d.indicator_zero]
        if vetoed:
            value = ZERO
            steps.append(Step("member_indicator_vetoed", ZERO, {"dossiers": ", ".join(sorted(vetoed))}))
    for event in kind.zeroing_events:  # e.g. a penalty corrected on reconsideration (Jiangsu 2016)
        times = data.events.get(event.code, 0)
        if times:
            value = ZERO
            steps.append(Step("zeroed_by_event", ZERO, {"label": event.label, "count": times}))
    penalty = sum((d.candidate_penalty for d in own), ZERO)
    if penalty:
        # "在该案卷不得分基础上，另扣1分": taken off the candidate's indicator, which stops at its floor.
        value -= penalty
        steps.append(Step("penalty", -penalty))
    low, high = Fraction(kind.min_points), Fraction(kind.max_points)
    if value < low:
        value = low
        steps.append(Step("floored", value, {"floor": kind.min_points}))
    for check in kind.dossier_checks:
        found = [d.dossier_id for d in own if check.code in d.checks]
        part = min(Fraction(check.points_per_dossier) * len(found), Fraction(check.max_points))
        steps.append(
            Step(
                "dossier_check",
                part,
                {
                    "label": check.label,
                    "found": len(found),
                    "points": check.points_per_dossier,
                    "max": check.max_points,
                },
            )
        )
        value += part
    bounded = clamp(value, low=low, high=high)
    if bounded != value:  # never above the notice's maximum, whatever was handed in
        value = bounded
        steps.append(Step("clamped", value, {"min": kind.min_points, "max": kind.max_points}))
    if isinstance(spec, BaseAdjustedIndicator):  # built from the grade and events, not review scores
        complete = not (spec.graded_by_chair and data.grade is None)
    else:
        complete = all(d.final is not None for d in counted)
    if data.unsettled:
        complete = False
        steps.append(Step("unsettled", value, {"findings": ", ".join(data.unsettled)}))
    return IndicatorResult(value=value, complete=complete, steps=tuple(steps))


def _base_adjusted(spec: BaseAdjustedIndicator, data: IndicatorInput, steps: list[Step]) -> Fraction:
    """The grade (or the fixed base), then the counted events in the order ``spec.bounds`` says."""
    if spec.graded_by_chair:
        grade = data.grade
        value = ZERO if grade is None else clamp(grade, low=ZERO, high=Fraction(spec.base))
        steps.append(Step("grade" if grade is not None else "grade_missing", value, {"max": spec.base}))
    else:
        value = Fraction(spec.base)
        steps.append(Step("base", value))
    counted = [(a, data.events.get(a.code, 0)) for a in spec.adjustments]
    counted = [(a, times) for a, times in counted if times]
    zeroing = [(a, times) for a, times in counted if a.zeroes_indicator]
    for adjustment, times in zeroing:
        steps.append(Step("zeroed_by_event", ZERO, {"label": adjustment.label, "count": times}))
    if zeroing:
        return ZERO
    floor, cap = Fraction(spec.floor), Fraction(spec.cap)
    if spec.bounds == "once":
        value = _adjusted(value, counted, steps)
        value = clamp(value, low=floor, high=cap)
        steps.append(Step("bounded", value, {"floor": spec.floor, "cap": spec.cap}))
        return value
    # stepwise: “2.扣分项…本项分值直到扣完为止” → “3、加分项…” → “本项累计得分不得超过27分”
    value = _adjusted(value, [(a, times) for a, times in counted if a.points < 0], steps)
    if value < floor:
        value = floor
        steps.append(Step("floored", value, {"floor": spec.floor}))
    value = _adjusted(value, [(a, times) for a, times in counted if a.points > 0], steps)
    if value > cap:
        value = cap
        steps.append(Step("capped", value, {"cap": spec.cap}))
    return value


def _adjusted(value: Fraction, counted: Sequence[tuple[Adjustment, int]], steps: list[Step]) -> Fraction:
    """``value`` plus each counted event's points times its count, one ``adjustment`` step each."""
    for adjustment, times in counted:
        part = Fraction(adjustment.points) * times
        steps.append(Step("adjustment", part, {"label": adjustment.label, "count": times}))
        value += part
    return value
