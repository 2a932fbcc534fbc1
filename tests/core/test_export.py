"""Exports: the XLSX a chair opens in WPS/Excel/LibreOffice, the CSV files, the JSON document.

Golden files (tests/core/golden/export/) hold the CSV of the sheets that carry no time stamps or
random ids; set DOSSIER_PANEL_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from app.services.export import SHEET_NAMES, PanelExport, build_export, write_csv, write_json, write_xlsx
from app.services.export_xlsx import HEADER_ROW, Kind, display_width
from app.services.moderation import reject_cross_deduction, settle
from app.services.panel import Panel
from app.services.results import compute_results, results_to_json
from tests.core.test_moderation import D1, D2, D3, cross_uid, scored_panel

GOLDEN = Path(__file__).parent / "golden" / "export"
NOW = datetime(2026, 5, 1, 6, 3, tzinfo=UTC)
BEIJING = timezone(timedelta(hours=8))


def settled_panel(tmp_path: Path) -> Panel:
    """The scenario after the chair rejected C1's insp.facts deduction and dismissed D3's veto:
    D1 final 92.75 − 2 = 90.75; D3 100; U1 (90.75 + 0) / 2 = 45.375 → 45.38; P1 10."""
    panel = scored_panel(tmp_path)
    reject_cross_deduction(panel, cross_uid(panel, "insp.facts"), "专家已就同一问题扣分")
    settle(panel, D3, dismiss_vetoes=["not-qualified"], reason="执法证复印件在第5页，两人持证")
    return panel


@pytest.fixture
def exported(tmp_path: Path) -> PanelExport:
    panel = settled_panel(tmp_path)
    export = build_export(panel, now=NOW, tz=BEIJING)
    panel.close()
    return export


def test_xlsx_sheets_layout_and_cell_types(tmp_path: Path, exported: PanelExport) -> None:
    path = write_xlsx(exported, tmp_path / "结果.xlsx")
    assert not list(tmp_path.glob("*.partial"))
    with zipfile.ZipFile(path) as archive:  # every part is well-formed XML
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))
    book = load_workbook(path)
    assert tuple(book.sheetnames) == SHEET_NAMES
    tables = {t.name: t for t in exported.tables}
    for sheet in book.worksheets:
        table = tables[sheet.title]
        assert sheet["A1"].value == f"测试面板　{sheet.title}"
        assert sheet["A2"].value.startswith("导出时间：2026-05-01 14:03（UTC+08:00）")
        assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
        assert [c.value for c in sheet[HEADER_ROW]] == [c.title for c in table.columns]
        assert sheet.max_row == HEADER_ROW + len(table.rows)
        for n, column in enumerate(table.columns, start=1):
            letter = sheet.cell(row=HEADER_ROW, column=n).column_letter
            assert sheet.column_dimensions[letter].width >= display_width(column.title)
            for row in range(HEADER_ROW + 1, sheet.max_row + 1):
                cell = sheet.cell(row=row, column=n)
                if cell.value is None:
                    continue
                if column.kind is Kind.POINTS:
                    assert cell.data_type == "n" and cell.number_format == "0.00", (sheet.title, column.title)
                    assert isinstance(cell.value, (int, float))
                elif column.kind is Kind.INTEGER:
                    assert isinstance(cell.value, int) and cell.number_format == "0", (
                        sheet.title,
                        column.title,
                    )
                elif column.kind is Kind.DATETIME:
                    assert isinstance(cell.value, datetime)
                else:
                    assert isinstance(cell.value, str)

    scores = book["案卷得分"]
    header = [c.value for c in scores[HEADER_ROW]]
    rows = {
        r[0]: dict(zip(header, r, strict=True))
        for r in scores.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
    }
    assert (
        rows[D1]["最终得分"] == 90.75 and rows[D1]["交叉评审扣分"] == 2 and rows[D1]["专家评审分数"] == 92.75
    )
    assert rows[D1]["专家 王专家(E1)"] == 87 and rows[D1]["交叉 钱交叉(C1) 扣分"] == 2
    assert rows[D2]["得0分原因"] == "未在门户网站公开" and rows[D2]["最终得分"] == 0
    assert rows[D3]["已复核"] == "是" and rows[D3]["最终得分"] == 100
    # a CJK name is two columns wide: the candidate column fits 甲县生态环境局 (14)
    candidate_column = scores.cell(row=HEADER_ROW, column=header.index("候选对象") + 1).column_letter
    assert scores.column_dimensions[candidate_column].width >= 14

    ranking = book["候选排名"]
    ranked = list(ranking.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert [(r[0], r[1], r[2], r[5]) for r in ranked] == [("县级", 1, "U1", 45.38), ("个人", 1, "P1", 10)]
    assert ranked[0][8] == "案卷平均分 45.38（2 卷，按 2 卷计）"


def test_libreoffice_opens_it(tmp_path: Path, exported: PanelExport) -> None:
    """LibreOffice reads every sheet, shows points with two decimals (skipped where it is not installed)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    path = write_xlsx(exported, tmp_path / "out.xlsx")
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(f"out-{name}.csv" for name in SHEET_NAMES)
    lines = (out / "out-案卷得分.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("测试面板　案卷得分")
    assert any(
        line.startswith(D1) and line.endswith(",90.75") and ",87.00,98.50,2.00,92.75,2.00," in line
        for line in lines
    )


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_files_have_a_bom_and_match_the_golden_files(tmp_path: Path, exported: PanelExport) -> None:
    written = write_csv(exported, tmp_path / "csv")
    assert [p.name for p in written] == [f"{name}.csv" for name in SHEET_NAMES]
    for path in written:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        rows = _read_csv(path)
        table = next(t for t in exported.tables if t.name == path.stem)
        assert rows[0] == [c.title for c in table.columns] and len(rows) == len(table.rows) + 1
    deductions = _read_csv(tmp_path / "csv" / "扣分明细.csv")
    rejected = next(r for r in deductions if r[-2] == "已驳回")
    assert rejected[2] == "钱交叉(C1)" and rejected[8] == "2.00" and rejected[-1] == "专家已就同一问题扣分"
    flags = _read_csv(tmp_path / "csv" / "分歧与复核.csv")
    assert [r[0] for r in flags[1:]] == [
        "专家总分差距超过阈值",
        "专家对该项扣分意见不一致",
        "专家对该项扣分意见不一致",
        "专家对该项扣分意见不一致",
        "交叉评审与专家可能重复扣分",
        "专家否决意见不一致",
        "复核",
        "驳回交叉评审扣分",
    ]
    assert flags[1][5:8] == ["最高 98.5，最低 87，相差 11.5（阈值 10）", "11.50", "待处理"]
    assert flags[5][7] == "已处理" and flags[6][7] == "已处理"  # rejected deduction; dismissed veto
    assert flags[7][10:12] == ["执法人员不具备执法资格或执法人员少于两人", "执法证复印件在第5页，两人持证"]

    update = bool(os.environ.get("DOSSIER_PANEL_UPDATE_GOLDEN"))
    for name in ("案卷得分", "扣分明细", "候选排名", "典型问题"):
        produced = (tmp_path / "csv" / f"{name}.csv").read_bytes()
        golden = GOLDEN / f"{name}.csv"
        if update:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_bytes(produced)
        # compared as text, so a checkout that rewrites line endings does not break it
        expected = golden.read_bytes().decode("utf-8-sig").splitlines()
        assert produced.decode("utf-8-sig").splitlines() == expected, f"{name}.csv differs from {golden}"


def test_json_round_trip(tmp_path: Path, exported: PanelExport) -> None:
    path = write_json(exported, tmp_path / "out.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == exported.data
    assert data["export"] == {
        "format": "dossier-panel/export",
        "version": 1,
        "exported_at": "2026-05-01T14:03:00+08:00",
    }
    by_code = {d["code"]: d for d in data["dossiers"]}
    assert (by_code[D1]["cross_deduction"], by_code[D1]["final"]) == ("2.00", "90.75")
    assert by_code[D3]["moderated"] and by_code[D3]["vetoes"] == []
    assert [(f["code"], f["settled"]) for f in data["flags"]] == [
        ("score_spread", False),
        ("item_split", False),
        ("item_split", False),
        ("item_split", False),
        ("counted_twice", True),
        ("veto_split", True),
    ]
    assert data["flags"][0]["figures"] == {
        "highest": "98.50",
        "lowest": "87.00",
        "spread": "11.50",
        "threshold": "10.00",
    }
    (moderation,) = data["moderations"]
    assert moderation["dossier"] == D3 and moderation["dismissed_vetoes"] == ["not-qualified"]
    assert moderation["expert_score"] is None
    (decision,) = data["deduction_decisions"]
    assert (decision["decision"], decision["item"], decision["points"]) == ("rejected", "insp.facts", "2.00")
    first = data["statistics"]["problems"][0]
    assert (first["item"], first["reviews"], first["points"]) == ("insp.facts", 1, "10.00")
    agreement = {a["item"]: a for a in data["statistics"]["agreement"]}
    assert agreement["insp.officers"]["share"] == "0.67" and agreement["insp.officers"]["pairs"] == 3
    assert agreement["insp.facts"]["mean_abs_difference"] == "3.33"


def test_json_holds_the_results_document(tmp_path: Path) -> None:
    panel = settled_panel(tmp_path)
    results = compute_results(panel)
    export = build_export(panel, results=results, now=NOW, tz=BEIJING)
    plain = results_to_json(panel, results)
    assert {k: export.data[k] for k in plain} == plain
    assert plain["candidates"][0]["indicator"] == "45.38"  # 45.375, half-up
    panel.close()


def test_points_are_rounded_half_up_only_at_export(tmp_path: Path, exported: PanelExport) -> None:
    ranking = next(t for t in exported.tables if t.name == "候选排名")
    assert ranking.rows[0][5] == Decimal("45.38")  # exact 363/8


def test_command_line_stats_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    settled_panel(tmp_path).close()
    path = str(tmp_path / "test.dpanel")
    assert main(["stats", path, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert [p["item"] for p in stats["problems"]] == [
        "insp.facts",
        "insp.officers",
        "intg.signatures",
        "intg.form",
    ]
    assert main(["stats", path]) == 0
    assert "insp.officers          3     2 66.67%         1" in capsys.readouterr().out
    assert main(["export", path, "--xlsx", str(tmp_path / "out.xlsx")]) == 0
    assert load_workbook(tmp_path / "out.xlsx").sheetnames == list(SHEET_NAMES)
    assert main(["export", path, "--csv", str(tmp_path / "csv")]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == len(SHEET_NAMES) + 1  # xlsx path + 7 CSV
    assert main(["export", path, "--json", str(tmp_path / "out.json")]) == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["export"]["version"] == 1
    assert main(["export", path, "--json", str(tmp_path / "no" / "out.json")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["export", path, "--xlsx", str(tmp_path / "out.xls")]) == 2
