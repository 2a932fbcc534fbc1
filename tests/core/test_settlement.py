"""The chair's settlements (app.services.settlement) through the command line, on a Rudong 2024 panel:
a dossier shared by an individual and the unit is set aside, the unit is graded, the mobile-system
checks are recorded — each with its audit entry; refusals are one line and exit 2, nothing written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.models.locking import window
from app.services.panel import Panel
from tests.ui.settle_fixtures import jiangsu_panel, rudong_panel, xinjiang_panel


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _rudong_panel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    panel = str(rudong_panel(tmp_path, reviewers=False))
    capsys.readouterr()
    return panel


def test_shared_and_extra_dossiers_are_settled_by_setting_one_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = _rudong_panel(tmp_path, capsys)
    code, out, _ = run(capsys, "check", panel)
    assert code == 1
    assert "[sharing.individual_and_unit]" in out and "too_many" not in out  # worded, not coded
    assert "2 required, 3 handed in" in out and "(`dossier-panel set-aside`)" in out

    code, _, err = run(capsys, "set-aside", panel, "U1-c")
    assert code == 2 and err.strip() == "error: dossier U1-c: write the reason (kept in the audit log)"
    code, out, _ = run(capsys, "set-aside", panel, "U1-c", "--reason", "多抽1份")
    assert code == 0 and "U1-c: set aside" in out
    code, _, err = run(capsys, "set-aside", panel, "U1-c", "--reason", "again")
    assert code == 2 and "already set aside (多抽1份)" in err
    # the shared case: the unit's copy is set aside, so the individual keeps his
    assert run(capsys, "set-aside", panel, "U1-a", "--reason", "与候选个人共用，由市局另行抽取")[0] == 0
    code, out, _ = run(capsys, "check", panel)
    assert "sharing" not in out and out.count("Set aside by the chair") == 2
    # the exported result says which dossiers do not count, and why
    assert run(capsys, "export", panel, "--xlsx", str(tmp_path / "result.xlsx"))[0] == 0
    sheet = openpyxl.load_workbook(tmp_path / "result.xlsx")["案卷得分"]
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True)}
    assert any("组长剔除，不计入指标：多抽1份" in str(cell) for cell in rows["U1-c"])
    assert not any("组长剔除" in str(cell) for cell in rows["U1-b"])
    ranking = openpyxl.load_workbook(tmp_path / "result.xlsx")["候选排名"]
    unit_row = next(row for row in ranking.iter_rows(values_only=True) if "U1" in row)
    assert "否（组长尚未综合打分）" in unit_row  # the unit's 22 is still to be graded
    # and back
    assert run(capsys, "restore", panel, "U1-c", "--reason", "误操作")[0] == 0
    assert run(capsys, "restore", panel, "U1-c", "--reason", "x")[0] == 2

    with Panel.open(panel) as p:
        actions = [(e["action"], e["entity_id"]) for e in p.audit_entries()]
        reasons = {d.id: d.set_aside_reason for d in p.dossiers()}
    assert ("dossier.set_aside", "U1-c") in actions and ("dossier.restore", "U1-c") in actions
    assert reasons["U1-a"] == "与候选个人共用，由市局另行抽取" and reasons["U1-c"] is None


def test_the_unit_grade_and_the_mobile_system_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = _rudong_panel(tmp_path, capsys)
    assert run(capsys, "set-aside", panel, "U1-a", "--reason", "与候选个人共用")[0] == 0
    assert run(capsys, "set-aside", panel, "U1-c", "--reason", "多抽1份")[0] == 0
    code, _, err = run(capsys, "grade", panel, "U1", "23", "--reason", "全年评查情况良好")
    assert code == 2 and "the grade 23 is above the notice's maximum of 22" in err
    code, _, err = run(capsys, "grade", panel, "P1", "20", "--reason", "x")
    assert code == 2 and "for candidate P1 (kind individual)" in err
    code, _, err = run(capsys, "grade", panel, "U1", "abc", "--reason", "x")
    assert code == 2 and "“abc” is not a number of points" in err
    code, out, _ = run(capsys, "grade", panel, "U1", "20.5", "--reason", "部、省评查未发现重大问题")
    assert code == 0 and "U1: grade none → 20.5" in out
    code, _, err = run(capsys, "dossier-check", panel, "U1-b", "gps", "--found")
    assert code == 2 and "no check “gps”" in err and "known: mobile-system" in err
    assert run(capsys, "dossier-check", panel, "U1-b", "mobile-system", "--found")[0] == 0
    assert (
        run(capsys, "dossier-check", panel, "P1-a", "mobile-system", "--found", "--reason", "系统截图")[0]
        == 0
    )

    code, out, _ = run(capsys, "results", panel, "--json")
    data = json.loads(out)
    unit = next(c for c in data["candidates"] if c["id"] == "U1")
    # 20.5 (the chair's grade) + 0.5 (U1-b found in the mobile system) = 21; U1-a and U1-c set aside
    assert unit["indicator"] == "21.00" and unit["max_points"] == "28" and unit["complete"] is True
    assert [s["code"] for s in unit["steps"]] == ["grade", "dossier_check"]
    person = next(c for c in data["candidates"] if c["id"] == "P1")
    check = next(s for s in person["steps"] if s["code"] == "dossier_check")
    assert check["value"] == "1.50"  # P1-a found: 1.5 (the dossiers themselves are not scored yet)
    with Panel.open(panel) as p:
        entries = [e for e in p.audit_entries() if e["action"] in ("candidate.grade", "dossier.check")]
    assert [(e["action"], e["entity_id"]) for e in entries] == [
        ("candidate.grade", "U1"),
        ("dossier.check", "U1-b"),
        ("dossier.check", "P1-a"),
    ]
    assert entries[0]["new"] == {"grade": "20.5", "reason": "部、省评查未发现重大问题"}


@pytest.mark.parametrize(
    ("build", "argv"),
    [
        (xinjiang_panel, ["keep-copy", "{panel}", "YL-T1", "--reason", "移送材料完整"]),
        (jiangsu_panel, ["pool", "{panel}", "SZ", "K1", "K2", "--reason", "市局推荐"]),
        (rudong_panel, ["set-aside", "{panel}", "U1-c", "--reason", "多抽1份"]),
    ],
)
def test_a_settling_command_is_refused_while_a_window_has_the_panel_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], build: Callable[[Path], Path], argv: list[str]
) -> None:
    # keep-copy and pool write the panel like set-aside: they hold its writer lock too
    panel = str(build(tmp_path))
    capsys.readouterr()
    before = Path(panel).read_bytes()
    with Panel.open(panel, writer=window("chair")):
        code, out, err = run(capsys, *[a.format(panel=panel) for a in argv])
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "the panel is open in another window" in err
    assert Path(panel).read_bytes() == before
