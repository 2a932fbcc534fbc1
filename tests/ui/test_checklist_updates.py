"""After each save the checklist redraws only what changed, and still shows what the database holds.

``ItemCard.refreshes`` counts the times a card was redrawn; ``shows_the_database`` compares every card,
section total, the header, the vetoes and the read-only state with a second service's fresh read.
"""

# ruff: noqa: F811  (the fixtures are imported from reviewer_fixtures and named as arguments)

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy.exc import OperationalError

from app.review.points import format_points
from app.services.panel import Panel
from app.services.review_service import ReviewService, ReviewStatus
from app.ui.reviewer.checklist_panel import EMPTY_CARD, card_states
from app.ui.reviewer.session import DossierSnapshot
from app.ui.reviewer.window import ReviewerWindow
from tests.ui.reviewer_fixtures import (  # noqa: F401 (fixtures)
    WindowFactory,
    chinese_ui,
    demo_master,
    demo_panel,
    make_window,
)


def fresh_snapshot(window: ReviewerWindow) -> DossierSnapshot:
    """The dossier in view as a second service reads it from the file."""
    assert window.session.current is not None
    code = window.session.current.code
    panel = Panel.open(window.session.panel.path)
    try:
        service = ReviewService(panel, window.session.reviewer.id)
        state = service.state(code)
        score = service.score(code, state)
        return DossierSnapshot(window.session.current.entry, service.checklist(code), state, score, None)
    finally:
        panel.close()


def shows_the_database(window: ReviewerWindow) -> None:
    snap = fresh_snapshot(window)
    panel = window.checklist
    states = card_states(snap)
    for card in panel.cards:
        expected = states.get(card.item.id, EMPTY_CARD)
        assert card.shown == expected, card.item.id
        ticked = {v.reason_id for v in expected.views if v.reason_id}
        assert [r.check.isChecked() for r in card.reasons] == [r.reason.id in ticked for r in card.reasons]
    for title in {id(t): t for t in panel.section_of.values()}.values():
        off = sum((snap.score.item_deducted.get(i, Decimal(0)) for i in title.items), Decimal(0))
        assert title.off == off
        assert f"{format_points(title.maximum - off)} / {format_points(title.maximum)}" in title.label.text()
    assert format_points(snap.score.total) in panel.header.total.text()
    assert panel.header.complete is (snap.state.status is ReviewStatus.COMPLETE)
    if panel.vetoes is not None:
        set_ids = {v.veto_id for v in snap.state.vetoes}
        for r in panel.vetoes.rows:  # ticked when set, or while its reason is being written
            assert r.check.isChecked() is (r.veto.id in set_ids or r.editor.isVisibleTo(r))
            assert r.reason.isVisibleTo(r) is (r.veto.id in set_ids)
        assert panel.header.veto_line.isVisibleTo(panel.header) is bool(set_ids)
    assert panel.read_only is (snap.state.status is ReviewStatus.COMPLETE)
    assert all(r.check.isEnabled() is not panel.read_only for c in panel.cards for r in c.reasons)


def reopen(window: ReviewerWindow) -> None:
    """E1 finished every demo dossier: reopen the one in view."""
    assert window.session.current is not None and window.session.current.complete
    window.checklist.header.button.click()
    assert not window.session.current.complete


def test_a_deduction_redraws_only_its_card(make_window: WindowFactory, demo_panel: Path, qtbot: Any) -> None:
    window = make_window(demo_panel, "E1")
    reopen(window)
    cards = list(window.checklist.cards)
    card = cards[3]
    window.checklist.set_current_item(card.item.id)
    before = [c.refreshes for c in cards]
    header_before = window.checklist.header.refreshes
    row = next(r for r in card.reasons if r.view is None)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert row.view is not None
    assert window.checklist.cards == cards  # the same card objects, none rebuilt
    after = [c.refreshes for c in cards]
    assert [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b] == [3]
    assert window.checklist.header.refreshes == header_before + 1
    shows_the_database(window)


def test_every_kind_of_change_leaves_the_right_state(
    make_window: WindowFactory, demo_panel: Path, qtbot: Any
) -> None:
    window = make_window(demo_panel, "E1")
    shows_the_database(window)  # complete, read-only
    reopen(window)
    shows_the_database(window)
    panel = window.checklist
    card = panel.cards[0]
    row = next(r for r in card.reasons if r.view is None)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)  # a reason ticked
    shows_the_database(window)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)  # and unticked
    shows_the_database(window)
    free = next(c for c in panel.cards if c.editor is not None)
    panel.set_current_item(free.item.id)
    assert free.editor is not None
    free.editor.text.setText("记录不完整")
    free.editor.submit()  # a free deduction
    assert free.free_lines
    shows_the_database(window)
    window.undo()  # undone
    assert not any(v.text == "记录不完整" for v in fresh_snapshot(window).state.deductions)
    shows_the_database(window)
    window.redo()
    shows_the_database(window)
    assert panel.vetoes is not None
    veto = panel.vetoes.rows[0]
    veto.check.click()
    veto.text.setText("询问笔录仅一名执法人员签名")
    QTest.keyClick(veto.text, Qt.Key.Key_Return)  # a veto
    assert fresh_snapshot(window).state.vetoes
    shows_the_database(window)
    window.undo()
    shows_the_database(window)
    window.session.complete(accept_warnings=True)  # complete: every card read-only
    shows_the_database(window)
    window.checklist.header.button.click()  # reopen
    shows_the_database(window)
    current = window.session.current
    assert current is not None
    other = next(c for c in window.session.entries if c != current.code)
    window.open_dossier(other)  # switching dossier
    assert window.session.current is not None and window.session.current.code == other
    shows_the_database(window)


def test_a_failed_save_shows_what_is_saved(
    make_window: WindowFactory, demo_panel: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_panel, "E1")
    reopen(window)
    panel = window.checklist

    def disk_full(*_a: Any, **_k: Any) -> None:
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    service = window.session.service
    for name in ("add_deduction", "remove_deduction", "update_deduction", "set_veto"):
        monkeypatch.setattr(service, name, disk_full)
    card = panel.cards[0]
    fresh_row = next(r for r in card.reasons if r.view is None)
    refreshes = card.refreshes
    qtbot.mouseClick(fresh_row.check, Qt.MouseButton.LeftButton)  # a tick that cannot be saved
    assert not fresh_row.check.isChecked()
    assert card.refreshes == refreshes + 1  # redrawn although its state did not change
    shows_the_database(window)
    ticked = next((r for c in panel.cards for r in c.reasons if r.view is not None), None)
    if ticked is not None:
        qtbot.mouseClick(ticked.check, Qt.MouseButton.LeftButton)  # an untick that cannot be saved
        assert ticked.check.isChecked()
        shows_the_database(window)
    assert panel.vetoes is not None
    veto = panel.vetoes.rows[0]
    veto.check.click()
    veto.text.setText("询问笔录仅一名执法人员签名")
    QTest.keyClick(veto.text, Qt.Key.Key_Return)  # a veto that cannot be saved
    assert not fresh_snapshot(window).state.vetoes
    assert veto.editor.isVisibleTo(veto) and veto.text.text()  # kept, to try again
    shows_the_database(window)
