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
