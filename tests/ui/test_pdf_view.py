"""PdfView end to end: a real render process, offscreen widgets, simulated mouse and keys."""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from app.ui.pdf.layout import POINTS_TO_PIXELS, PageLayout, normalize_zoom, rotate_point, unrotate_point
from app.ui.pdf.view import PdfView
from app.ui.shared.qt_bridge import PAINT_READY, PAINT_READY_FORMATS, RenderBridge

PAGES = 8
SEARCH_WORD = "决定书"
SEARCH_PAGE = 6  # 1-based; the only page with SEARCH_WORD
ENCRYPTED_PDF = "005-libreoffice-writer-password_libreoffice-writer-password.pdf"


@pytest.fixture
def sample_pdf(tmp_path: Path) -> Path:
    """Eight A4 pages of Chinese text with an outline; one page carries the search word."""
    doc = pymupdf.open()
    for number in range(1, PAGES + 1):
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 100), f"第{number}页 行政处罚案卷", fontname="china-s", fontsize=16)
        if number == SEARCH_PAGE:
            page.insert_text((72, 400), f"行政处罚{SEARCH_WORD}", fontname="china-s", fontsize=16)
        page.draw_rect(pymupdf.Rect(100, 500, 400, 700), color=(0, 0, 0), width=2)
    doc.set_toc([[1, "卷宗封面", 1], [1, "行政处罚决定书", SEARCH_PAGE], [2, "附件", SEARCH_PAGE + 1]])
    path = tmp_path / "dossier.pdf"
    doc.save(path)
    doc.close()
    return path


@pytest.fixture(scope="module")
def bridge(qapp) -> Iterator[RenderBridge]:
    """One render process for the module's views (starting one costs ~0.6 s); each view has its keys."""
    shared = RenderBridge()
    yield shared
    shared.shutdown()


@pytest.fixture
def view(qtbot, bridge: RenderBridge) -> Iterator[PdfView]:
    widget = PdfView(bridge=bridge)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def open_and_wait(qtbot, view: PdfView, path: Path, **options: object) -> None:
    view.open_document(path, **options)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: view.page_area.was_painted(view.current_page() - 1), timeout=10_000)


def viewport_point(view: PdfView, page: int, x: float, y: float) -> QPoint:
    """Where a page point (1-based page, PDF points) is in the page area's viewport."""
    layout = view.page_area.layout_info
    assert layout is not None
    cx, cy = layout.to_content(page - 1, x, y)
    area = view.page_area
    return QPoint(
        round(cx - area.horizontalScrollBar().value()), round(cy - area.verticalScrollBar().value())
    )


def test_opens_and_paints_the_first_page(qtbot, view: PdfView, sample_pdf: Path) -> None:
    with qtbot.waitSignal(view.page_changed, check_params_cb=lambda page, count: (page, count) == (1, PAGES)):
        view.open_document(sample_pdf)
    qtbot.waitUntil(lambda: view.page_area.was_painted(0), timeout=10_000)
    assert view.page_count() == PAGES
    assert view.toolbar.count_label.text().endswith(str(PAGES))
    # the sidebar (outline, thumbnails) is filled once every page is measured, after the first page
    qtbot.waitUntil(lambda: view.sidebar.outline_titles() == ["卷宗封面", "行政处罚决定书"], timeout=10_000)
    # the scroll bar covers every page before the other pages are rendered
    layout = view.page_area.layout_info
    assert layout is not None and layout.height > PAGES * layout.slots[0].height
    qtbot.waitUntil(lambda: view.sidebar.thumbnail_count() > 0, timeout=10_000)


def test_pages_are_stored_paint_ready(qtbot, view: PdfView, sample_pdf: Path) -> None:
    """The image held for painting is in a format the raster engine copies, so no paint converts it."""
    open_and_wait(qtbot, view, sample_pdf)
    view.go_to(2)
    qtbot.waitUntil(lambda: view.page_area.was_painted(1), timeout=10_000)
    renders = view.page_area._renders
    assert renders is not None and renders.images
    for shown in renders.images.values():
        assert shown.image.format() in PAINT_READY_FORMATS
    cached = view.bridge.client.cached(view.page_area.doc_key, 0, view.page_area.render_scale())
    assert cached is not None and cached.pixel_format is PAINT_READY
    qtbot.waitUntil(lambda: view.sidebar.thumbnail_count() > 0, timeout=10_000)


def test_go_to_and_page_keys_move_by_page(qtbot, view: PdfView, sample_pdf: Path) -> None:
    open_and_wait(qtbot, view, sample_pdf)
    with qtbot.waitSignal(view.page_changed, check_params_cb=lambda page, count: (page, count) == (5, PAGES)):
        view.go_to(5)
    assert view.current_page() == 5
    qtbot.waitUntil(lambda: view.page_area.was_painted(4), timeout=10_000)
    area = view.page_area
    QTest.keyClick(area, Qt.Key.Key_PageDown)
    assert view.current_page() == 6
    QTest.keyClick(area, Qt.Key.Key_PageUp)
    assert view.current_page() == 5
    QTest.keyClick(area, Qt.Key.Key_End)
    assert view.current_page() == PAGES
    QTest.keyClick(area, Qt.Key.Key_Home)
    assert view.current_page() == 1
    view.toolbar.page_edit.setText("3")
    QTest.keyClick(view.toolbar.page_edit, Qt.Key.Key_Return)
    assert view.current_page() == 3


def test_open_at_a_page_and_outline_a_rectangle(qtbot, view: PdfView, sample_pdf: Path) -> None:
    open_and_wait(qtbot, view, sample_pdf, page=4)
    assert view.current_page() == 4
    view.go_to(7, (100.0, 500.0, 400.0, 700.0))
    assert view.current_page() == 7
    top = view.page_area.verticalScrollBar().value()
    assert viewport_point(view, 7, 100, 500).y() > 0  # the rectangle is in view
    assert top > 0


def test_zoom_modes_and_steps(qtbot, view: PdfView, sample_pdf: Path) -> None:
    open_and_wait(qtbot, view, sample_pdf)
    area = view.page_area
    fit_scale = area.layout_info.scale  # type: ignore[union-attr]
    with qtbot.waitSignal(view.zoom_changed, check_params_cb=lambda zoom: zoom == 2.0):
        view.set_zoom(2.0)
    assert area.layout_info.scale == pytest.approx(2.0 * POINTS_TO_PIXELS)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: area.was_painted(area.current_page()), timeout=10_000)
    view.zoom_in()
    assert view.zoom() in (2.5,)  # the next preset step
    view.zoom_out()
    view.zoom_out()
    before = view.zoom()
    assert isinstance(before, float) and before < 2.0
    wheel = QWheelEvent(
        QPointF(100, 100), QPointF(area.viewport().mapToGlobal(QPoint(100, 100))), QPoint(), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(area.viewport(), wheel)
    zoom_after_wheel = view.zoom()
    assert isinstance(before, float) and isinstance(zoom_after_wheel, float) and zoom_after_wheel > before
    view.set_zoom("fit_page")
    layout = area.layout_info
    assert layout is not None and layout.slots[0].height <= area.viewport().height()
    area.setFocus()
    with qtbot.waitSignal(view.zoom_changed, check_params_cb=lambda zoom: zoom == "fit_width"):
        QTest.keyClick(area, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert area.layout_info.scale == pytest.approx(fit_scale)  # type: ignore[union-attr]


def test_search_finds_a_word_and_goes_to_its_page(qtbot, view: PdfView, sample_pdf: Path) -> None:
    open_and_wait(qtbot, view, sample_pdf)
    # The text index fills in the background; wait until the page with the word has been read.
    qtbot.waitUntil(lambda: view.search(SEARCH_WORD) == 1, timeout=10_000)
    assert view.current_page() == SEARCH_PAGE  # the first hit is scrolled into view
    assert view.search_bar.isVisible()
    view.go_to(1)
    qtbot.waitUntil(lambda: view.search("行政处罚") == PAGES + 1, timeout=10_000)
    assert view.current_page() == 1
    view.find_next()
    assert view.current_page() == 2
    view.find_previous()
    assert view.current_page() == 1
    view.find_previous()  # wraps round to the last hit
    assert view.current_page() == PAGES
    assert view.search("没有这个词") == 0


def test_find_bar_from_the_keyboard(qtbot, view: PdfView, sample_pdf: Path) -> None:
    open_and_wait(qtbot, view, sample_pdf)
    index = view.bridge.client.text_index(view.page_area.doc_key)
    qtbot.waitUntil(lambda: index is not None and index.complete, timeout=10_000)
    view.page_area.setFocus()
    QTest.keyClick(view.page_area, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_bar.isVisible()
    edit = view.search_bar.findChild(QLineEdit)
    assert edit is not None and edit.hasFocus()
    edit.insert(SEARCH_WORD)  # as typed (QTest.keyClicks takes ASCII only)
    QTest.keyClick(edit, Qt.Key.Key_Return)  # searches at once, without waiting for the typing pause
    assert view.current_page() == SEARCH_PAGE
    view.go_to(1)
    view.page_area.setFocus()
    QTest.keyClick(view.page_area, Qt.Key.Key_F3)
    assert view.current_page() == SEARCH_PAGE
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    assert not view.search_bar.isVisible()


def test_anchor_drawing_emits_pdf_points(qtbot, view: PdfView, sample_pdf: Path) -> None:
    open_and_wait(qtbot, view, sample_pdf)
    viewport = view.page_area.viewport()
    view.start_anchor_drawing()
    start, end = viewport_point(view, 1, 100, 150), viewport_point(view, 1, 300, 250)
    with qtbot.waitSignal(view.rect_drawn) as blocker:
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(viewport, (start + end) / 2)
        QTest.mouseMove(viewport, end)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    page, rect = blocker.args
    assert page == 1
    assert rect == pytest.approx((100, 150, 300, 250), abs=1.5)
    assert not view.page_area.is_drawing()
    # Esc cancels a drawing that has not started.
    view.start_anchor_drawing()
    with qtbot.waitSignal(view.anchor_drawing_cancelled):
        QTest.keyClick(view.page_area, Qt.Key.Key_Escape)
    assert not view.page_area.is_drawing()
    view.show_anchors([(1, rect), (2, None)])


def test_rotated_view_still_draws_in_page_points(qtbot, view: PdfView, sample_pdf: Path) -> None:
    open_and_wait(qtbot, view, sample_pdf)
    view.rotate()
    layout = view.page_area.layout_info
    assert layout is not None and layout.slots[0].width > layout.slots[0].height
    qtbot.waitUntil(lambda: view.page_area.was_painted(0), timeout=10_000)
    viewport = view.page_area.viewport()
    view.start_anchor_drawing()
    start, end = viewport_point(view, 1, 100, 150), viewport_point(view, 1, 300, 250)
    with qtbot.waitSignal(view.rect_drawn) as blocker:
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(viewport, end)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert blocker.args[1] == pytest.approx((100, 150, 300, 250), abs=1.5)


def test_encrypted_pdf_asks_again_after_a_wrong_password(qtbot, view, corpus, monkeypatch) -> None:
    answers = [("not-it", True), ("openpassword", True)]
    prompts: list[str] = []

    def get_text(parent, title, label, *args, **kwargs):
        prompts.append(label)
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    problems: list[str] = []
    view.document_problem.connect(problems.append)
    open_and_wait(qtbot, view, corpus / ENCRYPTED_PDF)
    assert len(prompts) == 2 and "not correct" in prompts[1]
    assert view.page_count() > 0 and problems == []


def test_encrypted_pdf_cancelled_reports_encrypted(qtbot, view, corpus, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("", False)))
    with qtbot.waitSignal(view.document_problem, timeout=10_000) as blocker:
        view.open_document(corpus / ENCRYPTED_PDF)
    assert blocker.args == ["encrypted"]
    assert "password" in view.problem_message()
    assert view.page_count() == 0


def test_broken_and_missing_files_show_a_message_and_the_view_keeps_working(
    qtbot, view: PdfView, sample_pdf: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(random.Random(4).randbytes(20_000))
    with qtbot.waitSignal(view.document_problem, timeout=10_000) as blocker:
        view.open_document(broken)
    assert blocker.args == ["damaged"]
    assert str(broken) in view.problem_message()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.7\n" + random.Random(5).randbytes(5_000))
    with qtbot.waitSignal(view.document_problem, timeout=10_000) as blocker:
        view.open_document(truncated)
    assert blocker.args == ["damaged"]
    with qtbot.waitSignal(view.document_problem, timeout=10_000) as blocker:
        view.open_document(tmp_path / "gone.pdf")
    assert blocker.args == ["missing"]
    open_and_wait(qtbot, view, sample_pdf)
    assert view.problem_message() == "" and view.page_count() == PAGES


def test_shutdown_leaves_no_child_process(qtbot, sample_pdf: Path) -> None:
    view = PdfView()
    qtbot.addWidget(view)
    view.show()
    open_and_wait(qtbot, view, sample_pdf)
    pid = view.bridge.client.worker_pid
    assert pid is not None
    view.shutdown()
    assert pid not in [child.pid for child in multiprocessing.active_children()]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone and reaped, not a zombie
    view.shutdown()  # twice is harmless


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_view_rotation_maps_points_both_ways(rotation: int) -> None:
    size = (595.0, 842.0)
    for x, y in ((0, 0), (100, 150), (595, 842), (300.5, 20.25)):
        turned = rotate_point(x, y, size, rotation)
        assert unrotate_point(*turned, size, rotation) == pytest.approx((x, y))
    layout = PageLayout(((595.0, 842.0),) * 3, 1.0, rotation, (800, 600))
    for x, y in ((10, 20), (500, 800)):
        assert layout.to_page(1, *layout.to_content(1, x, y)) == pytest.approx((x, y))


def test_layout_is_known_before_any_render() -> None:
    layout = PageLayout(((595.0, 842.0), (842.0, 595.0), (595.0, 842.0)), "fit_width", 0, (862, 600))
    assert layout.scale == pytest.approx(842 / 842)  # the widest page fills the column
    assert layout.pages_between(0, 10) == [0]
    assert layout.pages_between(0, layout.height) == [0, 1, 2]
    assert layout.page_at(5, 5) is None  # the margin
    assert normalize_zoom(99) == 4.0 and normalize_zoom("fit_page") == "fit_page"
    with pytest.raises(ValueError):
        normalize_zoom("huge")


def test_a_crashed_render_process_is_replaced_and_pages_come_back(qtbot, sample_pdf: Path) -> None:
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    try:
        open_and_wait(qtbot, view, sample_pdf)
        first_pid = view.bridge.client.worker_pid
        with qtbot.waitSignal(view.bridge.worker_lost, timeout=10_000):
            view.bridge.client._debug("exit", 3)  # what a crash inside MuPDF looks like from here
        view.go_to(PAGES)
        qtbot.waitUntil(lambda: view.page_area.was_painted(PAGES - 1), timeout=10_000)
        assert view.bridge.client.worker_pid != first_pid
        assert view.problem_message() == ""
    finally:
        view.shutdown()


def test_pyside_reference_leak_cannot_crash_the_interpreter(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call; ~10k calls used to abort."""
    from PySide6.QtCore import QTimer

    from app.ui.shared.qt_bridge import guard_against_pyside_refcount_leaks

    guard_against_pyside_refcount_leaks()
    timer = QTimer()
    for _ in range(50_000):
        timer.stop()
    assert sys.getrefcount(None) > 0


def test_a_page_enlarged_by_user_unit_is_shown(qtbot, view: PdfView, tmp_path: Path) -> None:
    """/UserUnit 75000 once made the paint fail ("scale must be positive"): the page is shown reduced."""
    from tests.hostile_pdfs import user_unit_pdf

    open_and_wait(qtbot, view, user_unit_pdf(tmp_path / "uu.pdf"))
    assert view.problem_message() == "" and view.page_count() == 1
    assert view.page_area.render_scale() > 0
    view.set_zoom(0.1)  # the smallest zoom: still a positive scale, still painted
    qtbot.waitUntil(lambda: view.page_area.was_painted(0), timeout=10_000)


def test_more_pages_than_a_dossier_can_have_is_a_message(qtbot, view: PdfView, tmp_path: Path) -> None:
    from app.pdf.records import MAX_PAGES
    from tests.hostile_pdfs import many_pages_pdf

    path = many_pages_pdf(tmp_path / "many.pdf", MAX_PAGES + 1)
    with qtbot.waitSignal(view.document_problem, timeout=10_000) as blocker:
        view.open_document(path)
    assert blocker.args == ["damaged"]
    assert str(MAX_PAGES) in view.problem_message() and view.page_count() == 0
