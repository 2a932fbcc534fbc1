"""Pieces several benchmarks share: the 40-item checklist, the bare-PyMuPDF baselines, peak memory,
phases run in a fresh process.

The bench scripts run as ``python bench/NAME.py``, so this module is imported as a sibling.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from app.review.checklist import Checklist


def forty_item_checklist(items: int = 40) -> Checklist:
    """``items`` items of 2.5 points in sections of ten, one 0.5-point reason each, one veto."""
    return Checklist.model_validate(
        {
            "id": f"bench-{items}",
            "title": "四十项",
            "version": "1",
            "sections": [
                {
                    "id": f"s{s}",
                    "title": f"第{s}部分",
                    "items": [
                        {
                            "id": f"s{s}.i{i}",
                            "text": f"项目{i}",
                            "max_points": "2.5",
                            "reasons": [{"id": "a", "text": "缺", "points": "0.5"}],
                        }
                        for i in range(10)
                    ],
                }
                for s in range(items // 10)
            ],
            "vetoes": [{"id": "zero", "text": "否决", "effect": "dossier_zero"}],
        }
    )


def bare_first_page(path: Path, width: float) -> float:
    """Seconds to open the PDF in this process and render page 1 at ``width`` pixels: the baseline."""
    from app.pdf._pymupdf import pymupdf

    started = time.perf_counter()
    doc = pymupdf.open(path)
    page = doc[0]
    scale = width / page.rect.width
    page.get_pixmap(matrix=pymupdf.Matrix(scale, scale))
    elapsed = time.perf_counter() - started
    doc.close()
    return elapsed


def bare_page_renders(path: Path, pages: range, width: float) -> list[float]:
    """Seconds per page to render ``pages`` at ``width`` pixels in this process (document already open)."""
    from app.pdf._pymupdf import pymupdf

    doc = pymupdf.open(path)
    times = []
    for number in pages:
        page = doc[number]
        scale = width / page.rect.width
        started = time.perf_counter()
        page.get_pixmap(matrix=pymupdf.Matrix(scale, scale))
        times.append(time.perf_counter() - started)
    doc.close()
    return times


def peak_mib(pid: int) -> float:
    """Peak resident memory of a process: VmHWM on Linux, peak working set elsewhere."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import psutil

    info = psutil.Process(pid).memory_info()
    return getattr(info, "peak_wset", info.rss) / 2**20


def run_script_phase(script: str, name: str, path: Path) -> dict[str, Any]:
    """Run ``script --phase name path`` in a fresh process (offscreen Qt unless set) and return the JSON
    object on the last line it prints."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    output = subprocess.run(
        [sys.executable, script, "--phase", name, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))
