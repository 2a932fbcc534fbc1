"""Rule sets: one per campaign notice, as validated data.

A rule set says which checklist applies, the dossier types, the levels, the candidate kinds with the
dossiers each hands in, how dossier scores become the candidate's indicator (one of a few named
formula kinds, implemented once in ``app.review.indicators``), how reviewers' scores combine, and the
sharing rules. Files live in ``resources/rulesets``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
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


class DossierDate(StrEnum):
    """Which date of a dossier a time window checks (the dossier manifest's columns)."""

    DECISION = "decision_date"  # 印发处罚决定书、责令改正通知书等法律文书 / 已下达行政处罚决定
    CLOSING = "closing_date"  # 结案


class DateWindow(Strict):
    """A period the notice says a kind's dossiers of some sources must fall in (inclusive)."""

    sources: tuple[Source, ...] = (Source.RECOMMENDED, Source.DRAWN)
    field: DossierDate  # which of the dossier's dates
    start: date | None = None
    end: date | None = None
    not_drawn_before: bool = False  # Rudong: “且未被抽查的案卷”
    label: str = Field(min_length=1)  # the notice's words

    @model_validator(mode="after")
    def _bounded(self) -> DateWindow:
        if self.start is None and self.end is None and not self.not_drawn_before:
            raise ValueError(f"window {self.label!r} has neither start nor end")
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"window {self.label!r} starts after it ends")
        return self


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
    # A member dossier's indicator veto (e.g. 发现案卷造假) zeroes this indicator too: the member's
    # dossiers are counted in it (Jiangsu: the city's 22 include the counties' 14).
    member_vetoes_count: bool = True


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
    # periods the notice names for this kind's dossiers (checked by the composition check)
    windows: tuple[DateWindow, ...] = ()

    def requirement_position(self, type_: str, source: Source) -> int:
        """Where a category stands in the kind's requirements (the notice's order); unlisted last."""
        for position, req in enumerate(self.requirements):
            if req.type == type_ and req.source is source:
                return position
        return len(self.requirements)

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
    # the same dossier handed in by one candidate under two of its recommended categories
    same_dossier_two_categories: SharingRule = SharingRule.ALLOW
    # zero_one: which copy stands when the chair has not chosen — "first_listed": the copy in the
    # category the kind's requirements (the notice's enumeration) list first; "chair": none until the
    # chair chooses (a composition error meanwhile)
    two_categories_keep: Literal["first_listed", "chair"] = "first_listed"
    # a drawn dossier with the case number of another dossier of the same candidate (drawn by the
    # organiser, so not the candidate's 重复报送): "forbid" = an error, draw again
    drawn_duplicate: SharingRule = SharingRule.ALLOW
    individual_and_unit: SharingRule = SharingRule.ALLOW
    two_individuals: SharingRule = SharingRule.ALLOW


class TieBreak(Strict):
    attribute: Identifier
    label: str
    descending: bool = True
    levels: tuple[Identifier, ...] = ()  # the levels it separates ties in; empty: every level


class OptionalVeto(Veto):
    """A veto no notice contains, offered to the chair: off unless enabled when the panel is made."""

    note: str = Field(min_length=1)  # why it is offered, and that the notice does not contain it

    def as_veto(self) -> Veto:
        return Veto(id=self.id, text=self.text, effect=self.effect, penalty=self.penalty)


class AwardList(Strict):
    """A list of places the notice names (e.g. 案件调查表现突出个人 20 名), filled from the ranking."""

    code: Identifier
    name: str = Field(min_length=1)
    kinds: tuple[Identifier, ...] = Field(min_length=1)  # the candidate kinds it names
    places: int = Field(ge=1, le=1000)
    # candidates already named on these (earlier) lists are skipped: the next places go on
    after: tuple[Identifier, ...] = ()
    label: str = ""  # the notice's words


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
    optional_vetoes: tuple[OptionalVeto, ...] = ()  # not in the notice; the chair may enable them
    enabled_vetoes: tuple[Identifier, ...] = ()  # the optional vetoes this panel's chair enabled
    award_lists: tuple[AwardList, ...] = ()

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
        for tb in self.tie_breaks:
            for code in tb.levels:
                if code not in level_codes:
                    raise ValueError(f"tie-break {tb.attribute!r}: unknown level {code!r}")
        veto_ids = [v.id for v in self.vetoes] + [v.id for v in self.optional_vetoes]
        if len(veto_ids) != len(set(veto_ids)):
            raise ValueError("a veto id appears twice among vetoes and optional_vetoes")
        optional_ids = {v.id for v in self.optional_vetoes}
        for veto_id in self.enabled_vetoes:
            if veto_id not in optional_ids:
                raise ValueError(f"enabled veto {veto_id!r} is not among the optional vetoes")
        list_codes: list[str] = []
        for award in self.award_lists:
            if award.code in list_codes:
                raise ValueError(f"award list {award.code!r} appears twice")
            for code in award.kinds:
                if code not in kind_codes:
                    raise ValueError(f"award list {award.code!r}: unknown candidate kind {code!r}")
            if len({k.level for k in self.candidate_kinds if k.code in award.kinds}) > 1:
                raise ValueError(f"award list {award.code!r}: its kinds are ranked at different levels")
            for code in award.after:
                if code not in list_codes:
                    raise ValueError(f"award list {award.code!r}: {code!r} is not an earlier award list")
            list_codes.append(award.code)
        return self

    @property
    def active_vetoes(self) -> tuple[Veto, ...]:
        """The vetoes added to the checklist: the notice's own and those the chair enabled."""
        enabled = tuple(v.as_veto() for v in self.optional_vetoes if v.id in self.enabled_vetoes)
        return self.vetoes + enabled

    def with_enabled_vetoes(self, veto_ids: Iterable[str]) -> RuleSet:
        """This rule set with the chair's choice of optional vetoes (ValueError names an unknown one)."""
        chosen = tuple(dict.fromkeys(veto_ids))
        known = {v.id for v in self.optional_vetoes}
        for veto_id in chosen:
            if veto_id not in known:
                offered = ", ".join(sorted(known)) or "none"
                raise ValueError(
                    f"rule set {self.id!r} offers no optional veto {veto_id!r} (offered: {offered})"
                )
        return RuleSet.model_validate(self.model_dump() | {"enabled_vetoes": chosen})

    def known_attributes(self) -> dict[str, str]:
        """Counted candidate attributes the rule set reads (bonuses, tie-breaks): name -> label."""
        known: dict[str, str] = {}
        for kind in self.candidate_kinds:
            if isinstance(kind.indicator, PerDossierIndicator):
                for bonus in kind.indicator.bonuses:
                    known.setdefault(bonus.attribute, bonus.label)
        for tb in self.tie_breaks:
            known.setdefault(tb.attribute, tb.label)
        return known

    def known_events(self) -> dict[str, str]:
        """Counted candidate events the rule set reads (zeroing events, adjustments): code -> label."""
        known: dict[str, str] = {}
        for kind in self.candidate_kinds:
            for event in kind.zeroing_events:
                known.setdefault(event.code, event.label)
            if isinstance(kind.indicator, BaseAdjustedIndicator):
                for adjustment in kind.indicator.adjustments:
                    known.setdefault(adjustment.code, adjustment.label)
        return known

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
