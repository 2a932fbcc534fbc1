"""Random hostile manifests and score sheets through the command line (issue 11, "done when").

Each example writes a candidate, dossier or reviewer manifest or a paper score sheet (CSV in several
encodings, or XLSX) with a valid header and cells drawn from the values that broke the program —
signs, fractions, exponents, huge numbers, control characters, line separators, formulas, long
texts — and runs the command on one panel. It must exit 0 or 2; on 2, print exactly one line that
names the file and the row (and column), and leave the panel's database as it was. No traceback:
``main`` runs in-process, so any exception fails the example. Hypothesis' deadline keeps each
example under 5 s. A few real subprocess runs check the same from outside.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.cli import main
from app.services.registry import CANDIDATE_COLUMNS, DOSSIER_COLUMNS, REVIEWER_COLUMNS
from app.services.scores import SCORE_COLUMNS
from tests.core.panel_fixtures import populated_panel

REPO = Path(__file__).resolve().parents[2]
D1 = "甲环罚〔2026〕1号"

HOSTILE = [
    "-5",
    "2.7",
    "1e309",
    "1e999999999",
    "1e99999999",
    "NaN",
    "inf",
    "-0",
    "+1",
    "0x1F",
    "1_0",
    "0",
    "1",
    "3",
    "10",
    "99",
    "１２",
    "2,5",
    "0.001",
    "9" * 30,
    "1" * 200,
    "",
    " ",
    "\x00",
    "\x07bell",
    "a\u2028b",
    "a\x85b",
    "a\u2029b",
    "\ufeffBOM",
    "x\r\ny",
    '"',
    "'",
    '"unclosed',
    "=1+1",
    "=SUM(A1:A9)",
    "是",
    "否",
    "yes",
    "2026-02-30",
    "2026年5月31日",
    "x" * 600,
    "长" * 3000,
    "name:1:questioner; 李四",
    ":::",
    "a.pdf",
    "missing.pdf",
    "../../etc/passwd",
]
# values each column takes in a good row of this panel, so that many rows get past the first checks
GOOD: dict[str, list[str]] = {
    "id": ["U1", "P1", "U9", "E1", "E9", "新"],
    "name": ["甲县生态环境局", "张三", "王专家"],
    "kind": ["county-unit", "个人", "县级集体"],
    "region": ["甲县", "乙县", ""],
    "parent": ["U1", ""],
    "officer_name": ["张三", ""],
    "officer_certificate": ["32000001", ""],
    "event:city-criticised": ["0", "1", "2"],
    "attr:self_checks": ["0", "1.5", "3"],
    "case_number": ["X-1", "X-2", D1],
    "candidate": ["U1", "P1"],
    "type": ["general", "supporting", "配套办法案卷"],
    "source": ["drawn", "推选", "recommended"],
    "code": ["", "Z-1"],
    "title": ["某公司超标排放案", ""],
    "publicised": ["是", "否", ""],
    "closing_date": ["2026-03-01", "2026/3/1", ""],
    "officers": ["张三:32000001:questioner", "李四:1", ""],
    "pdf": ["a.pdf", ""],
    "role": ["expert", "cross", "专家"],
    "unit": ["某局", ""],
    "reviewer": ["E1", "E2", "C1"],
    "dossier": [D1, "甲环罚〔2026〕3号"],
    "item": ["insp.facts", "insp.officers", ""],
    "points": ["1", "2.5", "3", ""],
    "reason_id": ["", "no-cert-number"],
    "reason": ["违法事实描述含糊", "执法人员少于两人", ""],
    "page": ["1", "3", ""],
    "veto": ["", "not-qualified"],
}
BAD = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))


def cell(column: str) -> st.SearchStrategy[str]:
    good = st.sampled_from(GOOD.get(column, [""]))
    return st.one_of(good, good, good, BAD)  # mostly good rows with a hostile cell here and there


MANIFESTS = {
    "add-candidates": (
        CANDIDATE_COLUMNS,
        ("id", "name", "kind"),
        ("event:city-criticised", "attr:self_checks"),
    ),
    "add-dossiers": (DOSSIER_COLUMNS, ("case_number", "candidate", "type", "source"), ()),
    "add-reviewers": (REVIEWER_COLUMNS, ("id", "name", "role"), ()),
    "import-scores": (SCORE_COLUMNS, ("reviewer", "dossier"), ()),
}
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "xlsx"]
WHERE = re.compile(r"row \d+(, column \S+)?: |has a header but no rows")


@pytest.fixture(scope="module")
def panel_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    populated_panel(folder).close()
    return folder / "test.dpanel"


def dump(path: Path) -> list[str]:
    """The whole database as SQL text: what "unchanged" means."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@st.composite
def sheets(draw: st.DrawFn, command: str) -> tuple[list[str], list[list[str]], str]:
    columns, required, extra = MANIFESTS[command]
    optional = [c for c in columns if c not in required] + list(extra)
    chosen = list(required) + draw(st.lists(st.sampled_from(optional), unique=True, max_size=len(optional)))
    header = draw(st.permutations(chosen))
    row = st.tuples(*(cell(column) for column in header)).map(list)
    rows = draw(st.lists(row, min_size=1, max_size=4))
    return list(header), rows, draw(st.sampled_from(ENCODINGS))


def write_sheet(folder: Path, header: list[str], rows: list[list[str]], encoding: str) -> Path:
    if encoding == "xlsx":
        path = folder / "sheet.xlsx"
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in [header, *rows]:  # openpyxl cannot write what XLSX cannot hold: as Excel would
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c).encode("utf-8", "ignore").decode() for c in row])
        book.save(path)
        return path
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    path = folder / "sheet.csv"
    try:
        path.write_bytes(buffer.getvalue().encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(buffer.getvalue().encode("utf-8"))
    return path


def check_run(capsys: pytest.CaptureFixture[str], panel: Path, command: str, sheet: Path) -> None:
    before = dump(panel)
    args = (
        [command, str(panel), str(sheet)]
        if command == "import-scores"
        else [command, str(panel), "--manifest", str(sheet)]
    )
    code = main(args)
    out, err = capsys.readouterr()
    if code == 1:  # documented: add-dossiers left out a dossier whose PDF is missing or damaged
        assert command == "add-dossiers" and "refused row" in out, (out, err)
        assert "Traceback" not in out + err
        return
    assert code in (0, 2), err
    if code == 2:
        lines = err.splitlines()
        assert len(lines) == 1, err
        prefix = f"error: {sheet}: "
        assert lines[0].startswith(prefix), lines[0]
        assert WHERE.match(lines[0][len(prefix) :]), lines[0]
        assert dump(panel) == before


FUZZ = settings(
    max_examples=int(os.environ.get("DOSSIER_PANEL_FUZZ_EXAMPLES", "15")),
    deadline=5000,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@pytest.mark.parametrize("command", sorted(MANIFESTS))
def test_random_sheets_are_imported_or_refused_with_one_line(
    command: str, panel_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.pdf").write_bytes((panel_path.parent / "a.pdf").read_bytes())

    @FUZZ
    @given(sheets(command))
    def one(sheet: tuple[list[str], list[list[str]], str]) -> None:
        header, rows, encoding = sheet
        check_run(capsys, panel_path, command, write_sheet(tmp_path, header, rows, encoding))

    one()


@pytest.mark.parametrize(
    ("ruleset", "header", "row"),
    [
        ("rudong-2024", "event:city-criticised", "-5"),
        ("rudong-2024", "event:city-criticised", "1e99999999"),
        ("taian-2021", "attr:self_checks", "1e999999999"),
    ],
)
def test_a_real_process_refuses_with_one_line(tmp_path: Path, ruleset: str, header: str, row: str) -> None:
    env = os.environ | {"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    panel = tmp_path / "p.dpanel"
    kind = "unit" if ruleset == "rudong-2024" else "county-unit"
    manifest = tmp_path / "c.csv"
    manifest.write_text(f"id,name,kind,{header}\nU1,甲,{kind},{row}\n", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120
        )

    assert run("new", str(panel), "--ruleset", ruleset).returncode == 0
    before = dump(panel)
    done = run("add-candidates", str(panel), "--manifest", str(manifest))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith(f"error: {manifest}: row 2, column {header}: ")
    assert dump(panel) == before
    assert run("results", str(panel)).returncode == 0
