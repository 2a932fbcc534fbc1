"""The reviewer's window on the demo panel: scoring by mouse and keyboard lands in the database."""

# ruff: noqa: F811  (the fixtures are imported from reviewer_fixtures and named as arguments)

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from app.models import schema
from app.services.panel import Panel
from app.services.review_service import ReviewService, ReviewStatus
from app.ui.reviewer.window import ReviewerWindow
from tests.ui.reviewer_fixtures import (  # noqa: F401 (fixtures)
    FakePdfView,
    WindowFactory,
    chinese_ui,
    demo_master,
    demo_panel,
    make_window,
)


def fresh(window: ReviewerWindow) -> ReviewService:
    """A second service on the same file: what the database holds, not what the window thinks."""
    return ReviewService(Panel.open(window.session.panel.path), window.session.reviewer.id)


def reopen_current(window: ReviewerWindow) -> str:
    """E1 finished every demo dossier: reopen the one in view through its header button."""
    assert window.session.current is not None and window.session.current.complete
    window.checklist.header.button.click()
    assert window.session.current.state.status is ReviewStatus.IN_PROGRESS
    return window.session.current.code


def key(window: ReviewerWindow, k: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window, k, modifier)


def test_opens_the_demo_panel_as_e1(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    assert window.dossiers.model.rowCount() == 16
    assert window.dossiers.progress_label.text() == "已完成 16 / 16"
    snap = window.session.current
    assert snap is not None and snap.code == window.dossiers.model.entries[0].code
    assert snap.entry.candidate_name  # the demo panel is not blind
    assert len(window.checklist.cards) == 14 and window.checklist.current is window.checklist.cards[0]
    assert window.checklist.read_only  # complete: nothing can change until reopened
    pdf = window.pdf
    assert isinstance(pdf, FakePdfView) and pdf.path == snap.pdf_path and pdf.page == 1
    title = window.windowTitle()
    page = f"第 1 / {snap.entry.page_count} 页"
    for part in (snap.entry.case_number, page, "周立新", window.session.title, "已保存"):
        assert part in title
    assert window.where["page"].text() == page
    assert window.checklist.header.status_word.text() == "已完成"
    assert "分" in window.checklist.header.total.text()


def test_blind_panel_hides_candidates(make_window: WindowFactory, demo_panel: Path) -> None:
    panel = Panel.open(demo_panel)
    with panel.transaction() as conn:
        conn.execute(update(schema.panel).values(blind=True))
    panel.close()
    window = make_window(demo_panel, "E1")
    assert all(e.candidate_name == "" for e in window.dossiers.model.entries)
    assert all(
        "局" not in window.dossiers.model.data(window.dossiers.model.index(r), Qt.ItemDataRole.ToolTipRole)
        for r in range(3)
    )


def test_clicking_a_reason_writes_the_database(
    make_window: WindowFactory, demo_panel: Path, qtbot: Any
) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    window.pdf.go_to(4)
    card = window.checklist.cards[1]  # 1.2 执法人员及证件
    qtbot.mouseClick(card.title, Qt.MouseButton.LeftButton)
    assert window.checklist.current is card
    before = fresh(window).score(code).total
    row = card.reasons[0]
    had = row.view is not None
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    state = fresh(window).state(code)
    mine = [d for d in state.deductions if d.item_id == card.item.id and d.reason_id == row.reason.id]
    if had:  # the demo had already ticked it: the click removed it
        assert not mine
    else:
        assert len(mine) == 1 and mine[0].page == 4 and mine[0].points == row.reason.points
        assert fresh(window).score(code).total == before - Fraction(row.reason.points or 0)
    assert row.check.isChecked() == (not had)
    assert window.where["saved"].text().startswith("已保存")
    entry = window.dossiers.model.entries[window.dossiers.model.row_of(code)]
    assert entry.status is ReviewStatus.IN_PROGRESS and entry.total == fresh(window).entries()[0].total


def test_scoring_by_keyboard(make_window: WindowFactory, demo_panel: Path, qtbot: Any) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    window.checklist.cards[0].setFocus()
    key(window, Qt.Key.Key_J)  # to 1.2
    key(window, Qt.Key.Key_J)  # to 1.3 告知权利
    card = window.checklist.current
    assert card is window.checklist.cards[2]
    assert {"insp.time-place", "insp.officers", "insp.rights"} <= fresh(window).state(code).visited
    ticked = {d.reason_id for d in fresh(window).state(code).deductions if d.item_id == card.item.id}
    key(window, Qt.Key.Key_2)
    after = {d.reason_id for d in fresh(window).state(code).deductions if d.item_id == card.item.id}
    assert after ^ ticked == {card.item.reasons[1].id}
    key(window, Qt.Key.Key_K)
    assert window.checklist.current is window.checklist.cards[1]
    key(window, Qt.Key.Key_F)  # free deduction: points, then the written reason
    editor = window.checklist.current.editor
    assert editor is not None and editor.spin.hasFocus()
    editor.spin.setValue(1.5)
    QTest.keyClick(editor.spin, Qt.Key.Key_Tab)
    editor.text.insert("执法证件号码模糊")  # what an input method commits
    QTest.keyClick(editor.text, Qt.Key.Key_Return)
    free = [d for d in fresh(window).state(code).deductions if d.text == "执法证件号码模糊"]
    assert len(free) == 1 and free[0].points == Decimal("1.5") and free[0].reason_id is None
    assert editor.text.text() == ""  # cleared once saved


def test_undo_and_redo(make_window: WindowFactory, demo_panel: Path, qtbot: Any) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    card = window.checklist.cards[0]
    row = next(r for r in card.reasons if r.view is None)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    added = [
        d
        for d in fresh(window).state(code).deductions
        if d.reason_id == row.reason.id and d.item_id == card.item.id
    ]
    assert len(added) == 1
    assert window.registry.actions["undo"].isEnabled()
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(d.uid != added[0].uid for d in fresh(window).state(code).deductions)
    assert not row.check.isChecked()
    key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert any(d.uid == added[0].uid for d in fresh(window).state(code).deductions)
    assert row.check.isChecked()
    window.checklist.current.note.setText("证件号需核实")  # type: ignore[union-attr]
    window.checklist.current.note.editingFinished.emit()  # type: ignore[union-attr]
    assert fresh(window).state(code).item_notes[card.item.id] == "证件号需核实"
    window.undo()
    assert fresh(window).state(code).item_notes.get(card.item.id, "") == ""


def test_a_veto_needs_a_written_reason(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    key(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.checklist.vetoes is not None
    row = window.checklist.vetoes.rows[0]
    assert row.editor.isVisible() and row.text.hasFocus()
    row.confirm.click()  # no reason: nothing is written
    assert fresh(window).state(code).vetoes == ()
    row.text.insert("询问笔录仅一名执法人员签名")
    QTest.keyClick(row.text, Qt.Key.Key_Return)
    vetoes = fresh(window).state(code).vetoes
    assert [(v.veto_id, v.reason) for v in vetoes] == [(row.veto.id, "询问笔录仅一名执法人员签名")]
    assert vetoes[0].page == 1  # anchored to the page in view
    assert not row.editor.isVisible() and row.check.isChecked()
    assert window.checklist.header.veto_line.isVisible()
    window.undo()
    assert fresh(window).state(code).vetoes == ()
    assert not row.check.isChecked()


def test_an_anchor_jumps_to_its_page(make_window: WindowFactory, demo_panel: Path, qtbot: Any) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    pdf = window.pdf
    assert isinstance(pdf, FakePdfView)
    pdf.go_to(6)
    card = window.checklist.cards[0]
    row = next(r for r in card.reasons if r.view is None)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert row.view is not None and row.view.page == 6
    assert (6, None) in pdf.anchors
    key(window, Qt.Key.Key_B)  # draw a box for the latest deduction
    assert pdf.drawing
    pdf.draw(3, (72.0, 100.0, 300.0, 160.0))
    saved = next(d for d in fresh(window).state(code).deductions if d.uid == row.view.uid)
    assert (saved.page, saved.rect) == (3, (72.0, 100.0, 300.0, 160.0))
    pdf.go_to(9)
    pdf.calls.clear()
    qtbot.waitUntil(lambda: row.anchor.jump.height() > 1)  # laid out, as before any real click
    qtbot.mouseClick(row.anchor.jump, Qt.MouseButton.LeftButton)
    assert pdf.calls == [("go_to", 3, (72.0, 100.0, 300.0, 160.0))]
    key(window, Qt.Key.Key_A)  # back to the page in view (3), without the box
    saved = next(d for d in fresh(window).state(code).deductions if d.uid == row.view.uid)
    assert (saved.page, saved.rect) == (3, None)


def test_completion_warns_about_items_never_looked_at(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    bar = window.messages
    assert bar.isVisible() and bar.kind == "warning"
    assert "尚未查看" in bar.label.text() and "1.1 检查时间、地点" in bar.label.text()
    assert fresh(window).state(code).status is ReviewStatus.IN_PROGRESS
    accept = next(b for b in bar.buttons if b.text() == "仍然完成")
    accept.click()
    assert fresh(window).state(code).status is ReviewStatus.COMPLETE
    assert window.checklist.read_only
    assert "已完成 16 / 16" in bar.label.text()


def test_completion_is_blocked_until_every_deduction_has_a_page(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.review import library
    from app.review.checklist import Checklist
    from tests.core import panel_fixtures

    base = library.checklist("inspection-interrogation")
    anchored = Checklist.model_validate({**base.model_dump(), "require_anchor": True})
    monkeypatch.setattr(
        panel_fixtures,
        "new_panel",
        lambda tmp: Panel.create(
            tmp / "test.dpanel", panel_fixtures.RULESET, checklists={anchored.id: anchored}, title="测试面板"
        ),
    )
    panel = panel_fixtures.populated_panel(tmp_path)
    path = panel.path
    panel.close()
    window = make_window(path, "E1")
    window.registry.actions["auto_anchor"].setChecked(False)
    assert not window.scoring.auto_anchor
    card = window.checklist.cards[4]
    window.checklist.set_current_item(card.item.id)
    card.reasons[0].check.click()
    key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    text = window.messages.label.text()
    assert "1.5 现场情况记载" in text and "页码" in text
    assert fresh(window).state(window.session.current.code).status is ReviewStatus.IN_PROGRESS  # type: ignore[union-attr]
    assert not any(b.text() == "仍然完成" for b in window.messages.buttons)


def test_the_window_reopens_where_it_was_left(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    third = window.dossiers.model.entries[2].code
    window.dossiers.view.setCurrentIndex(window.dossiers.model.index(2))
    assert window.session.current is not None and window.session.current.code == third
    window.pdf.go_to(5)
    window.pdf.set_zoom(1.5)
    window.splitter.setSizes([200, 600, 500])
    sizes = window.splitter.sizes()
    window.close()

    again = make_window(demo_panel, "E1")
    assert again.session.current is not None and again.session.current.code == third
    pdf = again.pdf
    assert isinstance(pdf, FakePdfView)
    assert pdf.calls[0] == ("open_document", again.session.current.pdf_path, 5, 1.5)
    assert again.splitter.sizes() == sizes


def test_a_write_error_rolls_the_screen_back(
    make_window: WindowFactory, demo_panel: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    before = fresh(window).state(code).deductions

    def disk_full(*_a: Any, **_k: Any) -> None:
        raise OperationalError("INSERT INTO deductions", {}, Exception("database or disk is full"))

    monkeypatch.setattr(window.session.service, "add_deduction", disk_full)
    card = window.checklist.cards[0]
    row = next(r for r in card.reasons if r.view is None)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert not row.check.isChecked()  # rolled back to what the file holds
    assert fresh(window).state(code).deductions == before
    assert window.messages.isVisible() and "磁盘已满" in window.messages.label.text()
    assert window.where["saved"].text() == "未保存！"
    assert not window.registry.actions["undo"].isEnabled()
    monkeypatch.undo()
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)  # space freed: it saves again
    assert row.check.isChecked() and window.where["saved"].text().startswith("已保存")


def test_shortcuts_are_in_tooltips_and_the_cheat_sheet(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    assert "(J / Alt+↓)" in window.registry.actions["next_item"].toolTip()
    assert "(1)" in window.checklist.cards[0].reasons[0].check.toolTip()
    key(window, Qt.Key.Key_F1)
    sheet = window.cheat_sheet
    assert sheet is not None and sheet.isVisible()
    keys = {e.keys for e in window.registry.entries}
    assert {"J / Alt+↓", "1 – 9", "Ctrl+Z", "F1 / ?"} <= keys


def test_next_dossier_and_list_choice(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    first, second = (e.code for e in window.dossiers.model.entries[:2])
    key(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current is not None and window.session.current.code == second
    assert window.dossiers.view.currentIndex().row() == 1
    key(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current.code == first


def test_a_complete_dossier_is_not_changed_by_undo(make_window: WindowFactory, demo_panel: Path) -> None:
    window = make_window(demo_panel, "E1")
    code = reopen_current(window)
    window.checklist.cards[0].reasons[0].check.click()
    before = fresh(window).state(code).deductions
    window.session.complete(accept_warnings=True)
    assert fresh(window).state(code).status is ReviewStatus.COMPLETE
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fresh(window).state(code).deductions == before
    key(window, Qt.Key.Key_1)  # read-only: the number keys change nothing either
    assert fresh(window).state(code).deductions == before


def test_file_open_asks_for_a_file_and_hands_it_on(
    make_window: WindowFactory, demo_panel: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """File ▸ Open… (Ctrl+O): the chosen package goes to whoever started the window (the launcher)."""
    from PySide6.QtWidgets import QFileDialog

    window = make_window(demo_panel, "E1")
    chosen = tmp_path / "E2.dppkg"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    asked: list[Path] = []
    window.open_requested.connect(asked.append)
    window.registry.actions["open"].trigger()
    assert asked == [chosen]
    assert window.registry.actions["open"].text() == "打开评审包或评查面板…"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.registry.actions["open"].trigger()  # cancelled: nothing handed on
    assert asked == [chosen]
