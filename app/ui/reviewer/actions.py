"""The reviewer window's actions, menus and toolbar, made through the shortcut registry.

Kept apart from the window module so that it stays about behaviour; every action here calls one of
the window's commands (``ReviewerCommands``), so this module does not import the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from app.ui.reviewer.shortcuts import ShortcutRegistry
from app.ui.shared.look import translate
from app.ui.shared.settings import UiSettings

Std = QKeySequence.StandardKey


class ReviewerCommands(Protocol):
    """What the actions call: the reviewer window's commands."""

    @property
    def checklist(self) -> Any: ...  # the ChecklistPanel
    @property
    def dossiers(self) -> QWidget: ...
    @property
    def settings(self) -> UiSettings: ...

    def changeable(self) -> bool: ...
    def focus_free(self) -> None: ...
    def anchor_latest_here(self) -> None: ...
    def anchor_latest_draw(self) -> None: ...
    def auto_anchor_toggled(self) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def request_complete(self) -> None: ...
    def request_reopen(self) -> None: ...
    def step_dossier(self, step: int) -> None: ...
    def toggle_list(self) -> None: ...
    def export_reviewer_file(self) -> None: ...
    def ask_open_file(self) -> None: ...
    def step_page(self, step: int) -> None: ...
    def go_to_page(self, page: int) -> None: ...
    def pdf_call(self, name: str, *args: Any) -> None: ...
    def show_cheat_sheet(self) -> None: ...
    def set_language(self, code: str) -> None: ...


def build_actions(window: QMainWindow, w: ReviewerCommands) -> ShortcutRegistry:
    """The window's actions in the shortcut registry, and its menus. ``window`` and ``w`` are the same
    reviewer window: one as the Qt parent, one for what the actions do."""
    reg = ShortcutRegistry(window)
    _scoring_actions(reg, w)
    _dossier_actions(reg, w, window)
    _pdf_actions(reg, w)
    reg.action(
        "cheat_sheet",
        translate("Actions", "General"),
        translate("Actions", "Keyboard shortcuts"),
        ["F1", "?"],
        w.show_cheat_sheet,
    )
    _menus(reg, w, window)
    return reg


def _scoring_actions(reg: ShortcutRegistry, w: ReviewerCommands) -> None:
    scoring = translate("Actions", "Scoring")
    reg.action(
        "next_item",
        scoring,
        translate("Actions", "Next item"),
        ["J", "Alt+Down"],
        lambda: w.checklist.step(1),
    )
    reg.action(
        "previous_item",
        scoring,
        translate("Actions", "Previous item"),
        ["K", "Alt+Up"],
        lambda: w.checklist.step(-1),
    )
    for n in range(1, 10):
        reg.action(
            f"reason_{n}",
            scoring,
            translate("Actions", "Reason {n}").format(n=n),
            [str(n)],
            _reason(w, n),
            listed=False,
        )
        reg.action(
            f"veto_{n}",
            scoring,
            translate("Actions", "Veto {n}").format(n=n),
            [f"Alt+{n}"],
            _veto(w, n),
            listed=False,
        )
    reg.note(
        scoring, "1 – 9", translate("Actions", "Tick or untick the current item's reason with that number")
    )
    reg.note(
        scoring,
        "Alt+1 – Alt+9",
        translate("Actions", "Set (with a written reason) or clear the veto with that number"),
    )
    reg.action(
        "free",
        scoring,
        translate("Actions", "Free deduction…"),
        ["F"],
        w.focus_free,
        tip=translate("Actions", "Free deduction with a written reason"),
    )
    reg.action("item_note", scoring, translate("Actions", "Note on the item"), ["N"], w.checklist.focus_note)
    reg.action(
        "anchor_here",
        scoring,
        translate("Actions", "Anchor to this page"),
        ["A"],
        w.anchor_latest_here,
        tip=translate("Actions", "Anchor the current item's latest deduction to the page in view"),
    )
    reg.action(
        "anchor_draw",
        scoring,
        translate("Actions", "Draw evidence box"),
        ["B"],
        w.anchor_latest_draw,
        tip=translate("Actions", "Draw a box round the evidence for the current item's latest deduction"),
    )
    auto = reg.action(
        "auto_anchor",
        scoring,
        translate("Actions", "Anchor new deductions to the page in view"),
        ["Ctrl+Shift+A"],
        w.auto_anchor_toggled,
        checkable=True,
    )
    auto.blockSignals(True)
    auto.setChecked(w.settings.flag("auto_anchor", True))
    auto.blockSignals(False)
    undo = reg.action("undo", scoring, translate("Actions", "Undo"), ["Ctrl+Z"], w.undo)
    redo = reg.action("redo", scoring, translate("Actions", "Redo"), ["Ctrl+Y", "Ctrl+Shift+Z"], w.redo)
    undo.setEnabled(False)
    redo.setEnabled(False)
    reg.action(
        "complete",
        scoring,
        translate("Actions", "Mark complete"),
        ["Ctrl+Return", "Ctrl+Enter"],
        w.request_complete,
    )
    reg.action(
        "reopen", scoring, translate("Actions", "Reopen dossier"), ["Ctrl+Shift+Return"], w.request_reopen
    )


def _dossier_actions(reg: ShortcutRegistry, w: ReviewerCommands, window: QMainWindow) -> None:
    dossier, general = translate("Actions", "Dossiers"), translate("Actions", "General")
    reg.action(
        "next_dossier",
        dossier,
        translate("Actions", "Next dossier"),
        ["Ctrl+PgDown"],
        lambda: w.step_dossier(1),
    )
    reg.action(
        "previous_dossier",
        dossier,
        translate("Actions", "Previous dossier"),
        ["Ctrl+PgUp"],
        lambda: w.step_dossier(-1),
    )
    reg.action(
        "toggle_list",
        dossier,
        translate("Actions", "Show or hide the dossier list"),
        ["Ctrl+L"],
        w.toggle_list,
    )
    reg.action(
        "export", dossier, translate("Actions", "Export reviewer file…"), ["Ctrl+E"], w.export_reviewer_file
    )
    reg.action("open", general, translate("Actions", "Open package or panel…"), [Std.Open], w.ask_open_file)
    reg.action("quit", general, translate("Actions", "Quit"), [Std.Quit], window.close)


def _pdf_actions(reg: ShortcutRegistry, w: ReviewerCommands) -> None:
    pdf = translate("Actions", "PDF")
    # Keys the PDF view answers itself while it has the focus: elsewhere these actions pass them on.
    local = [w.dossiers, w.checklist]
    reg.action(
        "next_page", pdf, translate("Actions", "Next page"), ["PgDown"], lambda: w.step_page(1), local=local
    )
    reg.action(
        "previous_page",
        pdf,
        translate("Actions", "Previous page"),
        ["PgUp"],
        lambda: w.step_page(-1),
        local=local,
    )
    reg.action(
        "first_page", pdf, translate("Actions", "First page"), ["Home"], lambda: w.go_to_page(1), local=local
    )
    reg.action(
        "last_page", pdf, translate("Actions", "Last page"), ["End"], lambda: w.go_to_page(10**6), local=local
    )
    reg.action(
        "zoom_in",
        pdf,
        translate("Actions", "Zoom in"),
        ["Ctrl+=", "Ctrl++"],
        lambda: w.pdf_call("zoom_in"),
        local=local,
    )
    reg.action(
        "zoom_out",
        pdf,
        translate("Actions", "Zoom out"),
        ["Ctrl+-"],
        lambda: w.pdf_call("zoom_out"),
        local=local,
    )
    reg.action(
        "fit_width",
        pdf,
        translate("Actions", "Fit width"),
        ["Ctrl+0"],
        lambda: w.pdf_call("set_zoom", "fit_width"),
        local=local,
    )
    reg.action(
        "search",
        pdf,
        translate("Actions", "Find in the dossier"),
        ["Ctrl+F"],
        lambda: w.pdf_call("open_find_bar"),
        local=local,
    )
    reg.note(pdf, "F3 / Shift+F3", translate("Actions", "Next or previous match"))
    reg.action("rotate", pdf, translate("Actions", "Rotate pages"), ["Ctrl+R"], lambda: w.pdf_call("rotate"))
    reg.note(pdf, "Esc", translate("Actions", "Cancel drawing an evidence box"))


def _menus(reg: ShortcutRegistry, w: ReviewerCommands, window: QMainWindow) -> None:
    menu = window.menuBar()
    file_menu = menu.addMenu(translate("Actions", "&File"))
    file_menu.addAction(reg.actions["open"])
    file_menu.addAction(reg.actions["export"])
    file_menu.addSeparator()
    file_menu.addAction(reg.actions["quit"])
    score_menu = menu.addMenu(translate("Actions", "&Scoring"))
    for name in (
        "next_item",
        "previous_item",
        "free",
        "item_note",
        "anchor_here",
        "anchor_draw",
        "auto_anchor",
    ):
        score_menu.addAction(reg.actions[name])
    score_menu.addSeparator()
    for name in ("undo", "redo", "complete", "reopen"):
        score_menu.addAction(reg.actions[name])
    view_menu = menu.addMenu(translate("Actions", "&View"))
    for name in ("next_dossier", "previous_dossier", "toggle_list"):
        view_menu.addAction(reg.actions[name])
    view_menu.addSeparator()
    for name in ("next_page", "previous_page", "first_page", "last_page"):
        view_menu.addAction(reg.actions[name])
    view_menu.addSeparator()
    for name in ("zoom_in", "zoom_out", "fit_width", "rotate", "search"):
        view_menu.addAction(reg.actions[name])
    help_menu = menu.addMenu(translate("Actions", "&Help"))
    help_menu.addAction(reg.actions["cheat_sheet"])
    language_menu = help_menu.addMenu(translate("Actions", "Language"))
    group = QActionGroup(window)
    for code, name in (("zh_CN", "简体中文"), ("en", "English")):
        action = language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(w.settings.language == code)
        action.triggered.connect(lambda _c=False, code=code: w.set_language(code))
        group.addAction(action)
    help_menu.addSeparator()
    help_menu.addAction(translate("Actions", "About Dossier Panel…")).triggered.connect(
        lambda: _about(window)
    )


def _about(window: QWidget) -> None:
    from app.ui.shared.about_dialog import show_about

    show_about(window)


def _reason(w: ReviewerCommands, n: int) -> Callable[[], object]:
    return lambda: w.changeable() and w.checklist.toggle_reason(n)


def _veto(w: ReviewerCommands, n: int) -> Callable[[], object]:
    return lambda: w.changeable() and w.checklist.toggle_veto(n)
