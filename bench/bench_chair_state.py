"""The chair's whole read model against the results alone, and a moderation back in the state.

For each size (500 / 5,000 / 50,000 dossiers by default; ``--sizes``) on the bench panel of
``bench_results`` (3 complete reviews a dossier, 40 items, 200 reviewers, every pair assigned, an audit
log of one entry per review), in one process, repeated and alternated:

- ``compute_results`` alone vs ``load_state`` (everything the chair's pages show), and their ratio
  (goal ≤ 1.5× at 5,000);
- the per-dossier time of each (the growth must be linear);
- ``load_state`` as the chair's window reads it (``app.ui.chair.context.read_state``): inside the
  panel's frozen-heap span with the collector paused and the new state frozen before it resumes, so
  the first collection after the read does not walk the state's 10^6 objects (``app.services.switches``);
- a moderation: ``settle`` (the service write, durable) plus ``load_state(panel, previous,
  Changes.of(Area.MODERATION, {code}))`` (goal ≤ 150 ms at 5,000).

Built panels are cached under ``--cache`` (default /tmp/dossier-panel-bench) as they take long to
build at 50,000. Run: ``.venv/bin/python bench/bench_chair_state.py [--sizes 500,5000] [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import time
from decimal import Decimal
from pathlib import Path

from bench_results import REVIEWS_PER_DOSSIER, build

from app.services.chair_state import load_state
from app.services.changes import Area, Changes
from app.services.moderation import settle
from app.services.panel import Panel
from app.services.results import compute_results
from app.services.switches import collector_paused, heap_frozen, keep_frozen


def cached_panel(cache: Path, dossiers: int) -> Path:
    """The bench panel of ``dossiers`` dossiers, built once and copied for each run."""
    cache.mkdir(parents=True, exist_ok=True)
    built = cache / f"chair-{dossiers}.dpanel"
    if not built.is_file():
        started = time.perf_counter()
        panel = build(
            cache / "building.dpanel",
            random.Random(20261204),
            dossiers,
            assignments=True,
            audit=dossiers * REVIEWS_PER_DOSSIER,
        )
        panel.close()
        (cache / "building.dpanel").rename(built)
        print(f"built {dossiers} dossiers in {time.perf_counter() - started:.1f} s")
    work = cache / f"run-{dossiers}.dpanel"
    for leftover in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(built, work)
    return work


def timed(work):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = work()
    return time.perf_counter() - started, value


def window_read(panel: Panel):  # type: ignore[no-untyped-def]
    """``load_state`` as ``app.ui.chair.context.read_state`` calls it (without the pages' rows)."""
    with collector_paused():
        state = load_state(panel)
        keep_frozen()
    return state


def measure(path: Path, dossiers: int, repeat: int) -> dict[str, list[float]]:
    panel = Panel.open(path)
    figures: dict[str, list[float]] = {
        "results": [],
        "state": [],
        "framed": [],
        "moderation": [],
        "write": [],
    }
    try:
        state = load_state(panel)  # warm: snapshots parsed, pages cached as on a chair's second refresh
        rng = random.Random(7)
        for _ in range(repeat):
            seconds, _ = timed(lambda: compute_results(panel))
            figures["results"].append(seconds)
            seconds, state = timed(lambda: load_state(panel))
            figures["state"].append(seconds)
            del state
            with heap_frozen():  # the window's span while a panel is open
                seconds, state = timed(lambda: window_read(panel))
                figures["framed"].append(seconds)
        for n in range(repeat * 2):
            code = state.dossiers[rng.randrange(len(state.dossiers))].id
            previous = state
            started = time.perf_counter()
            settle(panel, code, expert_score=Decimal(60 + n), reason="复核")
            written = time.perf_counter()
            state = load_state(panel, previous, Changes.of(Area.MODERATION, {code}))
            figures["moderation"].append(time.perf_counter() - started)
            figures["write"].append(written - started)
        assert len(state.results.dossiers) == dossiers
    finally:
        panel.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,50000", help="dossier counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/dossier-panel-bench"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for size in sizes:
        figures = measure(cached_panel(args.cache, size), size, args.repeat)
        rows.append((size, figures))
    print("| dossiers | results alone (best / median s) | whole state (best / median s) | ratio best / median |"
          " state in the window's span (best s, ratio) | results per dossier (ms) | state per dossier (ms) |"
          " moderation: write + state (best / median ms) | of which the write (median ms) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for size, f in rows:
        r_best, r_med = min(f["results"]), statistics.median(f["results"])
        s_best, s_med = min(f["state"]), statistics.median(f["state"])
        m_best, m_med = min(f["moderation"]), statistics.median(f["moderation"])
        print(
            f"| {size:,} | {r_best:.2f} / {r_med:.2f} | {s_best:.2f} / {s_med:.2f} | "
            f"{s_best / r_best:.2f}× / {s_med / r_med:.2f}× | {min(f['framed']):.2f}, "
            f"{min(f['framed']) / r_best:.2f}× | {1000 * r_med / size:.3f} | "
            f"{1000 * s_med / size:.3f} | {1000 * m_best:.0f} / {1000 * m_med:.0f} | "
            f"{1000 * statistics.median(f['write']):.0f} |"
        )


if __name__ == "__main__":
    main()
