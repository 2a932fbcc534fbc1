"""Ids that later become file and folder names are checked when they enter the panel (issue 11.4).

A reviewer id ``../../x``, a candidate id ``CON`` or a dossier code ``a/b`` was accepted by
``add-reviewers`` / ``add-candidates`` / ``add-dossiers`` and assigned, and only ``package`` then
refused the whole run ("carries a name that cannot be used safely"), after the chair had built the
panel around it. Now the manifest is refused at its row and column by the same rule
(``app.exchange.safe_names``), and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from tests.core.panel_fixtures import make_pdf, write_csv

UNSAFE = ["../../x", "C:\\x", "\\\\srv\\x", "CON", "nul.txt", "/abs", "a/b", "E1."]


def _panel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    panel = tmp_path / "p.dpanel"
    assert main(["new", str(panel), "--ruleset", "xinjiang-2017"]) == 0
    capsys.readouterr()
    return panel


def _refused(
    capsys: pytest.CaptureFixture[str], args: list[str], manifest: Path, where: str, panel: Path
) -> None:
    before = panel.read_bytes()
    assert main(args) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {manifest}: {where}: "), lines[0]
    assert "file or folder name" in lines[0]
    assert panel.read_bytes() == before


@pytest.mark.parametrize("value", UNSAFE)
def test_an_unsafe_reviewer_id_is_refused_at_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    panel = _panel(tmp_path, capsys)
    manifest = write_csv(
        tmp_path / "r.csv", ["id", "name", "role"], [["E1", "甲", "expert"], [value, "乙", "expert"]]
    )
    _refused(
        capsys,
        ["add-reviewers", str(panel), "--manifest", str(manifest)],
        manifest,
        "row 3, column id",
        panel,
    )


@pytest.mark.parametrize("value", UNSAFE)
def test_an_unsafe_candidate_id_is_refused_at_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    panel = _panel(tmp_path, capsys)
    manifest = write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [[value, "甲局", "county-unit"]])
    _refused(
        capsys,
        ["add-candidates", str(panel), "--manifest", str(manifest)],
        manifest,
        "row 2, column id",
        panel,
    )


def test_an_unsafe_dossier_code_or_case_number_is_refused_at_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = _panel(tmp_path, capsys)
    candidates = write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [["U1", "甲局", "county-unit"]])
    assert main(["add-candidates", str(panel), "--manifest", str(candidates)]) == 0
    make_pdf(tmp_path / "a.pdf")
    header = ["case_number", "candidate", "type", "source", "code", "pdf"]
    manifest = write_csv(
        tmp_path / "d.csv", header, [["甲〔2017〕1号", "U1", "penalty", "recommended", "../x", "a.pdf"]]
    )
    capsys.readouterr()
    _refused(
        capsys,
        ["add-dossiers", str(panel), "--manifest", str(manifest)],
        manifest,
        "row 2, column code",
        panel,
    )
    # without a code the case number is the code: one with a slash needs a code of its own
    manifest = write_csv(
        tmp_path / "d2.csv", header, [["甲/2017/1", "U1", "penalty", "recommended", "", "a.pdf"]]
    )
    _refused(
        capsys,
        ["add-dossiers", str(panel), "--manifest", str(manifest)],
        manifest,
        "row 2, column case_number",
        panel,
    )
    manifest = write_csv(
        tmp_path / "d3.csv", header, [["甲/2017/1", "U1", "penalty", "recommended", "J-1", "a.pdf"]]
    )
    assert main(["add-dossiers", str(panel), "--manifest", str(manifest)]) == 0
