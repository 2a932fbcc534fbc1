"""Small panels whose composition the chair settles, one per rule set that asks for it: Rudong 2024
(an extra dossier, a dossier shared by an individual and the unit, the unit's grade, the mobile-system
check), Xinjiang 2017 (one case handed in under two categories: which copy stands), Jiangsu 2016 (a
city with three counties, two of them pooled). Built through the command line, as a chair would."""

from __future__ import annotations

from pathlib import Path

from app.cli import main
from tests.core.panel_fixtures import make_pdf, write_csv

OFFICER = "王五:32000001:inspector|questioner|handler"


def _build(
    path: Path,
    ruleset: str,
    candidates: list[list[str]],
    header: list[str],
    dossiers: list[list[object]],
    *,
    reviewers: bool = True,
) -> Path:
    folder = path.parent
    assert main(["new", str(path), "--ruleset", ruleset]) == 0
    write_csv(folder / "c.csv", candidates[0], [list(r) for r in candidates[1:]])
    assert main(["add-candidates", str(path), "--manifest", str(folder / "c.csv")]) == 0
    if dossiers:
        make_pdf(folder / "a.pdf")
        write_csv(folder / "d.csv", header, dossiers)
        assert main(["add-dossiers", str(path), "--manifest", str(folder / "d.csv")]) == 0
    if not reviewers:
        return path
    rows = [["E1", "张专家", "专家", "南通", "市局"], ["C1", "李交叉", "交叉", "南京", "市局"]]
    write_csv(folder / "r.csv", ["id", "name", "role", "region", "unit"], rows)
    assert main(["add-reviewers", str(path), "--manifest", str(folder / "r.csv")]) == 0
    return path


def rudong_panel(folder: Path, *, reviewers: bool = True) -> Path:
    header = ["code", "case_number", "candidate", "type", "source", "closing_date", "officers", "pdf"]
    rows: list[list[object]] = [
        ["U1-a", "东环罚〔2024〕7号", "U1", "penalty", "drawn", "2024-05-01", "", "a.pdf"],  # P1's too
        ["U1-b", "东环罚〔2024〕2号", "U1", "penalty", "drawn", "2024-05-01", "", "a.pdf"],
        ["U1-c", "东环罚〔2024〕3号", "U1", "penalty", "drawn", "2024-05-01", "", "a.pdf"],
        ["P1-a", "东环罚〔2024〕7号", "P1", "general", "drawn", "2024-05-01", OFFICER, "a.pdf"],
        ["P1-b", "东环封〔2024〕1号", "P1", "supporting-measures", "drawn", "2024-05-01", OFFICER, "a.pdf"],
    ]
    candidates = [
        ["id", "name", "kind", "officer_name", "officer_certificate"],
        ["U1", "如东县生态环境局", "unit", "", ""],
        ["P1", "王五", "individual", "王五", "32000001"],
    ]
    return _build(folder / "rudong.dpanel", "rudong-2024", candidates, header, rows, reviewers=reviewers)


def xinjiang_panel(folder: Path) -> Path:
    header = ["code", "case_number", "candidate", "type", "source", "closing_date", "decision_date", "pdf"]
    rows: list[list[object]] = [
        ["YL-P1", "伊环罚〔2017〕1号", "YL", "penalty", "推选", "2017-08-01", "2017-07-01", "a.pdf"],
        ["YL-T1", "伊环罚〔2017〕1号", "YL", "police-transfer", "推选", "2017-08-01", "2017-07-01", "a.pdf"],
    ]
    candidates = [["id", "name", "kind"], ["YL", "伊犁州环保局", "地州市级候选集体"]]
    return _build(folder / "xinjiang.dpanel", "xinjiang-2017", candidates, header, rows)


def jiangsu_panel(folder: Path) -> Path:
    candidates = [
        ["id", "name", "kind", "parent"],
        ["SZ", "苏州市环保局", "city-unit", ""],
        ["K1", "昆山市环保局", "county-unit", "SZ"],
        ["K2", "太仓市环保局", "county-unit", "SZ"],
        ["K3", "常熟市环保局", "county-unit", "SZ"],
    ]
    return _build(folder / "jiangsu.dpanel", "jiangsu-2016", candidates, [], [])
