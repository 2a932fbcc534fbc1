"""Jiangxi 2019 (赣环执法〔2019〕2号): worked examples.

Units: 执法案卷质量 30 points — recommended dossiers' mean scaled to 15 plus drawn dossiers' mean scaled
to 15 (whole-process checklist). Individuals: 调查取证工作质量 30 points — the mean of two dossiers'
investigation-document scores, scaled to 30.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction as F

from app.review import library
from app.review.checklist import Checklist
from app.review.composition import FindingCode, Severity
from app.review.entities import CandidateRecord, DossierRecord
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.panel_results import PanelInputs, compute_panel_results
from app.review.ruleset import CandidateKind, SharingRule, Source, SourceGroupsIndicator
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier

RULESET = library.ruleset("jiangxi-2019")
CITY = RULESET.kind("city-unit")
COUNTY = RULESET.kind("county-unit")
INDIVIDUAL = RULESET.kind("individual")
assert CITY and COUNTY and INDIVIDUAL
UNIT_CHECKLIST = library.checklist(RULESET.checklist_for(CITY)).with_vetoes(RULESET.vetoes)
PERSON_CHECKLIST = library.checklist(RULESET.checklist_for(INDIVIDUAL)).with_vetoes(RULESET.vetoes)


def off(checklist: Checklist, total: str) -> tuple[Deduction, ...]:
    """Free deductions adding up to ``total``, item by item in checklist order."""
    left, taken = Decimal(total), []
    for item in checklist.items():
        if left <= 0:
            break
        part = min(left, item.max_points)
        taken.append(Deduction(item.id, part, None, "评查意见"))
        left -= part
    return tuple(taken)


def score(
    checklist: Checklist,
    deductions: tuple[Deduction, ...],
    *,
    publicised: bool = True,
    forced_zero: tuple[ZeroReason, ...] = (),
) -> DossierResult:
    review = ReviewInput("expert-1", Role.EXPERT, deductions)
    return score_dossier(checklist, RULESET.policy, [review], publicised=publicised, forced_zero=forced_zero)


def unit_dossier(
    n: int,
    type_: str,
    source: Source,
    points_off: str,
    *,
    publicised: bool = True,
    forced_zero: tuple[ZeroReason, ...] = (),
) -> CandidateDossier:
    deductions = off(UNIT_CHECKLIST, points_off)
    result = score(UNIT_CHECKLIST, deductions, publicised=publicised, forced_zero=forced_zero)
    return CandidateDossier(f"d{n}", type_, source, result.final)


def value(kind: CandidateKind, dossiers: list[CandidateDossier], checklist: Checklist) -> F:
    return compute_indicator(IndicatorInput(kind, dossiers, F(checklist.max_points))).value


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "赣环执法〔2019〕2号"
    assert UNIT_CHECKLIST.id == "jiangxi-whole-process"
    assert PERSON_CHECKLIST.id == "investigation-documents"
    spec = CITY.indicator
    assert isinstance(spec, SourceGroupsIndicator)
    # “本项指标共计30分，推选案卷和抽选案卷各占15分”
    assert [(g.sources, g.points) for g in spec.groups] == [
        ((Source.RECOMMENDED,), 15),
        ((Source.DRAWN,), 15),
    ]
    assert CITY.max_points == COUNTY.max_points == INDIVIDUAL.max_points == 30
    assert (CITY.required_count, COUNTY.required_count, INDIVIDUAL.required_count) == (9, 6, 2)
    assert INDIVIDUAL.officer_qualifies(["questioner"]) and INDIVIDUAL.officer_qualifies(["recorder"])
    assert RULESET.policy.unpublicised_scores_zero is True
    assert RULESET.sharing.same_dossier_two_categories is SharingRule.ZERO_ONE
    assert RULESET.sharing.individual_and_unit is SharingRule.ALLOW  # “个人参选案卷可与集体参选案卷重复”


def test_not_publicised_scores_zero() -> None:
    # “处罚情况未在门户网站公开的，该案卷按0分计”: 85 on the checklist → 0
    result = score(UNIT_CHECKLIST, off(UNIT_CHECKLIST, "15"), publicised=False)
    assert result.expert_score == F(85)
    assert result.final == F(0)
    assert result.zero_reasons == (ZeroReason.UNPUBLICISED,)


def test_city_recommended_15_plus_drawn_15() -> None:
    # recommended (2 general, 2 supporting, 1 audit): 90, 80, 70, 60, and a duplicate-category copy → 0
    #   mean = (90 + 80 + 70 + 60 + 0) / 5 = 300 / 5 = 60 → 15 × 60 / 100 = 9
    # drawn (2 general, 2 supporting): 88, 92, 80, and 95 on the checklist but not publicised → 0
    #   mean = (88 + 92 + 80 + 0) / 4 = 260 / 4 = 65 → 15 × 65 / 100 = 9.75
    # indicator = 9 + 9.75 = 18.75
    dossiers = [
        unit_dossier(1, "general", Source.RECOMMENDED, "10"),
        unit_dossier(2, "general", Source.RECOMMENDED, "20"),
        unit_dossier(3, "supporting-measures", Source.RECOMMENDED, "30"),
        unit_dossier(4, "supporting-measures", Source.RECOMMENDED, "40"),
        unit_dossier(
            5, "audit", Source.RECOMMENDED, "5", forced_zero=(ZeroReason.DUPLICATE_CATEGORY,)
        ),  # the same case again, as an audit dossier: “其中一份按0分计”
        unit_dossier(6, "general", Source.DRAWN, "12"),
        unit_dossier(7, "general", Source.DRAWN, "8"),
        unit_dossier(8, "supporting-measures", Source.DRAWN, "20"),
        unit_dossier(9, "supporting-measures", Source.DRAWN, "5", publicised=False),
    ]
    assert [d.final for d in dossiers] == [90, 80, 70, 60, 0, 88, 92, 80, 0]
    result = compute_indicator(IndicatorInput(CITY, dossiers, F(100)))
    assert [step.value for step in result.steps] == [F(9), F(39, 4)]
    assert result.value == F(75, 4) == F("18.75")


def test_duplicate_category_drags_the_recommended_mean() -> None:
    # Without the duplicate rule the fifth recommended dossier would have scored 95:
    # (90 + 80 + 70 + 60 + 95) / 5 = 79 → 11.85; with it 60 → 9. Drawn side unchanged (4 × 90 → 13.5).
    recommended = [
        unit_dossier(1, "general", Source.RECOMMENDED, "10"),
        unit_dossier(2, "general", Source.RECOMMENDED, "20"),
        unit_dossier(3, "supporting-measures", Source.RECOMMENDED, "30"),
        unit_dossier(4, "supporting-measures", Source.RECOMMENDED, "40"),
    ]
    drawn = [
        unit_dossier(5 + n, t, Source.DRAWN, "10")
        for n, t in enumerate(["general"] * 2 + ["supporting-measures"] * 2)
    ]
    kept = unit_dossier(9, "audit", Source.RECOMMENDED, "5")
    zeroed = unit_dossier(9, "audit", Source.RECOMMENDED, "5", forced_zero=(ZeroReason.DUPLICATE_CATEGORY,))
    assert (kept.final, zeroed.final) == (F(95), F(0))
    assert value(CITY, [*recommended, kept, *drawn], UNIT_CHECKLIST) == F("11.85") + F("13.5")
    assert value(CITY, [*recommended, zeroed, *drawn], UNIT_CHECKLIST) == F(9) + F("13.5")


def test_county_with_a_drawn_dossier_missing() -> None:
    # recommended 3 at 90 → 15 × 90 / 100 = 13.5
    # drawn: 2 of 3 handed in, 90 each; the missing one counts 0 → (90 + 90 + 0) / 3 = 60 → 9
    # indicator = 13.5 + 9 = 22.5
    dossiers = [
        unit_dossier(1, "general", Source.RECOMMENDED, "10"),
        unit_dossier(2, "general", Source.RECOMMENDED, "10"),
        unit_dossier(3, "supporting-measures", Source.RECOMMENDED, "10"),
        unit_dossier(4, "general", Source.DRAWN, "10"),
        unit_dossier(5, "general", Source.DRAWN, "10"),
    ]
    assert value(COUNTY, dossiers, UNIT_CHECKLIST) == F(45, 2)


def test_individual_investigation_documents() -> None:
    # dossier 1, item by item on the investigation-documents checklist:
    #   调取证据通知书缺失 −3, 法律条款引用不完整 −2, 询问要素未问清 −4, 当事人未逐页签字 −1.5
    #   → 100 − 10.5 = 89.5
    # dossier 2: 70.5 (29.5 off)
    # indicator = (89.5 + 70.5) / 2 × 30 / 100 = 80 × 0.3 = 24
    first = score(
        PERSON_CHECKLIST,
        (
            Deduction("evid.procedure", Decimal(3), "no-notice"),
            Deduction("report.law", Decimal(2), "wrong-article"),
            Deduction("intg.questions", Decimal(4), "elements-missing"),
            Deduction("insp.signatures", Decimal("1.5"), "party-not-every-page"),
        ),
    )
    second = score(PERSON_CHECKLIST, off(PERSON_CHECKLIST, "29.5"))
    assert (first.final, second.final) == (F(179, 2), F(141, 2))
    dossiers = [
        CandidateDossier("p1", "penalty", Source.RECOMMENDED, first.final),
        CandidateDossier("p2", "penalty", Source.RECOMMENDED, second.final),
    ]
    assert value(INDIVIDUAL, dossiers, PERSON_CHECKLIST) == F(24)


def test_individual_with_an_unpublicised_dossier() -> None:
    # 86 and (90 but not publicised → 0): (86 + 0) / 2 = 43 → 43 × 30 / 100 = 12.9
    first = score(PERSON_CHECKLIST, off(PERSON_CHECKLIST, "14"))
    second = score(PERSON_CHECKLIST, off(PERSON_CHECKLIST, "10"), publicised=False)
    dossiers = [
        CandidateDossier("p1", "penalty", Source.RECOMMENDED, first.final),
        CandidateDossier("p2", "penalty", Source.RECOMMENDED, second.final),
    ]
    assert value(INDIVIDUAL, dossiers, PERSON_CHECKLIST) == F(129, 10)


# ---------------------------------------------------------------- issue 10 item 9: no silent denominator


def _county_panel(set_aside: bool) -> PanelInputs:
    county = CandidateRecord("NC", "南昌县", "county-unit", "county")
    plan = [  # (type, source, points off)
        ("general", Source.RECOMMENDED, "10"),
        ("general", Source.RECOMMENDED, "20"),
        ("supporting-measures", Source.RECOMMENDED, "30"),
        ("general", Source.DRAWN, "12"),
        ("general", Source.DRAWN, "8"),
        ("supporting-measures", Source.DRAWN, "20"),
        ("general", Source.DRAWN, "40"),  # a third drawn general dossier: one more than “抽选…2份”
    ]
    records = [
        DossierRecord(f"NC-{n}", f"洪环罚〔2019〕{n}号", "NC", type_, source)
        for n, (type_, source, _) in enumerate(plan)
    ]
    if set_aside:
        records[-1] = replace(records[-1], set_aside_reason="多抽1份一般行政处罚案卷")
    reviews = {
        d.id: [ReviewInput("expert-0", Role.EXPERT, off(UNIT_CHECKLIST, p))]
        for d, (_, _, p) in zip(records, plan, strict=True)
    }
    return PanelInputs(
        ruleset=RULESET,
        policy=RULESET.policy,
        checklists={UNIT_CHECKLIST.id: UNIT_CHECKLIST, PERSON_CHECKLIST.id: PERSON_CHECKLIST},
        candidates=[county],
        dossiers=records,
        dossier_checklists={d.id: UNIT_CHECKLIST.id for d in records},
        reviews=reviews,
        moderations={},
    )


def test_an_extra_drawn_dossier_is_an_error_not_a_larger_denominator() -> None:
    # recommended 90, 80, 70 → 80 → 80 × 15 / 100 = 12
    # drawn 88, 92, 80 and an extra general 60: unsettled (88 + 92 + 80 + 60) / 4 = 80 → 12; total 24,
    # but an error and not complete
    results = compute_panel_results(_county_panel(set_aside=False))
    (too_many,) = [f for f in results.composition if f.code is FindingCode.TOO_MANY]
    assert too_many.severity is Severity.ERROR and too_many.rule == "requirement:general/drawn"
    (county,) = results.candidates
    assert county.indicator.value == F(24) and county.indicator.complete is False
    # set aside: drawn (88 + 92 + 80) / 3 = 260 / 3 → 260 / 3 × 15 / 100 = 13; total 12 + 13 = 25
    results = compute_panel_results(_county_panel(set_aside=True))
    (county,) = results.candidates
    assert county.indicator.value == F(25) and county.indicator.complete is True
