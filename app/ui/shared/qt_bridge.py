"""The Qt side of the render process: RenderClient events as signals on the GUI thread, pixels as QImages.

``RenderClient`` calls its callback on its listener thread. Emitting a signal of a QObject that lives
in the GUI thread from there makes Qt queue the call (an automatic connection sees the thread differs),
so every slot runs on the GUI thread, in order, without locks in the widgets.

Pixel buffers are copied once, out of the render process's shared memory, by the client; here they are
wrapped as ``QImage`` without a copy (the QImage keeps a reference to the ``bytes``). The bridge asks the
render process for ``PAINT_READY`` pixels - Qt's own ``Format_RGB32`` byte for byte - so a paint copies
rows and never converts: an RGB888 image was converted on every paint, partly in Qt's thread pool,
which on two cores waited behind the render process and held the GUI thread (issue 16).

Importing this module also guards against a reference-counting bug of PySide6 6.12.0 that crashes
Python 3.11 within seconds of scrolling (see ``guard_against_pyside_refcount_leaks``).

The bridge also restarts a render process that died (a crash in MuPDF on a bad page must not take the
reviewer's window with it), but gives up after a few deaths in a short time, so a file that kills
MuPDF every time cannot make the program loop.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QImage

from app.pdf.memory_budget import default_page_cache_budget
from app.pdf.records import (
    OpenResult,
    PageImage,
    PageSizes,
    PdfEvent,
    PixelFormat,
    RenderResult,
    TextProgress,
    WorkerLost,
)
from app.pdf.render_client import RenderClient

log = logging.getLogger(__name__)

MAX_RESTARTS = 3
RESTART_WINDOW_SECONDS = 60.0

_QIMAGE_FORMATS = {
    PixelFormat.RGB888: QImage.Format.Format_RGB888,
    PixelFormat.RGBA8888: QImage.Format.Format_RGBA8888_Premultiplied,
    PixelFormat.BGRA8888: QImage.Format.Format_RGB32,
}
PAINT_READY = PixelFormat.BGRA8888 if sys.byteorder == "little" else PixelFormat.RGB888
"""The pixels the window's pages come in: ``Format_RGB32`` where the bytes B G R 255 are that format
(every little-endian machine: x86, ARM as Windows and Linux run it), RGB888 elsewhere."""
PAINT_READY_FORMATS = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)
"""Formats the raster engine draws onto a window without a conversion pass."""


_PROBE_CALLS = 64
_PINNED_REFERENCES = min(1 << 40, sys.maxsize >> 2)  # far beyond any leak, safe on 32-bit builds too
_singletons_pinned = False


class _LeakProbe(QObject):
    probed = Signal()


def guard_against_pyside_refcount_leaks() -> bool:
    """Keep PySide6 6.12.0 from crashing Python 3.11; returns whether the guard was needed.

    PySide6 6.12.0 returns ``None`` from void methods (``QWidget.update()``, ``QTimer.start()``,
    ``QScrollBar.setValue()``...) and ``True`` from ``SignalInstance.emit()`` without owning a reference
    to them, so every such call takes a reference away. Python 3.12 made these objects immortal; Python
    3.11 still counts, so after a few thousand calls - seconds of scrolling - the interpreter aborts
    with "Fatal Python error: none_dealloc" (or "bool_dealloc"). PySide6 6.11.0 does not leak.

    When a probe shows the leak, ``None``, ``True`` and ``False`` get 2**40 extra references - what
    Python 3.12 does for them - so the lost references can never bring them to zero. Extra references
    to these singletons are harmless: they are never freed anyway. Idempotent; a no-op on Python 3.12+
    and on PySide6 versions without the leak.
    """
    global _singletons_pinned
    if _singletons_pinned or sys.version_info >= (3, 12):
        return _singletons_pinned
    probe = _LeakProbe()
    timer = QTimer()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        timer.stop()
        probe.probed.emit()
    # Other threads move the counts by a few at most; the leak moves them by _PROBE_CALLS.
    threshold = _PROBE_CALLS * 3 // 4
    leaking = (
        none_before - sys.getrefcount(None) >= threshold or true_before - sys.getrefcount(True) >= threshold
    )
    if not leaking:
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PINNED_REFERENCES
    _singletons_pinned = True
    version = getattr(sys.modules.get("PySide6"), "__version__", "?")
    log.warning(
        "PySide6 %s leaks references to None/True; pinned them (use PySide6 6.11 or Python 3.12+)", version
    )
    return True


guard_against_pyside_refcount_leaks()


def page_image_to_qimage(image: PageImage, device_pixel_ratio: float = 1.0) -> QImage:
    """Wrap a rendered page as a QImage sharing its bytes (no copy); it is drawn 1:1 in device pixels."""
    qimage = QImage(image.data, image.width, image.height, image.stride, _QIMAGE_FORMATS[image.pixel_format])
    qimage.setDevicePixelRatio(device_pixel_ratio)
    return qimage


class RenderBridge(QObject):
    """Owns a ``RenderClient`` and re-emits its events as Qt signals (delivered on the GUI thread).

    One bridge can serve several views; each view filters events by its own document keys.
    ``worker_failed`` means the render process died repeatedly and is no longer restarted.
    """

    opened = Signal(object)  # OpenResult
    rendered = Signal(object)  # RenderResult
    text_progress = Signal(object)  # TextProgress
    sizes_known = Signal(object)  # PageSizes: every page measured, after an open with first_page
    worker_lost = Signal(object)  # WorkerLost, after which the bridge restarts the process
    worker_failed = Signal()  # died MAX_RESTARTS times within RESTART_WINDOW_SECONDS: given up

    def __init__(self, parent: QObject | None = None, *, cache_bytes: int | None = None) -> None:
        super().__init__(parent)
        self._closing = False
        self._failed = False
        self._deaths: list[float] = []
        self.worker_lost.connect(self._restart_worker)
        # Sized for fit-width pages and the machine until a view says how big its pages are.
        budget = default_page_cache_budget() if cache_bytes is None else cache_bytes
        self.client = RenderClient(callback=self._on_event, cache_bytes=budget, pixel_format=PAINT_READY)
        application = QCoreApplication.instance()
        if application is not None:  # a clean stop even if nobody calls shutdown()
            application.aboutToQuit.connect(self.shutdown)

    @property
    def is_closed(self) -> bool:
        return self._closing

    @property
    def has_failed(self) -> bool:
        return self._failed

    def _on_event(self, event: PdfEvent) -> None:
        """Listener thread: hand the event to the GUI thread. Must never raise or block."""
        if self._closing:
            return
        # The C++ object may be going away while the listener is still delivering; nothing to do then.
        with contextlib.suppress(RuntimeError):
            if isinstance(event, RenderResult):
                self.rendered.emit(event)
            elif isinstance(event, OpenResult):
                self.opened.emit(event)
            elif isinstance(event, TextProgress):
                self.text_progress.emit(event)
            elif isinstance(event, PageSizes):
                self.sizes_known.emit(event)
            elif isinstance(event, WorkerLost):
                self.worker_lost.emit(event)

    def _restart_worker(self, event: WorkerLost) -> None:
        if self._closing:
            return
        now = time.monotonic()
        self._deaths = [when for when in self._deaths if now - when < RESTART_WINDOW_SECONDS]
        self._deaths.append(now)
        if len(self._deaths) > MAX_RESTARTS:
            log.error("render process died %d times in a row; not restarting it", len(self._deaths))
            self._failed = True
            self.worker_failed.emit()
            return
        log.warning("render process lost (%s, exit code %s); restarting", event.detail, event.exitcode)
        self.client.restart()

    def revive(self) -> None:
        """Give a render process that was given up on another chance (a new document is being opened)."""
        if self._failed and not self._closing:
            self._failed = False
            self._deaths.clear()
            self.client.restart()

    def shutdown(self) -> None:
        """Stop the render process and the client's threads; safe to call twice.

        Blocks at most a few hundred milliseconds (one page render in progress), at exit only.
        """
        if self._closing:
            return
        self._closing = True
        self.client.close()
