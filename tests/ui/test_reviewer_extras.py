"""The reviewer window with the real PDF view, on a workspace, on a small screen; translations; the CLI."""

# ruff: noqa: F811  (the fixtures are imported from reviewer_fixtures and named as arguments)

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import insert, select

from app.models import schema
from app.services.panel import Panel
from app.services.review_service import CompletionProblem, ReviewStatus
from app.ui.shared import look, messages
from app.ui.shared.settings import UiSettings
from tests.ui.reviewer_fixtures import (  # noqa: F401 (fixtures)
    WindowFactory,
    chinese_ui,
    demo_master,
    demo_panel,
    make_window,
)

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "dossier_panel_zh_CN.ts"


def test_the_real_pdf_view_shows_the_dossier_and_its_anchors(
    make_window: WindowFactory, demo_panel: Path, qtbot: Any
) -> None:
    from app.ui.pdf.view import PdfView

    window = make_window(demo_panel, "E1", pdf=PdfView)
    snap = window.session.current
    assert snap is not None
    qtbot.waitUntil(lambda: window.page == (1, snap.entry.page_count), timeout=20_000)
    anchored = next(d for d in snap.state.deductions if d.page is not None and d.page > 1)
    card = window.checklist.card(anchored.item_id)
    assert card is not None
    window.checklist.set_current_item(card.item.id)
    line = (
        next(r.anchor for r in card.reasons if r.view is not None and r.view.uid == anchored.uid)
        if anchored.reason_id
        else None
    )
    if line is None:
        line = next(f.anchor for f in card.free_lines if f.view.uid == anchored.uid)
    qtbot.mouseClick(line.jump, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.page[0] == anchored.page, timeout=10_000)
    assert f"第 {anchored.page} / {snap.entry.page_count} 页" in window.windowTitle()
    window.close()  # stops the render process


def make_workspace(panel_path: Path, out: Path, reviewer: str = "E3") -> Path:
    """A reviewer's workspace through the offline loop: assign, package, open the package."""
    from app.services.packages import build_packages
    from app.services.workspace import open_package

    panel = Panel.open(panel_path)
    with panel.transaction() as conn:
        a = schema.assignments
        conn.execute(a.delete().where(a.c.reviewer_id == reviewer))  # the demo may assign already
        ids = conn.execute(select(schema.dossiers.c.id).order_by(schema.dossiers.c.code)).scalars().all()
        conn.execute(
            insert(a),
            [{"reviewer_id": reviewer, "dossier_id": i, "created_at": datetime(2026, 1, 1)} for i in ids[:3]],
        )
    built = build_packages(panel, out / "packages", reviewer_ids=[reviewer])
    panel.close()
    return open_package(
        built[0][1], out / "workspaces", passphrase=workspace_passphrase(panel_path, reviewer)
    )


def workspace_passphrase(panel_path: Path, reviewer: str) -> str:
    """The passphrase of the reviewer's newest package (what their slip says)."""
    from app.services.panel_keys import passphrases

    with Panel.open(panel_path) as panel, panel.engine.connect() as conn:
        return passphrases(conn)[reviewer]


def test_a_workspace_opens_as_its_reviewer_and_exports(
    make_window: WindowFactory, demo_panel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = make_workspace(demo_panel, tmp_path)
    window = make_window(workspace.parent, None)  # the folder is enough; the reviewer is in its meta
    assert window.session.reviewer.id == "E3" and window.dossiers.model.rowCount() == 3
    card = window.checklist.cards[0]
    card.reasons[0].check.click()
    export = window.registry.actions["export"]
    assert export.isEnabled()
    target = tmp_path / "E3.dpreview"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    slip = workspace_passphrase(demo_panel, "E3")
    answers = ["2222-2222-2222-" + slip[15:], None]  # a wrong one, then cancelled when asked again
    asked: list[str] = []

    def answer(_parent: object, _what: str, problem: str) -> str | None:
        asked.append(problem)
        return answers.pop(0)

    window.ask_passphrase = answer
    export.trigger()
    assert len(asked) == 2 and asked[0] == "" and "口令" in asked[1]  # told why, asked again
    assert not target.exists()  # nothing signed without the passphrase
    answers[:] = [slip]
    export.trigger()
    assert target.is_file() and target.stat().st_size > 0
    assert window.messages.isVisible() and str(target) in window.messages.label.text()


def test_export_waits_for_the_offline_loop_on_a_chairs_panel(
    make_window: WindowFactory, demo_panel: Path
) -> None:
    window = make_window(demo_panel, "E1")
    export = window.registry.actions["export"]
    assert not export.isEnabled() and "离线" in export.toolTip()


def test_fits_a_1366_by_768_laptop_at_125_percent(make_window: WindowFactory, demo_panel: Path) -> None:
    """1366×768 at 125 % leaves about 1093×560 logical pixels for the window; nothing scrolls sideways."""
    window = make_window(demo_panel, "E3", size=(1093, 560))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1093 and hint.height() <= 560
    assert window.width() <= 1093
    checklist = window.checklist
    assert checklist.width() >= 360
    content = checklist.scroller.widget()
    assert content is not None and content.minimumSizeHint().width() <= checklist.scroller.viewport().width()
    for card in checklist.cards:
        checklist.set_current_item(card.item.id)
        assert content.minimumSizeHint().width() <= checklist.scroller.viewport().width(), card.item.id
    pdf_width = window.splitter.sizes()[1]
    assert pdf_width >= 420  # an A4 page at fit width: about 0.75 of its size, 0.9 on the screen's pixels


def test_every_string_is_translated_and_compiled() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sources = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    assert {"Next item", "Mark complete", "{points} pts", "Not saved!"} <= sources
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))  # compiled (scripts/build_translations.py)
    assert translator.translate("Actions", "Mark complete") == "完成评查"


def test_words_in_chinese_and_points_with_a_dot(chinese_ui: None) -> None:
    assert look.status_word(ReviewStatus.IN_PROGRESS) == "进行中"
    assert look.points(3.5) == "3.5 分"  # type: ignore[arg-type]
    assert look.deducted(2) == "扣 2 分"
    assert QCoreApplication.translate("ReviewerWindow", "Saved {time}") == "已保存 {time}"


def test_blocking_problems_are_named_by_item(demo_panel: Path, chinese_ui: None) -> None:
    panel = Panel.open(demo_panel)
    checklist = next(iter(panel.checklists.values()))
    text = messages.blocking_text(
        [
            CompletionProblem("anchor_required", "insp.facts", True),
            CompletionProblem("reason_text_required", "insp.officers", True),
        ],
        checklist,
    )
    panel.close()
    assert (
        text.startswith("尚不能完成")
        and "1.5 现场情况记载：扣分须锚定案卷页码" in text
        and "1.2 执法人员及证件" in text
    )


def test_language_choice_is_remembered(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    assert UiSettings().language == "zh_CN"
    window.set_language("en")
    assert UiSettings().language == "en"
    assert "English" in window.messages.label.text()


def test_the_gui_command_is_on_the_command_line() -> None:
    from app.cli import build_parser
    from app.commands.gui import cmd_gui

    args = build_parser().parse_args(["gui", "panel.dpanel", "--reviewer", "E1"])
    assert args.func is cmd_gui and args.path == "panel.dpanel" and args.reviewer == "E1"
    source = (REPO / "app" / "commands" / "gui.py").read_text(encoding="utf-8")
    assert "\nfrom PySide6" not in source and "\nimport PySide6" not in source  # Qt only inside the command
