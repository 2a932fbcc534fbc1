"""Helpers for the reviewer-window tests: the demo panel, a stand-in PDF view, a window factory.

``FakePdfView`` has the signals and methods of ``app.ui.pdf.view.PdfView`` that the window uses,
records what it is asked, and answers at once (no render process), so the window tests stay fast
and deterministic; one test runs the real view.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app import words
from app.services.panel import Panel
from app.ui.reviewer.build import build_window
from app.ui.reviewer.opening import Opened, open_for_review
from app.ui.reviewer.session import ReviewSession
from app.ui.reviewer.window import ReviewerWindow
from app.ui.shared.application import apply_font, install_translators
from app.ui.shared.settings import UiSettings
from app.ui.shared.tasks import TaskRunner


class FakePdfView(QWidget):
    page_changed = Signal(int, int)
    rect_drawn = Signal(int, object)
    document_problem = Signal(str)
    zoom_changed = Signal(object)
    anchor_drawing_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.page, self.count = 0, 0
        self.zoom: object = "fit_width"
        self.calls: list[tuple[Any, ...]] = []
        self.anchors: list[tuple[int, Any]] = []
        self.drawing = False

    def open_document(
        self, path: Path, *, page: int = 1, zoom: object = "fit_width", password: str | None = None
    ) -> None:
        self.path = Path(path)
        with pymupdf.open(path) as doc:
            self.count = doc.page_count
        self.page, self.zoom = max(1, min(page, self.count)), zoom
        self.calls.append(("open_document", self.path, page, zoom))
        self.page_changed.emit(self.page, self.count)

    def close_document(self) -> None:
        self.path, self.page, self.count = None, 0, 0
        self.page_changed.emit(0, 0)

    def go_to(self, page: int, rect: object = None) -> None:
        self.calls.append(("go_to", page, rect))
        self.page = max(1, min(page, self.count))
        self.page_changed.emit(self.page, self.count)

    def current_page(self) -> int:
        return self.page

    def page_count(self) -> int:
        return self.count

    def set_zoom(self, zoom: object) -> None:
        self.zoom = zoom
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(1.25)

    def zoom_out(self) -> None:
        self.set_zoom(0.75)

    def rotate(self) -> None:
        self.calls.append(("rotate",))

    def start_anchor_drawing(self) -> None:
        self.drawing = True

    def draw(self, page: int, rect: tuple[float, float, float, float]) -> None:
        """What the real view does when the reviewer drags a box."""
        self.drawing = False
        self.rect_drawn.emit(page, rect)

    def show_anchors(self, anchors: list[tuple[int, Any]]) -> None:
        self.anchors = list(anchors)

    def search(self, text: str) -> int:
        self.calls.append(("search", text))
        return 0

    def open_find_bar(self) -> None:
        self.calls.append(("open_find_bar",))

    def shutdown(self) -> None:
        self.calls.append(("shutdown",))


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo.build import build_demo_panel

    return build_demo_panel(tmp_path_factory.mktemp("demo-master"), log=lambda *_a: None)


@pytest.fixture
def demo_panel(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo panel file; the PDFs are shared (nothing writes them)."""
    target = tmp_path / demo_master.name
    shutil.copy2(demo_master, target)
    (tmp_path / demo_master.with_suffix(".pdfs").name).symlink_to(demo_master.with_suffix(".pdfs"))
    return target


@pytest.fixture(scope="module")
def chinese_ui(qapp: QApplication) -> Iterator[None]:
    """Our translations and font on pytest-qt's QApplication, taken off again after the module."""
    font = qapp.font()
    translators = install_translators(qapp, "zh_CN")
    apply_font(qapp)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    qapp.setFont(font)
    words.use_language("en")  # as with no translator: the next module's windows speak the source language


WindowFactory = Callable[..., ReviewerWindow]


@pytest.fixture
def make_window(qtbot: Any, chinese_ui: None) -> Iterator[WindowFactory]:
    """Build the real window on a panel, with the worker running tasks synchronously."""
    made: list[ReviewerWindow] = []

    def make(
        path: Path,
        reviewer: str | None = "E1",
        *,
        pdf: Callable[[QWidget | None], QWidget] = FakePdfView,
        size: tuple[int, int] = (1366, 740),
    ) -> ReviewerWindow:
        runner = TaskRunner(synchronous=True)
        result: list[tuple[ReviewSession, Opened]] = []
        errors: list[str] = []
        open_for_review(
            path, reviewer, runner, on_ready=lambda s, o: result.append((s, o)), on_error=errors.append
        )
        assert not errors, errors
        session, opened = result[0]
        window = build_window(session, opened, UiSettings(), pdf)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.windowHandle().requestActivate()  # shortcuts need the active window
        qtbot.waitUntil(window.isActiveWindow)
        window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.isVisible():
            window.close()
        window.session.panel.close()


def open_panel(path: Path) -> Panel:
    return Panel.open(path)
