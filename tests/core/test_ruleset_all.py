"""What holds for every shipped rule set, and the rule set schema's additions (officer_roles_match,
zeroing_events, a kind's own unpublicised_scores_zero)."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from app.review import library
from app.review.datafiles import DataFileError
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.ruleset import (
    BaseAdjustedIndicator,
    ExpertAggregation,
    MeanIndicator,
    PerDossierIndicator,
    PooledMeanIndicator,
    RuleSet,
    ScoringPolicy,
    Source,
    SourceGroupsIndicator,
    load_ruleset,
    ruleset_from_snapshot,
)

RULESET_DIR = library.resources_dir() / "rulesets"
SHIPPED = ["jiangsu-2016", "jiangxi-2019", "rudong-2024", "taian-2021", "xinjiang-2017"]
SEEDS = {
    "xinjiang-2017": ("000_7355ad34f2d9297a.txt", "新环办发〔2017〕213号", 2017),
    "rudong-2024": ("001_8f44051f6a2aebe3.txt", "通如东环〔2024〕27号", 2024),
    "jiangsu-2016": ("002_56b1a855370f2a61.txt", "苏环办字〔2016〕110号", 2016),
    "jiangxi-2019": ("003_5617c4d17a57d96f.txt", "赣环执法〔2019〕2号", 2019),
    "taian-2021": ("004_624614c78872d090.txt", "泰环境发〔2021〕11号", 2021),
}


def test_all_five_rule_sets_are_shipped() -> None:
    assert set(SHIPPED) <= set(library.rulesets())


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_document_and_summary(ruleset_id: str) -> None:
    ruleset = library.ruleset(ruleset_id)
    seed, number, year = SEEDS[ruleset_id]
    assert (ruleset.document.seed, ruleset.document.number, ruleset.document.year) == (seed, number, year)
    assert ruleset.document.title and ruleset.document.issuer
    assert re.search(r"[\u4e00-\u9fff]", ruleset.summary), "the summary is written in Chinese"
    assert number in ruleset.summary


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_indicator_full_marks_match_max_points(ruleset_id: str) -> None:
    """The figure a chair sees as full marks is what the formula can reach with perfect dossiers."""
    ruleset = library.ruleset(ruleset_id)
    for kind in ruleset.candidate_kinds:
        spec = kind.indicator
        checklist_max = library.checklist(ruleset.checklist_for(kind)).max_points
        # the dossier checks (Rudong's mobile-system points) come on top of the formula
        checks = sum((c.max_points for c in kind.dossier_checks), Decimal(0))
        for check in kind.dossier_checks:  # each check's maximum is what the required dossiers reach
            assert check.max_points == check.points_per_dossier * kind.required_count
        if isinstance(spec, MeanIndicator | PooledMeanIndicator):
            full = spec.points if spec.points is not None else checklist_max
        elif isinstance(spec, SourceGroupsIndicator):
            full = sum(g.points for g in spec.groups)
        elif isinstance(spec, PerDossierIndicator):
            bonus = sum((b.max_points for b in spec.bonuses), Decimal(0))
            full = spec.points_per_dossier * kind.required_count + bonus
        else:
            assert isinstance(spec, BaseAdjustedIndicator)
            full = spec.cap
        assert kind.max_points == full + checks


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_rule_set_vetoes_are_not_shadowed_by_checklist_vetoes(ruleset_id: str) -> None:
    """Checklist.with_vetoes drops a rule-set veto whose id the checklist already has: none may clash."""
    ruleset = library.ruleset(ruleset_id)
    for checklist_id in ruleset.checklist_ids():
        checklist = library.checklist(checklist_id)
        assert not {v.id for v in checklist.vetoes} & {v.id for v in ruleset.vetoes}
        merged = checklist.with_vetoes(ruleset.vetoes)
        assert all(merged.veto(v.id) == v for v in ruleset.vetoes)


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_hash_is_stable_across_loads_and_snapshots(ruleset_id: str) -> None:
    path = RULESET_DIR / f"{ruleset_id}.toml"
    first, second = load_ruleset(path), load_ruleset(path)
    assert first.content_hash == second.content_hash
    assert ruleset_from_snapshot(first.snapshot()).content_hash == first.content_hash


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_individuals_are_ranked_apart_from_units(ruleset_id: str) -> None:
    ruleset = library.ruleset(ruleset_id)
    unit_levels = {k.level for k in ruleset.candidate_kinds if k.candidate_class == "unit"}
    individual_levels = {k.level for k in ruleset.candidate_kinds if k.candidate_class == "individual"}
    assert unit_levels and individual_levels
    assert not unit_levels & individual_levels


# ---------------------------------------------------------------- schema additions


def _minimal(**kind: Any) -> dict[str, Any]:
    return {
        "id": "tiny",
        "title": "小",
        "version": "1",
        "document": {"title": "t", "issuer": "i", "year": 2020},
        "checklist": "inspection-interrogation",
        "dossier_types": [{"code": "penalty", "name": "行政处罚案卷"}],
        "levels": [{"code": "individual", "name": "个人"}],
        "candidate_kinds": [
            {
                "code": "individual",
                "name": "个人",
                "candidate_class": "individual",
                "level": "individual",
                "max_points": 100,
                "indicator": {"formula": "mean"},
                "requirements": [{"type": "penalty", "source": "recommended", "count": 1}],
                **kind,
            }
        ],
    }


def test_officer_roles_any_and_all() -> None:
    anyone = RuleSet.model_validate(_minimal(officer_roles=["questioner", "recorder"])).candidate_kinds[0]
    assert anyone.officer_roles_match == "any"  # the default keeps the old meaning
    assert anyone.officer_qualifies(["recorder"])
    assert not anyone.officer_qualifies(["inspector"])
    every = RuleSet.model_validate(
        _minimal(officer_roles=["inspector", "questioner", "handler"], officer_roles_match="all")
    ).candidate_kinds[0]
    assert every.officer_qualifies(["handler", "questioner", "inspector", "recorder"])
    assert not every.officer_qualifies(["inspector", "questioner"])
    no_roles = RuleSet.model_validate(_minimal()).candidate_kinds[0]
    assert no_roles.officer_qualifies([])


def test_zeroing_event_zeroes_any_formula() -> None:
    kind = RuleSet.model_validate(
        _minimal(zeroing_events=[{"code": "reconsidered", "label": "行政复议纠正"}])
    ).candidate_kinds[0]
    dossier = CandidateDossier("d1", "penalty", Source.RECOMMENDED, Fraction(90))
    plain = compute_indicator(IndicatorInput(kind, [dossier], Fraction(100)))
    assert plain.value == 90
    zeroed = compute_indicator(IndicatorInput(kind, [dossier], Fraction(100), events={"reconsidered": 1}))
    assert zeroed.value == 0
    assert zeroed.steps[-1].code == "zeroed_by_event"


def test_zeroing_event_codes_must_be_unique(tmp_path: Path) -> None:
    data = _minimal(zeroing_events=[{"code": "x", "label": "a"}, {"code": "x", "label": "b"}])
    with pytest.raises(ValueError, match="'x' appears twice"):
        RuleSet.model_validate(data)
    path = tmp_path / "tiny.toml"
    # appended at the end, the tables belong to the file's last candidate kind
    shipped = RULESET_DIR.joinpath("taian-2021.toml").read_text(encoding="utf-8")
    twice = '[[candidate_kinds.zeroing_events]]\ncode = "a"\nlabel = "一"\n' * 2
    path.write_text(shipped + "\n" + twice, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_ruleset(path)
    assert caught.value.path == str(path)
    assert "'a' appears twice" in caught.value.problem


def test_policy_for_a_kind() -> None:
    ruleset = RuleSet.model_validate(_minimal(unpublicised_scores_zero=True))
    kind = ruleset.candidate_kinds[0]
    assert ruleset.policy.unpublicised_scores_zero is False
    assert ruleset.policy_for(kind).unpublicised_scores_zero is True
    # only that flag is patched; the rest comes from the base policy (a panel's own copy, say)
    panel_policy = ScoringPolicy(expert_aggregation=ExpertAggregation.MEDIAN)
    patched = ruleset.policy_for(kind, panel_policy)
    assert patched == panel_policy.model_copy(update={"unpublicised_scores_zero": True})
    plain = RuleSet.model_validate(_minimal())
    assert plain.policy_for(plain.candidate_kinds[0]) is plain.policy
    assert plain.policy_for(plain.candidate_kinds[0], panel_policy) is panel_policy
