"""Assignment: the region/unit rule never broken, balance, reproducibility, overrides, shortfalls."""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.cli import main
from app.models import schema
from app.review.assignment import (
    AssignmentError,
    AssignmentPlan,
    AssignmentSettings,
    Bar,
    ErrorCode,
    ShortfallCode,
    check_assignment,
    plan_assignment,
    rule_conflicts,
)
from app.review.entities import CandidateRecord, DossierRecord
from app.review.ruleset import Source
from app.review.scoring import Role
from app.services.assignment import (
    assign,
    assignment_conflicts,
    assignments,
    exclusions,
    load_per_reviewer,
    override,
)
from app.services.clock import utc_now
from app.services.panel import Panel, ReviewerRecord
from app.services.registry import add_reviewers
from tests.core.panel_fixtures import populated_panel, write_csv

REGIONS = ("甲县", "乙县", "丙市", "")


def cand(cid: str, region: str = "", parent: str | None = None, name: str = "") -> CandidateRecord:
    return CandidateRecord(cid, name or f"{cid}局", "county-unit", "county", region, parent)


def dos(did: str, candidate: str, region: str = "") -> DossierRecord:
    return DossierRecord(did, did, candidate, "general", Source.DRAWN, region=region)


def rev(rid: str, role: Role, region: str = "", unit: str = "") -> ReviewerRecord:
    return ReviewerRecord(rid, rid, role, region, unit)


# ---------------------------------------------------------------------- random panels
@dataclass(frozen=True)
class RandomPanel:
    reviewers: list[ReviewerRecord]
    dossiers: list[DossierRecord]
    candidates: list[CandidateRecord]
    settings: AssignmentSettings
    fixed: list[tuple[str, str]]
    excluded: list[tuple[str, str]]
    seed: str

    def plan(self) -> AssignmentPlan:
        return plan_assignment(
            self.reviewers,
            self.dossiers,
            self.candidates,
            self.settings,
            self.seed,
            fixed=self.fixed,
            excluded=self.excluded,
        )

    def role_of(self, reviewer_id: str) -> Role:
        return {r.id: r.role for r in self.reviewers}[reviewer_id]

    def fixed_on(self, dossier_id: str, role: Role) -> int:
        return sum(1 for r, d in self.fixed if d == dossier_id and self.role_of(r) is role)

    def barred(self, reviewer: ReviewerRecord, dossier: DossierRecord) -> bool:
        """The rule written out again, independently of the code under test."""
        if reviewer.role is not Role.CROSS:
            return False
        by_id = {c.id: c for c in self.candidates}
        regions, units = {dossier.region}, set()
        current: str | None = dossier.candidate_id
        seen: set[str] = set()
        while current and current not in seen:
            seen.add(current)
            regions.add(by_id[current].region)
            units |= {by_id[current].id, by_id[current].name}
            current = by_id[current].parent_id
        return bool({reviewer.region} & (regions - {""})) or bool({reviewer.unit} & (units - {""}))

    def eligible_free(self, role: Role) -> dict[str, list[str]]:
        """Reviewers of ``role`` the plan may add to each dossier."""
        return {
            d.id: [
                r.id
                for r in self.reviewers
                if r.role is role
                and (r.id, d.id) not in self.fixed
                and (r.id, d.id) not in self.excluded
                and not self.barred(r, d)
            ]
            for d in self.dossiers
        }


@st.composite
def panels(draw: st.DrawFn, small: bool = False) -> RandomPanel:
    n_cand = draw(st.integers(1, 3 if small else 5))
    candidates: list[CandidateRecord] = []
    for i in range(n_cand):
        parent = draw(st.sampled_from([None] + [c.id for c in candidates]))
        candidates.append(cand(f"K{i}", draw(st.sampled_from(REGIONS)), parent))
    n_dos = draw(st.integers(0, 4 if small else 12))
    dossiers = [
        dos(f"D{i}", draw(st.sampled_from([c.id for c in candidates])), draw(st.sampled_from(REGIONS)))
        for i in range(n_dos)
    ]
    units = ["", "其他单位"] + [c.id for c in candidates] + [c.name for c in candidates]
    n_rev = draw(st.integers(0, 5 if small else 8))
    reviewers = [
        rev(
            f"R{i}",
            draw(st.sampled_from([Role.EXPERT, Role.CROSS])),
            draw(st.sampled_from(REGIONS)),
            draw(st.sampled_from(units)),
        )
        for i in range(n_rev)
    ]
    all_pairs = [(r.id, d.id) for r in reviewers for d in dossiers]
    fixed = draw(st.lists(st.sampled_from(all_pairs), max_size=3, unique=True)) if all_pairs else []
    excluded = draw(st.lists(st.sampled_from(all_pairs), max_size=4, unique=True)) if all_pairs else []
    excluded = [p for p in excluded if p not in fixed]
    experts = draw(st.one_of(st.none(), st.integers(1, 2 if small else 3)))
    cross = draw(st.integers(0, 2 if small else 3))
    seed = draw(st.text("0123456789abcdef", min_size=1, max_size=8))
    return RandomPanel(
        reviewers, dossiers, candidates, AssignmentSettings(experts, cross), fixed, excluded, seed
    )


@settings(max_examples=120, deadline=None)
@given(panels())
def test_the_region_and_unit_rule_is_never_broken(p: RandomPanel) -> None:
    plan = p.plan()
    reviewers = {r.id: r for r in p.reviewers}
    dossiers = {d.id: d for d in p.dossiers}
    by_candidate = {c.id: c for c in p.candidates}
    for reviewer_id, dossier_id in plan.pairs:
        assert not p.barred(reviewers[reviewer_id], dossiers[dossier_id])
        assert not rule_conflicts(reviewers[reviewer_id], dossiers[dossier_id], by_candidate)
        assert (reviewer_id, dossier_id) not in p.excluded
        assert (reviewer_id, dossier_id) not in p.fixed
    assert not check_assignment(plan.pairs, p.reviewers, p.dossiers, p.candidates)
    # and check_assignment finds every rule-breaking pair the chair fixed by hand
    broken = {(r, d) for r, d in p.fixed if p.barred(reviewers[r], dossiers[d])}
    found = check_assignment(p.fixed, p.reviewers, p.dossiers, p.candidates)
    assert {(c.reviewer_id, c.dossier_id) for c in found} == broken


@settings(max_examples=120, deadline=None)
@given(panels())
def test_every_dossier_gets_its_quota_or_a_coded_shortfall(p: RandomPanel) -> None:
    plan = p.plan()
    on = Counter((d, p.role_of(r)) for r, d in plan.pairs + plan.fixed)
    short = {(x.dossier_id, x.role): x for x in plan.shortfalls}
    for role in (Role.EXPERT, Role.CROSS):
        free = p.eligible_free(role)
        quota = p.settings.experts_per_dossier if role is Role.EXPERT else p.settings.cross_per_dossier
        for d in p.dossiers:
            fixed_here = p.fixed_on(d.id, role)
            if quota is None:  # every expert not removed by hand
                assert on[d.id, role] == fixed_here + len(free[d.id])
                assert ((d.id, role) in short) == (on[d.id, role] == 0)
            elif quota == 0:
                assert (d.id, role) not in short
            else:
                assert on[d.id, role] == max(fixed_here, min(quota, fixed_here + len(free[d.id])))
                assert ((d.id, role) in short) == (on[d.id, role] < quota)
            if (d.id, role) in short:
                shortfall = short[d.id, role]
                assert shortfall.assigned == on[d.id, role] < shortfall.needed
                expected = (
                    ShortfallCode.TOO_FEW_EXPERTS
                    if role is Role.EXPERT
                    else ShortfallCode.TOO_FEW_ELIGIBLE_CROSS
                )
                assert shortfall.code is expected


@settings(max_examples=120, deadline=None)
@given(panels())
def test_no_dossier_could_go_to_an_eligible_reviewer_with_two_fewer(p: RandomPanel) -> None:
    """Balance where the constraints allow: a plan pair (r, d) and a reviewer r' free for d never
    differ by 2 or more — else handing d from r to r' would be more even."""
    plan = p.plan()
    load = Counter(r for r, _ in plan.pairs + plan.fixed)
    assert {r.id: load[r.id] for r in p.reviewers} == dict(plan.load)
    taken = set(plan.pairs + plan.fixed)
    for role in (Role.EXPERT, Role.CROSS):
        free = p.eligible_free(role)
        for r, d in plan.pairs:
            if p.role_of(r) is role:
                for other in free[d]:
                    if (other, d) not in taken:
                        assert load[r] <= load[other] + 1, (r, other, d)


@settings(max_examples=80, deadline=None)
@given(panels(small=True))
def test_the_spread_is_the_most_even_the_constraints_allow(p: RandomPanel) -> None:
    """Against brute force on small panels: the sum of squared loads is the minimum possible."""
    plan = p.plan()
    for role, quota in (
        (Role.EXPERT, p.settings.experts_per_dossier),
        (Role.CROSS, p.settings.cross_per_dossier),
    ):
        if quota is None or quota == 0:
            continue
        base = Counter(r for r, _ in p.fixed if p.role_of(r) is role)
        free = p.eligible_free(role)
        choices = []
        for d in p.dossiers:
            need = max(0, min(quota - p.fixed_on(d.id, role), len(free[d.id])))
            choices.append(list(itertools.combinations(free[d.id], need)))
        best: int | None = None
        for combo in itertools.product(*choices):
            load = base.copy()
            for chosen in combo:
                load.update(chosen)
            cost = sum(v * v for v in load.values())
            best = cost if best is None else min(best, cost)
        assert sum(v * v for r, v in plan.load.items() if p.role_of(r) is role) == best


def test_unconstrained_loads_differ_by_at_most_one() -> None:
    candidates = [cand("K1", "甲县"), cand("K2", "乙县")]
    dossiers = [dos(f"D{i:02}", "K1" if i % 2 else "K2") for i in range(23)]
    reviewers = [rev(f"E{i}", Role.EXPERT) for i in range(4)] + [
        rev(f"C{i}", Role.CROSS, "丁县") for i in range(5)
    ]
    plan = plan_assignment(reviewers, dossiers, candidates, AssignmentSettings(2, 2), "s1")
    experts = [n for r, n in plan.load.items() if r.startswith("E")]
    cross = [n for r, n in plan.load.items() if r.startswith("C")]
    assert sum(experts) == 46 and max(experts) - min(experts) <= 1
    assert sum(cross) == 46 and max(cross) - min(cross) <= 1
    assert not plan.shortfalls


def test_reproducible_and_independent_of_input_order() -> None:
    candidates = [cand("K1", "甲县"), cand("K2", "乙县"), cand("K3", "丙县", parent="K1")]
    dossiers = [dos(f"D{i}", f"K{1 + i % 3}") for i in range(12)]
    reviewers = [rev(f"E{i}", Role.EXPERT) for i in range(3)] + [
        rev(f"C{i}", Role.CROSS, REGIONS[i % 3]) for i in range(6)
    ]
    s = AssignmentSettings(1, 2)
    first = plan_assignment(reviewers, dossiers, candidates, s, "abc")
    shuffled = random.Random(7)
    for _ in range(5):
        r, d, c = list(reviewers), list(dossiers), list(candidates)
        for items in (r, d, c):
            shuffled.shuffle(items)
        assert plan_assignment(r, d, c, s, "abc") == first
    others = {
        plan_assignment(reviewers, dossiers, candidates, s, seed).pairs for seed in ("b", "c", "d", "e")
    }
    assert others - {first.pairs}, "another seed should give another assignment"


def test_parent_region_and_own_unit_bar_a_cross_reviewer() -> None:
    candidates = [cand("CITY", "丙市", name="丙市生态环境局"), cand("K1", "甲县", parent="CITY")]
    dossier = dos("D1", "K1")  # no own region: the candidate's and the city's count
    city_officer = rev("C1", Role.CROSS, "丙市")
    own_unit = rev("C2", Role.CROSS, "丁县", unit="丙市生态环境局")
    by_cand = {c.id: c for c in candidates}
    assert [c.code for c in rule_conflicts(city_officer, dossier, by_cand)] == [Bar.OWN_REGION]
    assert [(c.code, c.value) for c in rule_conflicts(own_unit, dossier, by_cand)] == [
        (Bar.OWN_UNIT, "丙市生态环境局")
    ]
    assert rule_conflicts(rev("E1", Role.EXPERT, "甲县", "K1"), dossier, by_cand) == []
    plan = plan_assignment([city_officer, own_unit], [dossier], candidates, AssignmentSettings(None, 1), "x")
    assert plan.pairs == ()
    cross = next(s for s in plan.shortfalls if s.role is Role.CROSS)
    assert cross.code is ShortfallCode.TOO_FEW_ELIGIBLE_CROSS and cross.needed == 1 and cross.assigned == 0
    assert {(c.reviewer_id, c.code) for c in cross.blocked} == {("C1", Bar.OWN_REGION), ("C2", Bar.OWN_UNIT)}


def test_bad_settings_and_seed_are_coded() -> None:
    with pytest.raises(AssignmentError) as exc:
        AssignmentSettings(0, 1)
    assert exc.value.code is ErrorCode.BAD_SETTING and exc.value.fields["setting"] == "experts_per_dossier"
    with pytest.raises(AssignmentError) as exc:
        plan_assignment([], [], [], AssignmentSettings(), "   ")
    assert exc.value.code is ErrorCode.BAD_SEED


# ---------------------------------------------------------------------- the service
def _add_reviewer(panel: Panel, tmp_path: Path, rid: str, role: str, region: str, unit: str = "") -> None:
    path = write_csv(
        tmp_path / f"rev-{rid}.csv",
        ["id", "name", "role", "region", "unit"],
        [[rid, rid, role, region, unit]],
    )
    add_reviewers(panel, path)


def _pairs(panel: Panel) -> set[tuple[str, str]]:
    return {(x.reviewer_id, x.dossier_id) for x in assignments(panel)}


def test_assign_writes_pairs_run_settings_and_audit(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    codes = [d.id for d in panel.dossiers()]
    report = assign(panel, seed="feed", actor="chair-1")
    assert report.plan.seed == "feed" and report.plan.shortfalls == ()
    assert _pairs(panel) == {(r, d) for r in ("E1", "E2", "C1") for d in codes}
    assert load_per_reviewer(panel) == {"C1": 3, "E1": 3, "E2": 3}
    with panel.engine.connect() as conn:
        run = conn.execute(select(schema.assignment_runs)).mappings().one()
        row = conn.execute(select(schema.panel.c.experts_per_dossier, schema.panel.c.cross_per_dossier)).one()
    assert run["seed"] == "feed" and run["actor"] == "chair-1"
    assert run["settings"]["experts_per_dossier"] is None and run["settings"]["cross_per_dossier"] == 1
    assert tuple(row) == (None, 1)
    entry = [e for e in panel.audit_entries() if e["action"] == "assignment.run"][-1]
    assert entry["new"]["seed"] == "feed" and len(entry["new"]["added"]) == 9
    # a generated seed is printed and stored
    second = assign(panel, experts_per_dossier=1)
    assert len(second.plan.seed) == 16
    assert sorted(load_per_reviewer(panel).values()) == [1, 2, 3]  # E1/E2 share 3 dossiers, C1 all
    panel.close()


def test_shortfall_when_the_only_cross_reviewer_is_from_the_region(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    _add_reviewer(panel, tmp_path, "C2", "cross", "甲县")
    report = assign(panel, seed="1", cross_per_dossier=2)
    assert {s.dossier_id for s in report.plan.shortfalls} == {d.id for d in panel.dossiers()}
    for s in report.plan.shortfalls:
        assert (s.needed, s.assigned) == (2, 1)
        assert [(c.reviewer_id, c.code, c.value) for c in s.blocked] == [("C2", Bar.OWN_REGION, "甲县")]
    assert not any(r == "C2" for r, _ in _pairs(panel))
    panel.close()


def test_override_breaking_the_rule_needs_a_reason_and_survives_a_rerun(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    _add_reviewer(panel, tmp_path, "C2", "cross", "甲县")
    assign(panel, seed="a")
    before, audit_count = _pairs(panel), len(panel.audit_entries())
    with pytest.raises(AssignmentError) as exc:
        override(panel, "C2", "甲环罚〔2026〕1号", "add")
    assert exc.value.code is ErrorCode.REASON_REQUIRED
    assert exc.value.conflicts == [("own_region", "甲县")]
    assert (exc.value.fields["bar"], exc.value.fields["shared"]) == ("own_region", "甲县")
    assert _pairs(panel) == before and len(panel.audit_entries()) == audit_count  # nothing changed
    result = override(panel, "C2", "甲环罚〔2026〕1号", "add", reason="乙县人员不足，经组长同意")
    assert result.changed and [c.code for c in result.conflicts] == [Bar.OWN_REGION]
    row = next(x for x in assignments(panel) if x.reviewer_id == "C2")
    assert row.manual and row.override_reason == "乙县人员不足，经组长同意"
    assert [(c.reviewer_id, c.code) for c in assignment_conflicts(panel)] == [("C2", Bar.OWN_REGION)]
    entry = panel.audit_entries()[-1]
    assert entry["action"] == "assignment.add" and entry["new"]["conflicts"] == [["own_region", "甲县"]]
    assign(panel, seed="b")
    assert ("C2", "甲环罚〔2026〕1号") in _pairs(panel)
    # an override that breaks nothing needs no reason; adding it twice is refused
    override(panel, "C1", "甲环罚〔2026〕1号", "add")
    with pytest.raises(AssignmentError) as exc:
        override(panel, "C1", "甲环罚〔2026〕1号", "add")
    assert exc.value.code is ErrorCode.ALREADY_ASSIGNED
    panel.close()


def test_a_removed_pair_is_not_made_again(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    assign(panel, seed="a")
    override(panel, "C1", "甲环罚〔2026〕2号", "remove", reason="与当事人有亲属关系")
    assert ("C1", "甲环罚〔2026〕2号") not in _pairs(panel)
    assert exclusions(panel)[0]["reason"] == "与当事人有亲属关系"
    report = assign(panel, seed="b")
    assert ("C1", "甲环罚〔2026〕2号") not in _pairs(panel)
    short = [s for s in report.plan.shortfalls if s.dossier_id == "甲环罚〔2026〕2号"]
    assert [c.code for c in short[0].blocked] == [Bar.REMOVED_BY_CHAIR]
    with pytest.raises(AssignmentError) as exc:
        override(panel, "C1", "甲环罚〔2026〕2号", "remove")
    assert exc.value.code is ErrorCode.NOT_ASSIGNED
    override(panel, "C1", "甲环罚〔2026〕2号", "add")  # adding it back clears the exclusion
    assert exclusions(panel) == []
    for bad, code in (("X9", ErrorCode.UNKNOWN_REVIEWER), ("C1", ErrorCode.UNKNOWN_DOSSIER)):
        with pytest.raises(AssignmentError) as exc:
            override(panel, bad, "nope" if bad == "C1" else "甲环罚〔2026〕2号", "add")
        assert exc.value.code is code
    panel.close()


def test_a_started_review_keeps_its_assignment(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    assign(panel, seed="a", experts_per_dossier=1)
    reviewer, code = sorted(p for p in _pairs(panel) if p[0].startswith("E"))[0]
    with panel.transaction() as conn:
        dossier_id = conn.execute(
            select(schema.dossiers.c.id).where(schema.dossiers.c.code == code)
        ).scalar_one()
        conn.execute(
            schema.reviews.insert().values(
                reviewer_id=reviewer, dossier_id=dossier_id, checklist_hash="x", updated_at=utc_now()
            )
        )
    for seed in ("b", "c", "d", "e"):
        report = assign(panel, seed=seed, experts_per_dossier=1)
        assert (reviewer, code) in _pairs(panel) and (reviewer, code) in report.kept
        experts_on = [r for r, d in _pairs(panel) if d == code and r.startswith("E")]
        assert experts_on == [reviewer]  # the kept pair fills the quota
    with pytest.raises(AssignmentError) as exc:
        override(panel, reviewer, code, "remove")
    assert exc.value.code is ErrorCode.HAS_REVIEW
    panel.close()


# ---------------------------------------------------------------------- the command line
def test_cli_assign_assignments_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    populated_panel(tmp_path).close()
    panel = str(tmp_path / "test.dpanel")
    assert main(["assign", panel, "--seed", "cafe", "--experts-per-dossier", "1"]) == 0
    out = capsys.readouterr().out
    assert "seed: cafe" in out and "load per reviewer" in out and "C1" in out
    assert main(["assignments", panel, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["assignments"]) == 6 and data["load"]["C1"] == 3 and data["conflicts"] == []
    first = data["assignments"]
    # the same seed repeats the assignment exactly
    assert main(["assign", panel, "--seed", "cafe", "--experts-per-dossier", "1"]) == 0
    capsys.readouterr()
    main(["assignments", panel, "--json"])
    again = json.loads(capsys.readouterr().out)["assignments"]
    assert [(a["reviewer"], a["dossier"]) for a in again] == [(a["reviewer"], a["dossier"]) for a in first]

    assert main(["override", panel, "ZZ", "甲环罚〔2026〕1号", "--add"]) == 2
    assert "the panel has no reviewer ZZ" in capsys.readouterr().err
    assert main(["override", panel, "C1", "no-such", "--remove"]) == 2
    assert "code or case number no-such" in capsys.readouterr().err
    assert main(["override", panel, "C1", "甲环罚〔2026〕1号", "--remove", "--reason", "回避"]) == 0
    assert "removed C1" in capsys.readouterr().out
    assert main(["assignments", panel]) == 0
    assert "removed by hand: C1 from dossier 甲环罚〔2026〕1号: 回避" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["assign", panel, "--cross-per-dossier", "-1"])
    assert "at least 0" in capsys.readouterr().err


def test_cli_assign_reports_shortfall_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    panel = populated_panel(tmp_path)
    _add_reviewer(panel, tmp_path, "C2", "cross", "甲县")
    panel.close()
    path = str(tmp_path / "test.dpanel")
    assert main(["assign", path, "--seed", "1", "--cross-per-dossier", "2"]) == 1
    out = capsys.readouterr().out
    assert "shortfall: dossier 甲环罚〔2026〕1号: 1 of 2 cross-reviewers (C2: own region 甲县)" in out
    assert main(["override", path, "C2", "甲环罚〔2026〕1号", "--add"]) == 2
    err = capsys.readouterr().err
    assert "bars reviewer C2 from dossier 甲环罚〔2026〕1号 (own region 甲县)" in err
