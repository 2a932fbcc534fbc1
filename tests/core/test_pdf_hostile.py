"""Hostile PDFs through the real import and the real render process (issue 11, done-when).

Every file of the shared corpus (shared/pdf-corpus: real-world PDFs, some malformed) and every hostile
file built by ``tests.hostile_pdfs`` (/UserUnit 75000, one page more than MAX_PAGES, zero, negative, flat, tiny and
absurd MediaBoxes, odd /Rotate values, a broken xref, a password) is imported into a panel with
``add_dossiers``, as the chair's window does, and page 1 of each imported dossier is rendered by the
render process. Each one either renders or is refused with a named code that the CLI and the windows
word for the user; none may crash or hang the render process. Time is bounded by the render client's
own hang watchdog (a stuck page comes back as ``worker_died``, which fails the test), not by a timed
assertion here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.pdf.records import ProblemCode, RenderResult
from app.pdf.render_client import RenderClient
from app.services.registry import add_candidates, add_dossiers
from tests.core.panel_fixtures import new_panel, write_csv
from tests.core.test_pdf_render import CORPUS, events_until
from tests.hostile_pdfs import hostile_pdfs

# refused on import, by design, with these codes (each worded by app.ui.chair.wording_errors)
EXPECTED_REFUSALS = {
    "encrypted": ProblemCode.ENCRYPTED,
    "too-many-pages": ProblemCode.TOO_MANY_PAGES,
    "005-libreoffice-writer-password_libreoffice-writer-password": ProblemCode.ENCRYPTED,
    "017-unreadable-meta-data_unreadablemetadata": ProblemCode.DAMAGED,
}
NAMED_REFUSALS = {ProblemCode.ENCRYPTED, ProblemCode.TOO_MANY_PAGES, ProblemCode.DAMAGED, ProblemCode.EMPTY}


@pytest.fixture(scope="module")
def client() -> Iterator[RenderClient]:
    with RenderClient(hang_timeout=30.0) as shared:
        yield shared


def test_every_hostile_pdf_imports_and_renders_or_is_refused_by_name(
    client: RenderClient, tmp_path: Path
) -> None:
    files = hostile_pdfs(tmp_path / "hostile")
    hostile = set(files)
    corpus = sorted(CORPUS.glob("*.pdf"))
    files |= {path.stem: path for path in corpus}
    assert len(files) >= 11 + (len(corpus) if corpus else 0)

    panel = new_panel(tmp_path)
    write_csv(tmp_path / "c.csv", ["id", "name", "kind"], [["U1", "甲县生态环境局", "county-unit"]])
    add_candidates(panel, tmp_path / "c.csv")
    names = sorted(files)
    case = {name: f"险〔2026〕{n}号" for n, name in enumerate(names, start=1)}
    write_csv(
        tmp_path / "d.csv",
        ["案卷编号", "候选对象编号", "案卷类型", "来源", "PDF"],
        [[case[name], "U1", "general", "推选", str(files[name])] for name in names],
    )
    report = add_dossiers(panel, tmp_path / "d.csv")

    by_case = {number: name for name, number in case.items()}
    refused: dict[str, ProblemCode] = {}
    for label, code, detail in report.refused:
        name = next(by_case[number] for number in by_case if number in label)
        assert detail == str(files[name])  # the message names the file
        refused[name] = ProblemCode(code)
    assert set(refused.values()) <= NAMED_REFUSALS, refused
    for name, code in EXPECTED_REFUSALS.items():
        if name in files:
            assert refused.get(name) is code, (name, refused.get(name))
    assert not (set(refused) - set(EXPECTED_REFUSALS)) & hostile  # the other hostile files are accepted

    stored = panel.dossier_files()
    imported = {by_case[d.case_number]: stored[d.id].pdf_path for d in panel.dossiers()}
    assert set(imported) | set(refused) == set(files)  # nothing skipped in silence
    for name, path in imported.items():
        assert path is not None
        client.open(name, str(path), extract_text=False)
        client.request(name, 0, 0.5)
    results: dict[str, RenderResult] = {}
    for event in events_until(
        client, lambda e: isinstance(e, RenderResult) and e.doc_key in imported, count=len(imported)
    ):
        assert isinstance(event, RenderResult)
        results[event.doc_key] = event
    assert set(results) == set(imported)
    for name, result in results.items():
        if name in hostile:
            assert result.ok, (name, result.problem)  # every hostile page that was accepted is shown
        else:  # a real-world file may hold a page MuPDF cannot draw: a named failure, never a crash
            assert result.ok or (
                result.problem is not None and result.problem.code is ProblemCode.RENDER_FAILED
            )
    assert client.worker_alive  # no crash, no watchdog kill
    panel.close()
