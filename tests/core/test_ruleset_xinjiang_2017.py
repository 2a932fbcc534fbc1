"""Xinjiang 2017 (新环办发〔2017〕213号): worked examples of the 环境执法案卷质量 indicator.

Dossiers are scored on the inspection-interrogation checklist (100 points); a candidate's indicator is
the mean of its dossier scores (the notice gives the indicator no weight of its own).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction as F

from app.review import library
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.ruleset import CandidateKind, SharingRule, Source
from app.review.scoring import Deduction, DossierResult, ReviewInput, Role, ZeroReason, score_dossier

RULESET = library.ruleset("xinjiang-2017")
CHECKLIST = library.checklist(RULESET.checklist).with_vetoes(RULESET.vetoes)
PREFECTURE = RULESET.kind("prefecture-unit")
COUNTY = RULESET.kind("county-unit")
REGION = RULESET.kind("region-unit")
INDIVIDUAL = RULESET.kind("individual")
assert PREFECTURE and COUNTY and REGION and INDIVIDUAL


def off(total: str) -> tuple[Deduction, ...]:
    """Free deductions adding up to ``total``, item by item in checklist order."""
    left, taken = Decimal(total), []
    for item in CHECKLIST.items():
        if left <= 0:
            break
        part = min(left, item.max_points)
        taken.append(Deduction(item.id, part, None, "评查意见"))
        left -= part
    return tuple(taken)


def score(
    *experts: tuple[Deduction, ...],
    publicised: bool = True,
    forced_zero: tuple[ZeroReason, ...] = (),
    vetoes: tuple[str, ...] = (),
) -> DossierResult:
    reviews = [
        ReviewInput(f"expert-{n}", Role.EXPERT, deductions, vetoes if n == 1 else ())
        for n, deductions in enumerate(experts, start=1)
    ]
    return score_dossier(CHECKLIST, RULESET.policy, reviews, publicised=publicised, forced_zero=forced_zero)


def as_dossier(n: int, type_: str, source: Source, result: DossierResult) -> CandidateDossier:
    return CandidateDossier(
        f"d{n}", type_, source, result.final, result.candidate_penalty, result.indicator_zero
    )


def indicator(kind: CandidateKind, dossiers: list[CandidateDossier]) -> F:
    return compute_indicator(IndicatorInput(kind, dossiers, F(CHECKLIST.max_points))).value


def test_loads_with_the_notice_figures() -> None:
    assert RULESET.document.number == "新环办发〔2017〕213号"
    assert CHECKLIST.id == "inspection-interrogation" and CHECKLIST.max_points == 100
    # 附件1 一（二）: prefecture 2 + 1 + 2 recommended, at least 2 + 2 drawn; county 2 + 1 and at least
    # 2 + 2; region 1 + 2 and at least one from each prefecture; 附件2: an individual hands in 2.
    assert [(r.type, r.source, r.count, r.at_least) for r in PREFECTURE.requirements] == [
        ("penalty", Source.RECOMMENDED, 2, False),
        ("police-transfer", Source.RECOMMENDED, 1, False),
        ("audit", Source.RECOMMENDED, 2, False),
        ("general", Source.DRAWN, 2, True),
        ("supporting-measures", Source.DRAWN, 2, True),
    ]
    assert (PREFECTURE.required_count, COUNTY.required_count, REGION.required_count) == (9, 7, 4)
    assert INDIVIDUAL.required_count == 2
    assert INDIVIDUAL.officer_qualifies(["recorder"]) and not INDIVIDUAL.officer_qualifies(["inspector"])
    assert RULESET.policy.unpublicised_scores_zero is True
    assert RULESET.sharing.same_dossier_two_categories is SharingRule.ZERO_ONE
    assert RULESET.sharing.individual_and_unit is SharingRule.ALLOW  # “个人参选案卷可与集体参选案卷重复”


def test_a_dossier_scored_item_by_item() -> None:
    # expert 1: 违法事实记载不清 −6, 未记载执法证件号 −3 → 100 − 9 = 91
    # expert 2: 未问清违法行为要素 −5, 未逐页签字 −2 → 100 − 7 = 93
    # dossier = mean(91, 93) = 92
    result = score(
        (
            Deduction("insp.facts", Decimal(6), "violation-vague"),
            Deduction("insp.officers", Decimal(3), "no-cert-number"),
        ),
        (
            Deduction("intg.questions", Decimal(5), "elements-missing"),
            Deduction("intg.signatures", Decimal(2), "not-every-page"),
        ),
    )
    assert result.expert_scores == {"expert-1": F(91), "expert-2": F(93)}
    assert result.final == F(92)


def test_not_publicised_scores_zero() -> None:
    # “处罚情况未在门户网站公开的，该案按0分计”: 92 on the checklist, but 0 all the same.
    published = score(off("8"), off("8"))
    hidden = score(off("8"), off("8"), publicised=False)
    assert published.final == F(92)
    assert hidden.expert_score == F(92)
    assert hidden.final == F(0)
    assert hidden.zero_reasons == (ZeroReason.UNPUBLICISED,)


def test_same_dossier_in_two_categories_zeroes_one_and_drags_the_mean() -> None:
    # A prefecture hands in 9 dossiers; one case appears both as 行政处罚案卷 and as 移送公安机关案卷.
    # Every dossier scores 90; the second copy is zeroed (“其中一份按0分计”).
    # mean = (8 × 90 + 0) / 9 = 720 / 9 = 80
    assert RULESET.sharing.same_dossier_two_categories is SharingRule.ZERO_ONE
    types = [
        ("penalty", Source.RECOMMENDED),
        ("penalty", Source.RECOMMENDED),
        ("police-transfer", Source.RECOMMENDED),
        ("audit", Source.RECOMMENDED),
        ("audit", Source.RECOMMENDED),
        ("general", Source.DRAWN),
        ("general", Source.DRAWN),
        ("supporting-measures", Source.DRAWN),
        ("supporting-measures", Source.DRAWN),
    ]
    duplicate = 2  # the police-transfer copy of the first penalty dossier
    dossiers = []
    for n, (type_, source) in enumerate(types):
        forced = (ZeroReason.DUPLICATE_CATEGORY,) if n == duplicate else ()
        result = score(off("10"), forced_zero=forced)
        assert result.final == (F(0) if n == duplicate else F(90))
        dossiers.append(as_dossier(n, type_, source, result))
    assert dossiers[duplicate].final == 0
    assert indicator(PREFECTURE, dossiers) == F(80)
    # without the duplicate rule the same nine dossiers would average 90
    assert indicator(PREFECTURE, [replace(d, final=F(90)) for d in dossiers]) == F(90)


def test_more_drawn_dossiers_than_the_minimum_all_count() -> None:
    # “至少随机抽取”: a county with 2 + 1 recommended and 3 general + 2 supporting drawn = 8 dossiers.
    # Seven score 90, one drawn general scores 58: mean = (7 × 90 + 58) / 8 = 688 / 8 = 86
    rows = [("penalty", Source.RECOMMENDED)] * 2 + [("police-transfer", Source.RECOMMENDED)]
    rows += [("general", Source.DRAWN)] * 3 + [("supporting-measures", Source.DRAWN)] * 2
    dossiers = [
        as_dossier(n, t, s, score(off("42") if n == 3 else off("10"))) for n, (t, s) in enumerate(rows)
    ]
    assert [d.final for d in dossiers].count(F(90)) == 7
    assert indicator(COUNTY, dossiers) == F(86)


def test_a_missing_required_dossier_counts_as_zero() -> None:
    # The county hands in 6 of its 7 required dossiers, all 91: mean = 6 × 91 / 7 = 546 / 7
    rows = [("penalty", Source.RECOMMENDED)] * 2 + [("general", Source.DRAWN)] * 2
    rows += [("supporting-measures", Source.DRAWN)] * 2
    dossiers = [as_dossier(n, t, s, score(off("9"))) for n, (t, s) in enumerate(rows)]
    assert indicator(COUNTY, dossiers) == F(546, 7)


def test_individual_mean_of_two_with_one_unpublicised() -> None:
    # 2 penalty dossiers: 86, and 88 on the checklist but not publicised → 0: (86 + 0) / 2 = 43
    first = score(off("14"))
    second = score(off("12"), publicised=False)
    dossiers = [
        as_dossier(1, "penalty", Source.RECOMMENDED, first),
        as_dossier(2, "penalty", Source.RECOMMENDED, second),
    ]
    assert (first.final, second.final) == (F(86), F(0))
    assert indicator(INDIVIDUAL, dossiers) == F(43)


def test_checklist_veto_forged_record_zeroes_the_whole_indicator() -> None:
    # The checklist's own veto “笔录存在伪造、编造或事后补签情形” (indicator_zero): the individual's other
    # dossier (95) no longer counts: indicator 0.
    forged = score(off("5"), vetoes=("forged-record",))
    clean = score(off("5"))
    assert forged.indicator_zero and forged.final == F(95)
    dossiers = [
        as_dossier(1, "penalty", Source.RECOMMENDED, clean),
        as_dossier(2, "penalty", Source.RECOMMENDED, forged),
    ]
    assert indicator(INDIVIDUAL, dossiers) == F(0)
