"""Taian 2021 (泰环境发〔2021〕11号): worked examples of 执法案卷质量.

County units: 3 drawn dossiers worth 4 points each (score / 100 × 4), plus 1 point a self-check held,
at most 3 — 15 in all. Individuals: 2 drawn dossiers worth 10 each — 20 in all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

from app.review import library
from app.review.assignment import AssignmentSettings, plan_assignment
from app.review.composition import FindingCode, Severity
from app.review.entities import CandidateRecord, DossierRecord
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.panel_results import PanelInputs, compute_panel_results
from app.review.ruleset import CandidateKind, Source
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier
from app.services.assignment import assign, assignments
from app.services.panel import Panel, ReviewerRecord
from app.services.registry import add_candidates, add_dossiers, add_reviewers
from tests.core import ruleset_panels
from tests.core.panel_fixtures import make_pdf, write_csv

RULESET = library.ruleset("taian-2021")
COUNTY = RULESET.kind("county-unit")
INDIVIDUAL = RULESET.kind("individual")
assert COUNTY and INDIVIDUAL
CHECKLIST = library.checklist(RULESET.checklist).with_vetoes(RULESET.vetoes)


def off(total: str) -> tuple[Deduction, ...]:
    """Free deductions adding up to ``total``, item by item in checklist order."""
    return ruleset_panels.off(CHECKLIST, total)


def score(
    kind: CandidateKind, points_off: str, *, publicised: bool = True, vetoes: tuple[str, ...] = ()
) -> DossierResult:
    # Taian's scorers are cross-reviewing 分局 officers whose scores ARE the dossier's score: the expert role.
    review = ReviewInput("reviewer-1", Role.EXPERT, off(points_off), vetoes)
    return score_dossier(CHECKLIST, RULESET.policy_for(kind), [review], publicised=publicised)


def value(kind: CandidateKind, results: list[tuple[str, DossierResult]], self_checks: int = 0) -> F:
    dossiers = [
        CandidateDossier(f"d{n}", type_, Source.DRAWN, r.final, r.candidate_penalty, r.indicator_zero)
        for n, (type_, r) in enumerate(results)
    ]
    data = IndicatorInput(
        kind, dossiers, F(CHECKLIST.max_points), attributes={"self_checks": Decimal(self_checks)}
    )
    return compute_indicator(data).value


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "泰环境发〔2021〕11号"
    assert CHECKLIST.id == "jiangxi-whole-process"
    assert COUNTY.max_points == 15 and INDIVIDUAL.max_points == 20
    assert [(r.type, r.source, r.count) for r in COUNTY.requirements] == [
        ("general", Source.DRAWN, 2),
        ("supporting-measures", Source.DRAWN, 1),
    ]
    assert INDIVIDUAL.officer_qualifies(["questioner"]) and not INDIVIDUAL.officer_qualifies(["handler"])
    veto = CHECKLIST.veto("decision-letter-only")
    assert veto is not None and veto.effect == "dossier_zero"
    # the publication rule is stated for the county unit only
    assert RULESET.policy_for(COUNTY).unpublicised_scores_zero is True
    assert RULESET.policy_for(INDIVIDUAL).unpublicised_scores_zero is False
    assert RULESET.policy_for(COUNTY) is RULESET.policy
    assert RULESET.policy.model_copy(update={"unpublicised_scores_zero": False}) == RULESET.policy_for(
        INDIVIDUAL
    )


def test_not_publicised_scores_zero() -> None:
    # “处罚情况未在门户网站公开的，该案卷按0分计”: 88 on the checklist → 0 for a county's dossier
    result = score(COUNTY, "12", publicised=False)
    assert result.expert_score == F(88)
    assert result.final == F(0)
    assert result.zero_reasons == (ZeroReason.UNPUBLICISED,)


def test_only_the_decision_letter_uploaded_scores_zero() -> None:
    # “仅录入行政处罚决定书…的，该案卷按0分计”: the reviewer marks the rule set's veto.
    result = score(COUNTY, "0", vetoes=("decision-letter-only",))
    assert result.final == F(0)
    assert result.zero_reasons == (ZeroReason.VETO,)
    assert result.candidate_penalty == F(0)


def test_county_four_points_a_dossier_plus_self_checks() -> None:
    # general 90 → 4 × 90 / 100 = 3.6
    # general 75 → 4 × 75 / 100 = 3
    # supporting: only the decision letter uploaded → 0
    # self-checks held: 4 → 1 each, at most 3 → 3
    # indicator = 3.6 + 3 + 0 + 3 = 9.6
    results = [
        ("general", score(COUNTY, "10")),
        ("general", score(COUNTY, "25")),
        ("supporting-measures", score(COUNTY, "0", vetoes=("decision-letter-only",))),
    ]
    assert value(COUNTY, results, self_checks=4) == F(48, 5) == F("9.6")
    # two self-checks: 3.6 + 3 + 0 + 2 = 8.6
    assert value(COUNTY, results, self_checks=2) == F(43, 5)


def test_county_full_marks_are_15() -> None:
    # three perfect dossiers 3 × 4 = 12, three self-checks 3 → 15
    results = [(t, score(COUNTY, "0")) for t in ("general", "general", "supporting-measures")]
    assert value(COUNTY, results, self_checks=3) == F(15)


def test_individual_ten_points_a_dossier() -> None:
    # 85 → 8.5 and 70 → 7: 15.5
    results = [("penalty", score(INDIVIDUAL, "15")), ("penalty", score(INDIVIDUAL, "30"))]
    assert value(INDIVIDUAL, results) == F(31, 2)


def test_individual_dossier_not_publicised_keeps_its_score() -> None:
    # 附件4 states no publication rule: 85 stays 85 → 8.5 (+ 10 for a perfect second dossier) = 18.5
    unpublished = score(INDIVIDUAL, "15", publicised=False)
    assert unpublished.final == F(85)
    assert value(INDIVIDUAL, [("penalty", unpublished), ("penalty", score(INDIVIDUAL, "0"))]) == F(37, 2)


# ---------------------------------------------------------------- issue 10 item 1: never above the maximum


def test_county_with_four_dossiers_never_passes_15() -> None:
    # Before: 4 perfect dossiers × 4 + 3 self-checks = 19 of 15. The notice fixes the count
    # (“随机抽选3份案卷”) and the maximum (“共计12分” + “最高得3分” = 15): 16 + 3 = 19 → clamped to 15.
    results = [(t, score(COUNTY, "0")) for t in ("general", "general", "general", "supporting-measures")]
    dossiers = [
        CandidateDossier(f"d{n}", type_, Source.DRAWN, r.final) for n, (type_, r) in enumerate(results)
    ]
    data = IndicatorInput(COUNTY, dossiers, F(100), attributes={"self_checks": Decimal(3)})
    result = compute_indicator(data)
    assert result.value == F(15)
    assert result.steps[-1].code == "clamped"
    assert result.steps[-1].args == {"min": COUNTY.min_points, "max": COUNTY.max_points}


def test_individual_with_three_dossiers_never_passes_20() -> None:
    # Before: 3 × 10 = 30 of 20. “随机抽取2份…每份案卷占10分”: 30 → clamped to 20.
    results = [("penalty", score(INDIVIDUAL, "0")) for _ in range(3)]
    assert value(INDIVIDUAL, results) == F(20)


def _panel_inputs(dossiers: list[DossierRecord], reviews: dict[str, list[ReviewInput]]) -> PanelInputs:
    candidate = CandidateRecord(
        "U1", "岱岳分局", "county-unit", "county", "岱岳", attributes={"self_checks": Decimal(3)}
    )
    checklists = {CHECKLIST.id: CHECKLIST}
    dossier_checklists = {d.id: CHECKLIST.id for d in dossiers}
    return ruleset_panels.panel_inputs(
        RULESET, checklists, [candidate], dossiers, dossier_checklists, reviews
    )


def test_an_extra_dossier_is_a_composition_error_until_the_chair_sets_it_aside() -> None:
    # Four drawn dossiers: general 90, general 75, supporting 80, and an extra general 100.
    day = date(2021, 6, 1)
    dossiers = [
        DossierRecord("g1", "泰环罚〔2021〕1号", "U1", "general", Source.DRAWN, closing_date=day),
        DossierRecord("g2", "泰环罚〔2021〕2号", "U1", "general", Source.DRAWN, closing_date=day),
        DossierRecord("s1", "泰环封〔2021〕1号", "U1", "supporting-measures", Source.DRAWN, closing_date=day),
        DossierRecord("g3", "泰环罚〔2021〕3号", "U1", "general", Source.DRAWN, closing_date=day),
    ]
    points_off = {"g1": "10", "g2": "25", "s1": "20", "g3": "0"}
    reviews = {code: [ReviewInput("reviewer-1", Role.EXPERT, off(p))] for code, p in points_off.items()}
    results = compute_panel_results(_panel_inputs(dossiers, reviews))
    too_many = [f for f in results.composition if f.code is FindingCode.TOO_MANY]
    assert [(f.severity, f.args["dossiers"]) for f in too_many] == [(Severity.ERROR, ("g1", "g2", "g3"))]
    # unsettled: 3.6 + 3 + 3.2 + 4 + 3 = 16.8 → 15 at most, and not complete (not a result to publish)
    (unit,) = results.candidates
    assert unit.indicator.value == F(15)
    assert unit.indicator.complete is False
    assert unit.indicator.steps[-1].code == "unsettled"

    # The chair sets g3 aside (“抽取时多抽1份”): general 90 → 3.6, general 75 → 3, supporting 80 → 3.2,
    # self-checks 3 → 3: 3.6 + 3 + 3.2 + 3 = 12.8
    dossiers[3] = replace(dossiers[3], set_aside_reason="抽取时多抽1份，组长决定不计")
    results = compute_panel_results(_panel_inputs(dossiers, reviews))
    assert [f.code for f in results.composition] == [FindingCode.SET_ASIDE]
    (unit,) = results.candidates
    assert unit.indicator.value == F(64, 5) == F("12.8")
    assert unit.indicator.complete is True
    # the set-aside dossier is still scored and shown, only no longer counted
    assert {o.dossier.id: o.result.final for o in results.dossiers}["g3"] == F(100)


# ---------------------------------------------------------------- issue 10 item 2: 各分局交叉进行评查


def test_the_region_rule_binds_every_reviewer_in_this_rule_set() -> None:
    assert RULESET.policy.reviewers_never_own_region is True
    candidates = [
        CandidateRecord("DY", "岱岳分局", "county-unit", "county", "岱岳"),
        CandidateRecord("XT", "新泰分局", "county-unit", "county", "新泰"),
    ]
    dossiers = [
        DossierRecord(f"{c.id}-{n}", f"{c.id}-{n}", c.id, "general", Source.DRAWN)
        for c in candidates
        for n in (1, 2)
    ]
    # Taian's scorers are entered with the expert role (their score IS the dossier's score)
    reviewers = [
        ReviewerRecord("R-DY", "岱岳审核员", Role.EXPERT, "岱岳"),
        ReviewerRecord("R-XT", "新泰审核员", Role.EXPERT, "新泰"),
    ]
    every = RULESET.policy.reviewers_never_own_region
    plan = plan_assignment(
        reviewers, dossiers, candidates, AssignmentSettings(None, 0), "泰安", every_role=every
    )
    assert sorted(plan.pairs) == [("R-DY", "XT-1"), ("R-DY", "XT-2"), ("R-XT", "DY-1"), ("R-XT", "DY-2")]
    assert plan.shortfalls == ()
    # before: experts were never bound, and each got their own 分局's dossiers too
    unbound = plan_assignment(reviewers, dossiers, candidates, AssignmentSettings(None, 0), "泰安")
    assert ("R-DY", "DY-1") in unbound.pairs


def test_assign_on_a_taian_panel_keeps_every_reviewer_off_their_own_region(tmp_path: Path) -> None:
    panel = Panel.create(tmp_path / "taian.dpanel", "taian-2021")
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "region"],
        [["DY", "岱岳分局", "county-unit", "岱岳"], ["XT", "新泰分局", "county-unit", "新泰"]],
    )
    add_candidates(panel, tmp_path / "c.csv")
    make_pdf(tmp_path / "a.pdf")
    rows: list[list[object]] = []
    for cid in ("DY", "XT"):
        for n, type_ in enumerate(("general", "general", "supporting-measures")):
            rows.append([f"{cid}罚〔2021〕{n}号", cid, type_, "drawn", "2021-06-01", "a.pdf"])
    write_csv(tmp_path / "d.csv", ["case_number", "candidate", "type", "source", "closing_date", "pdf"], rows)
    add_dossiers(panel, tmp_path / "d.csv")
    write_csv(
        tmp_path / "r.csv",
        ["id", "name", "role", "region"],
        [["R1", "岱岳审核员", "expert", "岱岳"], ["R2", "新泰审核员", "expert", "新泰"]],
    )
    add_reviewers(panel, tmp_path / "r.csv")
    assign(panel, seed="s", cross_per_dossier=0)
    region_of = {c.id: c.region for c in panel.candidates()}
    reviewer_region = {r.id: r.region for r in panel.reviewers()}
    dossier_candidate = {d.id: d.candidate_id for d in panel.dossiers()}
    pairs = [(x.reviewer_id, x.dossier_id) for x in assignments(panel)]
    assert len(pairs) == 6
    assert all(reviewer_region[r] != region_of[dossier_candidate[d]] for r, d in pairs)
    panel.close()
