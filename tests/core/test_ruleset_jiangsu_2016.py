"""Jiangsu 2016 (苏环办字〔2016〕110号 附1, 附2): worked examples of 环境执法案卷质量.

Each dossier = expert score − cross-review deduction (whole-process checklist, 100 points). A county's
indicator is the mean of its 7; a city's is the mean of 22: its own 8 and 7 from each of 2 counties.
Ties are broken by the number of articles in the campaign columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

import pytest

from app.cli import main
from app.review import library
from app.review.composition import FindingCode, Severity
from app.review.entities import CandidateRecord, ChairChoices, DossierRecord
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.panel_results import PanelInputs, compute_panel_results
from app.review.ranking import RankEntry, rank_within_levels
from app.review.ruleset import CandidateKind, PooledMeanIndicator, SharingRule, Source
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, score_dossier
from app.services.choices import ChoiceError, choose_pool
from app.services.manifests import ManifestError
from app.services.panel import Panel
from app.services.registry import add_candidates
from tests.core import ruleset_panels
from tests.core.panel_fixtures import write_csv

RULESET = library.ruleset("jiangsu-2016")
CHECKLIST = library.checklist(RULESET.checklist).with_vetoes(RULESET.vetoes)
CITY = RULESET.kind("city-unit")
COUNTY = RULESET.kind("county-unit")
INDIVIDUAL = RULESET.kind("individual")
assert CITY and COUNTY and INDIVIDUAL
COUNTY_TYPES = ["penalty"] * 3 + [
    "daily-penalty",
    "detention-transfer",
    "crime-transfer",
    "court-enforcement",
]
CITY_TYPES = [*COUNTY_TYPES, "audit"]


def off(total: str) -> tuple[Deduction, ...]:
    """Free deductions adding up to ``total``, item by item in checklist order."""
    return ruleset_panels.off(CHECKLIST, total)


def score(experts: Sequence[str], crosses: Sequence[str] = (), vetoes: tuple[str, ...] = ()) -> DossierResult:
    """Experts and cross-reviewers, each given as the points they take off."""
    reviews = [
        ReviewInput(f"expert-{n}", Role.EXPERT, off(points), vetoes if n == 0 else ())
        for n, points in enumerate(experts)
    ]
    reviews += [ReviewInput(f"cross-{n}", Role.CROSS, off(points)) for n, points in enumerate(crosses)]
    return score_dossier(CHECKLIST, RULESET.policy, reviews)


def dossiers(prefix: str, types: list[str], result: DossierResult) -> list[CandidateDossier]:
    return [
        CandidateDossier(
            f"{prefix}-{n}",
            t,
            Source.RECOMMENDED,
            result.final,
            result.candidate_penalty,
            result.indicator_zero,
        )
        for n, t in enumerate(types)
    ]


def value(
    kind: CandidateKind,
    own: list[CandidateDossier],
    members: Sequence[Sequence[CandidateDossier]] = (),
    events: dict[str, int] | None = None,
) -> F:
    data = IndicatorInput(
        kind,
        own,
        F(CHECKLIST.max_points),
        members=members,
        member_required=COUNTY.required_count,
        events=events or {},
    )
    return compute_indicator(data).value


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "苏环办字〔2016〕110号"
    assert CHECKLIST.id == "jiangxi-whole-process"
    assert COUNTY.required_count == 7 and CITY.required_count == 8 and INDIVIDUAL.required_count == 1
    spec = CITY.indicator
    assert isinstance(spec, PooledMeanIndicator)
    assert (spec.member_kind, spec.members) == ("county-unit", 2)
    # 8 own + 2 × 7 = 22 dossiers (“市本级8份，2个县级单位各7份”)
    assert CITY.required_count + spec.members * COUNTY.required_count == 22
    assert [tb.attribute for tb in RULESET.tie_breaks] == ["campaign_articles"]
    assert RULESET.sharing.same_dossier_two_categories is SharingRule.ALLOW


def test_dossier_score_is_expert_minus_cross() -> None:
    # two experts take off 6 and 10 → 94 and 90 → expert score 92
    # two cross-reviewers take off 3 and 5 → cross deduction mean(3, 5) = 4
    # dossier = 92 − 4 = 88
    result = score(["6", "10"], ["3", "5"])
    assert result.expert_score == F(92)
    assert result.cross_deduction == F(4)
    assert result.final == F(88)


def test_city_mean_of_22_dossiers() -> None:
    # city's own 8:      expert 92 − cross 4 = 88 each
    # county A's 7:      expert 85 − cross 3 = 82 each
    # county B's 7:      expert 80 − cross 6 = 74 each
    # city = (8 × 88 + 7 × 82 + 7 × 74) / 22 = (704 + 574 + 518) / 22 = 1796 / 22 = 898 / 11 ≈ 81.64
    own = dossiers("city", CITY_TYPES, score(["8"], ["4"]))
    county_a = dossiers("a", COUNTY_TYPES, score(["15"], ["3"]))
    county_b = dossiers("b", COUNTY_TYPES, score(["20"], ["6"]))
    assert {d.final for d in own} == {F(88)}
    assert {d.final for d in county_a} == {F(82)}
    assert {d.final for d in county_b} == {F(74)}
    result = compute_indicator(
        IndicatorInput(CITY, own, F(100), members=[county_a, county_b], member_required=COUNTY.required_count)
    )
    assert result.value == F(898, 11)
    assert result.steps[0].args == {"own": 8, "members": 2, "divided_by": 22}
    # each county on its own: the mean of its 7
    assert value(COUNTY, county_a) == F(82)
    assert value(COUNTY, county_b) == F(74)


def test_city_with_a_county_dossier_missing_still_divides_by_22() -> None:
    # County B handed in 6 of 7: (8 × 88 + 7 × 82 + 6 × 74) / 22 = (704 + 574 + 444) / 22 = 1722 / 22 = 861 / 11
    own = dossiers("city", CITY_TYPES, score(["8"], ["4"]))
    county_a = dossiers("a", COUNTY_TYPES, score(["15"], ["3"]))
    county_b = dossiers("b", COUNTY_TYPES[:6], score(["20"], ["6"]))
    assert value(CITY, own, [county_a, county_b]) == F(861, 11)


def test_individual_one_dossier_expert_minus_cross() -> None:
    # “各人得分 = 专家评审分数 − 交叉评审分数”: expert 90, cross 7.5 → 82.5
    result = score(["10"], ["7.5"])
    assert result.final == F(165, 2)
    assert value(INDIVIDUAL, dossiers("p", ["penalty"], result)) == F(165, 2)


def test_cross_deduction_never_takes_a_dossier_below_zero() -> None:
    # expert 20 (80 off), cross takes off 35 → 20 − 35 < 0 → 0
    assert score(["80"], ["35"]).final == F(0)


def test_fraud_zeroes_the_indicator() -> None:
    # “发现案卷造假的，该指标按零分计”: one of the county's 7 dossiers is found forged.
    clean = dossiers("a", COUNTY_TYPES[:6], score(["15"], ["3"]))
    forged = dossiers("f", COUNTY_TYPES[6:], score(["15"], ["3"], vetoes=("dossier-fraud",)))
    assert forged[0].indicator_zero and forged[0].final == F(82)
    assert value(COUNTY, clean + forged) == F(0)


def test_reconsideration_zeroes_the_indicator() -> None:
    # “存在因行政复议纠正行政处罚情况的单位，该指标按零分计”: an event on the unit's record.
    own = dossiers("city", CITY_TYPES, score(["8"], ["4"]))
    county_a = dossiers("a", COUNTY_TYPES, score(["15"], ["3"]))
    county_b = dossiers("b", COUNTY_TYPES, score(["20"], ["6"]))
    assert value(CITY, own, [county_a, county_b]) == F(898, 11)
    assert value(CITY, own, [county_a, county_b], events={"reconsideration-corrected": 1}) == F(0)
    assert value(COUNTY, county_a, events={"reconsideration-corrected": 1}) == F(0)


def test_ties_broken_by_campaign_articles() -> None:
    # Suzhou 898/11 = 81.6363… and Wuxi 81.64 both show 81.64; Suzhou published 12 articles in the
    # campaign columns, Wuxi 9 → Suzhou 2nd, Wuxi 3rd; Nantong 85 is 1st. Without the tie-break the
    # two share 2nd place.
    entries = [
        RankEntry("suzhou", "city", F(898, 11), {"campaign_articles": Decimal(12)}),
        RankEntry("wuxi", "city", F(8164, 100), {"campaign_articles": Decimal(9)}),
        RankEntry("nantong", "city", F(85), {"campaign_articles": Decimal(0)}),
        RankEntry("kunshan", "county", F(82), {}),
    ]
    assert rank_within_levels(entries, RULESET.tie_breaks) == {
        "nantong": 1,
        "suzhou": 2,
        "wuxi": 3,
        "kunshan": 1,
    }
    assert rank_within_levels(entries)["suzhou"] == rank_within_levels(entries)["wuxi"] == 2


# ---------------------------------------------------------------- issue 10 item 9: no silent denominator


def _county_panel(set_aside: bool) -> PanelInputs:
    from app.review.entities import CandidateRecord, DossierRecord

    county = CandidateRecord("WZ", "吴中区环保局", "county-unit", "county")
    records = [
        DossierRecord(f"WZ-{n}", f"吴环罚〔2016〕{n}号", "WZ", type_, Source.RECOMMENDED)
        for n, type_ in enumerate(COUNTY_TYPES)
    ]
    extra = DossierRecord(
        "WZ-x",
        "吴环罚〔2016〕99号",
        "WZ",
        "penalty",
        Source.RECOMMENDED,
        set_aside_reason="多报1份行政处罚案卷，组长决定不计" if set_aside else None,
    )
    reviews = {d.id: [ReviewInput("expert-0", Role.EXPERT, off("12"))] for d in records}
    reviews[extra.id] = [ReviewInput("expert-0", Role.EXPERT, off("40"))]
    everyone = [*records, extra]
    dossier_checklists = {d.id: CHECKLIST.id for d in everyone}
    return ruleset_panels.panel_inputs(
        RULESET, {CHECKLIST.id: CHECKLIST}, [county], everyone, dossier_checklists, reviews
    )


def test_an_eighth_county_dossier_is_an_error_not_a_larger_denominator() -> None:
    # “根据本行政区域参评的7份案卷得分的平均值计算”: the seven at 88, an eighth penalty dossier at 60.
    # Unsettled: (7 × 88 + 60) / 8 = 676 / 8 = 84.5 — shown, but an error and not complete.
    results = compute_panel_results(_county_panel(set_aside=False))
    (too_many,) = [f for f in results.composition if f.code is FindingCode.TOO_MANY]
    assert too_many.severity is Severity.ERROR and too_many.args["found"] == 4
    (county,) = results.candidates
    assert county.indicator.value == F(169, 2) and county.indicator.complete is False
    # The chair sets the eighth aside: 7 × 88 / 7 = 88, complete.
    results = compute_panel_results(_county_panel(set_aside=True))
    (county,) = results.candidates
    assert county.indicator.value == F(88) and county.indicator.complete is True


def test_a_county_with_an_extra_dossier_keeps_its_city_open() -> None:
    # The city's mean is over “22份案卷（市本级8份，2个县级单位各7份）”: a county's eighth dossier would make
    # the pool 23, so the city's indicator is not complete until the county's extra is set aside.
    from app.review.entities import CandidateRecord, DossierRecord

    county_inputs = _county_panel(set_aside=False)
    city = CandidateRecord("SZ", "苏州市环保局", "city-unit", "city")
    counties = [replace(c, parent_id="SZ") for c in county_inputs.candidates]
    own = [
        DossierRecord(f"SZ-{n}", f"苏环罚〔2016〕{n}号", "SZ", type_, Source.RECOMMENDED)
        for n, type_ in enumerate(CITY_TYPES)
    ]
    reviews = dict(county_inputs.reviews) | {
        d.id: [ReviewInput("expert-0", Role.EXPERT, off("12"))] for d in own
    }
    inputs = replace(
        county_inputs,
        candidates=[city, *counties],
        dossiers=[*own, *county_inputs.dossiers],
        dossier_checklists={d.id: CHECKLIST.id for d in [*own, *county_inputs.dossiers]},
        reviews=reviews,
    )
    by_id = {c.candidate.id: c.indicator for c in compute_panel_results(inputs).candidates}
    assert by_id["SZ"].complete is False
    assert by_id["SZ"].steps[-1].args == {"findings": "WZ:too_many"}
    settled = replace(inputs, dossiers=[*own, *_county_panel(set_aside=True).dossiers])
    by_id = {c.candidate.id: c.indicator for c in compute_panel_results(settled).candidates}
    # 8 × 88 own + 7 × 88 of the county; the second county is missing: 7 × 0 → 15 × 88 / 22 = 60
    assert by_id["SZ"].complete is True and by_id["SZ"].value == F(60)


# ---------------------------------------------------------------- issue 10 items 5, 7, 10
def test_the_tie_break_applies_to_units_only() -> None:
    # 附1 (先进集体) has the article rule; 附2 (先进个人) has none. Two individuals on 82.5 share 1st
    # whatever their article counts; before the fix the one with more articles ranked 1st.
    assert RULESET.tie_breaks[0].levels == ("city", "county")
    entries = [
        RankEntry("wang", "individual", F(165, 2), {"campaign_articles": Decimal(5)}),
        RankEntry("li", "individual", F(165, 2), {"campaign_articles": Decimal(3)}),
    ]
    assert rank_within_levels(entries, RULESET.tie_breaks) == {"wang": 1, "li": 1}


def _jiangsu_panel(tmp_path: Path) -> Panel:
    return Panel.create(tmp_path / "js.dpanel", "jiangsu-2016")


def test_an_attribute_column_the_rule_set_does_not_read_is_refused(tmp_path: Path) -> None:
    # docs/manifests.md used to say `attr:articles`; the engine reads `campaign_articles`, so the two
    # tied counties both ranked 1st. Now the manifest is refused, naming the file, column and names.
    assert RULESET.known_attributes() == {"campaign_articles": RULESET.tie_breaks[0].label}
    panel = _jiangsu_panel(tmp_path)
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "attr:articles"],
        [["KS", "昆山市环保局", "county-unit", "12"], ["TC", "太仓市环保局", "county-unit", "9"]],
    )
    with pytest.raises(ManifestError) as refused:
        add_candidates(panel, tmp_path / "c.csv")
    text = str(refused.value)
    assert "c.csv" in text and "column attr:articles" in text and "attr:campaign_articles" in text
    assert panel.candidates() == []
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "attr:campaign_articles", "event:reconsidered"],
        [["KS", "昆山市环保局", "county-unit", "12", "1"]],
    )
    with pytest.raises(ManifestError, match="event:reconsideration-corrected"):
        add_candidates(panel, tmp_path / "c.csv")
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "attr:campaign_articles"],
        [["KS", "昆山市环保局", "county-unit", "12"], ["TC", "太仓市环保局", "county-unit", "9"]],
    )
    add_candidates(panel, tmp_path / "c.csv")
    entries = [RankEntry(c.id, c.level, F(8164, 100), c.attributes) for c in panel.candidates()]
    assert rank_within_levels(entries, RULESET.tie_breaks) == {"KS": 1, "TC": 2}
    panel.close()


def _city_with_counties(n: int) -> tuple[list[CandidateRecord], list[DossierRecord]]:
    cands = [CandidateRecord("SZ", "苏州", "city-unit", "city")]
    ds = [DossierRecord(f"SZ-{i}", f"苏-{i}", "SZ", t, Source.RECOMMENDED) for i, t in enumerate(CITY_TYPES)]
    for k in range(1, n + 1):
        cands.append(CandidateRecord(f"K{k}", f"县{k}", "county-unit", "county", parent_id="SZ"))
        ds += [
            DossierRecord(f"K{k}-{i}", f"县{k}-{i}", f"K{k}", t, Source.RECOMMENDED)
            for i, t in enumerate(COUNTY_TYPES)
        ]
    return cands, ds


# the city's 8 score 88, county K1's 7 score 82, K2's 60, K3's 74 (one expert, points off)
POINTS_OFF = {"SZ": "12", "K1": "18", "K2": "40", "K3": "26"}


def _off(ds: list[DossierRecord]) -> dict[str, str]:
    return {d.id: POINTS_OFF[d.candidate_id] for d in ds}


def test_city_pooling_is_explicit_and_a_third_county_is_a_composition_error() -> None:
    cands, ds = _city_with_counties(3)
    # No choice: the check names the city (3 counties, 2 are pooled) and pools none:
    # (8 × 88 + 14 × 0) / 22 = 704 / 22 = 32. Before the fix K1 and K2 were pooled silently by id:
    # (8 × 88 + 7 × 82 + 7 × 60) / 22 = 1698 / 22.
    unsettled = ruleset_panels.results(RULESET, cands, ds, _off(ds))
    (finding,) = [f for f in unsettled.composition if f.code is FindingCode.POOL_MEMBERS]
    assert finding.severity is Severity.ERROR and finding.args["children"] == ("K1", "K2", "K3")
    assert ruleset_panels.indicators(unsettled)["SZ"] == F(704, 22)
    waiting = next(c for c in unsettled.candidates if c.candidate.id == "SZ").indicator
    assert waiting.complete is False and waiting.steps[-1].args == {"findings": "pool_members"}
    # The chair names K1 and K3: (8 × 88 + 7 × 82 + 7 × 74) / 22 = (704 + 574 + 518) / 22 = 1796 / 22 = 898/11
    chosen = ChairChoices(pools={"SZ": ("K1", "K3")})
    settled = ruleset_panels.results(RULESET, cands, ds, _off(ds), choices=chosen)
    assert not [f for f in settled.composition if f.code is FindingCode.POOL_MEMBERS]
    city = next(c for c in settled.candidates if c.candidate.id == "SZ")
    assert city.indicator.value == F(1796, 22) == F(898, 11) and city.indicator.complete
    assert city.indicator.steps[0].args["member_candidates"] == "K1, K3"
    # With exactly two counties under it the rule set says which: both, no choice needed.
    two_c, two_d = _city_with_counties(2)
    two = ruleset_panels.results(RULESET, two_c, two_d, _off(two_d))
    assert not [f for f in two.composition if f.code is FindingCode.POOL_MEMBERS]
    assert ruleset_panels.indicators(two)["SZ"] == F(704 + 574 + 420, 22)


def test_a_forged_county_dossier_inside_the_22_zeroes_the_city() -> None:
    # “发现案卷造假的，该指标按零分计”: the city's indicator is the mean of the 22, so a forged dossier
    # of K1 zeroes both K1 and the city. Before the fix the city kept 898/11.
    cands, ds = _city_with_counties(2)
    forged = ruleset_panels.results(RULESET, cands, ds, _off(ds), vetoes={"K1-0": ("dossier-fraud",)})
    values = ruleset_panels.indicators(forged)
    assert values["K1"] == 0 and values["SZ"] == 0 and values["K2"] == F(60)
    city = next(c for c in forged.candidates if c.candidate.id == "SZ")
    assert city.indicator.steps[-1].code == "member_indicator_vetoed"
    assert city.indicator.steps[-1].args == {"dossiers": "K1-0"}


def test_unit_dossiers_must_be_decided_in_september_to_november_2016() -> None:
    # 附1 一（二）“2016年9月至11月期间形成的…执法案卷（指该期间印发处罚决定书…等法律文书）”
    cands, ds = _city_with_counties(0)
    ds[0] = replace(ds[0], decision_date=date(2016, 12, 2), closing_date=date(2016, 12, 20))
    ds[1] = replace(ds[1], decision_date=date(2016, 9, 1))
    ds[2] = replace(ds[2], decision_date=date(2016, 11, 30))
    outside = [
        f
        for f in ruleset_panels.results(RULESET, cands, ds, {}).composition
        if f.code is FindingCode.OUTSIDE_WINDOW
    ]
    assert [(f.dossier_id, f.args["date"], f.severity) for f in outside] == [
        ("SZ-0", date(2016, 12, 2), Severity.ERROR)
    ]


def test_the_chair_names_the_pooled_counties_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = _jiangsu_panel(tmp_path)
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "parent"],
        [
            ["SZ", "苏州市环保局", "city-unit", ""],
            ["K1", "昆山", "county-unit", "SZ"],
            ["K2", "太仓", "county-unit", "SZ"],
            ["K3", "常熟", "county-unit", "SZ"],
        ],
    )
    add_candidates(panel, tmp_path / "c.csv")
    path = str(panel.path)
    panel.close()
    assert main(["check", path]) == 1
    assert "the chair names them (`dossier-panel pool`)" in capsys.readouterr().out
    assert main(["pool", path, "SZ", "K1", "--reason", "市局推荐"]) == 2
    assert "SZ pools 2 member candidates; 1 given" in capsys.readouterr().err
    assert main(["pool", path, "SZ", "K1", "K3"]) == 2
    assert "every choice needs one" in capsys.readouterr().err
    assert main(["pool", path, "SZ", "K3", "K1", "--reason", "市局推荐昆山、常熟"]) == 0
    assert "SZ pools K1, K3" in capsys.readouterr().out
    assert main(["pool", path, "SZ", "K2", "K1", "--reason", "更正"]) == 0
    assert "(was K1, K3)" in capsys.readouterr().out
    with Panel.open(path) as reopened:
        assert reopened.chair_choices().pools == {"SZ": ("K1", "K2")}
        entry = reopened.audit_entries()[-1]
        assert entry["action"] == "choice.pool" and entry["old"]["value"] == ["K1", "K3"]
        assert entry["new"] == {"value": ["K1", "K2"], "reason": "更正"}
    with pytest.raises(ChoiceError) as refused, Panel.open(path) as reopened:
        choose_pool(reopened, "K1", ["K2", "K3"], "x")
    assert refused.value.code == "choice.not_pooling"
