"""A reviewer file's texts are cleaned as the reviewer's window cleans them (issue 11, item 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import schema
from app.services.merge import merge_files
from app.services.panel import Panel
from tests.core import test_merge
from tests.core.test_merge import D1, Loop, resign, write

loop = test_merge.loop  # the fixtures: a chair's panel and the reviewers' files
panel = test_merge.panel


def test_a_merged_reviewer_file_loses_its_control_characters(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    # an authentic file from an older or a faulty workspace: texts as they stood, controls and all
    def change(doc: dict[str, Any]) -> None:
        review = next(r for r in doc["reviews"] if r["dossier"] == D1)
        review["deductions"][0].update(reason_id=None, text="说明\x07\x1b[0m\u2028第二行", points="1")
        review["note"] = "备注\x00"

    raw = resign(loop.files["E1-1"].read_bytes(), loop.secrets["E1"], change)
    report = merge_files(panel, [write(tmp_path, "e1.dpreview", raw)])
    assert report.files[0].outcome == "merged", report.files[0].problems
    with panel.engine.connect() as conn:
        texts = set(conn.execute(select(schema.deductions.c.text)).scalars())
        notes = set(conn.execute(select(schema.reviews.c.note)).scalars())
    assert "说明[0m\n第二行" in texts and "备注" in notes


def test_a_reason_longer_than_the_window_accepts_refuses_the_file(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    # the reviewer's window stops a reason at 20,000 characters; a crafted file carried any length
    # (20,001 was stored, and one of megabytes would make `print --sheets` run for hours)
    def change(doc: dict[str, Any]) -> None:
        review = next(r for r in doc["reviews"] if r["dossier"] == D1)
        review["deductions"][0].update(reason_id=None, text="责" * 20_001, points="1")

    raw = resign(loop.files["E1-1"].read_bytes(), loop.secrets["E1"], change)
    report = merge_files(panel, [write(tmp_path, "e1.dpreview", raw)])
    assert report.files[0].outcome == "refused"
    assert [p.code for p in report.files[0].problems] == ["text_too_long"]
    with panel.engine.connect() as conn:
        assert not [t for t in conn.execute(select(schema.deductions.c.text)).scalars() if len(t) > 20_000]


def test_a_note_or_veto_reason_longer_than_the_window_accepts_refuses_the_file(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    def change(doc: dict[str, Any]) -> None:
        review = next(r for r in doc["reviews"] if r["dossier"] == D1)
        review["note"] = "注" * 20_001

    raw = resign(loop.files["E1-1"].read_bytes(), loop.secrets["E1"], change)
    report = merge_files(panel, [write(tmp_path, "e1.dpreview", raw)])
    assert report.files[0].outcome == "refused"
    assert [p.code for p in report.files[0].problems] == ["text_too_long"]
