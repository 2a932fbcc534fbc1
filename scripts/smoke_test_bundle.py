"""Smoke test of the built program: the bundle starts, opens a package, saves a score, quits cleanly.

    python scripts/smoke_test_bundle.py                        # the bundle in dist/dossier-panel/
    python scripts/smoke_test_bundle.py --program "python -m app"   # the same steps from the source tree

Everything runs in a temporary ``DOSSIER_PANEL_HOME`` with ``QT_QPA_PLATFORM=offscreen``:

1. the bundle's command line builds the demo panel, assigns it and writes the reviewers' packages;
2. the start screen opens, and the time from starting the process to the window is measured (3 runs);
3. ``open E1-….dppkg`` (what a double-click runs): the package is unpacked into the workspaces folder,
   the reviewer's window shows the first dossier and the render process paints its page; a reason is
   ticked and saved; the window closes; the program must exit with 0 and leave no process behind;
4. the program starts again, the workspace is opened from the start screen's "Opened lately" list, and
   the deduction must be there;
5. the reviewer file is exported and merged into the chair's panel with the bundle's command line;
6. the panel report and review sheets are printed and the results exported to XLSX.

The start screen must be in Chinese (our translations and Qt's own are in the bundle). "No process
left behind" is checked on Linux (through /proc) after each GUI step.

Steps 2–4 run *inside* the program: the driver starts ``PROGRAM --smoke-test THIS_FILE inside …``, which
runs this file with the bundle's own Python, libraries and resources. Keep the top of this file free of
anything but the standard library: the render process imports it too (multiprocessing's spawn).
Exit status 0 when every step passed; the figures are printed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# On Windows the console program (the windowed one has no standard output to report through).
DEFAULT_PROGRAM = (
    ROOT
    / "dist"
    / "dossier-panel"
    / ("dossier-panel-cli.exe" if sys.platform == "win32" else "dossier-panel")
)
WATCHDOG_SECONDS = 120
STEP_TIMEOUT = 300


# ---------------------------------------------------------------------- inside the program
def inside(mode: str, t0: float, args: list[str]) -> int:
    """Run one GUI step in this process (the bundle's Python); print one JSON line of results."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.start import launcher as launcher_module

    result: dict[str, object] = {"mode": mode}
    problems: list[str] = []

    def fail(text: str) -> None:
        problems.append(text)
        app = QApplication.instance()
        for window in QApplication.topLevelWidgets():
            window.close()
        if app is not None:
            app.exit(3)

    if mode == "first-window":
        app, launcher, screen = launcher_module.start()

        def shown() -> None:
            from PySide6.QtWidgets import QDialogButtonBox

            result["first_window_s"] = round(time.time() - t0, 3)
            result["visible"] = screen.isVisible()
            result["button"] = screen.package_button.text()  # ours: resources/translations in the bundle
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            result["qt_cancel"] = buttons.buttons()[0].text()  # Qt's own: qtbase_zh_CN in the bundle
            screen.close()

        QTimer.singleShot(0, shown)
    elif mode == "score":

        def typed(_parent: object, _what: str, _problem: str) -> str:
            """The passphrase the chair's `package` printed, typed as the reviewer would."""
            return os.environ["DOSSIER_PANEL_PASSPHRASE"]

        launcher_module.ask_passphrase = typed
        app, launcher, screen = launcher_module.start(Path(args[0]))
        launcher.failed.connect(lambda text: fail(f"opening failed: {text}"))
        launcher.window_opened.connect(lambda window: score_window(window, t0, result, fail))
    elif mode == "check":
        expected = json.loads(args[0])
        app, launcher, screen = launcher_module.start()
        launcher.failed.connect(lambda text: fail(f"reopening failed: {text}"))
        launcher.window_opened.connect(lambda window: check_window(window, expected, result, fail))

        def choose_recent() -> None:
            if screen.recent_list.count() == 0:
                fail("the start screen lists nothing opened lately")
                return
            item = screen.recent_list.item(0)
            result["recent"] = item.text().splitlines()[0]
            screen.recent_list.itemActivated.emit(item)

        QTimer.singleShot(0, choose_recent)
    else:
        print(f"unknown mode {mode}", file=sys.stderr)
        return 2

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: fail(f"no result after {WATCHDOG_SECONDS} s"))
    watchdog.start(WATCHDOG_SECONDS * 1000)
    code = app.exec()
    launcher.shutdown()
    import multiprocessing

    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [p.name for p in multiprocessing.active_children()]
    if left:
        problems.append(f"child processes still running at exit: {left}")
    result["exit_code"] = code
    result["problems"] = problems
    print("SMOKE " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0 if code == 0 and not problems else 1


def score_window(window: object, t0: float, result: dict[str, object], fail: object) -> None:
    """The reviewer's window is up: wait for the first painted page, tick a reason, wait for the save."""
    result["window_s"] = round(time.time() - t0, 3)
    w = window  # ReviewerWindow
    state = {"ticked": False}

    def painted(_page: int) -> None:
        if "first_page_s" in result:
            return
        result["first_page_s"] = round(time.time() - t0, 3)
        snap = w.session.current  # type: ignore[attr-defined]
        if snap is None:
            fail("no dossier is open")  # type: ignore[operator]
            return
        if snap.complete:
            w.session.state_changed.connect(lambda _s: tick())  # type: ignore[attr-defined]
            w.request_reopen()  # type: ignore[attr-defined]
        else:
            tick()

    def tick() -> None:
        if state["ticked"]:
            return
        snap = w.session.current  # type: ignore[attr-defined]
        for card in w.checklist.cards:  # type: ignore[attr-defined]
            for row in card.reasons:
                if row.view is None and row.check.isEnabled() and not row.reason.is_range:
                    state["ticked"] = True
                    result["dossier"], result["item"], result["reason"] = (
                        snap.code,
                        card.item.id,
                        row.reason.id,
                    )
                    w.session.saved.connect(saved)  # type: ignore[attr-defined]
                    w.session.write_failed.connect(lambda f: fail(f"not saved: {f}"))  # type: ignore[attr-defined,operator]
                    row.check.click()
                    return
        fail("no reason left to tick")  # type: ignore[operator]

    def saved(_moment: object) -> None:
        snap = w.session.current  # type: ignore[attr-defined]
        found = [
            d
            for d in snap.state.deductions
            if d.item_id == result["item"] and d.reason_id == result["reason"]
        ]
        if not found:
            fail("saved, but the deduction is not in the dossier's state")  # type: ignore[operator]
            return
        result["saved_s"] = round(time.time() - t0, 3)
        w.close()  # type: ignore[attr-defined]

    area = w.pdf.page_area  # type: ignore[attr-defined]
    area.page_painted.connect(painted)


def check_window(window: object, expected: dict[str, str], result: dict[str, object], fail: object) -> None:
    """The reopened window: go to the dossier and find the deduction saved last time."""
    w = window

    def opened(snap: object) -> None:
        if snap.code != expected["dossier"]:  # type: ignore[attr-defined]
            return
        found = [
            d
            for d in snap.state.deductions  # type: ignore[attr-defined]
            if d.item_id == expected["item"] and d.reason_id == expected["reason"]
        ]
        result["found"] = bool(found)
        if not found:
            fail("the deduction saved before is not there after reopening")  # type: ignore[operator]
            return
        w.close()  # type: ignore[attr-defined]

    w.session.dossier_opened.connect(opened)  # type: ignore[attr-defined]
    current = w.session.current  # type: ignore[attr-defined]
    if current is not None and current.code == expected["dossier"]:
        opened(current)
    else:
        w.open_dossier(expected["dossier"])  # type: ignore[attr-defined]


# ---------------------------------------------------------------------- the driver
class Driver:
    def __init__(self, program: list[str], home: Path) -> None:
        self.program = program
        self.home = home
        self.env = {
            **os.environ,
            "DOSSIER_PANEL_HOME": str(home / "home"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONUNBUFFERED": "1",
        }
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        done = subprocess.run(
            [*self.program, *args],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=STEP_TIMEOUT,
            check=False,
        )
        print(
            f"  $ {' '.join(['dossier-panel', *args])}  -> {done.returncode} ({time.monotonic() - started:.1f} s)"
        )
        if done.returncode != 0:
            raise SystemExit(f"failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        return done

    def inside(self, mode: str, *args: str) -> dict[str, object]:
        t0 = time.time()
        done = subprocess.run(
            [*self.program, "--smoke-test", str(Path(__file__).resolve()), "inside", mode, repr(t0), *args],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=STEP_TIMEOUT,
            check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("SMOKE ")]
        result = json.loads(lines[-1][6:]) if lines else {}
        if done.returncode != 0 or not lines:
            raise SystemExit(
                f"{mode}: exit code {done.returncode}, {result}\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
            )
        left = leftover_processes(self.program)
        if left:
            raise SystemExit(f"{mode}: processes left behind: {left}")
        return result


def leftover_processes(program: list[str]) -> list[str]:
    """Processes of the program still running (Linux: /proc); the render process must not be one."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    exe = Path(program[0]).resolve()
    marks = [str(exe.parent) if exe.name.startswith("dossier-panel") else "", "--multiprocessing-fork"]
    left = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            target = os.readlink(entry / "exe")
        except OSError:
            continue
        ours = (marks[0] and target.startswith(marks[0])) or (
            marks[1] in command and ("app" in command or str(exe) in command)
        )
        if ours and "smoke_test_bundle" not in command:
            left.append(f"{entry.name}: {command.strip()[:120]}")
    return left


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--program", default=str(DEFAULT_PROGRAM), help="the program to test (a command line)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = parser.parse_args(argv)
    program = shlex.split(options.program)
    exe = Path(program[0])
    if len(program) == 1 and not exe.exists():
        print(f"{exe} does not exist: build it first (make dist)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="dossier-panel-smoke-"))
    figures: dict[str, object] = {}
    try:
        driver = Driver(program, work)
        if len(program) == 1:
            figures["bundle_mb"] = round(folder_size(exe.parent) / 1e6, 1)
        print("1. the demo panel, its assignment and packages (the bundle's command line)")
        panel = Path(driver.run("demo", str(work / "demo")).stdout.strip().splitlines()[-1])
        driver.run("assign", str(panel))
        packaged = driver.run("package", str(panel), "--out", str(work / "packages")).stdout
        package = next((work / "packages").glob("E1-*.dppkg"))
        e1 = next(line for line in packaged.splitlines() if line.startswith("E1 "))
        driver.env["DOSSIER_PANEL_PASSPHRASE"] = e1.rsplit("passphrase ", 1)[1]  # E1's slip

        print("2. the start screen: time from starting the process to the window")
        runs = [driver.inside("first-window") for _ in range(3)]
        starts = [float(run["first_window_s"]) for run in runs]  # type: ignore[arg-type]
        figures["first_window_s"] = starts
        if runs[0]["button"] != "打开评审包" or "取消" not in str(runs[0]["qt_cancel"]):
            raise SystemExit(f"the start screen is not in Chinese (translations missing?): {runs[0]}")
        print(f"  first window after {', '.join(f'{s:.2f}' for s in starts)} s")

        print(f"3. open {package.name} (a double-click), tick a reason, save, quit")
        scored = driver.inside("score", str(package))
        print(f"  {scored}")
        figures.update({k: scored[k] for k in ("window_s", "first_page_s", "saved_s") if k in scored})

        print("4. start again, reopen the workspace from 'Opened lately', find the score")
        expected = {k: str(scored[k]) for k in ("dossier", "item", "reason")}
        checked = driver.inside("check", json.dumps(expected, ensure_ascii=False))
        print(f"  {checked}")

        print("5. export the reviewer file and merge it into the chair's panel")
        workspace = next((work / "home" / "workspaces").glob("*/workspace.dpanel"))
        driver.run("review", "export", str(workspace.parent), "--out", str(work / "E1.dpreview"))
        merged = driver.run("merge", str(panel), str(work / "E1.dpreview"))
        print("  " + merged.stdout.strip().replace("\n", "\n  "))
        if "1 merged" not in merged.stdout:
            raise SystemExit("the reviewer file was not merged")

        print("6. print the panel report and the sheets, export the spreadsheet (reportlab, openpyxl)")
        driver.run("print", str(panel), "--report", "--out", str(work / "report.pdf"))
        driver.run("print", str(panel), "--sheets", "--reviewer", "E1", "--out", str(work / "sheets.pdf"))
        driver.run("export", str(panel), "--xlsx", str(work / "results.xlsx"))
        for name in ("report.pdf", "sheets.pdf", "results.xlsx"):
            if not (work / name).is_file() or (work / name).stat().st_size < 1000:
                raise SystemExit(f"{name} was not written")
    finally:
        if options.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("smoke test passed: " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "inside":
        sys.exit(inside(sys.argv[2], float(sys.argv[3]), sys.argv[4:]))
    sys.exit(main())
