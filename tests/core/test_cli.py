"""The command line as a chair scripts it: exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.core.panel_fixtures import make_pdf, write_csv


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_rulesets_and_checklists_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rulesets")
    assert code == 0
    for name in ("xinjiang-2017", "rudong-2024", "jiangsu-2016", "jiangxi-2019", "taian-2021"):
        assert name in out
    code, out, _ = run(capsys, "checklists", "show", "inspection-interrogation", "--json")
    data = json.loads(out)
    assert code == 0 and data["max_points"] == "100" and len(data["content_hash"]) == 64
    code, _, err = run(capsys, "checklists", "show", "no-such")
    assert code == 2 and "unknown checklist" in err


def test_whole_flow_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    panel = tmp_path / "p.dpanel"
    code, out, _ = run(capsys, "new", str(panel), "--ruleset", "taian-2021", "--title", "泰安测试")
    assert code == 0 and out.strip().splitlines()[-1] == str(panel)
    code, _, err = run(capsys, "new", str(panel), "--ruleset", "taian-2021")
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "new", str(tmp_path / "q.dpanel"), "--ruleset", "atlantis-1999")
    assert code == 2 and "unknown rule set" in err and not (tmp_path / "q.dpanel").exists()

    from app.review import library

    ruleset = library.ruleset("taian-2021")
    unit = next(k for k in ruleset.candidate_kinds if k.candidate_class.value == "unit")
    write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [["U1", "岱岳区", unit.code]])
    assert run(capsys, "add-candidates", str(panel), "--manifest", str(tmp_path / "c.csv"))[0] == 0
    req = unit.requirements[0]
    make_pdf(tmp_path / "a.pdf")
    write_csv(
        tmp_path / "d.csv",
        ["case_number", "candidate", "type", "source", "pdf", "closing_date"],
        [["泰环罚〔2021〕1号", "U1", req.type, req.source.value, "a.pdf", "2021-06-01"]],
    )
    code, out, _ = run(capsys, "add-dossiers", str(panel), "--manifest", str(tmp_path / "d.csv"))
    assert code == 0 and "1 added" in out
    write_csv(tmp_path / "r.csv", ["id", "name", "role"], [["E1", "王", "expert"]])
    assert run(capsys, "add-reviewers", str(panel), "--manifest", str(tmp_path / "r.csv"))[0] == 0
    first_item = next(library.checklist(ruleset.checklist_for(unit)).items())
    write_csv(
        tmp_path / "s.csv",
        ["reviewer", "dossier", "item", "points", "reason"],
        [["E1", "泰环罚〔2021〕1号", first_item.id, "0.5", "问题"]],
    )
    code, out, _ = run(capsys, "import-scores", str(panel), str(tmp_path / "s.csv"))
    assert code == 0 and "1 reviews written" in out

    code, out, _ = run(capsys, "results", str(panel), "--json")
    data = json.loads(out)
    assert code == 0
    assert data["dossiers"][0]["expert_score"] is not None
    assert data["candidates"][0]["id"] == "U1" and data["candidates"][0]["rank"] == 1
    code, out, _ = run(capsys, "results", str(panel))
    assert code == 0 and "岱岳区" in out

    code, out, _ = run(capsys, "check", str(panel))
    assert code == 1 and "needs 2" in out  # one general dossier of the two Taian asks for


def test_bad_manifest_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    panel = tmp_path / "p.dpanel"
    run(capsys, "new", str(panel), "--ruleset", "taian-2021")
    write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [["U1", "岱岳区", "火星"]])
    code, _, err = run(capsys, "add-candidates", str(panel), "--manifest", str(tmp_path / "c.csv"))
    assert code == 2
    assert err.count("\n") == 1 and "row 2, column kind" in err and "c.csv" in err


def test_opening_something_that_is_not_a_panel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.dpanel"
    junk.write_text("hello")
    code, _, err = run(capsys, "results", str(junk))
    assert code == 2 and "not_a_panel" in err
