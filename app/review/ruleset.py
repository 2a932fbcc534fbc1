"""Rule sets: one per campaign notice, as validated data.

A rule set says which checklist applies, the dossier types, the levels, the candidate kinds with the
dossiers each hands in, how dossier scores become the candidate's indicator (one of a few named
formula kinds, implemented once in ``app.review.indicators``), how reviewers' scores combine, and the
sharing rules. Files live in ``resources/rulesets``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator

from app.review.checklist import Identifier, Points, Strict, Veto
from app.review.datafiles import DataFileError, canonical_json, content_hash, read_toml, validate_data


class Source(StrEnum):
    RECOMMENDED = "recommended"  # 推选
    DRAWN = "drawn"  # 随机抽选


class CandidateClass(StrEnum):
    UNIT = "unit"  # 集体
    INDIVIDUAL = "individual"  # 个人


class ExpertAggregation(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED_MEAN = "trimmed_mean"  # drop highest and lowest when there are at least 3


class CrossAggregation(StrEnum):
    MEAN = "mean"
    MAX = "max"
    SUM = "sum"


class SharingRule(StrEnum):
    ALLOW = "allow"
    FORBID = "forbid"  # reported by the composition check
    ZERO_ONE = "zero_one"  # allowed to be handed in, but one of the two scores 0


class DossierType(Strict):
    code: Identifier
    name: str = Field(min_length=1)


class Level(Strict):
    code: Identifier
    name: str = Field(min_length=1)


class Requirement(Strict):
    type: Identifier
    source: Source
    count: int = Field(ge=1, le=100)
    at_least: bool = False  # "不少于": more is fine


class Bonus(Strict):
    """Points for a counted candidate attribute, e.g. 1 per self-check held, at most 3."""

    attribute: Identifier
    label: str
    per: Points
    max_points: Points


class Adjustment(Strict):
    """A counted event on a unit's record (Rudong: zeroed by the province −5, excellent dossier +5)."""

    code: Identifier
    label: str
    points: Decimal = Field(ge=-1000, le=1000)  # signed
    zeroes_indicator: bool = False  # e.g. a dossier zeroed by the ministry makes the whole item 0


class MeanIndicator(Strict):
    """Mean of the candidate's dossier scores, scaled to ``points`` (None: the raw score)."""

    formula: Literal["mean"]
    points: Points | None = None


class PooledMeanIndicator(Strict):
    """Mean over the candidate's own dossiers and those of its member candidates (Jiangsu city)."""

    formula: Literal["pooled_mean"]
    points: Points | None = None
    member_kind: Identifier  # which candidate kind's dossiers are pooled in
    members: int = Field(ge=1, le=50)  # how many member candidates' dossiers count


class SourceGroup(Strict):
    label: str
    sources: tuple[Source, ...] = Field(min_length=1)
    points: Points


class SourceGroupsIndicator(Strict):
    """Each group (recommended / drawn) scores its mean scaled to its points; groups add up (Jiangxi)."""

    formula: Literal["source_groups"]
    groups: tuple[SourceGroup, ...] = Field(min_length=1)


class PerDossierIndicator(Strict):
    """Each dossier worth ``points_per_dossier`` scaled by its score, plus bonuses (Taian)."""

    formula: Literal["per_dossier"]
    points_per_dossier: Points
    bonuses: tuple[Bonus, ...] = ()


class BaseAdjustedIndicator(Strict):
    """A base, plus or minus counted events, capped and floored (Rudong unit).

    ``graded_by_chair``: the base is not a fixed figure but the chair's grade of the candidate, 0 to
    ``base`` (Rudong: “根据全年度部、省案卷评查情况进行综合打分，本项为22分”), entered with a reason.
    ``bounds``: ``"stepwise"`` — the notice's order: the grade, then every deduction (negative
    adjustment) floored at ``floor`` (“直到扣完为止”), then every bonus, then capped at ``cap``;
    ``"once"`` — the grade and all adjustments added up, then bounded to ``floor``…``cap`` once.
    """

    formula: Literal["base_adjusted"]
    base: Points
    adjustments: tuple[Adjustment, ...] = Field(min_length=1)
    cap: Points
    floor: Points = Decimal(0)
    graded_by_chair: bool = False
    bounds: Literal["stepwise", "once"] = "once"


class DossierCheck(Strict):
    """Points for each of the candidate's own counted dossiers the chair recorded as passing a check
    outside the review (Rudong 2024: “能在移动执法系统中查询到抽查的…2份案卷相关现场检查信息的，每一份案卷得
    1.5分”), added after the formula, at most ``max_points``."""

    code: Identifier
    label: str = Field(min_length=1)
    points_per_dossier: Points
    max_points: Points


IndicatorSpec = Annotated[
    MeanIndicator | PooledMeanIndicator | SourceGroupsIndicator | PerDossierIndicator | BaseAdjustedIndicator,
    Field(discriminator="formula"),
]


class IndicatorEvent(Strict):
    """A counted event on a candidate's record that sets its whole indicator to 0, whatever the formula
    (Jiangsu 2016: a penalty corrected on administrative reconsideration in the period)."""

    code: Identifier
    label: str = Field(min_length=1)


class CandidateKind(Strict):
    code: Identifier
    name: str = Field(min_length=1)
    candidate_class: CandidateClass
    level: Identifier
    requirements: tuple[Requirement, ...] = ()
    indicator: IndicatorSpec
    max_points: Points  # the indicator's full marks, as the notice states it
    checklist: Identifier | None = None  # overrides the rule set's checklist for this kind
    # An individual must be among the dossier's handling officers in these roles (officer_roles_match).
    officer_roles: tuple[Identifier, ...] = ()
    missing_counts_zero: bool = True  # a required dossier not handed in counts as 0
    # "any": one of ``officer_roles`` is enough (questioner or recorder); "all": the individual must
    # hold every one of them (Rudong 2024: inspector and questioner and on the filing approval form).
    officer_roles_match: Literal["any", "all"] = "any"
    # events (CandidateRecord.events codes) that zero this kind's indicator when counted at least once
    zeroing_events: tuple[IndicatorEvent, ...] = ()
    # where the notice states the publication rule for some kinds only: this kind's own value of
    # ``ScoringPolicy.unpublicised_scores_zero``; None: the rule set's (see ``RuleSet.policy_for``)
    unpublicised_scores_zero: bool | None = None
    # The indicator is never below ``min_points`` (never below 0: a grave-defect penalty stops at it)
    # and never above ``max_points``; both are applied as the last, visible step (``clamped``).
    min_points: Points = Decimal(0)
    # Points per dossier found by a check outside the review (``DossierCheck``), added after the
    # formula; ``max_points`` includes them.
    dossier_checks: tuple[DossierCheck, ...] = ()

    @property
    def required_count(self) -> int:
        return sum(r.count for r in self.requirements)

    def officer_qualifies(self, roles: Iterable[str]) -> bool:
        """Whether an officer holding ``roles`` in a dossier may hand it in for this kind."""
        if not self.officer_roles:
            return True
        held = set(roles)
        if self.officer_roles_match == "all":
            return all(role in held for role in self.officer_roles)
        return any(role in held for role in self.officer_roles)


class ScoringPolicy(Strict):
    expert_aggregation: ExpertAggregation = ExpertAggregation.MEAN
    cross_aggregation: CrossAggregation = CrossAggregation.MEAN
    unpublicised_scores_zero: bool = False  # 未在门户网站公开 → 0
    disagreement_threshold: Points = Decimal(10)
    # The region/unit rule binds every reviewer, experts included (Taian 2021: “各分局交叉进行评查”),
    # not only the cross-reviewers.
    reviewers_never_own_region: bool = False
    # What a dossier with several penalty vetoes takes off the candidate: ``"per_dossier"`` the largest
    # penalty once (Rudong 2024: “出现以下5种情形之一的…另扣1分”), ``"per_veto"`` every penalty.
    veto_penalty: Literal["per_dossier", "per_veto"] = "per_dossier"


class SharingRules(Strict):
    # the same dossier handed in under two categories by one candidate
    same_dossier_two_categories: SharingRule = SharingRule.ALLOW
    individual_and_unit: SharingRule = SharingRule.ALLOW
    two_individuals: SharingRule = SharingRule.ALLOW


class TieBreak(Strict):
    attribute: Identifier
    label: str
    descending: bool = True


class Document(Strict):
    title: str
    issuer: str
    year: int = Field(ge=2000, le=2100)
    number: str = ""  # 文号
    seed: str = ""  # file in shared/seeds it was read from


class RuleSet(Strict):
    id: Identifier
    title: str = Field(min_length=1)
    version: str = Field(min_length=1)
    document: Document
    summary: str = ""  # shown to the chair: what will be computed, in the notice's words
    checklist: Identifier
    dossier_types: tuple[DossierType, ...] = Field(min_length=1)
    levels: tuple[Level, ...] = Field(min_length=1)
    candidate_kinds: tuple[CandidateKind, ...] = Field(min_length=1)
    policy: ScoringPolicy = ScoringPolicy()
    sharing: SharingRules = SharingRules()
    tie_breaks: tuple[TieBreak, ...] = ()
    vetoes: tuple[Veto, ...] = ()  # added to the checklist's own

    @model_validator(mode="after")
    def _references_resolve(self) -> RuleSet:
        type_codes = [t.code for t in self.dossier_types]
        level_codes = [lv.code for lv in self.levels]
        kind_codes = [k.code for k in self.candidate_kinds]
        for label, codes in (
            ("dossier type", type_codes),
            ("level", level_codes),
            ("candidate kind", kind_codes),
        ):
            duplicates = {c for c in codes if codes.count(c) > 1}
            if duplicates:
                raise ValueError(f"{label} code {sorted(duplicates)[0]!r} appears twice")
        for kind in self.candidate_kinds:
            if kind.level not in level_codes:
                raise ValueError(f"candidate kind {kind.code!r}: unknown level {kind.level!r}")
            for req in kind.requirements:
                if req.type not in type_codes:
                    raise ValueError(f"candidate kind {kind.code!r}: unknown dossier type {req.type!r}")
            spec = kind.indicator
            if isinstance(spec, PooledMeanIndicator) and spec.member_kind not in kind_codes:
                raise ValueError(f"candidate kind {kind.code!r}: unknown member kind {spec.member_kind!r}")
            if kind.candidate_class is CandidateClass.INDIVIDUAL and isinstance(spec, BaseAdjustedIndicator):
                pass  # allowed: nothing in the data model forbids it
            if kind.min_points > kind.max_points:
                raise ValueError(
                    f"candidate kind {kind.code!r}: min_points {kind.min_points} above max_points "
                    f"{kind.max_points}"
                )
            check_codes = [c.code for c in kind.dossier_checks]
            if len(set(check_codes)) != len(check_codes):
                raise ValueError(f"candidate kind {kind.code!r}: a dossier check code appears twice")
            event_codes = [e.code for e in kind.zeroing_events]
            if isinstance(spec, BaseAdjustedIndicator):
                event_codes += [a.code for a in spec.adjustments]
            repeated = {c for c in event_codes if event_codes.count(c) > 1}
            if repeated:
                raise ValueError(
                    f"candidate kind {kind.code!r}: event code {sorted(repeated)[0]!r} appears twice"
                )
        return self

    def kind(self, code: str) -> CandidateKind | None:
        return next((k for k in self.candidate_kinds if k.code == code), None)

    def level(self, code: str) -> Level | None:
        return next((lv for lv in self.levels if lv.code == code), None)

    def dossier_type(self, code: str) -> DossierType | None:
        return next((t for t in self.dossier_types if t.code == code), None)

    def checklist_for(self, kind: CandidateKind) -> str:
        return kind.checklist or self.checklist

    def policy_for(self, kind: CandidateKind, base: ScoringPolicy | None = None) -> ScoringPolicy:
        """The policy to score this kind's dossiers with: ``base`` (default: the rule set's policy, e.g.
        a panel's copy with its own aggregation) with the kind's own overrides applied."""
        policy = base or self.policy
        if kind.unpublicised_scores_zero is None:
            return policy
        return policy.model_copy(update={"unpublicised_scores_zero": kind.unpublicised_scores_zero})

    def checklist_ids(self) -> list[str]:
        ids = [self.checklist] + [k.checklist for k in self.candidate_kinds if k.checklist]
        return list(dict.fromkeys(ids))

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self)

    def snapshot(self) -> str:
        return canonical_json(self)


def load_ruleset(path: str | Path) -> RuleSet:
    return validate_data(RuleSet, read_toml(path), path)


def ruleset_from_snapshot(text: str) -> RuleSet:
    try:
        return RuleSet.model_validate_json(text)
    except ValueError as exc:
        raise DataFileError("<rule set snapshot>", "", str(exc)) from None
