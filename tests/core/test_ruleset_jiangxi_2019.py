"""Jiangxi 2019 (赣环执法〔2019〕2号): worked examples.

Units: 执法案卷质量 30 points — recommended dossiers' mean scaled to 15 plus drawn dossiers' mean scaled
to 15 (whole-process checklist). Individuals: 调查取证工作质量 30 points — the mean of two dossiers'
investigation-document scores, scaled to 30.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction as F

from app.review import library
from app.review.checklist import Checklist
from app.review.composition import FindingCode, Severity, check_composition
from app.review.entities import CandidateRecord, DossierRecord
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.panel_results import PanelInputs, compute_panel_results
from app.review.ruleset import CandidateKind, SharingRule, Source, SourceGroupsIndicator
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier
from tests.core import ruleset_panels
from tests.core.ruleset_panels import off

RULESET = library.ruleset("jiangxi-2019")
CITY = RULESET.kind("city-unit")
COUNTY = RULESET.kind("county-unit")
INDIVIDUAL = RULESET.kind("individual")
assert CITY and COUNTY and INDIVIDUAL
UNIT_CHECKLIST = library.checklist(RULESET.checklist_for(CITY)).with_vetoes(RULESET.vetoes)
PERSON_CHECKLIST = library.checklist(RULESET.checklist_for(INDIVIDUAL)).with_vetoes(RULESET.vetoes)


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
    checklists = {UNIT_CHECKLIST.id: UNIT_CHECKLIST, PERSON_CHECKLIST.id: PERSON_CHECKLIST}
    dossier_checklists = {d.id: UNIT_CHECKLIST.id for d in records}
    return ruleset_panels.panel_inputs(RULESET, checklists, [county], records, dossier_checklists, reviews)


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


# ---------------------------------------------------------------- issue 10 items 6 and 10
NANCHANG = [CandidateRecord("NC", "南昌市生态环境局", "city-unit", "city")]
CITY_CATEGORIES = [
    ("general", Source.RECOMMENDED),
    ("general", Source.RECOMMENDED),
    ("supporting-measures", Source.RECOMMENDED),
    ("supporting-measures", Source.RECOMMENDED),
    ("audit", Source.RECOMMENDED),
    ("general", Source.DRAWN),
    ("general", Source.DRAWN),
    ("supporting-measures", Source.DRAWN),
    ("supporting-measures", Source.DRAWN),
]


def _city(ids: list[str], shared: dict[str, str] | None = None) -> list[DossierRecord]:
    shared = shared or {}
    return [
        DossierRecord(
            i,
            shared.get(i, f"洪环罚〔2019〕{n}号"),
            "NC",
            t,
            s,
            closing_date=date(2019, 9, 1),
            decision_date=date(2019, 8, 1),
        )
        for n, (i, (t, s)) in enumerate(zip(ids, CITY_CATEGORIES, strict=True))
    ]


# recommended 90, 80, 70, 60, 95 (the audit); drawn 88, 92, 80, 100 (points off)
CITY_OFF = ["10", "20", "30", "40", "5", "12", "8", "20", "0"]


def test_the_two_category_copy_zeroed_is_the_later_listed_whatever_the_ids() -> None:
    # The city recommends one case as 一般行政处罚 (its 1st dossier, 90) and as 适用四个配套办法 (its 3rd,
    # 70): 附1 三（二）1 lists 一般 first, so the 配套 copy scores 0, whatever the ids.
    # recommended (90 + 80 + 0 + 60 + 95) / 5 = 325 / 5 = 65 → 65 × 15/100 = 39/4 = 9.75
    # drawn (88 + 92 + 80 + 100) / 4 = 360 / 4 = 90 → 90 × 15/100 = 27/2 = 13.5; total 93/4 = 23.25
    # Before the fix the copy with the higher id was zeroed: with the ids reversed, the 一般 copy
    # (90) → (0 + 80 + 70 + 60 + 95) / 5 = 61 → 9.15, total 22.65.
    for ids in (list("abcdefghi"), list("zyxwvutsr")):
        ds = _city(ids, {ids[2]: "洪环罚〔2019〕0号"})
        panel = ruleset_panels.results(RULESET, NANCHANG, ds, dict(zip(ids, CITY_OFF, strict=True)))
        assert ruleset_panels.finals(panel)[ids[2]] == 0 and ruleset_panels.finals(panel)[ids[0]] == 90
        assert ruleset_panels.indicators(panel)["NC"] == F(39, 4) + F(27, 2) == F(93, 4)


def test_a_drawn_copy_of_a_recommended_case_is_not_zeroed() -> None:
    # The drawn 一般 dossier (88) is the recommended case 0: nothing scores 0 — recommended
    # (90 + 80 + 70 + 60 + 95) / 5 = 79 → 11.85, drawn 90 → 13.5, total 25.35 = 507/20 — and the check
    # names both as an error (draw again). Before the fix one copy was zeroed as “两类案卷”.
    ids = list("abcdefghi")
    ds = _city(ids, {"f": "洪环罚〔2019〕0号"})
    panel = ruleset_panels.results(RULESET, NANCHANG, ds, dict(zip(ids, CITY_OFF, strict=True)))
    assert ruleset_panels.indicators(panel)["NC"] == F(507, 20)
    drawn = [f for f in panel.composition if f.code is FindingCode.DRAWN_DUPLICATE]
    assert {f.dossier_id for f in drawn} == {"a", "f"} and all(f.severity is Severity.ERROR for f in drawn)


def test_windows_recommended_closed_in_2019_drawn_decided_in_2019() -> None:
    # 附1 三（二）“推选的案卷为候选单位本级2019年已结案的案卷，抽取的案卷为…2019年印发处罚决定书…的案卷”:
    # a recommended dossier decided in 2018 but closed in 2019 is in; one closed 2018-12-28 is out; a
    # drawn dossier decided 2020-01-03 is out even though its closing date is not checked.
    ds = _city(list("abcdefghi"))
    ds[0] = replace(ds[0], decision_date=date(2018, 11, 20), closing_date=date(2019, 1, 8))
    ds[1] = replace(ds[1], closing_date=date(2018, 12, 28), decision_date=date(2018, 12, 1))
    ds[5] = replace(ds[5], decision_date=date(2020, 1, 3), closing_date=date(2020, 2, 1))
    report = check_composition(RULESET, NANCHANG, ds, campaign_start=None, campaign_end=None)
    found = [(f.code, f.dossier_id, f.rule) for f in report]
    assert found == [
        (FindingCode.OUTSIDE_WINDOW, "b", "window.closing_date"),
        (FindingCode.OUTSIDE_WINDOW, "f", "window.decision_date"),
    ]
    person = [CandidateRecord("P1", "张三", "individual", "individual")]
    late = DossierRecord(
        "p1", "洪环罚〔2019〕9号", "P1", "penalty", Source.RECOMMENDED, decision_date=date(2018, 12, 30)
    )
    (finding,) = [
        f
        for f in check_composition(RULESET, person, [late], campaign_start=None, campaign_end=None)
        if f.code is FindingCode.OUTSIDE_WINDOW
    ]
    assert finding.args["label"] == "2019年印发处罚决定书、责令改正通知书等法律文书"
