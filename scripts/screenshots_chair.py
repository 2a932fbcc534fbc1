"""Screenshots of the real chair's window running a whole demo panel, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_chair.py

Builds the demo's lists and PDFs in a temporary folder, then runs the window twice in child processes
(1366×768 and 1920×1080), each with a fresh settings folder, the real background worker and the real
PDF view. The child does what a chair does, through the window: a new panel, the lists dropped in, a
random draw, the reviewers and the assignment (with one reasoned override), the packages; the
reviewers' files are then made the way reviewers make them (package → workspace → the demo's paper
scores → export), one of them edited afterwards, and merged through the window; a disagreement is
opened side by side and settled; the report is laid out and previewed. One PNG per step:

    chair-start, chair-new-panel, chair-dossiers, chair-draws, chair-assignment, chair-packages,
    chair-merge, chair-results, chair-flag, chair-ranking, chair-export, chair-print-preview
    (with "-1920" for the large screen)
"""

from __future__ import annotations

import argparse
import csv
import ctypes.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def settle(seconds: float = 0.4) -> None:
    wait_until(lambda: False, seconds)


def write_pool(path: Path) -> Path:
    rows = [["候选对象编号", "案卷编号", "案卷类型", "结案日期"]]
    rows += [
        ["CJ", f"昌市环罚〔2017〕{n}号", "一般行政处罚案卷", f"2017-0{n % 9 + 1}-15"] for n in range(101, 106)
    ]
    rows += [["CJ", f"昌市环罚〔2017〕{n}号", "适用四个配套办法案卷", "2017-08-01"] for n in range(201, 204)]
    rows += [["KEL", f"库环罚〔2017〕{n}号", "一般行政处罚案卷", "2017-07-01"] for n in range(301, 305)]
    rows += [["KEL", "库环罚〔2017〕401号", "适用四个配套办法案卷", "2017-09-09"]]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def reviewer_files(
    demo: Path, packages: dict[str, Path], folder: Path, passphrases: dict[str, str]
) -> list[Path]:
    """Each reviewer's file: their package opened, the demo's paper scores for their dossiers, exported."""
    from app.services.review_service import ReviewService
    from app.services.workspace import (
        export_reviewer_file,
        import_workspace_scores,
        open_package,
        open_workspace,
    )

    with (demo / "scores.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    files = []
    for reviewer, package in sorted(packages.items()):
        workspace = open_package(package, folder / "laptops" / reviewer, passphrase=passphrases[reviewer])
        panel, _meta = open_workspace(workspace)
        try:
            mine = set(ReviewService(panel, reviewer).dossier_codes())
        finally:
            panel.close()
        sheet = folder / f"{reviewer}-paper.csv"
        with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(r for r in body if r[0] == reviewer and r[1] in mine)
        import_workspace_scores(workspace, sheet)
        out = folder / "files" / f"{package.stem}.dpreview"
        files.append(export_reviewer_file(workspace, out, passphrase=passphrases[reviewer]).path)
    edited = files[-1].with_name(files[-1].stem + "（改过）.dpreview")
    edited.write_bytes(files[-1].read_bytes().replace(b'"points":"', b'"points":"1', 1))
    return [*files[:-1], edited]


def child(demo: Path, work: Path, out: Path, size: str) -> int:
    from PySide6.QtCore import Qt

    from app.ui.chair import dialogs
    from app.ui.chair.chair_window import ChairWindow
    from app.ui.shared.application import create_application
    from app.ui.shared.settings import UiSettings
    from app.ui.shared.tasks import TaskRunner

    app = create_application(["screenshots"], language="zh_CN")  # noqa: F841 (kept alive)
    runner = TaskRunner()
    window = ChairWindow(UiSettings(), runner)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    width, height = (1920, 1080) if size == "large" else (1366, 768)
    width, height = round(width / scale), round(height / scale)  # logical pixels on that screen
    suffix = ("-1920" if size == "large" else "") + (f"-{round(scale * 100)}" if scale != 1 else "")
    window.resize(width, height)
    window.show()
    window.windowHandle().requestActivate()
    wait_until(window.isActiveWindow, 5)

    def idle() -> None:
        wait_until(lambda: not runner.busy and not window.context.busy, 120)
        settle(0.3)

    def shoot(widget: Any, name: str) -> None:
        settle()
        path = out / f"chair-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    answers: dict[str, list[Any]] = {"files": [], "reasons": []}
    dialogs.ask_open_files = lambda *_a, **_k: answers["files"].pop(0)
    dialogs.ask_reason = lambda *_a, **_k: answers["reasons"].pop(0)
    dialogs.confirm = lambda *_a, **_k: True

    shoot(window, "start")

    # 1. the new panel
    def fill_new(dialog: Any) -> bool:
        dialog.ruleset.setCurrentIndex(dialog.ruleset.findData("xinjiang-2017"))
        dialog.title.setText("2017年新疆环境执法大练兵案卷评查")
        dialog.path.setText(str(work / "2017年新疆案卷评查.dpanel"))
        dialog._path_chosen = True
        dialog.resize(min(1100, width - 40), min(640, height - 60))
        dialog.show()
        shoot(dialog, "new-panel")
        dialog.tabs.setCurrentIndex(1)
        dialog.hide()
        return True

    dialogs.exec_dialog = fill_new
    window.new_panel()
    idle()

    # 2. the lists and the PDFs, then a random draw
    pdfs = sorted((demo / "dossiers").glob("*.pdf"))
    window.dossiers.importer.start([demo / "dossiers.csv", demo / "candidates.csv", *pdfs])
    idle()
    window.nav.setCurrentRow(1)
    shoot(window, "dossiers")
    pool = write_pool(work / "抽选池.csv")

    def fill_draw(dialog: Any) -> bool:
        dialog.pool.setText(str(pool))
        dialog.seed.setText("20170915")
        return True

    dialogs.exec_dialog = fill_draw
    window.dossiers.start_draw(None)
    idle()
    shoot(window, "draws")

    # 3. reviewers and assignment, one pair against the region rule with a reason
    window.reviewers.importer.start([demo / "reviewers.csv"])
    idle()
    window.nav.setCurrentRow(2)
    window.reviewers.seed.setText("a3f9c2e17b40d5e6")
    window.reviewers.assign_button.click()
    idle()
    matrix = window.reviewers.matrix
    state = window.context.state
    assert state is not None
    target = next(d for d in state.dossiers if d.candidate_id == "CJ")
    cell = next(k for k, v in matrix.cells.items() if v.reviewer_id == "C1" and v.dossier_id == target.id)
    answers["reasons"].append("巴州交叉评审人员回避本案当事人，经领导小组同意由刘志强评查")
    matrix.cellDoubleClicked.emit(*cell)
    idle()
    window.reviewers.matrix.clearSelection()
    shoot(window, "assignment")

    # 4. the packages
    window.nav.setCurrentRow(3)
    window.packages.folder.setText(str(work / "评审包"))
    window.packages.build_button.click()
    idle()
    shoot(window, "packages")

    # 5. the reviewers' files back, one edited by hand: refused and shown
    files = reviewer_files(demo, dict(window.packages.built), work, window.packages.passphrases)
    window.nav.setCurrentRow(4)
    window.merge.merge(files)
    idle()
    shoot(window, "merge")

    # 6. results, a disagreement side by side, the ranking
    window.nav.setCurrentRow(5)
    window.results.tabs.setCurrentIndex(0)
    shoot(window, "results")
    state = window.context.state
    assert state is not None
    flags = sorted(
        (f for f in state.flags if f.item_id and not f.settled), key=lambda f: f.code.value != "item_split"
    )
    flag = flags[0]
    window.results.tabs.setCurrentIndex(1)
    window.results.open_flag(flag.dossier_id, flag)
    idle()
    dialog = window.flag_dialog
    assert dialog is not None
    pdf = dialog.pdf
    wait_until(lambda: pdf.page_count() > 0, 30)  # type: ignore[attr-defined]
    anchored = next(iter(sorted(dialog.table.anchors)), None)
    if anchored is not None:
        dialog.table.setCurrentCell(*anchored)
        dialog.table.cellClicked.emit(*anchored)
    page = pdf.current_page()  # type: ignore[attr-defined]
    wait_until(lambda: pdf.page_area.was_painted(page - 1), 30)  # type: ignore[attr-defined]
    dialog.reason.setText("经合议，两位专家对该项理解不同，维持按平均分计算")
    shoot(dialog, "flag")
    dialog.settle_button.click()
    idle()
    dialog.close()
    idle()
    window.results.tabs.setCurrentIndex(2)
    shoot(window, "ranking")

    # 7. export and print
    window.nav.setCurrentRow(6)
    shoot(window, "export")
    window.export.print_document("report")
    idle()
    preview = window.preview_dialog
    assert preview is not None
    wait_until(lambda: 1 in preview.cache, 30)
    preview.show_page(2)
    wait_until(lambda: 2 in preview.cache, 30)
    shoot(preview, "print-preview")
    preview.close()
    window.nav.setCurrentRow(0)
    shoot(window, "overview")
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the chair's window (run under Xvfb).")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--child", choices=("small", "large"), help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="small,large", help="small (1366×768), large (1920×1080) or both")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR for the children, e.g. 1.25")
    parser.add_argument("--demo", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.demo, args.work, args.out, args.child)

    from app.demo.build import build_demo_panel

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="chair-shots-") as temp:
        base = Path(temp)
        build_demo_panel(base / "demo", log=lambda *_a: None)
        env = dict(os.environ)
        if not os.environ.get("DISPLAY") or not ctypes.util.find_library("xcb-cursor"):
            env["QT_QPA_PLATFORM"] = "offscreen"
            print("(no usable X display: rendering offscreen)")
        for size in args.sizes.split(","):
            work = base / f"work-{size}"
            work.mkdir()
            child_env = {
                **env,
                "DOSSIER_PANEL_HOME": str(base / f"home-{size}"),
                "QT_SCALE_FACTOR": args.scale,
            }
            command = [
                sys.executable,
                __file__,
                "--child",
                size,
                "--demo",
                str(base / "demo"),
                "--work",
                str(work),
                "--out",
                str(args.out),
            ]
            result = subprocess.run(command, env=child_env, check=False, timeout=600)
            if result.returncode != 0:
                return result.returncode
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
