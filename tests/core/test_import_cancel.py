"""A dossier import that is cancelled - at any stage - or fails leaves the panel as it was: no new
row in the database and no copied PDF (nor a folder made for one) in the panel's store."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import registry
from app.services.panel import Panel
from app.services.progress import Cancelled, Progress
from app.services.registry import add_dossiers
from tests.core.panel_fixtures import make_pdf, populated_panel, write_csv

NEW_FILES = 4  # four new PDFs, one of them twice; the last row reuses a PDF already in the store


def _manifest(folder: Path) -> Path:
    for number in range(1, NEW_FILES + 1):
        make_pdf(folder / f"new-{number}.pdf", pages=number + 1, text=f"新案卷{number}")
    rows = [[f"N-{n}", "U1", "general", "drawn", f"new-{n}.pdf"] for n in range(1, NEW_FILES + 1)]
    rows.append(["N-5", "U1", "general", "drawn", "new-2.pdf"])  # the same file a second time
    rows.append(["N-6", "U1", "general", "drawn", "a.pdf"])  # already in the store (D1's)
    write_csv(folder / "new.csv", ["case_number", "candidate", "type", "source", "pdf"], rows)
    return folder / "new.csv"


def _store(panel: Panel) -> list[str]:
    return sorted(str(p.relative_to(panel.pdf_dir)) for p in panel.pdf_dir.rglob("*"))


def _database(panel: Panel) -> list[str]:
    raw = panel.engine.raw_connection()
    try:
        return list(raw.iterdump())  # type: ignore[attr-defined]
    finally:
        raw.close()


def _cancel_after(steps: int) -> Progress:
    """A progress whose user presses cancel once ``steps`` PDFs have been dealt with."""

    def callback(done: int, total: int, _stage: str) -> None:
        if total and done == steps:
            progress.cancel()

    progress = Progress(callback)
    return progress


@pytest.mark.parametrize("steps", range(0, NEW_FILES + 3))  # before the first PDF ... after the last
def test_a_cancel_at_any_stage_leaves_the_store_and_the_database_as_before(
    tmp_path: Path, steps: int
) -> None:
    panel = populated_panel(tmp_path)
    manifest = _manifest(tmp_path)
    store, database = _store(panel), _database(panel)
    with pytest.raises(Cancelled):
        add_dossiers(panel, manifest, progress=_cancel_after(steps))
    assert _store(panel) == store
    assert _database(panel) == database
    report = add_dossiers(panel, manifest)  # and the import still works afterwards
    assert report.added == ["N-1", "N-2", "N-3", "N-4", "N-5", "N-6"]
    assert len(_store(panel)) > len(store)
    panel.close()


def test_a_failure_while_writing_the_rows_takes_the_copied_pdfs_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = populated_panel(tmp_path)
    manifest = _manifest(tmp_path)
    store, database = _store(panel), _database(panel)
    calls: list[str] = []

    def audit(*args: object) -> None:
        calls.append("audit")
        if len(calls) == 3:
            raise OSError("disk full")

    monkeypatch.setattr(registry, "audit", audit)
    with pytest.raises(OSError, match="disk full"):
        add_dossiers(panel, manifest)
    assert _store(panel) == store and _database(panel) == database
    panel.close()


def test_a_failed_copy_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = populated_panel(tmp_path)
    manifest = _manifest(tmp_path)
    store = _store(panel)
    copies: list[Path] = []

    def copyfile(source: Path, target: Path) -> None:
        copies.append(Path(target))
        Path(target).write_bytes(b"%PDF-1.7 half")
        if len(copies) == 2:
            raise OSError("the USB stick was pulled out")

    monkeypatch.setattr(registry.shutil, "copyfile", copyfile)
    with pytest.raises(OSError, match="USB"):
        add_dossiers(panel, manifest)
    assert _store(panel) == store
    panel.close()
