"""The chair's settlements change results exactly as hand-computed, always with a reason, always audited."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import schema
from app.review.disagreement import Decision
from app.review.scoring import DossierResult
from app.services.moderation import (
    ModerationError,
    accept_cross_deduction,
    clear_moderation,
    deduction_decisions,
    load_deductions,
    moderation_records,
    reject_cross_deduction,
    settle,
)
from app.services.panel import Panel
from app.services.results import compute_results
from app.services.scores import import_scores
from tests.core.panel_fixtures import populated_panel, write_csv

D1, D2, D3 = "甲环罚〔2026〕1号", "甲环罚〔2026〕2号", "甲环罚〔2026〕3号"
HEADER = ["reviewer", "dossier", "item", "points", "reason_id", "reason", "page", "veto"]


def scored_panel(tmp_path: Path) -> Panel:
    """The populated panel with paper scores that raise every kind of flag.

    D1: E1 takes insp.officers 3 + insp.facts 10 → 87; E2 takes intg.form 1.5 → 98.5 (spread 11.5).
        C1 (cross) takes intg.signatures 2 and insp.facts 2 → cross 4 (insp.facts counted twice?).
        expert (87 + 98.5) / 2 = 92.75; final 92.75 − 4 = 88.75.
    D2: unpublicised → 0. D3: E1 nothing off (100); E2 vetoes not-qualified → 0.
    """
    panel = populated_panel(tmp_path)
    write_csv(
        tmp_path / "scores.csv",
        HEADER,
        [
            ["E1", D1, "insp.officers", "3", "no-cert-number", "", "2", ""],
            ["E1", D1, "insp.facts", "10", "", "违法事实描述含糊", "", ""],
            ["E2", D1, "intg.form", "1.5", "", "个别问题诱导", "", ""],
            ["C1", D1, "intg.signatures", "2", "", "未逐页签字", "3", ""],
            ["C1", D1, "insp.facts", "2", "", "现场情况记载不清", "1", ""],
            ["E1", D2, "", "", "", "", "", ""],
            ["E2", D2, "", "", "", "", "", ""],
            ["E1", D3, "", "", "", "", "", ""],
            ["E2", D3, "", "", "", "执法人员少于两人", "", "not-qualified"],
        ],
    )
    import_scores(panel, tmp_path / "scores.csv")
    return panel


def cross_uid(panel: Panel, item: str) -> str:
    return next(d.uid for d in load_deductions(panel) if d.reviewer_id == "C1" and d.item_id == item)


def results_of(panel: Panel) -> tuple[dict[str, DossierResult], dict[str, Fraction]]:
    results = compute_results(panel)
    return (
        {o.dossier.id: o.result for o in results.dossiers},
        {c.candidate.id: c.indicator.value for c in results.candidates},
    )


def test_scenario_before_moderation(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    dossiers, indicators = results_of(panel)
    d1 = dossiers[D1]
    assert d1.expert_score == Fraction("92.75") and d1.cross_deduction == 4
    assert d1.final == Fraction("88.75")
    assert indicators == {"U1": Fraction("88.75") / 2, "P1": 0}
    panel.close()


def test_settle_overrides_expert_score_and_cross_deduction(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    change = settle(
        panel, D1, expert_score="95", cross_deduction=Decimal("1.5"), reason="组长会商", actor="李组长"
    )
    assert change.old is None and change.new is not None and change.changed
    dossiers, indicators = results_of(panel)
    d1 = dossiers[D1]
    assert d1.expert_score == 95 and d1.cross_deduction == Fraction(3, 2)
    assert d1.final == Fraction("93.5") and d1.moderated
    assert indicators["U1"] == Fraction("93.5") / 2  # (93.5 + 0) / 2
    record = moderation_records(panel)[D1]
    assert (record.expert_score, record.cross_deduction, record.reason, record.actor) == (
        Decimal("95"),
        Decimal("1.5"),
        "组长会商",
        "李组长",
    )
    entry = panel.audit_entries()[-1]
    assert entry["action"] == "moderation.settle" and entry["entity_id"] == D1 and entry["actor"] == "李组长"
    assert entry["old"] is None
    assert entry["new"] == {
        "expert_score": "95",
        "cross_deduction": "1.5",
        "dismissed_vetoes": [],
        "reason": "组长会商",
    }

    # Settling again states the whole settlement: the cross deduction goes back to the computed 4.
    settle(panel, D1, expert_score="95", reason="交叉扣分维持")
    dossiers, _ = results_of(panel)
    assert dossiers[D1].final == 91
    entry = panel.audit_entries()[-1]
    assert entry["old"]["cross_deduction"] == "1.5" and entry["new"]["cross_deduction"] is None
    count = len(panel.audit_entries())
    settle(panel, D1, expert_score="95", reason="交叉扣分维持")  # the same again: nothing written
    assert len(panel.audit_entries()) == count

    clear_moderation(panel, D1, reason="撤销复核")
    dossiers, _ = results_of(panel)
    assert dossiers[D1].final == Fraction("88.75") and not dossiers[D1].moderated
    entry = panel.audit_entries()[-1]
    assert entry["action"] == "moderation.clear" and entry["new"] == {"cleared": True, "reason": "撤销复核"}
    assert D1 not in moderation_records(panel)
    panel.close()


def test_dismissing_a_veto_restores_the_score(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    settle(panel, D3, dismiss_vetoes=["not-qualified"], reason="执法证复印件在第5页，两人持证")
    dossiers, indicators = results_of(panel)
    # E1 100, E2 100 (the veto took nothing off the items) → 100; P1: 100/100 × 10 = 10.
    assert dossiers[D3].final == 100 and dossiers[D3].vetoes == ()
    assert indicators["P1"] == 10
    assert panel.audit_entries()[-1]["new"]["dismissed_vetoes"] == ["not-qualified"]
    panel.close()


def test_a_confirmation_with_only_a_reason_is_a_settlement(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    settle(panel, D1, reason="分差可接受")
    dossiers, _ = results_of(panel)
    assert dossiers[D1].moderated and dossiers[D1].final == Fraction("88.75")
    panel.close()


def _count(panel: Panel, table: object) -> int:
    with panel.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "code", "args"),
    [
        ({"expert_score": "95", "reason": ""}, "reason_required", {}),
        ({"expert_score": "95", "reason": "   "}, "reason_required", {}),
        ({"expert_score": "100.01", "reason": "x"}, "expert_score_out_of_range", {"maximum": Decimal(100)}),
        ({"expert_score": "-1", "reason": "x"}, "not_points", {"score_kind": "expert_score"}),
        ({"expert_score": "9.999", "reason": "x"}, "not_points", {"score_kind": "expert_score"}),
        ({"expert_score": "abc", "reason": "x"}, "not_points", {"score_kind": "expert_score"}),
        ({"cross_deduction": "101", "reason": "x"}, "cross_deduction_out_of_range", {"value": Decimal(101)}),
        ({"dismiss_vetoes": ["no-such"], "reason": "x"}, "unknown_veto", {"veto": "no-such"}),
        ({"dismiss_vetoes": ["forged-record"], "reason": "x"}, "veto_not_marked", {"veto": "forged-record"}),
    ],
)
def test_refusals_name_the_dossier_and_change_nothing(
    tmp_path: Path, kwargs: dict[str, Any], code: str, args: dict[str, object]
) -> None:
    panel = scored_panel(tmp_path)
    before = len(panel.audit_entries())
    with pytest.raises(ModerationError) as error:
        settle(panel, D1, **kwargs)
    assert error.value.code == f"moderation.{code}" and error.value.fields["dossier"] == D1
    for key, value in args.items():
        assert error.value.fields[key] == value
    assert D1 in str(error.value)
    assert _count(panel, schema.moderations) == 0 and len(panel.audit_entries()) == before
    panel.close()


def test_unknown_dossier_and_clearing_nothing_are_refused(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    with pytest.raises(ModerationError) as error:
        settle(panel, "无此案卷", expert_score="90", reason="x")
    assert (error.value.code, error.value.fields["dossier"]) == ("moderation.unknown_dossier", "无此案卷")
    with pytest.raises(ModerationError) as error:
        clear_moderation(panel, D1, reason="x")
    assert error.value.code == "moderation.not_moderated"
    with pytest.raises(ModerationError) as error:
        clear_moderation(panel, D1, reason="")
    assert error.value.code == "moderation.reason_required" and error.value.fields["dossier"] == D1
    panel.close()


def test_rejecting_a_cross_deduction_changes_cross_and_final(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    uid = cross_uid(panel, "insp.facts")
    decision = reject_cross_deduction(panel, uid, "专家已就同一问题扣分", actor="李组长")
    assert decision.decision is Decision.REJECTED and decision.dossier_id == D1
    dossiers, indicators = results_of(panel)
    # C1 now takes only intg.signatures 2: final 92.75 − 2 = 90.75; U1 (90.75 + 0) / 2.
    assert dossiers[D1].cross_deduction == 2 and dossiers[D1].final == Fraction("90.75")
    assert dossiers[D1].cross_deductions == {"C1": 2}
    assert indicators["U1"] == Fraction("90.75") / 2
    entry = panel.audit_entries()[-1]
    assert (entry["action"], entry["entity"], entry["entity_id"], entry["old"]) == (
        "deduction.reject",
        "deduction",
        uid,
        None,
    )
    assert entry["new"] == {
        "decision": "rejected",
        "reason": "专家已就同一问题扣分",
        "dossier": D1,
        "reviewer": "C1",
        "item": "insp.facts",
        "points": "2",
    }
    assert deduction_decisions(panel)[uid].decision is Decision.REJECTED
    # the deduction itself is kept: rejected, not deleted
    assert next(d for d in load_deductions(panel) if d.uid == uid).rejected

    accept_cross_deduction(panel, uid, "复核后认为系不同问题")
    dossiers, _ = results_of(panel)
    assert dossiers[D1].cross_deduction == 4 and dossiers[D1].final == Fraction("88.75")
    entry = panel.audit_entries()[-1]
    assert entry["action"] == "deduction.accept"
    assert entry["old"]["decision"] == "rejected" and entry["new"]["decision"] == "accepted"
    assert deduction_decisions(panel)[uid].decision is Decision.ACCEPTED
    assert _count(panel, schema.rejected_deductions) == 0
    panel.close()


def test_deduction_refusals(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    uid = cross_uid(panel, "insp.facts")
    with pytest.raises(ModerationError) as error:
        reject_cross_deduction(panel, uid, " ")
    fields = error.value.fields
    assert (error.value.code, fields["dossier"], fields["deduction"]) == (
        "moderation.reason_required",
        D1,
        uid,
    )
    with pytest.raises(ModerationError) as error:
        reject_cross_deduction(panel, "no-such-uid", "x")
    assert (
        error.value.code == "moderation.unknown_deduction"
        and error.value.fields["deduction"] == "no-such-uid"
    )
    expert_uid = next(d.uid for d in load_deductions(panel) if d.reviewer_id == "E1")
    with pytest.raises(ModerationError) as error:
        reject_cross_deduction(panel, expert_uid, "x")
    assert error.value.code == "moderation.not_cross_deduction" and error.value.fields["reviewer"] == "E1"
    assert _count(panel, schema.rejected_deductions) == 0
    assert not any(e["action"].startswith("deduction.") for e in panel.audit_entries())
    panel.close()


def test_command_line_flags_and_moderate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    scored_panel(tmp_path).close()
    path = str(tmp_path / "test.dpanel")
    assert main(["flags", path]) == 1  # open flags need the chair
    out = capsys.readouterr().out
    assert "Experts' totals far apart: Highest 98.5, lowest 87: 11.5 apart (threshold 10)  [Open]" in out
    assert out.strip().endswith("6 flag(s): 0 settled, 6 open")
    assert main(["flags", path, "--json"]) == 1
    flags = json.loads(capsys.readouterr().out)
    uid = next(f for f in flags if f["code"] == "counted_twice")["deductions"][0]

    assert main(["moderate", path, "--reject-deduction", uid]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: dossier {D1}: write the reason for the decision (kept in the audit log)"
    )
    assert main(["moderate", path, "--reject-deduction", uid, "--reason", "专家已扣"]) == 0
    assert (
        f"{D1}: expert score 92.75 → 92.75, cross deduction 4 → 2, final 88.75 → 90.75"
        in capsys.readouterr().out
    )
    assert main(["moderate", path, D1, "--expert-score", "101", "--reason", "x"]) == 2
    assert "the expert score 101 must lie between 0 and 100" in capsys.readouterr().err
    assert main(["moderate", path, D3, "--dismiss-veto", "not-qualified", "--reason", "两人持证"]) == 0
    assert "final 0 → 100" in capsys.readouterr().out
    assert main(["moderate", path, D1, "--reject-deduction", uid, "--reason", "x"]) == 2
    assert "give one dossier" in capsys.readouterr().err
    assert main(["flags", path, "--open"]) == 1
    out = capsys.readouterr().out
    assert "[Settled]" not in out and out.strip().endswith("6 flag(s): 2 settled, 4 open")
    assert main(["moderate", path, D1, "--reason", "分差可接受"]) == 0
    assert main(["flags", path]) == 0
