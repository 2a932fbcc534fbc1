"""Disagreement flags: each kind with its figures, and when the chair's action settles it."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from app.review import library
from app.review.disagreement import (
    Decision,
    DeductionRecord,
    FlagCode,
    dossier_flags,
    summarise,
)
from app.review.ruleset import ScoringPolicy
from app.review.scoring import Deduction, Moderation, ReviewInput, Role, score_dossier
from app.services.moderation import accept_cross_deduction, compute_flags, reject_cross_deduction, settle
from app.services.results import compute_results
from tests.core.panel_fixtures import RULESET
from tests.core.test_moderation import D1, D3, cross_uid, scored_panel

CHECKLIST = library.checklist("inspection-interrogation").with_vetoes(RULESET.vetoes)
POLICY = ScoringPolicy()


def review(
    reviewer: str, role: Role, *deductions: tuple[str, str], vetoes: tuple[str, ...] = ()
) -> ReviewInput:
    return ReviewInput(
        reviewer,
        role,
        tuple(Deduction(item, Decimal(points), None, "理由") for item, points in deductions),
        vetoes,
    )


def test_score_spread_above_the_threshold_only() -> None:
    reviews = [
        review("E1", Role.EXPERT, ("insp.facts", "12")),
        review("E2", Role.EXPERT, ("insp.facts", "2")),
    ]
    result = score_dossier(CHECKLIST, POLICY, reviews)
    spread = [
        f for f in dossier_flags("D", CHECKLIST, result, Decimal(10)) if f.code is FlagCode.SCORE_SPREAD
    ]
    assert spread == []  # 98 − 88 = 10 is not more than 10
    flags = dossier_flags("D", CHECKLIST, result, Decimal("9.5"))
    (flag,) = [f for f in flags if f.code is FlagCode.SCORE_SPREAD]
    assert flag.dossier_id == "D" and flag.item_id is None and flag.reviewer_ids == ("E1", "E2")
    assert flag.figures == {"highest": 98, "lowest": 88, "spread": 10, "threshold": Fraction("9.5")}
    assert flag.by_reviewer == {"E1": 88, "E2": 98} and not flag.settled


def test_three_experts_spread_is_highest_minus_lowest() -> None:
    reviews = [
        review("E1", Role.EXPERT, ("insp.facts", "14"), ("intg.questions", "0.5")),
        review("E2", Role.EXPERT),
        review("E3", Role.EXPERT, ("insp.facts", "3")),
    ]
    result = score_dossier(CHECKLIST, POLICY, reviews)
    (flag,) = [f for f in dossier_flags("D", CHECKLIST, result, 10) if f.code is FlagCode.SCORE_SPREAD]
    assert flag.figures["spread"] == Fraction("14.5") and flag.figures["lowest"] == Fraction("85.5")


def test_veto_split_names_who_marked_it() -> None:
    reviews = [
        review("E1", Role.EXPERT),
        review("E2", Role.EXPERT, vetoes=("not-qualified",)),
        review("C1", Role.CROSS, vetoes=("forged-record",)),  # cross-reviewers' vetoes are not a split
    ]
    result = score_dossier(CHECKLIST, POLICY, reviews)
    flags = dossier_flags("D", CHECKLIST, result, 10)
    assert [f.code for f in flags] == [FlagCode.VETO_SPLIT]
    flag = flags[0]
    assert flag.veto_id == "not-qualified" and flag.reviewer_ids == ("E1", "E2")
    assert flag.by_reviewer == {"E1": 0, "E2": 1} and flag.figures == {"vetoing": 1, "not_vetoing": 1}
    both = score_dossier(
        CHECKLIST, POLICY, [review(e, Role.EXPERT, vetoes=("not-qualified",)) for e in ("E1", "E2")]
    )
    assert dossier_flags("D", CHECKLIST, both, 10) == []  # agreement is no flag


def test_item_split_per_item_in_checklist_order() -> None:
    reviews = [
        review("E1", Role.EXPERT, ("intg.form", "3"), ("insp.officers", "3"), ("insp.officers", "2")),
        review("E2", Role.EXPERT, ("insp.officers", "1")),
    ]
    result = score_dossier(CHECKLIST, POLICY, reviews)
    flags = dossier_flags("D", CHECKLIST, result, 10)
    assert [(f.code, f.item_id) for f in flags] == [
        (FlagCode.ITEM_SPLIT, "intg.form")
    ]  # both took insp.officers
    flag = flags[0]
    assert flag.by_reviewer == {"E1": 3, "E2": 0}
    assert flag.figures == {"deducted_by": 1, "not_deducted_by": 1, "maximum": 6, "spread": 3}


def test_a_single_expert_raises_no_expert_flags() -> None:
    result = score_dossier(
        CHECKLIST, POLICY, [review("E1", Role.EXPERT, ("insp.facts", "14"), vetoes=("not-qualified",))]
    )
    assert dossier_flags("D", CHECKLIST, result, 0) == []


def test_counted_twice_from_the_result_and_from_raw_deductions() -> None:
    reviews = [
        review("E1", Role.EXPERT, ("insp.facts", "4")),
        review("E2", Role.EXPERT, ("insp.facts", "6")),
        review("C1", Role.CROSS, ("insp.facts", "2"), ("intg.form", "3")),
        review("C2", Role.CROSS, ("insp.facts", "1.5")),
    ]
    result = score_dossier(CHECKLIST, POLICY, reviews)
    (flag,) = dossier_flags("D", CHECKLIST, result, 10)
    assert (flag.code, flag.item_id, flag.reviewer_ids) == (
        FlagCode.COUNTED_TWICE,
        "insp.facts",
        ("E1", "E2", "C1", "C2"),
    )
    assert flag.figures == {"expert_points": 6, "cross_points": Fraction("3.5"), "rejected_points": 0}
    assert flag.by_reviewer == {"E1": 4, "E2": 6, "C1": 2, "C2": Fraction("1.5")}
    assert flag.deduction_uids == () and not flag.settled

    raw = [
        DeductionRecord("u1", "D", "C1", Role.CROSS, "insp.facts", Decimal(2), decision=Decision.REJECTED),
        DeductionRecord("u2", "D", "C1", Role.CROSS, "intg.form", Decimal(3)),
        DeductionRecord("u3", "D", "C2", Role.CROSS, "insp.facts", Decimal("1.5")),
    ]
    (flag,) = dossier_flags("D", CHECKLIST, result, 10, deductions=raw)
    assert flag.deduction_uids == ("u1", "u3") and flag.figures["rejected_points"] == 2 and not flag.settled
    decided = [
        raw[0],
        raw[1],
        DeductionRecord(
            "u3", "D", "C2", Role.CROSS, "insp.facts", Decimal("1.5"), decision=Decision.ACCEPTED
        ),
    ]
    (flag,) = dossier_flags("D", CHECKLIST, result, 10, deductions=decided)
    assert flag.settled  # every cross deduction behind it was decided


def test_a_moderated_dossier_settles_all_its_flags() -> None:
    reviews = [
        review("E1", Role.EXPERT, ("insp.facts", "14")),
        review("E2", Role.EXPERT, vetoes=("not-qualified",)),
        review("C1", Role.CROSS, ("insp.facts", "1")),
    ]
    open_flags = dossier_flags("D", CHECKLIST, score_dossier(CHECKLIST, POLICY, reviews), 10)
    assert {f.code for f in open_flags} == set(FlagCode) and not any(f.settled for f in open_flags)
    moderated = score_dossier(CHECKLIST, POLICY, reviews, moderation=Moderation(reason="会商"))
    flags = dossier_flags("D", CHECKLIST, moderated, 10)
    assert len(flags) == len(open_flags) and all(f.settled for f in flags)
    summary = summarise(flags)
    assert (summary.total, summary.settled, summary.open) == (4, 4, 0)


def test_panel_flags_and_how_the_chair_settles_them(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    flags = compute_flags(panel, compute_results(panel))
    assert [(f.dossier_id, f.code.value, f.item_id) for f in flags] == [
        (D1, "score_spread", None),
        (D1, "item_split", "insp.officers"),
        (D1, "item_split", "insp.facts"),
        (D1, "item_split", "intg.form"),
        (D1, "counted_twice", "insp.facts"),
        (D3, "veto_split", None),
    ]
    assert flags[0].figures["spread"] == Fraction("11.5") and flags[0].by_reviewer == {
        "E1": 87,
        "E2": Fraction("98.5"),
    }
    twice = flags[4]
    uid = cross_uid(panel, "insp.facts")
    assert twice.deduction_uids == (uid,) and twice.by_reviewer == {"E1": 10, "C1": 2}
    assert not any(f.settled for f in flags)

    reject_cross_deduction(panel, uid, "专家已扣")
    flags = compute_flags(panel, compute_results(panel))
    assert [f.settled for f in flags] == [False, False, False, False, True, False]
    assert flags[4].figures["rejected_points"] == 2  # still shown, as settled

    accept_cross_deduction(panel, uid, "不同问题")
    assert compute_flags(panel, compute_results(panel))[4].settled

    settle(panel, D3, dismiss_vetoes=["not-qualified"], reason="两人持证")
    settle(panel, D1, reason="分差可接受")
    assert all(f.settled for f in compute_flags(panel, compute_results(panel)))
    panel.close()
