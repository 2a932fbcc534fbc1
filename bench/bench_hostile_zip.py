"""What a hostile package costs before it is refused: bytes written and memory (issue 11, item 6).

Two crafted packages, each built from a real reviewer package:

- **inflating PDF**: the PDF entry replaced by ``--inflate-mb`` megabytes (default 1024) of a PDF
  header and zeros, deflated to a few megabytes; its zip header declares the inflated size, the
  manifest keeps the real PDF's size and hash (as a chair's manifest would). Measured: the most bytes
  any unpacked file reached (the staging folder is deleted after a refusal, so every file the
  unpacking opens is watched).
- **many entries**: ``--entries`` (default 400,000) empty entries. Measured: the peak of Python
  allocations (tracemalloc) while ``review open`` refuses it.

Run: ``.venv/bin/python bench/bench_hostile_zip.py [--inflate-mb 1024] [--entries 400000]``. A size
bound, not a time bound; the figures in docs/exchange-formats.md come from this script.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.exchange.errors import ExchangeError
from app.services import workspace_build
from app.services.workspace import open_package
from tests.core.test_packages import exchange_panel, packages_by_reviewer

MB = 1024 * 1024


def good_package(folder: Path) -> Path:
    panel = exchange_panel(folder / "chair")
    try:
        return packages_by_reviewer(panel, folder / "out")["C2"]
    finally:
        panel.close()


def inflating_package(good: Path, target: Path, megabytes: int) -> Path:
    """The PDF entry streamed in as a deflated run of zeros behind a PDF header."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            if not info.filename.endswith(".pdf"):
                out.writestr(info, source.read(info))
                continue
            entry = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            with out.open(entry, "w", force_zip64=True) as sink:
                sink.write(b"%PDF-1.7\n")
                zeros = bytes(MB)
                for _ in range(megabytes):
                    sink.write(zeros)
    return target


def many_entries_package(target: Path, entries: int) -> Path:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as out:
        for i in range(entries):
            out.writestr(zipfile.ZipInfo(f"e{i:07d}"), b"")
    return target


class WrittenWatch:
    """Wraps the unpacking's copy so the size each unpacked file reached is seen before it is deleted."""

    def __init__(self) -> None:
        self.largest = 0
        self.original = workspace_build.copy_entry

    def __enter__(self) -> WrittenWatch:
        def watched(*args: Any, **kwargs: Any) -> Any:
            target = Path(args[3])
            try:
                return self.original(*args, **kwargs)
            finally:
                if target.exists():
                    self.largest = max(self.largest, target.stat().st_size)

        workspace_build.copy_entry = watched  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        workspace_build.copy_entry = self.original


def refusal(package: Path, root: Path) -> str:
    try:
        open_package(package, root)
    except ExchangeError as exc:
        return exc.code
    return "accepted"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inflate-mb", type=int, default=1024)
    parser.add_argument("--entries", type=int, default=400_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good = good_package(folder)

        crafted = inflating_package(good, folder / "inflate.dppkg", args.inflate_mb)
        with WrittenWatch() as watch:
            started = time.perf_counter()
            code = refusal(crafted, folder / "ws1")
            seconds = time.perf_counter() - started
        print(
            f"inflating PDF: package {crafted.stat().st_size / MB:.1f} MB, entry inflates to {args.inflate_mb} MB; "
            f"refused {code}; largest unpacked file {watch.largest / MB:.1f} MB; {seconds:.1f} s"
        )

        crafted = many_entries_package(folder / "many.dppkg", args.entries)
        tracemalloc.start()
        started = time.perf_counter()
        code = refusal(crafted, folder / "ws2")
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"many entries: {args.entries} entries, package {crafted.stat().st_size / MB:.1f} MB; "
            f"refused {code}; peak Python memory {peak / MB:.1f} MB; {seconds:.1f} s"
        )


if __name__ == "__main__":
    main()
