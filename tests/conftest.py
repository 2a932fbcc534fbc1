"""Shared fixtures. Tests never touch the user's real data folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "pdf-corpus"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_PANEL_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(autouse=True)
def _english_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the command line's English (its lines are asserted word for word); the program's own
    default is Chinese, which tests/core/test_cli_language.py checks command by command with
    ``LANG=zh_CN.UTF-8``. Windows follow their Help-menu language (``words.use_language``) instead."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared/pdf-corpus is not beside the repository")
    return CORPUS


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _cheap_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Packages made in tests derive their keys with cheap scrypt parameters (written into each file,
    so every reader follows); the program's own default stays ``crypto.STRONG_KDF`` (a test checks)."""
    from app.exchange import crypto

    monkeypatch.setattr(crypto, "DEFAULT_KDF", crypto.KdfParams(n=2**4, r=1, p=1))


@pytest.fixture(autouse=True)
def _no_blocking_passphrase_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A protected package opened in a test with no answer ready would wait on a modal dialog forever:
    fail at once instead, saying what to set (``launcher.ask_passphrase`` / ``window.ask_passphrase``)."""
    import sys

    def refuse(*_args: object) -> None:
        raise AssertionError(
            "a passphrase dialog would block this test: set launcher.ask_passphrase or window.ask_passphrase"
        )

    for name in ("app.ui.start.launcher", "app.ui.reviewer.window"):
        module = sys.modules.get(name)
        if module is not None:
            monkeypatch.setattr(module, "ask_passphrase", refuse)
