"""A Qt-free progress and cancel object for long work (imports, merges, exports, printing).

The worker calls ``advance``/``check``; the UI (or a CLI) reads ``fraction`` or passes a callback,
and calls ``cancel`` from any thread. Modelled on Orange's ``TaskState``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import AppError


class Cancelled(AppError):
    """Raised inside the work when the user cancelled; the work's transaction is rolled back."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__("cancelled", message)


class Progress:
    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancelled = threading.Event()
        self.done = 0
        self.total = 0
        self.stage = ""

    def start(self, total: int, stage: str = "") -> None:
        self.total, self.done, self.stage = total, 0, stage
        self._notify()

    def advance(self, step: int = 1) -> None:
        self.check()
        self.done += step
        self._notify()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    def _notify(self) -> None:
        if self._callback is not None:
            self._callback(self.done, self.total, self.stage)
