"""GUI-thread time per save in the real reviewer window (offscreen), at 40 and at 200 checklist items.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_save.py [--saves 60]``.

A panel with one reviewer and two dossiers on a checklist of N items (sections of ten, one 0.5-point
reason each, one veto) is opened in the real ``ReviewerWindow`` with its real ``PdfView`` and a real,
threaded ``TaskRunner``. Each save ticks (or unticks) one item's reason by clicking its check box,
the item moving on each time, as a reviewer works down the list. Per save, on the GUI thread:

* ``click``: the click until the write is handed to the worker (bus → controller → session);
* ``deliver``: the worker's answer on the GUI thread (``TaskRunner._deliver``: undo push, the panel,
  the dossier list, anchors, status bar);
* ``after``: the events that answer posts (layouts, the repaint), processed until none is left;
* ``total``: the three summed: all the GUI thread does for a save, painting included;
* ``update_state``: of ``deliver``, the checklist panel's own update (the card and the totals), the
  figure the issue measured (9–27 ms before) and its goal (≤ 4 ms) is about.

All are the GUI thread's CPU time (``time.thread_time``), so time spent waiting for the GIL while the
worker writes, or for the CPU on a busy machine, is not counted.

The worker's own time (write + re-read) runs off the GUI thread and is not counted. The bare figures
of the same run: the service write alone (``ReviewService.add_deduction``/``remove_deduction`` plus
its re-read, on this thread) and a bare label update (``QLabel.setText`` in a shown window, then its
events processed). Medians and 95th percentiles in milliseconds.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import forty_item_checklist

from app.review.ruleset import RuleSet

RULESET = RuleSet.model_validate(
    {
        "id": "bench",
        "title": "bench",
        "version": "1",
        "document": {"title": "b", "issuer": "b", "year": 2026},
        "checklist": "bench-40",
        "dossier_types": [{"code": "general", "name": "一般"}],
        "levels": [{"code": "county", "name": "县级"}],
        "candidate_kinds": [
            {
                "code": "county",
                "name": "县级",
                "candidate_class": "unit",
                "level": "county",
                "max_points": 100,
                "indicator": {"formula": "mean"},
            }
        ],
    }
)


def build_panel(folder: Path, items: int) -> Path:
    """A panel of two dossiers (one-page PDFs) on an ``items``-item checklist, reviewer E1 on both."""
    from sqlalchemy import select

    from app.models import schema
    from app.pdf._pymupdf import pymupdf
    from app.services.clock import utc_now
    from app.services.panel import Panel

    checklist = forty_item_checklist(items)
    ruleset = RULESET.model_copy(update={"checklist": checklist.id})
    path = folder / f"save-{items}.dpanel"
    panel = Panel.create(path, ruleset, checklists={checklist.id: checklist})
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "bench", fontsize=14)
    data = doc.tobytes()
    doc.close()
    digest = hashlib.sha256(data).hexdigest()
    target = panel.pdf_dir / digest[:2] / f"{digest}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    with panel.transaction() as conn:
        conn.execute(
            schema.candidates.insert(),
            [
                {
                    "id": "U1",
                    "name": "单位",
                    "kind": "county",
                    "level": "county",
                    "attributes": {},
                    "events": {},
                }
            ],
        )
        conn.execute(
            schema.dossiers.insert(),
            [
                {
                    "code": f"D{n}",
                    "case_number": f"测环罚〔2026〕{n}号",
                    "candidate_id": "U1",
                    "type": "general",
                    "source": "drawn",
                    "pdf_path": f"{digest[:2]}/{digest}.pdf",
                    "sha256": digest,
                    "page_count": 1,
                    "checklist_id": checklist.id,
                }
                for n in (1, 2)
            ],
        )
        conn.execute(schema.reviewers.insert(), [{"id": "E1", "name": "评审", "role": "expert"}])
        ids = conn.execute(select(schema.dossiers.c.id)).scalars().all()
        conn.execute(
            schema.assignments.insert(),
            [{"reviewer_id": "E1", "dossier_id": i, "created_at": utc_now()} for i in ids],
        )
    panel.close()
    return path


def summary(values: list[float]) -> str:
    p95 = statistics.quantiles(values, n=20)[18] if len(values) >= 2 else values[0]
    return f"median {statistics.median(values):.2f} / p95 {p95:.2f}"


class DeliverClock:
    """Times every ``TaskRunner._deliver`` (the worker's answers, run on the GUI thread)."""

    def __init__(self) -> None:
        from app.ui.shared.tasks import TaskRunner

        self.spans: list[float] = []
        original = TaskRunner._deliver

        def timed(runner: Any, job: Any) -> None:
            started = time.thread_time()
            try:
                original(runner, job)
            finally:
                self.spans.append((time.thread_time() - started) * 1000)

        TaskRunner._deliver = timed  # type: ignore[method-assign]

        from app.ui.reviewer.checklist_panel import ChecklistPanel

        self.panel_spans: list[float] = []
        update = ChecklistPanel.update_state

        def timed_update(panel: Any, snap: Any) -> None:
            started = time.thread_time()
            try:
                update(panel, snap)
            finally:
                self.panel_spans.append((time.thread_time() - started) * 1000)

        ChecklistPanel.update_state = timed_update  # type: ignore[method-assign]


def wait(app: Any, condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not answer")
        app.processEvents()
        time.sleep(0.0005)


def idle(runner: Any) -> None:
    """Wait in an event loop (no CPU spent polling) until the worker's answers are delivered."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not runner.busy:
        return
    loop = QEventLoop()
    runner.busy_changed.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    while runner.busy:
        loop.exec()
    runner.busy_changed.disconnect(loop.quit)


def drain(app: Any) -> float:
    """Process every posted event (layouts, repaints) until none is left; milliseconds it took."""
    from PySide6.QtCore import QCoreApplication, QEvent

    started = time.thread_time()
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    return (time.thread_time() - started) * 1000


def window_saves(panel: Path, saves: int, clock: DeliverClock) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from app.ui.reviewer.build import build_window
    from app.ui.reviewer.opening import open_for_review
    from app.ui.shared.settings import UiSettings
    from app.ui.shared.tasks import TaskRunner

    app = QApplication.instance()
    runner = TaskRunner()
    made: list[Any] = []
    open_for_review(panel, "E1", runner, on_ready=lambda s, o: made.append((s, o)), on_error=print)
    wait(app, lambda: bool(made))
    session, opened = made[0]
    window = build_window(session, opened, UiSettings(panel.with_suffix(".ini")))
    window.resize(1366, 768)
    window.show()
    window.start()
    wait(app, lambda: session.current is not None and not runner.busy)
    drain(app)
    cards = window.checklist.cards
    figures: dict[str, list[float]] = {
        "click": [],
        "deliver": [],
        "after": [],
        "total": [],
        "update_state": [],
    }
    for n in range(saves + 4):  # the first few warm caches up, and are left out
        card = cards[(n // 2 * 7) % len(cards)]  # each item ticked, then unticked
        window.checklist.set_current_item(card.item.id, announce=False)
        wait(app, lambda: not runner.busy)
        drain(app)
        clock.spans.clear()
        clock.panel_spans.clear()
        started = time.thread_time()
        card.reasons[0].check.click()
        click = (time.thread_time() - started) * 1000
        idle(runner)
        drain(app)
        total = (time.thread_time() - started) * 1000
        if n < 4:
            continue
        deliver = sum(clock.spans)
        figures["update_state"].append(sum(clock.panel_spans))
        for name, value in (("click", click), ("deliver", deliver), ("after", total - click - deliver)):
            figures[name].append(value)
        figures["total"].append(total)
    window.close()
    drain(app)
    runner.shutdown()
    return figures


def bare_service_write(panel: Path, saves: int) -> list[float]:
    from app.services.panel import Panel
    from app.services.review_service import ReviewService

    opened = Panel.open(panel)
    service = ReviewService(opened, "E1")
    items = [item.id for item in service.checklist("D2").items()]
    times = []
    for n in range(saves):
        started = time.perf_counter()
        view = service.add_deduction("D2", items[n % len(items)], Decimal("0.5"), reason_id="a")
        service.score("D2", service.state("D2"))
        service.remove_deduction("D2", view.uid)
        service.score("D2", service.state("D2"))
        times.append((time.perf_counter() - started) * 1000 / 2)
    opened.close()
    return times


def bare_label(saves: int) -> list[float]:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication.instance()
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("0", window)
    layout.addWidget(label)
    window.resize(400, 200)
    window.show()
    drain(app)
    times = []
    for n in range(saves):
        started = time.thread_time()
        label.setText(f"得分 {n} / 100")
        times.append((time.thread_time() - started) * 1000 + drain(app))
    window.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--saves", type=int, default=60)
    args = parser.parse_args(argv)

    from app.ui.shared.application import create_application

    app = create_application(["bench"], language="zh_CN")
    clock = DeliverClock()
    print("| measure | 40 items | 200 items |")
    print("| --- | --- | --- |")
    rows: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for items in (40, 200):
            panel = build_panel(Path(tmp), items)
            figures = window_saves(panel, args.saves, clock)
            for name in ("update_state", "total", "click", "deliver", "after"):
                rows.setdefault(f"GUI thread per save: {name} (ms)", []).append(summary(figures[name]))
            rows.setdefault("bare: service write + re-read (ms)", []).append(
                summary(bare_service_write(panel, args.saves))
            )
    rows["bare: QLabel.setText + its events (ms)"] = [summary(bare_label(args.saves))] * 2
    for name, values in rows.items():
        print(f"| {name} | {' | '.join(values)} |")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
