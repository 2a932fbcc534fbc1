# ruff: noqa: F811  (the loop fixture is imported from test_merge and named as an argument)
"""Two writers at once: SQLite waits instead of refusing, and the advisory lock keeps one writer.

Each test runs real processes (``tests/core/concurrency_helpers.py`` and the command line): threads
in one process would share the interpreter and hide what a second program on the laptop does.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import locking, schema
from app.models.locking import (
    LockHolder,
    PanelLock,
    PanelLocked,
    Writer,
    command,
    lock_path,
    read_holder,
    window,
)
from app.services.merge import merge_files
from app.services.panel import Panel
from app.services.results import compute_results
from tests.core.test_merge import Loop, fresh_panel, latest, loop  # noqa: F401 (the fixture)
from tests.core.test_packages import D1, exchange_panel, open_pkg, packages_by_reviewer

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _python_module(module: str, *args: str) -> subprocess.Popen[str]:
    """``python -m module args`` in a process of its own, this checkout importable, output captured."""
    return subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _helper(*args: str) -> subprocess.Popen[str]:
    return _python_module("tests.core.concurrency_helpers", *args)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("two-writers")
    chair = exchange_panel(folder / "chair")
    packages = packages_by_reviewer(chair, folder / "packages")
    chair.close()
    return open_pkg(packages["E1"], folder / "laptop")


def test_two_processes_saving_into_one_workspace_wait_for_each_other(workspace: Path, tmp_path: Path) -> None:
    """800 saves from two processes at once: none is refused, every one is in the history."""
    go = tmp_path / "go"
    writers = [_helper("saves", str(workspace), "E1", D1, "400", str(go)) for _ in range(2)]
    go.touch()
    outputs = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert out.split() == ["refused", "0"], err[-2000:]
    with Panel.open(workspace) as panel, panel.engine.connect() as conn:
        notes = conn.execute(
            select(func.count())
            .select_from(schema.audit_log)
            .where(schema.audit_log.c.action == "item_note.set")
        ).scalar_one()
    assert notes == 800


# ---------------------------------------------------------------------- the writer lock
def _cli(*args: str) -> subprocess.Popen[str]:
    return _python_module("app", *args)


@contextmanager
def held_by(path: Path, kind: str, name: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the panel's lock as that window or command, until the block ends."""
    holder = _helper("hold", str(path), kind, name)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held", holder.stderr.read() if holder.stderr else ""
        yield holder
    finally:
        holder.kill()
        holder.wait()


def test_two_merge_commands_at_once_both_finish_and_the_panel_is_consistent(
    loop: Loop, tmp_path: Path
) -> None:
    fresh_panel(loop, tmp_path).close()
    target = tmp_path / "chair.dpanel"
    files = [str(f) for f in latest(loop)]
    merges = [_cli("merge", str(target), *files, "--json") for _ in range(2)]
    results = [m.communicate(timeout=300) for m in merges]
    for merge, (_out, err) in zip(merges, results, strict=True):
        assert merge.returncode == 0, err
        assert "Traceback" not in err
    outcomes = sorted(tuple(f["outcome"] for f in json.loads(out)["files"]) for out, _err in results)
    assert outcomes == [("merged",) * 5, ("unchanged",) * 5]  # one after the other, never mixed
    with Panel.open(target) as panel:
        merged = merge_files(panel, latest(loop))
        assert [f.outcome for f in merged.files] == ["unchanged"] * 5
        assert compute_results(panel) == compute_results(reference_panel(loop, tmp_path / "ref"))


def test_a_merge_waits_while_another_command_writes_and_says_so(loop: Loop, tmp_path: Path) -> None:
    fresh_panel(loop, tmp_path).close()
    target = tmp_path / "chair.dpanel"
    with held_by(target, "command", "assign") as holder:
        merge = _cli("merge", str(target), *[str(f) for f in latest(loop)])
        assert merge.stderr is not None
        notice = merge.stderr.readline()  # printed once the merge found the panel held, and waits
        assert notice.startswith("waiting: the panel is being written by the assign command"), notice
        assert f"process {holder.pid}" in notice
        assert merge.poll() is None  # still waiting: the holder has not let go
    out, err = merge.communicate(timeout=120)  # the holder is gone: the merge goes ahead
    assert merge.returncode == 0, err
    assert out.count(": merged (") == 5


def reference_panel(loop: Loop, folder: Path) -> Panel:
    panel = fresh_panel(loop, folder)
    merge_files(panel, latest(loop))
    return panel


def test_a_merge_while_a_window_has_the_panel_open_is_refused_in_one_line(loop: Loop, tmp_path: Path) -> None:
    fresh_panel(loop, tmp_path).close()
    target = tmp_path / "chair.dpanel"
    before = target.read_bytes()
    with held_by(target, "window", "chair") as holder:
        merge = _cli("merge", str(target), *[str(f) for f in latest(loop)])
        out, err = merge.communicate(timeout=120)
        assert merge.returncode == 2, (out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert "the panel is open in another window" in lines[0]
        assert f"process {holder.pid}" in lines[0] and "the chair window" in lines[0]
    assert target.read_bytes() == before
    assert not (tmp_path / "chair.backups").exists()  # refused before anything, even the backup


def test_reading_commands_work_while_a_window_has_the_panel_open(loop: Loop, tmp_path: Path) -> None:
    panel = fresh_panel(loop, tmp_path)
    merge_files(panel, latest(loop))
    panel.close()
    target = tmp_path / "chair.dpanel"
    with held_by(target, "window", "chair"):
        results = _cli("results", str(target), "--json")
        out, err = results.communicate(timeout=120)
        assert results.returncode == 0, err
        assert json.loads(out)
        export = _cli("export", str(target), "--xlsx", str(tmp_path / "result.xlsx"))
        _out, err = export.communicate(timeout=120)
        assert export.returncode == 0, err
        assert (tmp_path / "result.xlsx").stat().st_size > 0


def test_a_command_waits_for_another_command_to_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "p.dpanel"
    first = PanelLock.acquire(target, command("merge"))
    refused_once = threading.Event()  # the second command found the lock held and is waiting
    real_read_holder = locking.read_holder

    def read_holder_and_tell(database: Path) -> LockHolder | None:
        refused_once.set()
        return real_read_holder(database)

    monkeypatch.setattr(locking, "read_holder", read_holder_and_tell)
    got: list[PanelLock] = []
    waiter = threading.Thread(target=lambda: got.append(PanelLock.acquire(target, command("assign"))))
    waiter.start()
    assert refused_once.wait(timeout=60)
    first.release()
    waiter.join(timeout=120)
    assert got and got[0].held
    holder = real_read_holder(target)
    assert holder is not None and holder.name == "assign" and holder.kind == "command"
    got[0].release()
    assert not lock_path(target).exists()  # a released lock leaves no file behind


def test_a_command_that_waited_too_long_is_told_who_holds_the_panel(tmp_path: Path) -> None:
    target = tmp_path / "p.dpanel"
    with PanelLock.acquire(target, command("merge")), pytest.raises(PanelLocked) as caught:
        PanelLock.acquire(target, Writer("command", "assign", wait_s=0.2))
    assert caught.value.code == "locked"
    assert caught.value.holder is not None and caught.value.holder.name == "merge"
    assert caught.value.holder.pid == os.getpid()


def test_two_windows_of_one_program_on_one_panel_are_refused(tmp_path: Path) -> None:
    target = tmp_path / "p.dpanel"
    first = PanelLock.acquire(target, window("chair"))
    with pytest.raises(PanelLocked) as caught:
        PanelLock.acquire(target, window("reviewer"))
    assert caught.value.holder is not None and caught.value.holder.kind == "window"
    first.release()
    PanelLock.acquire(target, window("reviewer")).release()


def test_a_holder_killed_with_sigkill_leaves_nothing_that_stops_the_next_writer(
    loop: Loop, tmp_path: Path
) -> None:
    fresh_panel(loop, tmp_path).close()
    target = tmp_path / "chair.dpanel"
    with held_by(target, "window", "chair") as holder:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        stale = read_holder(target)
        assert stale is not None and stale.pid == holder.pid  # its words are still there …
    with Panel.open(target, writer=window("chair")) as panel:  # … and are ignored
        assert panel.lock is not None and panel.lock.held
        fresh = read_holder(target)
        assert fresh is not None and fresh.pid == os.getpid()
    merge = _cli("merge", str(target), *[str(f) for f in latest(loop)])
    _out, err = merge.communicate(timeout=120)
    assert merge.returncode == 0, err


def test_a_workspace_open_in_its_window_is_not_renewed_or_exported_by_a_command(
    workspace: Path, tmp_path: Path
) -> None:
    package = next((workspace.parents[2] / "packages").glob("*E1*"))
    with Panel.open(workspace, writer=window("reviewer")):
        export = _cli("review", "export", str(workspace), "--out", str(tmp_path / "e1.dpreview"))
        _out, err = export.communicate(timeout=120)
        assert export.returncode == 2, err
        assert "open in another window" in err and len(err.strip().splitlines()) == 1
        assert not (tmp_path / "e1.dpreview").exists()
        with pytest.raises(PanelLocked):
            open_pkg(package, workspace.parents[1])
    assert open_pkg(package, workspace.parents[1]) == workspace  # closed: it may be renewed


def test_a_write_kept_waiting_by_a_program_without_the_lock_is_one_line_not_a_traceback(
    loop: Loop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a program that writes the file without the advisory lock (sqlite3, DB Browser, a backup tool)
    # held its write transaction past the busy timeout: merge died with "database is locked"
    import sqlite3

    from app.cli import main
    from app.models import database

    fresh_panel(loop, tmp_path).close()
    target = tmp_path / "chair.dpanel"
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(target, isolation_level=None)
    try:
        before = "\n".join(other.iterdump())
        other.execute("BEGIN IMMEDIATE")
        code = main(["merge", str(target), *[str(f) for f in latest(loop)]])
        _, err = capsys.readouterr()
        other.execute("ROLLBACK")
        assert code == 2, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        assert lines[0].startswith(f"error: {target}: ") and "another program" in lines[0], lines[0]
        assert "\n".join(other.iterdump()) == before
    finally:
        other.close()
