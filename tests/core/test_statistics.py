"""Typical problems and expert agreement, counted by hand on the shared scenario."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from app.review import library
from app.review.disagreement import Decision, DeductionRecord
from app.review.entities import DossierRecord
from app.review.panel_results import DossierOutcome
from app.review.ruleset import ScoringPolicy, Source
from app.review.scoring import Deduction, ReviewInput, Role, score_dossier
from app.review.statistics import compute_statistics, item_agreement, item_problems
from app.services.moderation import load_deductions, reject_cross_deduction
from app.services.results import compute_results
from tests.core.test_moderation import cross_uid, scored_panel

CHECKLIST = library.checklist("inspection-interrogation")


def test_typical_problems_across_the_panel_and_per_candidate(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    stats = compute_statistics(compute_results(panel).dossiers, load_deductions(panel), panel.checklists)
    rows = [
        (p.item_id, p.dossiers, p.reviews, p.expert_reviews, p.cross_reviews, p.points)
        for p in stats.problems
    ]
    assert rows == [
        ("insp.facts", 1, 2, 1, 1, 12),  # E1 10 and C1 2 on D1
        ("insp.officers", 1, 1, 1, 0, 3),
        ("intg.signatures", 1, 1, 0, 1, 2),
        ("intg.form", 1, 1, 1, 0, Fraction("1.5")),
    ]
    facts = stats.problems[0]
    assert facts.section_title == "现场检查（勘察）笔录" and facts.item_text == "现场情况记载"
    assert facts.reasons == (("现场情况记载不清", 1), ("违法事实描述含糊", 1))
    assert facts.dossiers_reviewed == 3
    assert stats.problems[1].reasons == (("未记载执法证件号", 1),)  # the checklist's wording of the reason
    assert [p.item_id for p in stats.by_candidate["U1"]] == [p.item_id for p in stats.problems]
    assert stats.by_candidate["U1"][0].dossiers_reviewed == 2
    assert stats.by_candidate["P1"] == ()
    # made when asked for, equal to each candidate's problems counted over its own dossiers alone
    outcomes, deductions = compute_results(panel).dossiers, load_deductions(panel)
    own = sorted({o.dossier.candidate_id for o in outcomes})
    lazy = compute_statistics(outcomes, deductions, panel.checklists).by_candidate
    assert list(lazy) == own and len(lazy) == len(own)
    mine = {c: [o for o in outcomes if o.dossier.candidate_id == c] for c in own}
    assert lazy == {c: item_problems(mine[c], deductions, panel.checklists) for c in own}

    reject_cross_deduction(panel, cross_uid(panel, "insp.facts"), "重复扣分")
    stats = compute_statistics(compute_results(panel).dossiers, load_deductions(panel), panel.checklists)
    first = stats.problems[0]
    assert (first.item_id, first.reviews, first.points) == ("insp.facts", 1, 10)
    panel.close()


def test_expert_agreement_per_item(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    agreement = {
        a.item_id: a
        for a in compute_statistics(compute_results(panel).dossiers, [], panel.checklists).agreement
    }
    assert len(agreement) == 14  # every item: three dossiers with two experts each
    officers = agreement["insp.officers"]
    assert (officers.dossiers, officers.pairs, officers.agreeing_pairs) == (3, 3, 2)
    assert officers.share == Fraction(2, 3) and officers.mean_abs_difference == 1  # (3 + 0 + 0) / 3
    assert agreement["insp.facts"].mean_abs_difference == Fraction(10, 3)
    assert agreement["intg.form"].mean_abs_difference == Fraction(1, 2)
    assert agreement["insp.rights"].share == 1 and agreement["insp.rights"].mean_abs_difference == 0
    assert list(agreement)[:2] == ["insp.time-place", "insp.officers"]  # checklist order
    panel.close()


def _outcome(code: str, candidate: str, reviews: list[ReviewInput]) -> DossierOutcome:
    record = DossierRecord(code, code, candidate, "general", Source.DRAWN)
    return DossierOutcome(record, CHECKLIST.id, score_dossier(CHECKLIST, ScoringPolicy(), reviews))


def test_three_experts_make_three_pairs_and_capped_points() -> None:
    reviews = [
        ReviewInput(
            "E1",
            Role.EXPERT,
            (Deduction("insp.time-place", Decimal(3)), Deduction("insp.time-place", Decimal(3))),
        ),
        ReviewInput("E2", Role.EXPERT, (Deduction("insp.time-place", Decimal(1)),)),
        ReviewInput("E3", Role.EXPERT),
    ]
    outcomes = [_outcome("D", "U", reviews)]
    (time_place,) = [
        a for a in item_agreement(outcomes, {CHECKLIST.id: CHECKLIST}) if a.item_id == "insp.time-place"
    ]
    # pairs: E1–E2 agree (|0 − 3| = 3), E1–E3 differ (4), E2–E3 differ (1); E1 capped at the maximum 4
    assert (time_place.pairs, time_place.agreeing_pairs) == (3, 1)
    assert time_place.mean_abs_difference == Fraction(8, 3)
    records = [
        DeductionRecord("a", "D", "E1", Role.EXPERT, "insp.time-place", Decimal(3), text="未写结束时间"),
        DeductionRecord("b", "D", "E1", Role.EXPERT, "insp.time-place", Decimal(3), text="未写结束时间"),
        DeductionRecord("c", "D", "E2", Role.EXPERT, "insp.time-place", Decimal(1), reason_id="vague-place"),
        DeductionRecord(
            "d", "D", "C1", Role.CROSS, "insp.time-place", Decimal(1), decision=Decision.REJECTED
        ),
    ]
    (problem,) = item_problems(outcomes, records, {CHECKLIST.id: CHECKLIST})
    assert (problem.reviews, problem.points) == (2, 5)  # 4 (capped) + 1; the rejected one left out
    assert problem.reasons == (("未写结束时间", 2), ("检查地点不具体", 1))
