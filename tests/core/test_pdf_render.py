"""The render process through RenderClient: buffers, priorities, stale requests, text, crashes.

No assertion here depends on timing. Where a test needs several requests to reach the worker together,
it first makes the worker sleep (a test-only command) so that they queue up behind it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.pdf._pymupdf import pymupdf
from app.pdf.records import (
    OpenResult,
    PdfEvent,
    PixelFormat,
    ProblemCode,
    RenderResult,
    RenderStatus,
    TextProgress,
    WorkerLost,
)
from app.pdf.render_client import PRIORITY_PREFETCH, RenderClient
from app.services.registry import add_candidates, add_dossiers
from tests.core.panel_fixtures import new_panel, write_csv
from tests.hostile_pdfs import hostile_pdfs

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "pdf-corpus"
ENCRYPTED = CORPUS / "005-libreoffice-writer-password_libreoffice-writer-password.pdf"
PAGES = 12
SAFETY_TIMEOUT = 60.0  # only guards against a hung test; nothing is measured


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = pymupdf.open()
    for number in range(PAGES):
        page = doc.new_page(width=400, height=600)
        page.insert_text((40, 60), f"第{number + 1}页 Page {number + 1}", fontname="china-s", fontsize=14)
        if number % 2 == 0:
            page.insert_text((40, 100), "行政处罚决定书", fontname="china-s", fontsize=14)
        if number == 0:
            page.draw_rect(pymupdf.Rect(100, 200, 200, 300), color=(0, 0, 0), fill=(0, 0, 0))
    doc[5].set_rotation(90)
    path = tmp_path_factory.mktemp("render") / "sample.pdf"
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def client() -> Iterator[RenderClient]:
    with RenderClient() as shared:
        yield shared


def events_until(
    client: RenderClient,
    predicate: Callable[[PdfEvent], bool],
    count: int = 1,
    stop: Callable[[PdfEvent], bool] | None = None,
) -> list[PdfEvent]:
    """Collect ``count`` events matching ``predicate`` (or all matching ones until ``stop``)."""
    found: list[PdfEvent] = []
    while True:
        try:
            event = client.events.get(timeout=SAFETY_TIMEOUT)
        except queue.Empty:
            pytest.fail(f"no event after {SAFETY_TIMEOUT} s; got so far: {found}")
        if predicate(event):
            found.append(event)
        if (stop is None and len(found) >= count) or (stop is not None and stop(event)):
            return found


def only_renders(events: list[PdfEvent]) -> list[RenderResult]:
    return [event for event in events if isinstance(event, RenderResult)]


def renders(doc_key: str) -> Callable[[PdfEvent], bool]:
    return lambda event: isinstance(event, RenderResult) and event.doc_key == doc_key


def open_ok(client: RenderClient, doc_key: str, path: Path, **options: object) -> OpenResult:
    client.open(doc_key, str(path), **options)  # type: ignore[arg-type]
    (event,) = events_until(client, lambda e: isinstance(e, OpenResult) and e.doc_key == doc_key)
    assert isinstance(event, OpenResult)
    return event


def test_rendered_buffers_match_pymupdf(client: RenderClient, sample_pdf: Path) -> None:
    opened = open_ok(client, "size", sample_pdf, extract_text=False)
    assert opened.ok and opened.info is not None
    assert opened.info.page_count == PAGES and opened.info.page_sizes[5] == (600.0, 400.0)
    reference = pymupdf.open(sample_pdf)
    cases = [(0, 1.5, 0), (0, 1.0, 90), (5, 0.75, 0), (3, 0.5, 270)]
    for page, scale, rotation in cases:
        assert client.request("size", page, scale, rotation) is None
    results = {
        (r.page, r.rotation): r for r in only_renders(events_until(client, renders("size"), len(cases)))
    }
    for page, scale, rotation in cases:
        result = results[(page, rotation)]
        assert isinstance(result, RenderResult) and result.ok and result.image is not None
        expected = reference[page].get_pixmap(matrix=pymupdf.Matrix(scale, scale).prerotate(rotation))
        image = result.image
        assert (image.width, image.height, image.stride) == (
            expected.width,
            expected.height,
            expected.width * 3,
        )
        assert image.pixel_format is PixelFormat.RGB888
        assert len(image.data) == image.stride * image.height
        assert bytes(image.data) == expected.samples
    # The page is now cached: asking again answers at once and sends nothing.
    cached = client.request("size", 0, 1.5)
    assert cached is not None and cached is client.cached("size", 0, 1.5)


def test_rgba_buffers(sample_pdf: Path) -> None:
    with RenderClient(pixel_format=PixelFormat.RGBA8888) as rgba:
        open_ok(rgba, "rgba", sample_pdf, extract_text=False)
        rgba.request("rgba", 0, 0.5)
        (result,) = events_until(rgba, renders("rgba"))
        assert isinstance(result, RenderResult) and result.image is not None
        image = result.image
        assert image.pixel_format is PixelFormat.RGBA8888 and image.stride == image.width * 4
        assert len(image.data) == image.stride * image.height


def test_bgra_buffers_are_the_rgb_render_in_qt_rgb32_byte_order(sample_pdf: Path) -> None:
    """B, G, R, 255 per pixel (Qt's Format_RGB32 on little-endian): the same picture as PyMuPDF's RGB."""
    reference = pymupdf.open(sample_pdf)
    with RenderClient(pixel_format=PixelFormat.BGRA8888) as bgra:
        open_ok(bgra, "bgra", sample_pdf, extract_text=False)
        cases = [(0, 0.5, 0), (5, 0.75, 90)]
        for page, scale, rotation in cases:
            bgra.request("bgra", page, scale, rotation)
        results = {r.page: r for r in only_renders(events_until(bgra, renders("bgra"), len(cases)))}
    for page, scale, rotation in cases:
        image = results[page].image
        assert image is not None and image.pixel_format is PixelFormat.BGRA8888
        expected = reference[page].get_pixmap(matrix=pymupdf.Matrix(scale, scale).prerotate(rotation))
        assert (image.width, image.height, image.stride) == (
            expected.width,
            expected.height,
            expected.width * 4,
        )
        data = bytes(image.data)
        rgb = bytearray(len(data) // 4 * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = data[2::4], data[1::4], data[0::4]
        assert bytes(rgb) == expected.samples
        assert set(data[3::4]) == {255}  # opaque: Qt may copy the rows as they are


def test_newer_generation_drops_stale_requests(client: RenderClient, sample_pdf: Path) -> None:
    open_ok(client, "stale", sample_pdf, extract_text=False)
    client._debug("sleep", 0.5)  # everything below queues up while the worker sleeps
    old = client.next_generation()
    for page in range(8):
        client.request("stale", page, 0.4, generation=old)
    new = client.next_generation()
    for page in (7, 8, 9):  # page 7 is wanted again: its request moves to the new generation
        client.request("stale", page, 0.4, generation=new)
    results = only_renders(events_until(client, renders("stale"), count=10))
    assert sorted(r.page for r in results if r.status is RenderStatus.CANCELLED) == list(range(7))
    assert sorted(r.page for r in results if r.ok) == [7, 8, 9]
    assert all(r.generation == new for r in results if r.ok)


def test_cancel_stale_and_merged_duplicates(client: RenderClient, sample_pdf: Path) -> None:
    open_ok(client, "cancel", sample_pdf, extract_text=False)
    client._debug("sleep", 0.5)
    first = client.next_generation()
    for page in range(4):
        client.request("cancel", page, 0.3, generation=first)
    client.cancel_stale(first + 1, "cancel")
    second = client.next_generation()
    client.request("cancel", 6, 0.3, generation=second, priority=5)
    client.request("cancel", 6, 0.3, generation=second, priority=0)  # a duplicate: merged, no second render
    client.request("cancel", 7, 0.3, generation=second, priority=99)  # rendered last: a fence
    results = only_renders(
        events_until(
            client,
            renders("cancel"),
            stop=lambda e: isinstance(e, RenderResult) and e.doc_key == "cancel" and e.page == 7,
        )
    )
    assert sorted(r.page for r in results if r.status is RenderStatus.CANCELLED) == [0, 1, 2, 3]
    assert [r.page for r in results if r.ok] == [6, 7]


def test_request_view_renders_visible_first_and_prefetches_neighbours(
    client: RenderClient, sample_pdf: Path
) -> None:
    open_ok(client, "view", sample_pdf, extract_text=False)
    client._debug("sleep", 0.3)
    assert client.request_view("view", [4, 5], 0.5, prefetch=1) == {}
    results = [e for e in events_until(client, renders("view"), count=4) if isinstance(e, RenderResult)]
    assert [r.page for r in results[:2]] == [4, 5]  # visible pages come first
    assert {r.page for r in results[2:]} == {3, 6}
    assert all(r.priority == PRIORITY_PREFETCH + 1 for r in results[2:])
    shown = client.request_view("view", [5, 6], 0.5, prefetch=0)
    assert set(shown) == {5, 6}


def test_problems_come_back_as_results(client: RenderClient, sample_pdf: Path, tmp_path: Path) -> None:
    missing = open_ok(client, "missing", tmp_path / "nowhere.pdf")
    assert not missing.ok and missing.problem is not None and missing.problem.code is ProblemCode.MISSING
    open_ok(client, "bad", sample_pdf, extract_text=False)
    client.request("missing", 0, 1.0)
    client.request("nobody", 0, 1.0)
    client.request("bad", PAGES, 1.0)
    client.request("bad", 0, 200.0)
    results = [e for e in events_until(client, lambda e: isinstance(e, RenderResult), count=4)]
    codes = {
        (r.doc_key, r.page): r.problem.code for r in results if isinstance(r, RenderResult) and r.problem
    }
    assert codes == {
        ("missing", 0): ProblemCode.MISSING,
        ("nobody", 0): ProblemCode.NOT_OPEN,
        ("bad", PAGES): ProblemCode.PAGE_OUT_OF_RANGE,
        ("bad", 0): ProblemCode.TOO_LARGE,
    }
    assert all(isinstance(r, RenderResult) and r.status is RenderStatus.FAILED for r in results)


def test_encrypted_dossier_with_and_without_password(client: RenderClient) -> None:
    if not ENCRYPTED.exists():
        pytest.skip("corpus not available")
    locked = open_ok(client, "locked", ENCRYPTED)
    assert locked.problem is not None and locked.problem.code is ProblemCode.ENCRYPTED
    wrong = open_ok(client, "wrong", ENCRYPTED, password="guess")
    assert wrong.problem is not None and wrong.problem.detail == "wrong_password"
    client.request("locked", 0, 1.0)
    (failed,) = events_until(client, renders("locked"))
    assert isinstance(failed, RenderResult) and failed.problem is not None
    assert failed.problem.code is ProblemCode.ENCRYPTED
    unlocked = open_ok(client, "unlocked", ENCRYPTED, password="openpassword", extract_text=False)
    assert unlocked.ok and unlocked.info is not None and unlocked.info.needs_password
    client.request("unlocked", 0, 0.5)
    (result,) = events_until(client, renders("unlocked"))
    assert isinstance(result, RenderResult) and result.ok


# -- hostile PDFs through the real import and the real render process (issue 11) ----------------------
#
# Every corpus file (shared/pdf-corpus: real-world PDFs, some malformed) and every hostile file built by
# tests.hostile_pdfs (/UserUnit 75000, one page over MAX_PAGES, zero, negative, flat, tiny and absurd
# MediaBoxes, odd /Rotate values, a broken xref, a password) is imported into a panel with add_dossiers,
# as the chair's window does, and page 1 of each imported dossier is rendered by the render process:
# each renders or is refused with a named code the CLI and the windows word; none crashes or hangs it.
# Time is bounded by the client's hang watchdog (a stuck page would come back as worker_died and fail
# the test), not by a timed assertion.

# refused on import, by design, with these codes (each worded by app.ui.chair.wording_errors)
EXPECTED_REFUSALS = {
    "encrypted": ProblemCode.ENCRYPTED,
    "too-many-pages": ProblemCode.TOO_MANY_PAGES,
    "005-libreoffice-writer-password_libreoffice-writer-password": ProblemCode.ENCRYPTED,
    "017-unreadable-meta-data_unreadablemetadata": ProblemCode.DAMAGED,
}
NAMED_REFUSALS = {ProblemCode.ENCRYPTED, ProblemCode.TOO_MANY_PAGES, ProblemCode.DAMAGED, ProblemCode.EMPTY}


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
        client.open(f"import:{name}", str(path), extract_text=False)
        client.request(f"import:{name}", 0, 0.5)
    for name in refused:
        client.open(f"refused:{name}", str(files[name]), extract_text=False)
    keys = {f"import:{name}" for name in imported}
    refusals = {f"refused:{name}" for name in refused}

    def wanted(event: PdfEvent) -> bool:
        return (isinstance(event, RenderResult) and event.doc_key in keys) or (
            isinstance(event, OpenResult) and event.doc_key in refusals
        )

    events = events_until(client, wanted, len(keys) + len(refusals))
    results = {e.doc_key.removeprefix("import:"): e for e in events if isinstance(e, RenderResult)}
    assert set(results) == set(imported)
    for name, result in results.items():
        if name in hostile:
            assert result.ok, (name, result.problem)  # every hostile page that was accepted is shown
        else:  # a real-world file may hold a page MuPDF cannot draw: a named failure, never a crash
            assert result.ok or (
                result.problem is not None and result.problem.code is ProblemCode.RENDER_FAILED
            )
    judged = {e.doc_key.removeprefix("refused:"): e for e in events if isinstance(e, OpenResult)}
    assert set(judged) == set(refused)
    for name, opened in judged.items():  # the render process judges a file as the import did
        assert not opened.ok and opened.problem is not None and opened.problem.code is refused[name]
    for key in keys | refusals:
        client.close_document(key)
    assert client.worker_alive  # no crash, no watchdog kill
    panel.close()


def test_background_text_extraction_and_search(client: RenderClient, sample_pdf: Path) -> None:
    open_ok(client, "text", sample_pdf, extract_text=True)
    events_until(client, lambda e: isinstance(e, TextProgress) and e.doc_key == "text" and e.complete)
    hits = client.search("text", "处罚决定")
    assert [hit.page for hit in hits] == [0, 2, 4, 6, 8, 10]
    assert all(hit.rects for hit in hits)
    assert [hit.page for hit in client.search("text", "PAGE 12")] == [11]
    index = client.text_index("text")
    assert index is not None and index.complete


def test_callback_runs_on_the_listener_thread(sample_pdf: Path) -> None:
    received: queue.Queue[tuple[PdfEvent, str]] = queue.Queue()
    with RenderClient(
        callback=lambda event: received.put((event, threading.current_thread().name))
    ) as called:
        called.open("cb", str(sample_pdf), extract_text=False)
        event, thread_name = received.get(timeout=SAFETY_TIMEOUT)
        assert isinstance(event, OpenResult) and event.ok
        called.request("cb", 1, 0.5)
        event, thread_name = received.get(timeout=SAFETY_TIMEOUT)
        assert isinstance(event, RenderResult) and event.ok
        assert thread_name == "pdf-render-listener"
        assert called.events.empty()


def test_killed_worker_is_reported_and_restart_recovers(sample_pdf: Path) -> None:
    with RenderClient() as fragile:
        open_ok(fragile, "k", sample_pdf, extract_text=True)
        fragile._debug("sleep", 30)  # the request below is certainly still pending when we kill
        fragile.request("k", 0, 0.5)
        pid = fragile.worker_pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL if sys.platform != "win32" else signal.SIGTERM)
        failed, lost = events_until(fragile, lambda e: isinstance(e, RenderResult | WorkerLost), count=2)
        assert isinstance(failed, RenderResult) and failed.status is RenderStatus.FAILED
        assert failed.problem is not None and failed.problem.code is ProblemCode.WORKER_DIED
        assert isinstance(lost, WorkerLost)
        assert not fragile.worker_alive

        assert fragile.request("k", 1, 0.5) is None  # while dead: an immediate failure, no hang
        (dead,) = events_until(fragile, renders("k"))
        assert isinstance(dead, RenderResult) and dead.problem is not None
        assert dead.problem.code is ProblemCode.WORKER_DIED

        fragile.restart()
        (reopened,) = events_until(fragile, lambda e: isinstance(e, OpenResult))
        assert isinstance(reopened, OpenResult) and reopened.ok
        assert fragile.worker_pid != pid
        fragile.request("k", 1, 0.5)
        (result,) = events_until(fragile, renders("k"))
        assert isinstance(result, RenderResult) and result.ok
        fragile._debug("exit", 3)  # a crash from inside, with an exit code
        (crash,) = events_until(fragile, lambda e: isinstance(e, WorkerLost))
        assert isinstance(crash, WorkerLost) and crash.exitcode == 3


def test_hung_worker_is_killed_by_the_watchdog(sample_pdf: Path) -> None:
    with RenderClient(hang_timeout=0.5) as stuck:
        open_ok(stuck, "h", sample_pdf, extract_text=False)
        stuck._debug("sleep", 600)
        stuck.request("h", 0, 0.5)
        (failed,) = events_until(stuck, renders("h"))
        assert isinstance(failed, RenderResult) and failed.problem is not None
        assert failed.problem.code is ProblemCode.WORKER_DIED
        (lost,) = events_until(stuck, lambda e: isinstance(e, WorkerLost))
        assert isinstance(lost, WorkerLost)


def test_close_leaves_no_process_and_no_shared_memory(sample_pdf: Path) -> None:
    closing = RenderClient()
    open_ok(closing, "c", sample_pdf, extract_text=False)
    closing.request("c", 0, 1.0)
    events_until(closing, renders("c"))
    process = closing._worker.process
    slots = list(closing._worker.attachments)
    assert slots
    closing.request("c", 1, 1.0)  # still pending at close: must not block it
    closing.close()
    closing.close()  # idempotent
    assert not process.is_alive() and process.exitcode is not None
    assert process not in multiprocessing.active_children()
    if Path("/dev/shm").is_dir():
        assert not [name for name in slots if (Path("/dev/shm") / name.lstrip("/")).exists()]
    with pytest.raises(RuntimeError):
        closing.request("c", 0, 1.0)


def test_a_page_enlarged_by_user_unit_renders_at_its_listed_size(
    client: RenderClient, tmp_path: Path
) -> None:
    """/UserUnit 75000 makes a page 381 km wide; it is listed reduced and rendered reduced alike."""
    from app.pdf.document_info import MAX_PAGE_POINTS
    from tests.hostile_pdfs import user_unit_pdf

    opened = open_ok(client, "user-unit", user_unit_pdf(tmp_path / "uu.pdf"), extract_text=False)
    assert opened.ok and opened.info is not None
    assert opened.info.page_sizes == ((MAX_PAGE_POINTS, MAX_PAGE_POINTS),)
    client.request("user-unit", 0, 0.05)
    (result,) = events_until(client, renders("user-unit"))
    assert isinstance(result, RenderResult) and result.ok and result.image is not None
    assert abs(result.image.width - MAX_PAGE_POINTS * 0.05) <= 1  # the pixels the view laid out
    assert abs(result.image.height - MAX_PAGE_POINTS * 0.05) <= 1


def test_search_boxes_on_a_user_unit_page_are_in_its_listed_size(
    client: RenderClient, tmp_path: Path
) -> None:
    """Highlights line up with the reduced page: boxes are reduced like the page's size and pixels."""
    from tests.hostile_pdfs import user_unit_pdf

    opened = open_ok(client, "uu-text", user_unit_pdf(tmp_path / "uu-text.pdf"), extract_text=True)
    assert opened.info is not None
    width, height = opened.info.page_sizes[0]
    events_until(client, lambda e: isinstance(e, TextProgress) and e.doc_key == "uu-text" and e.complete)
    (hit,) = client.search("uu-text", "hostile")
    for x0, y0, x1, y1 in (tuple(rect) for rect in hit.rects):
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height
    # the line starts 72 pt from the left of a 14,400 pt MediaBox; "hostile" follows 7 Chinese glyphs
    assert 72 / 14400 < hit.rects[0][0] / width < 300 / 14400
