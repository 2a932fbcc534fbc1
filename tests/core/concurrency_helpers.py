"""Programs the concurrency tests run in separate processes (``python -m tests.core.concurrency_helpers``).

saves WORKSPACE REVIEWER DOSSIER COUNT GO   COUNT writes through the reviewer's service once the
                                             file GO exists; prints "refused N" (writes that failed)
hold PANEL                                   takes the panel's lock as a window would, prints
                                             "held" and sleeps until killed
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def saves(workspace: str, reviewer: str, dossier: str, count: int, go: str) -> int:
    from app.services.review_service import ReviewService
    from app.services.workspace import open_workspace

    panel, _meta = open_workspace(workspace)
    service = ReviewService(panel, reviewer)
    while not Path(go).exists():
        time.sleep(0.005)
    refused = 0
    for n in range(count):
        try:
            service.set_item_note(dossier, "b.four", f"{reviewer} note {n}")
        except Exception as exc:  # every refusal counts, whatever it is
            refused += 1
            print(f"refused: {type(exc).__name__}: {exc}", file=sys.stderr)
    panel.close()
    print(f"refused {refused}")
    return 0


def hold(panel_path: str, kind: str, name: str) -> int:
    from app.models.locking import PanelLock, Writer

    lock = PanelLock.acquire(Path(panel_path), Writer(kind, name))
    print("held", flush=True)
    try:
        time.sleep(600)
    finally:
        lock.release()
    return 0


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "saves":
        return saves(rest[0], rest[1], rest[2], int(rest[3]), rest[4])
    if command == "hold":
        return hold(rest[0], rest[1], rest[2])
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
