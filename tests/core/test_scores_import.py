"""Paper scores in; results out. Every refusal names the row and writes nothing."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import schema
from app.services.manifests import ManifestError
from app.services.results import compute_results, results_to_json
from app.services.scores import import_scores
from tests.core.panel_fixtures import populated_panel, write_csv

HEADER = ["reviewer", "dossier", "item", "points", "reason_id", "reason", "page", "veto"]
D1, D2, D3 = "甲环罚〔2026〕1号", "甲环罚〔2026〕2号", "甲环罚〔2026〕3号"


def _sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    return write_csv(tmp_path / "scores.csv", HEADER, rows)


def test_paper_scores_give_the_hand_computed_results(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    _sheet(
        tmp_path,
        [
            # D1: E1 takes 3 (reason no-cert-number) + 2.5 (free) → 94.5; E2 takes 1.5 → 98.5.
            ["E1", D1, "insp.officers", "3", "no-cert-number", "", "2", ""],
            ["E1", D1, "insp.facts", "2.5", "", "违法事实描述含糊", "", ""],
            ["E2", D1, "intg.form", "1.5", "", "个别问题诱导", "", ""],
            # C1 (cross) finds 2 on D1.
            ["C1", D1, "intg.signatures", "2", "", "未逐页签字", "3", ""],
            # D2 is not publicised: 0 whatever the experts say.
            ["E1", D2, "", "", "", "", "", ""],
            ["E2", D2, "", "", "", "", "", ""],
            # D3: E1 nothing off → 100, E2 vetoes (not-qualified) → 0 whatever.
            ["E1", D3, "", "", "", "", "", ""],
            ["E2", D3, "", "", "", "执法人员少于两人", "", "not-qualified"],
        ],
    )
    report = import_scores(panel, tmp_path / "scores.csv")
    assert len(report.reviews) == 7 and report.deductions == 4 and report.vetoes == 1
    results = compute_results(panel)
    by_case = {o.dossier.case_number: o.result for o in results.dossiers}
    # expert mean (94.5 + 98.5) / 2 = 96.5; minus cross 2 → 94.5
    assert by_case[D1].expert_score == Fraction(193, 2)
    assert by_case[D1].cross_deduction == 2
    assert by_case[D1].final == Fraction(189, 2)
    assert by_case[D2].final == 0 and [z.value for z in by_case[D2].zero_reasons] == ["unpublicised"]
    assert by_case[D3].final == 0 and by_case[D3].vetoes[0].veto_id == "not-qualified"
    indicators = {c.candidate.id: c for c in results.candidates}
    # U1 (mean of 2): (94.5 + 0) / 2 = 47.25
    assert indicators["U1"].indicator.value == Fraction(189, 4)
    # P1 (10 a dossier): 0 / 100 × 10 = 0
    assert indicators["P1"].indicator.value == 0
    data = results_to_json(panel, results)
    assert data["dossiers"][0]["final"] in {"94.50", "0.00"}
    assert {c["id"]: c["indicator"] for c in data["candidates"]} == {"U1": "47.25", "P1": "0.00"}
    panel.close()


def test_reimporting_a_sheet_replaces_not_adds(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    _sheet(tmp_path, [["E1", D1, "insp.facts", "2", "", "含糊", "", ""]])
    import_scores(panel, tmp_path / "scores.csv")
    import_scores(panel, tmp_path / "scores.csv")
    with panel.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.deductions)).scalar_one() == 1
    actions = [e["action"] for e in panel.audit_entries()]
    assert actions.count("review.paper") == 1  # the second import changed nothing, so logged nothing
    panel.close()


@pytest.mark.parametrize(
    ("row", "where", "problem"),
    [
        (["E9", D1, "insp.facts", "1", "", "x", "", ""], "row 3, column reviewer", "unknown reviewer"),
        (["E1", "无此案", "insp.facts", "1", "", "x", "", ""], "row 3, column dossier", "unknown dossier"),
        (["E1", D1, "zz.nope", "1", "", "x", "", ""], "row 3, column item", "unknown_item"),
        (["E1", D1, "insp.facts", "15", "", "x", "", ""], "row 3, column points", "from 0.01 to 14"),
        (["E1", D1, "insp.facts", "-1", "", "x", "", ""], "row 3, column points", "(no sign)"),
        (["E1", D1, "insp.facts", "1", "", "", "", ""], "row 3, column reason", "reason_text_required"),
        (
            ["E1", D1, "insp.officers", "1", "no-cert-number", "", "", ""],
            "row 3, column points",
            "not_reason_points",
        ),
        (["E1", D1, "insp.facts", "1", "", "x", "99", ""], "row 3, column page", "write a page from 1 to 3"),
        (["E1", D1, "", "", "", "", "", "no-such-veto"], "row 3, column veto", "unknown_veto"),
        (["E1", D1, "", "", "", "", "", "not-qualified"], "row 3, column reason", "reason_text_required"),
    ],
)
def test_bad_rows_refuse_the_whole_sheet(tmp_path: Path, row, where, problem) -> None:  # type: ignore[no-untyped-def]
    panel = populated_panel(tmp_path)
    _sheet(tmp_path, [["E2", D1, "insp.facts", "1", "", "好的一行", "", ""], row])
    with pytest.raises(ManifestError) as error:
        import_scores(panel, tmp_path / "scores.csv")
    assert error.value.location == where
    assert problem in error.value.problem
    with panel.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.reviews)).scalar_one() == 0
    panel.close()
