"""The passphrase dialog: typed as on the slip, OK only for a passphrase's form, the last failure shown;
and a wrong passphrase through the real dialog asks again, in Chinese, then opens the package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.shared.passphrase_dialog import PassphraseDialog, ask_passphrase, passphrase_problem_text
from app.ui.start.launcher import Launcher
from tests.ui.reviewer_fixtures import (  # noqa: F401 (fixtures)
    WindowFactory,
    chinese_ui,
    demo_master,
    demo_panel,
    make_window,
)
from tests.ui.test_start_screen import launcher  # noqa: F401 (fixture)

SLIP = "K7QM-3XTA-9PRD-H2NW-F8ZC-4VJE"


def _ok(dialog: PassphraseDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_ok_waits_for_a_whole_passphrase_typed_loosely(qtbot: Any, chinese_ui: None) -> None:  # noqa: F811
    dialog = PassphraseDialog(None, "E1-王专家.dppkg")
    qtbot.addWidget(dialog)
    assert "E1-王专家.dppkg" in dialog.prompt.text() and "口令" in dialog.prompt.text()
    assert not _ok(dialog).isEnabled() and not dialog.problem.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.field, "k7qm 3xta 9prd")
    assert not _ok(dialog).isEnabled() and "12/24" in dialog.hint.text()
    qtbot.keyClicks(dialog.field, " h2nw f8zc 4vje")
    assert _ok(dialog).isEnabled() and dialog.hint.text() == ""
    assert dialog.passphrase() == SLIP
    dialog.field.setText(SLIP.replace("0", "O") + "X")  # one too many
    assert not _ok(dialog).isEnabled() and dialog.passphrase() is None


def test_the_last_failure_is_shown_above_the_field(qtbot: Any, chinese_ui: None) -> None:  # noqa: F811
    text = passphrase_problem_text("wrong_passphrase")
    assert "口令不对" in text
    dialog = PassphraseDialog(None, "E1.dppkg", text)
    qtbot.addWidget(dialog)
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text() == text


def _answer_next_dialog(text: str | None) -> None:
    """When the next modal passphrase dialog shows, type ``text`` and press OK (None: Cancel)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        if text is None:
            dialog.reject()
            return
        dialog.field.setText(text)
        _ok(dialog).click()

    QTimer.singleShot(0, fill)


def test_ask_passphrase_returns_the_grouped_passphrase_or_none(qtbot: Any, chinese_ui: None) -> None:  # noqa: F811
    _answer_next_dialog(SLIP.lower().replace("-", ""))
    assert ask_passphrase(None, "E1.dppkg") == SLIP
    _answer_next_dialog(None)
    assert ask_passphrase(None, "E1.dppkg") is None


def test_a_wrong_passphrase_in_the_real_dialog_is_asked_again_then_opens(
    launcher: Launcher,  # noqa: F811
    demo_panel: Path,  # noqa: F811
    tmp_path: Path,
    qtbot: Any,
) -> None:
    from app.services.packages import build_packages
    from app.services.panel import Panel
    from app.services.panel_keys import passphrases
    from app.ui.reviewer.window import ReviewerWindow

    with Panel.open(demo_panel) as panel:
        package = build_packages(panel, tmp_path / "packages", reviewer_ids=["E2"])[0][1]
        with panel.engine.connect() as conn:
            slip = passphrases(conn)["E2"]
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog.problem.text())
        dialog.field.setText(slip if len(seen) > 1 else "2222-2222-2222" + slip[14:])
        _ok(dialog).click()
        if len(seen) == 1:
            QTimer.singleShot(20, fill)

    launcher.ask_passphrase = ask_passphrase  # the real dialog (tests/conftest.py stubs it out)
    QTimer.singleShot(0, fill)
    launcher.open_path(package)
    qtbot.waitUntil(lambda: bool(launcher.windows), timeout=10_000)
    window = launcher.windows[0]
    assert isinstance(window, ReviewerWindow) and window.session.reviewer.id == "E2"
    assert seen[0] == "" and "口令不对" in seen[1]


def test_a_workspace_from_an_old_package_is_read_only_in_the_window(
    make_window: WindowFactory,  # noqa: F811
    demo_panel: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    from app.services.workspace import open_package
    from tests.core.test_packages import PASSPHRASES, legacy_zip
    from tests.ui.test_reviewer_extras import make_workspace, workspace_passphrase

    protected = make_workspace(demo_panel, tmp_path / "first", "E3")
    package = next((tmp_path / "first" / "packages").glob("*.dppkg"))
    PASSPHRASES[package] = workspace_passphrase(demo_panel, "E3")
    old = legacy_zip(package, tmp_path / "old.dppkg")
    workspace = open_package(old, tmp_path / "laptop")
    assert protected != workspace
    window = make_window(workspace.parent, None)
    assert window.read_only and not window.registry.actions["export"].isEnabled()
    assert window.messages.isVisible() and "旧的无保护评查包" in window.messages.label.text()
    assert window.checklist.read_only and not window.checklist.header.button.isEnabled()
