from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.review.composition import (
    SHARING_CODES,
    CompositionReport,
    Finding,
    FindingCode,
    Severity,
    case_key,
    check_composition,
    pooled_members,
    unsettled_by_candidate,
    zeroed_duplicates,
)
from app.review.entities import CandidateRecord, ChairChoices, DossierRecord, Officer, StandingCopy
from app.review.ruleset import RuleSet, Source

R, D = Source.RECOMMENDED, Source.DRAWN


def describe(finding: Finding, names: dict[str, str] | None = None) -> str:
    """A finding as the command line says it (English in tests: severity, candidate, rule, sentence)."""
    from app.commands.panel_setup import finding_line

    return finding_line(finding, make_ruleset(), names or {})


START, END = date(2024, 1, 1), date(2024, 12, 31)


def make_ruleset(**sharing: str) -> RuleSet:
    mean = {"formula": "mean"}
    return RuleSet.model_validate(
        {
            "id": "test",
            "title": "Test campaign",
            "version": "1",
            "document": {"title": "Notice", "issuer": "Bureau", "year": 2024},
            "checklist": "default",
            "dossier_types": [
                {"code": "general", "name": "一般"},
                {"code": "supporting", "name": "配套"},
                {"code": "police", "name": "移送"},
            ],
            "levels": [{"code": "city", "name": "市级"}, {"code": "county", "name": "县级"}],
            "candidate_kinds": [
                {
                    "code": "county",
                    "name": "县级集体",
                    "candidate_class": "unit",
                    "level": "county",
                    "requirements": [
                        {"type": "general", "source": "recommended", "count": 2},
                        {"type": "supporting", "source": "drawn", "count": 1, "at_least": True},
                    ],
                    "indicator": mean,
                    "max_points": 30,
                },
                {
                    "code": "person",
                    "name": "个人",
                    "candidate_class": "individual",
                    "level": "county",
                    "requirements": [{"type": "general", "source": "drawn", "count": 2}],
                    "officer_roles": ["questioner", "recorder"],
                    "indicator": mean,
                    "max_points": 20,
                },
                {
                    "code": "plain_person",
                    "name": "个人（无角色）",
                    "candidate_class": "individual",
                    "level": "county",
                    "requirements": [{"type": "general", "source": "drawn", "count": 1}],
                    "indicator": mean,
                    "max_points": 20,
                },
                {
                    "code": "record",
                    "name": "市级集体（年度记录）",
                    "candidate_class": "unit",
                    "level": "city",
                    "indicator": mean,
                    "max_points": 27,
                },
                {
                    "code": "windowed",
                    "name": "个人（抽取期间）",
                    "candidate_class": "individual",
                    "level": "county",
                    "requirements": [{"type": "general", "source": "drawn", "count": 1}],
                    "indicator": mean,
                    "max_points": 20,
                    "windows": [
                        {
                            "sources": ["drawn"],
                            "field": "decision_date",
                            "start": "2024-01-01",
                            "end": "2024-06-30",
                            "not_drawn_before": True,
                            "label": "2024年上半年下达处罚决定，且未被抽查",
                        }
                    ],
                },
                {
                    "code": "pooling",
                    "name": "市级集体（汇总县级）",
                    "candidate_class": "unit",
                    "level": "city",
                    "indicator": {"formula": "pooled_mean", "member_kind": "county", "members": 2},
                    "max_points": 100,
                },
            ],
            "sharing": sharing,
        }
    )


RULESET = make_ruleset()
ME = Officer("张三", "C001", ("questioner",))


def unit(cid: str = "u1", kind: str = "county", **kw: Any) -> CandidateRecord:
    level = kw.pop("level", "city" if kind == "record" else "county")
    return CandidateRecord(id=cid, name=f"Unit {cid}", kind=kind, level=level, **kw)


def person(cid: str = "p1", **kw: Any) -> CandidateRecord:
    kw.setdefault("officer_name", "张三")
    kw.setdefault("officer_certificate", "C001")
    return CandidateRecord(id=cid, name=f"Person {cid}", kind=kw.pop("kind", "person"), level="county", **kw)


def dossier(did: str, cid: str, type_: str = "general", source: Source = R, **kw: Any) -> DossierRecord:
    kw.setdefault("case_number", f"N-{did}")
    kw.setdefault("closing_date", date(2024, 6, 1))
    kw.setdefault("officers", (ME,))
    return DossierRecord(id=did, candidate_id=cid, type=type_, source=source, **kw)


def unit_dossiers(cid: str = "u1", prefix: str = "u") -> list[DossierRecord]:
    return [
        dossier(f"{prefix}a", cid),
        dossier(f"{prefix}b", cid),
        dossier(f"{prefix}c", cid, "supporting", D),
    ]


def person_dossiers(cid: str = "p1", prefix: str = "p") -> list[DossierRecord]:
    return [dossier(f"{prefix}a", cid, source=D), dossier(f"{prefix}b", cid, source=D)]


def check(
    candidates: list[CandidateRecord], dossiers: list[DossierRecord], ruleset: RuleSet = RULESET, **kw: Any
) -> CompositionReport:
    kw.setdefault("campaign_start", START)
    kw.setdefault("campaign_end", END)
    return check_composition(ruleset, candidates, dossiers, **kw)


def codes(report: CompositionReport) -> list[tuple[FindingCode, str, str | None]]:
    return [(f.code, f.candidate_id, f.dossier_id) for f in report]


def only(report: CompositionReport, code: FindingCode) -> Finding:
    found = [f for f in report if f.code is code]
    assert len(found) == 1, report
    return found[0]


# --- a clean panel ------------------------------------------------------------------------------


def test_a_complete_panel_has_no_findings() -> None:
    report = check([unit(), person(), unit("r", kind="record")], unit_dossiers() + person_dossiers())
    assert report.findings == ()
    assert report.ok and len(report) == 0
    assert zeroed_duplicates(report) == set()


# --- (1) counts, types, kinds, levels -----------------------------------------------------------


def test_too_few_is_an_error_with_the_figures() -> None:
    report = check([unit()], unit_dossiers()[1:])
    finding = only(report, FindingCode.TOO_FEW)
    assert finding.severity is Severity.ERROR
    assert finding.rule == "requirement:general/recommended"
    assert finding.dossier_id is None
    assert finding.args["expected"] == 2 and finding.args["found"] == 1
    assert not report.ok


def test_too_many_is_an_error_naming_the_case_numbers() -> None:
    # The notice fixes the count (“随机抽选3份”): an extra dossier is for the chair to settle, never
    # extra points nor a larger denominator (issue 10, items 1 and 9).
    report = check([unit()], [*unit_dossiers(), dossier("ux", "u1")])
    finding = only(report, FindingCode.TOO_MANY)
    assert finding.severity is Severity.ERROR
    assert (finding.args["expected"], finding.args["found"]) == (2, 3)
    assert finding.args["case_numbers"] == ("N-ua", "N-ub", "N-ux")
    assert finding.args["dossiers"] == ("ua", "ub", "ux")
    assert not report.ok
    assert unsettled_by_candidate(report) == {"u1": ("too_many",)}


def test_a_set_aside_dossier_settles_too_many_and_is_reported() -> None:
    extra = dossier("ux", "u1", set_aside_reason="抽取重复，组长决定不计")
    report = check([unit()], [*unit_dossiers(), extra])
    assert codes(report) == [(FindingCode.SET_ASIDE, "u1", "ux")]
    finding = report.findings[0]
    assert (finding.dossier_id, finding.args["reason"]) == ("ux", "抽取重复，组长决定不计")
    assert report.ok and unsettled_by_candidate(report) == {}
    assert "Set aside by the chair, not counted: 抽取重复" in describe(finding)


def test_a_set_aside_dossier_takes_no_part_in_the_sharing_rules() -> None:
    rules = make_ruleset(individual_and_unit="forbid")
    shared = dossier("pa", "p1", source=D, case_number="N-ua")
    report = check([unit(), person()], [*unit_dossiers(), shared, *person_dossiers()[1:]], rules)
    assert (FindingCode.SHARED_WITH_UNIT, "p1", "pa") in codes(report)
    assert unsettled_by_candidate(report) == {"p1": ("shared_with_unit",), "u1": ("shared_with_unit",)}
    settled = dossier("pa", "p1", source=D, case_number="N-ua", set_aside_reason="与候选集体共用")
    report = check([unit(), person()], [*unit_dossiers(), settled, *person_dossiers()[1:]], rules)
    assert [c for c, _, _ in codes(report)] == [FindingCode.TOO_FEW, FindingCode.SET_ASIDE]


def test_more_than_an_at_least_requirement_is_fine() -> None:
    report = check([unit()], [*unit_dossiers(), dossier("ux", "u1", "supporting", D)])
    assert report.findings == ()


def test_a_type_or_source_not_required_of_the_kind_is_a_warning_per_dossier() -> None:
    extra = [dossier("x1", "u1", "police", R), dossier("x2", "u1", "general", D)]
    report = check([unit()], unit_dossiers() + extra)
    assert codes(report) == [
        (FindingCode.NOT_REQUIRED, "u1", "x1"),
        (FindingCode.NOT_REQUIRED, "u1", "x2"),
    ]
    assert report.findings[0].args["type"] == "police"
    assert all(f.severity is Severity.WARNING for f in report)


def test_an_unknown_dossier_type_is_an_error_and_not_counted() -> None:
    report = check([unit()], [*unit_dossiers()[:2], dossier("uc", "u1", "mystery", D)])
    assert codes(report) == [
        (FindingCode.TOO_FEW, "u1", None),
        (FindingCode.UNKNOWN_TYPE, "u1", "uc"),
    ]
    assert only(report, FindingCode.UNKNOWN_TYPE).args["type"] == "mystery"


def test_unknown_kind_and_level_are_errors() -> None:
    cand = CandidateRecord(id="c", name="C", kind="ghost", level="nowhere")
    report = check([cand], [dossier("d", "c")])
    assert codes(report) == [(FindingCode.UNKNOWN_KIND, "c", None), (FindingCode.UNKNOWN_LEVEL, "c", None)]
    assert all(f.severity is Severity.ERROR for f in report)


def test_a_level_other_than_the_kinds_is_a_warning() -> None:
    cand = CandidateRecord(id="u1", name="U", kind="county", level="city")
    finding = only(check([cand], unit_dossiers()), FindingCode.LEVEL_MISMATCH)
    assert finding.severity is Severity.WARNING
    assert finding.args["kind_level"] == "county"


# --- (6) no dossiers, and dossiers nobody owns --------------------------------------------------


def test_a_candidate_with_no_dossiers_is_an_error() -> None:
    report = check([unit(), person()], unit_dossiers())
    assert codes(report) == [(FindingCode.NO_DOSSIERS, "p1", None)]
    assert report.findings[0].args["expected"] == 2


def test_a_kind_without_requirements_needs_no_dossiers() -> None:
    assert check([unit("r", kind="record")], []).findings == ()


def test_a_dossier_of_no_candidate_is_an_error() -> None:
    report = check([unit()], [*unit_dossiers(), dossier("lost", "nobody")])
    assert codes(report) == [(FindingCode.UNKNOWN_CANDIDATE, "nobody", "lost")]


# --- (2) the campaign window --------------------------------------------------------------------


def test_closing_dates_outside_or_missing() -> None:
    ds = unit_dossiers()
    ds[0] = dossier("ua", "u1", closing_date=date(2023, 12, 31))
    ds[1] = dossier("ub", "u1", closing_date=None)
    report = check([unit()], ds)
    assert codes(report) == [
        (FindingCode.CLOSING_DATE_OUTSIDE, "u1", "ua"),
        (FindingCode.CLOSING_DATE_MISSING, "u1", "ub"),
    ]
    outside = report.findings[0]
    assert outside.args["closing_date"] == date(2023, 12, 31)
    assert outside.args["campaign_start"] == START
    assert outside.rule == "campaign_window" and outside.severity is Severity.WARNING
    # open-ended windows, and no window at all
    assert [f.dossier_id for f in check([unit()], ds, campaign_start=None)] == ["ub"]
    assert check([unit()], ds, campaign_start=None, campaign_end=None).findings == ()


def test_a_window_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError):
        check([unit()], unit_dossiers(), campaign_start=END, campaign_end=START)


# --- (3) one candidate, one case, two categories ------------------------------------------------


def _twice() -> list[DossierRecord]:
    """u1 hands case N-ua in as a general dossier (listed first) and as a police-transfer one."""
    return [*unit_dossiers(), dossier("ud", "u1", "police", R, case_number="N-ua")]


def _sharing(report: CompositionReport) -> list[Finding]:
    return [f for f in report if f.code in SHARING_CODES]


def test_two_categories_forbidden_is_an_error_on_both() -> None:
    report = check([unit()], _twice(), make_ruleset(same_dossier_two_categories="forbid"))
    assert [(f.code, f.dossier_id) for f in _sharing(report)] == [
        (FindingCode.TWO_CATEGORIES, "ua"),
        (FindingCode.TWO_CATEGORIES, "ud"),
    ]
    assert all(f.severity is Severity.ERROR for f in _sharing(report))
    assert report.findings[0].rule == "sharing.same_dossier_two_categories"
    assert _sharing(report)[0].args["other_dossiers"] == ("ud",)
    assert zeroed_duplicates(report) == set()


def test_two_categories_zero_one_keeps_the_category_the_notice_lists_first() -> None:
    # general × recommended is the kind's first requirement; police is not listed at all: the police
    # copy scores 0 whatever the ids. Before the fix the lower dossier id was kept.
    rules = make_ruleset(same_dossier_two_categories="zero_one")
    for police_id in ("ud", "aa"):
        ds = [*unit_dossiers(), dossier(police_id, "u1", "police", R, case_number="N-ua")]
        report = check([unit()], ds, rules)
        assert zeroed_duplicates(report) == {police_id}
        found = {f.dossier_id: f.args for f in _sharing(report)}
        assert found[police_id]["kept"] == "ua" and found[police_id]["decided_by"] == "first_listed"
        assert found["ua"]["zeroed"] is False and found["ua"]["kept"] == "ua"
        assert all(f.severity is Severity.WARNING for f in _sharing(report))
        line = describe(next(f for f in _sharing(report) if f.dossier_id == police_id))
        assert line.endswith(
            "this dossier scores 0 (dossier ua stands: its category comes first in the notice)"
        )


def test_the_chair_chooses_which_copy_stands() -> None:
    rules = make_ruleset(same_dossier_two_categories="zero_one")
    choice = ChairChoices(standing_copies={("u1", case_key("N-ua")): StandingCopy("ud", "移送材料更完整")})
    report = check([unit()], _twice(), rules, choices=choice)
    assert zeroed_duplicates(report) == {"ua"}
    zeroed = next(f for f in _sharing(report) if f.dossier_id == "ua")
    assert zeroed.args["decided_by"] == "chair" and zeroed.args["chair_reason"] == "移送材料更完整"
    assert "dossier ud stands: the chair chose it" in describe(zeroed)


def test_two_categories_left_to_the_chair_is_an_error_until_chosen() -> None:
    rules = make_ruleset(same_dossier_two_categories="zero_one", two_categories_keep="chair")
    report = check([unit()], _twice(), rules)
    assert zeroed_duplicates(report) == set()
    assert {(f.severity, f.args["decided_by"]) for f in _sharing(report)} == {(Severity.ERROR, "pending")}
    assert "the chair must choose which copy stands" in describe(_sharing(report)[0])
    choice = ChairChoices(standing_copies={("u1", case_key("N-ua")): StandingCopy("ua", "按通知顺序")})
    assert zeroed_duplicates(check([unit()], _twice(), rules, choices=choice)) == {"ud"}


def test_a_drawn_dossier_equal_to_a_recommended_one_is_not_two_categories() -> None:
    # 同一案卷不得作为两类案卷重复报送 is about what the candidate hands in; the organiser drew uc.
    ds = unit_dossiers()
    ds[2] = dossier("uc", "u1", "supporting", D, case_number="N-ua")
    two = make_ruleset(same_dossier_two_categories="zero_one")
    assert check([unit()], ds, two).findings == ()  # before the fix: uc or ua zeroed
    forbid = check(
        [unit()], ds, make_ruleset(same_dossier_two_categories="zero_one", drawn_duplicate="forbid")
    )
    assert {(f.code, f.dossier_id, f.severity) for f in forbid} == {
        (FindingCode.DRAWN_DUPLICATE, "ua", Severity.ERROR),
        (FindingCode.DRAWN_DUPLICATE, "uc", Severity.ERROR),
    }
    assert zeroed_duplicates(forbid) == set()
    assert "draw another" in describe(forbid.findings[0])


def test_two_categories_allowed_is_fine() -> None:
    assert _sharing(check([unit()], _twice(), make_ruleset(same_dossier_two_categories="allow"))) == []


def test_the_same_case_twice_in_one_category_is_an_error_on_the_later() -> None:
    ds = [*unit_dossiers()[:1], dossier("ub", "u1", case_number="N-ua"), unit_dossiers()[2]]
    report = check([unit()], ds)
    finding = only(report, FindingCode.HANDED_IN_TWICE)
    assert (finding.dossier_id, finding.severity) == ("ub", Severity.ERROR)
    assert "sharing" not in finding.args


# --- (4) one case, two candidates ---------------------------------------------------------------


def _two_people(**sharing: str) -> CompositionReport:
    ds = person_dossiers() + person_dossiers("p2", "q")
    ds[2] = dossier("qa", "p2", source=D, case_number="N-pa")
    return check([person(), person("p2")], ds, make_ruleset(**sharing))


def test_two_individuals_per_rule() -> None:
    assert _two_people(two_individuals="allow").findings == ()
    forbid = _two_people(two_individuals="forbid")
    assert codes(forbid) == [
        (FindingCode.SHARED_BY_INDIVIDUALS, "p1", "pa"),
        (FindingCode.SHARED_BY_INDIVIDUALS, "p2", "qa"),
    ]
    assert forbid.findings[0].args["other_candidates"] == ("p2",)
    assert forbid.findings[0].rule == "sharing.two_individuals"
    zero = _two_people(two_individuals="zero_one")
    # same closing date and case number: the lower candidate id keeps it
    assert zeroed_duplicates(zero) == {"qa"}
    # the individual_and_unit rule is not the one that applies
    assert _two_people(individual_and_unit="forbid").findings == ()


def test_an_individual_and_a_unit_per_rule() -> None:
    ds = unit_dossiers() + person_dossiers()
    ds[0] = dossier("ua", "u1", case_number=" n-pa ")  # normalised: the same case
    cands = [unit(), person()]
    assert check(cands, ds, make_ruleset(individual_and_unit="allow")).findings == ()
    forbid = check(cands, ds, make_ruleset(individual_and_unit="forbid"))
    assert {f.dossier_id for f in forbid} == {"ua", "pa"}
    assert all(f.code is FindingCode.SHARED_WITH_UNIT and f.severity is Severity.ERROR for f in forbid)
    zero = check(cands, ds, make_ruleset(individual_and_unit="zero_one"))
    assert zeroed_duplicates(zero) == {"ua"}  # same date and case number: "p1" < "u1"


def test_two_units_are_not_covered_by_a_sharing_rule() -> None:
    ds = unit_dossiers() + unit_dossiers("u2", "v")
    ds[3] = dossier("va", "u2", case_number="N-ua")
    rules = make_ruleset(two_individuals="forbid", individual_and_unit="forbid")
    assert check([unit(), unit("u2")], ds, rules).findings == ()


def test_zeroing_order_across_candidates_is_by_candidate_id() -> None:
    rules = make_ruleset(two_individuals="zero_one")
    cands = [person("p1"), person("p2"), person("p3")]
    shared = "N-shared"
    ds = [
        *person_dossiers("p1", "a"),
        *person_dossiers("p2", "b"),
        *person_dossiers("p3", "c"),
    ]
    ds[0] = dossier("aa", "p1", source=D, case_number=shared, closing_date=None)
    ds[2] = dossier("ba", "p2", source=D, case_number=shared, closing_date=date(2024, 9, 1))
    ds[4] = dossier("ca", "p3", source=D, case_number=shared, closing_date=date(2024, 3, 1))
    report = check(cands, ds, rules)
    assert zeroed_duplicates(report) == {"ba", "ca"}  # one case, one closing date in reality: p1 first
    sharing = [f for f in report if f.code is FindingCode.SHARED_BY_INDIVIDUALS]
    assert {f.dossier_id: f.args["zeroed"] for f in sharing} == {"aa": False, "ba": True, "ca": True}
    assert only(report, FindingCode.CLOSING_DATE_MISSING).dossier_id == "aa"


def test_mixed_rules_in_one_case_group() -> None:
    # p1 hands the case in twice (a drawn and a recommended copy; zero_one) and p2 uses it too
    # (forbid): p1's copy in the category its kind does not list is zeroed, and every copy carries
    # the forbidden sharing.
    rules = make_ruleset(drawn_duplicate="zero_one", two_individuals="forbid")
    ds = [
        dossier("pa", "p1", source=D, case_number="K"),
        dossier("pb", "p1", source=D),
        dossier("pk", "p1", "police", R, case_number="K"),
        dossier("qa", "p2", source=D, case_number="K"),
        dossier("qb", "p2", source=D),
    ]
    report = check([person(), person("p2")], ds, rules)
    assert zeroed_duplicates(report) == {"pk"}  # general × drawn is listed, police is not
    shared = [f.dossier_id for f in report if f.code is FindingCode.SHARED_BY_INDIVIDUALS]
    assert shared == ["pa", "pk", "qa"]
    assert only(report, FindingCode.NOT_REQUIRED).dossier_id == "pk"


# --- time windows from the rule set ------------------------------------------------------------


def test_a_window_checks_the_date_the_notice_names_and_the_drawn_before_flag() -> None:
    # The kind's window (decision date 2024-01-01 … 06-30, drawn only, not drawn before) replaces the
    # panel's campaign dates: a closing date outside the campaign is not what it checks.
    w = person("w1", kind="windowed")
    inside = dossier("wa", "w1", source=D, decision_date=date(2024, 6, 30), closing_date=date(2025, 3, 1))
    assert check([w], [inside]).findings == ()
    late = dossier("wa", "w1", source=D, decision_date=date(2024, 7, 1))
    finding = only(check([w], [late]), FindingCode.OUTSIDE_WINDOW)
    assert (finding.severity, finding.rule, finding.args["date"]) == (
        Severity.ERROR,
        "window.decision_date",
        date(2024, 7, 1),
    )
    assert "decision date 2024-07-01 is outside the notice's period 2024-01-01 to 2024-06-30" in describe(
        finding
    )
    missing = only(check([w], [dossier("wa", "w1", source=D)]), FindingCode.WINDOW_DATE_MISSING)
    assert missing.severity is Severity.WARNING
    again = dossier("wa", "w1", source=D, decision_date=date(2024, 3, 1), drawn_before=True)
    assert only(check([w], [again]), FindingCode.DRAWN_BEFORE).severity is Severity.ERROR


# --- pooling ----------------------------------------------------------------------------------


def test_a_pooling_unit_needs_exactly_its_members_or_the_chairs_choice() -> None:
    city = unit("c1", kind="pooling", level="city")
    counties = [unit(f"k{i}", parent_id="c1") for i in range(1, 4)]
    ds = [d for k in counties for d in unit_dossiers(k.id, k.id)]
    assert pooled_members(RULESET, [city, *counties[:2]]) == {"c1": ("k1", "k2")}
    assert not [f for f in check([city, *counties[:2]], ds[:6]) if f.code is FindingCode.POOL_MEMBERS]
    three = check([city, *counties], ds)
    finding = only(three, FindingCode.POOL_MEMBERS)
    assert finding.severity is Severity.ERROR and finding.args["children"] == ("k1", "k2", "k3")
    assert pooled_members(RULESET, [city, *counties]) == {"c1": ()}  # before the fix: k1, k2 by id
    chosen = ChairChoices(pools={"c1": ("k1", "k3")})
    assert pooled_members(RULESET, [city, *counties], chosen) == {"c1": ("k1", "k3")}
    assert not [f for f in check([city, *counties], ds, choices=chosen) if f.code is FindingCode.POOL_MEMBERS]
    one = check([city, counties[0]], ds[:3])
    assert only(one, FindingCode.POOL_MEMBERS).args["children"] == ("k1",)


def test_case_numbers_are_compared_normalised() -> None:
    assert case_key("苏环罚〔2016〕12 号") == case_key("苏环罚[2016]12号") == case_key("苏环罚（2016）12号")
    assert case_key("ABC-1") == case_key("abc－１")
    assert case_key("A-1") != case_key("A-2")


def test_a_missing_case_number_is_a_warning_and_never_shared() -> None:
    ds = unit_dossiers() + unit_dossiers("u2", "v")
    ds[0] = dossier("ua", "u1", case_number=" ")
    ds[3] = dossier("va", "u2", case_number="")
    report = check([unit(), unit("u2")], ds, make_ruleset(same_dossier_two_categories="forbid"))
    assert codes(report) == [
        (FindingCode.CASE_NUMBER_MISSING, "u1", "ua"),
        (FindingCode.CASE_NUMBER_MISSING, "u2", "va"),
    ]


# --- (5) the individual among the officers ------------------------------------------------------


def _one(officers: tuple[Officer, ...], **kw: Any) -> CompositionReport:
    ds = [dossier("pa", "p1", source=D, officers=officers), dossier("pb", "p1", source=D)]
    return check([person(**kw)], ds)


def test_officer_matched_by_certificate_when_both_have_one() -> None:
    assert _one((Officer("张 三（错字）", "c001 ", ("recorder",)),)).findings == ()
    wrong = _one((Officer("张三", "C999", ("questioner",)),))
    finding = only(wrong, FindingCode.NOT_AN_OFFICER)
    assert (finding.dossier_id, finding.severity) == ("pa", Severity.ERROR)
    assert finding.args["roles_found"] == ()
    assert finding.args["required_roles"] == ("questioner", "recorder")


def test_officer_matched_by_name_otherwise() -> None:
    assert _one((Officer("张 三", "", ("questioner",)),)).findings == ()
    assert _one((Officer("张三", "C999", ("questioner",)),), officer_certificate="").findings == ()
    uyghur = Officer("艾力・买买提", "", ("recorder",))
    ds = [dossier(f"p{i}", "p1", source=D, officers=(uyghur,)) for i in range(2)]
    assert check([person(officer_name="艾力·买买提", officer_certificate="")], ds).findings == ()
    assert _one((Officer("李四", "", ("questioner",)),)).findings != ()


def test_officer_in_the_wrong_role() -> None:
    report = _one((Officer("张三", "C001", ("inspector",)), Officer("李四", "C002", ("questioner",))))
    assert only(report, FindingCode.NOT_AN_OFFICER).args["roles_found"] == ("inspector",)


def test_no_officers_recorded() -> None:
    report = _one(())
    assert codes(report) == [(FindingCode.OFFICERS_NOT_RECORDED, "p1", "pa")]


def test_officers_are_not_checked_without_roles_or_for_units() -> None:
    plain = [dossier("pa", "p1", source=D, officers=())]
    assert check([person(kind="plain_person")], plain).findings == ()
    ds = [dossier(d.id, d.candidate_id, d.type, d.source, officers=()) for d in unit_dossiers()]
    assert check([unit()], ds).findings == ()


# --- the report as a whole ----------------------------------------------------------------------


def _messy() -> tuple[list[CandidateRecord], list[DossierRecord]]:
    cands = [
        unit(),
        person(),
        person("p2"),
        CandidateRecord(id="g", name="Ghost", kind="ghost", level="nowhere"),
        CandidateRecord(id="m", name="Moved", kind="county", level="city"),
        unit("empty"),
        person("w1", kind="windowed"),
        unit("pc", kind="pooling", level="city"),
    ]
    ds = [
        dossier("ua", "u1", case_number="X", closing_date=None),
        dossier("ub", "u1", case_number="X"),
        dossier("uc", "u1", "supporting", D, case_number="X"),
        dossier("ud", "u1", "police", R, case_number=""),
        dossier("ue", "u1", "mystery", R),
        dossier("uf", "u1", "police", R, case_number="X"),
        dossier("wa", "w1", source=D),
        dossier("wb", "w1", source=D, decision_date=date(2024, 7, 1), drawn_before=True),
        dossier("pa", "p1", source=D, case_number="X", officers=()),
        dossier("pb", "p1", source=D, closing_date=date(2020, 1, 1)),
        dossier("pc", "p1", source=D, officers=(Officer("李四"),)),
        dossier("qa", "p2", source=D, case_number="X"),
        dossier("ga", "g"),
        dossier("ma", "m"),
        dossier("za", "nobody"),
        dossier("zb", "u1", set_aside_reason="set aside"),
    ]
    return cands, ds


def test_every_code_is_reachable_sorted_and_described() -> None:
    cands, ds = _messy()
    rules = make_ruleset(
        same_dossier_two_categories="zero_one",
        two_individuals="forbid",
        individual_and_unit="zero_one",
        drawn_duplicate="forbid",
    )
    report = check(cands, ds, rules)
    assert {f.code for f in report} == set(FindingCode)
    keys = [(f.candidate_id, f.dossier_id or "", list(FindingCode).index(f.code)) for f in report]
    assert keys == sorted(keys)
    names = {c.id: c.name for c in cands}
    for finding in report:
        line = describe(finding, names)
        severity = "Must fix" if finding.severity is Severity.ERROR else "Check"
        assert line.startswith(f"{severity}: {names.get(finding.candidate_id, finding.candidate_id)}")
        assert f"[{finding.rule}]" in line
        assert "{" not in line
        if finding.dossier_id is not None:
            assert f", case {finding.args.get('case_number') or '—'}" in line
    zeroed = zeroed_duplicates(report)
    assert zeroed == {
        "ua",
        "ub",
        "uc",
        "uf",
    }  # p1 and p2 come first by candidate id; the unit shares with them
    zeroing = next(f for f in report if f.code is FindingCode.SHARED_WITH_UNIT and f.dossier_id == "ua")
    line = describe(zeroing, names)
    assert "also used by Person p1, Person p2" in line and line.endswith(
        "this dossier scores 0 (dossier pa stands: its category comes first in the notice)"
    )


def test_describe_without_names_uses_the_id() -> None:
    finding = Finding(FindingCode.TOO_FEW, Severity.ERROR, "u1", None, "requirement:general/drawn")
    assert describe(finding).startswith("Must fix: u1 [requirement:general/drawn]: ")


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(ValueError):
        check([unit(), unit()], [])
    with pytest.raises(ValueError):
        check([unit()], [dossier("a", "u1"), dossier("a", "u1")])


# --- order does not matter ----------------------------------------------------------------------

KINDS = ("county", "person", "plain_person", "record", "ghost", "windowed", "pooling")
OFFICERS = (Officer("张三", "C001", ("questioner",)), Officer("李四", "", ("recorder",)), Officer("王五"))


@st.composite
def panels(draw: st.DrawFn) -> tuple[list[CandidateRecord], list[DossierRecord]]:
    n = draw(st.integers(1, 5))
    cands = [
        CandidateRecord(
            id=f"c{i}",
            name=f"C{i}",
            kind=draw(st.sampled_from(KINDS)),
            level=draw(st.sampled_from(("county", "city", "void"))),
            officer_name=draw(st.sampled_from(("张三", "李四", ""))),
            officer_certificate=draw(st.sampled_from(("C001", ""))),
        )
        for i in range(n)
    ]
    dossiers = [
        DossierRecord(
            id=f"d{j}",
            case_number=draw(st.sampled_from(("A", "a ", "B", "C", ""))),
            candidate_id=draw(st.sampled_from([c.id for c in cands] + ["stray"])),
            type=draw(st.sampled_from(("general", "supporting", "police", "mystery"))),
            source=draw(st.sampled_from(list(Source))),
            closing_date=draw(st.none() | st.dates(date(2023, 12, 30), date(2024, 1, 2))),
            officers=tuple(draw(st.lists(st.sampled_from(OFFICERS), max_size=2))),
        )
        for j in range(draw(st.integers(0, 10)))
    ]
    return cands, dossiers


SHARING = st.sampled_from(["allow", "forbid", "zero_one"])
RULESETS = {(a, b, c): make_ruleset(same_dossier_two_categories=a, individual_and_unit=b, two_individuals=c)
            for a in ("allow", "forbid", "zero_one") for b in ("allow", "forbid", "zero_one")
            for c in ("allow", "forbid", "zero_one")}  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(panels(), st.randoms(use_true_random=False), SHARING, SHARING, SHARING)
def test_the_report_does_not_depend_on_input_order(
    panel: tuple[list[CandidateRecord], list[DossierRecord]], rnd: Any, a: str, b: str, c: str
) -> None:
    cands, dossiers = panel
    rules = RULESETS[(a, b, c)]
    report = check(cands, dossiers, rules, campaign_start=START, campaign_end=None)
    cands2, dossiers2 = cands[:], dossiers[:]
    rnd.shuffle(cands2)
    rnd.shuffle(dossiers2)
    assert check(cands2, dossiers2, rules, campaign_start=START, campaign_end=None) == report
    # every case number keeps at least one dossier
    zeroed = zeroed_duplicates(report)
    for key in {case_key(d.case_number) for d in dossiers if d.id in zeroed}:
        assert any(case_key(d.case_number) == key and d.id not in zeroed for d in dossiers)
    # every candidate without a finding is of a known kind and level with dossiers (or needs none)
    named = {f.candidate_id for f in report}
    for cand in cands:
        if cand.id not in named:
            assert RULESET.kind(cand.kind) is not None and RULESET.level(cand.level) is not None
    assert {d.candidate_id for d in dossiers} - {c.id for c in cands} <= named


def test_all_roles_required_where_the_kind_says_so() -> None:
    """Rudong: the individual must be inspector, questioner and handler (officer_roles_match = all)."""
    from app.review.composition import FindingCode, check_composition
    from app.review.entities import CandidateRecord, DossierRecord, Officer
    from app.review.ruleset import RuleSet, Source

    ruleset = RuleSet.model_validate(
        {
            "id": "t",
            "title": "t",
            "version": "1",
            "document": {"title": "t", "issuer": "t", "year": 2024},
            "checklist": "c",
            "dossier_types": [{"code": "general", "name": "一般"}],
            "levels": [{"code": "individual", "name": "个人"}],
            "candidate_kinds": [
                {
                    "code": "person",
                    "name": "个人",
                    "candidate_class": "individual",
                    "level": "individual",
                    "max_points": 35,
                    "officer_roles": ["inspector", "questioner"],
                    "officer_roles_match": "all",
                    "indicator": {"formula": "mean"},
                    "requirements": [{"type": "general", "source": "drawn", "count": 1}],
                }
            ],
        }
    )
    person = CandidateRecord("P", "张三", "person", "individual", officer_name="张三")
    only_questioner = DossierRecord(
        "D1", "罚1", "P", "general", Source.DRAWN, officers=(Officer("张三", "", ("questioner",)),)
    )
    both = DossierRecord(
        "D1",
        "罚1",
        "P",
        "general",
        Source.DRAWN,
        officers=(Officer("张三", "", ("questioner", "inspector")),),
    )
    codes = [
        f.code
        for f in check_composition(
            ruleset, [person], [only_questioner], campaign_start=None, campaign_end=None
        ).findings
    ]
    assert FindingCode.NOT_AN_OFFICER in codes
    codes = [
        f.code
        for f in check_composition(ruleset, [person], [both], campaign_start=None, campaign_end=None).findings
    ]
    assert FindingCode.NOT_AN_OFFICER not in codes
