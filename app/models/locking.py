"""One writer per panel file: an advisory lock held by a window or a writing command while it works.

The lock is an operating-system lock on a small file beside the database (``harbin.dpanel.lock``,
``workspace.dpanel.lock``): ``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows. Both
conflict between processes *and* between two openings in one process (two windows of one program).
The system drops the lock when its holder ends, however it ends (a crash, ``kill -9``, a power cut):
there is nothing stale to clean up. The holder removes the file when it lets go; one left behind by
a crash is simply locked again by the next writer. A writer that waited on a file removed meanwhile
(or replaced, as a workspace renewed by a newer package is) notices and locks the file now there. The file also says who holds the lock (process, computer,
since when, which window or command), for the message a second writer gets; what it says is read
only while the lock is really held by someone, and is overwritten by the next holder, so the words
left behind by a crashed holder are never believed.

A second *command* waits for a command holder to finish (``Writer.wait_s``); nobody waits for a
*window* (it may stay open all day): the second writer is told at once that the panel is open in
another window. Reading needs no lock (SQLite's WAL lets readers see the last committed state), so
``results``, ``export`` and ``print`` work while a window holds the panel. docs/concurrency.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.models.errors import PanelFileError

LOCK_SUFFIX = ".lock"
WINDOW, COMMAND = "window", "command"
_POLL_S = 0.05
_WINDOWS_LOCK_OFFSET = 1 << 30  # Windows locks bytes: lock one far past the text, so it stays readable


@dataclass(frozen=True)
class Writer:
    """Who wants to write: ``kind`` window or command, ``name`` which one (``chair``, ``merge``…)."""

    kind: str
    name: str
    wait_s: float = 0.0  # how long to wait for a command holder (never for a window)
    # told once, with the holder, when the writer starts to wait (the command line says so)
    on_wait: Callable[[LockHolder | None], None] | None = field(default=None, compare=False)


def window(name: str) -> Writer:
    """A window holds its panel while it is open; it waits briefly for a command to finish."""
    return Writer(WINDOW, name, wait_s=10.0)


def command(name: str) -> Writer:
    """A writing command holds the panel while it runs; it waits up to two minutes for another."""
    return Writer(COMMAND, name, wait_s=120.0)


@dataclass(frozen=True)
class LockHolder:
    """What the lock file says about its holder (only believed while the lock is held)."""

    kind: str
    name: str
    pid: int | None
    host: str
    since: datetime | None

    @classmethod
    def from_json(cls, data: Any) -> LockHolder | None:
        if not isinstance(data, dict):
            return None
        try:
            since = datetime.fromisoformat(str(data["since"])) if data.get("since") else None
            pid = data.get("pid")
            return cls(
                kind=str(data.get("kind", "")),
                name=str(data.get("name", "")),
                pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
                host=str(data.get("host", "")),
                since=since,
            )
        except (KeyError, ValueError, TypeError):
            return None


class PanelLocked(PanelFileError):
    """Another window or command is writing this panel (code ``locked``); ``holder`` says who, if known."""

    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        self.holder = holder
        super().__init__("locked", path, describe_holder(holder))


def describe_holder(holder: LockHolder | None) -> str:
    """In English, for logs and the command line: "the chair window (process 123 on LAPTOP, since 09:15)"."""
    if holder is None:
        return "another program"
    what = f"the {holder.name} {holder.kind}".strip() if holder.name else f"a {holder.kind or 'program'}"
    details = [f"process {holder.pid}" if holder.pid else "", f"on {holder.host}" if holder.host else ""]
    if holder.since is not None:
        details.append(f"since {holder.since.astimezone().strftime('%Y-%m-%d %H:%M')}")
    shown = " ".join(d for d in details if d)
    return f"{what} ({shown})" if shown else what


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def read_holder(database: Path) -> LockHolder | None:
    try:
        with lock_path(database).open("rb") as handle:
            return LockHolder.from_json(json.loads(handle.read(4096)))
    except (OSError, ValueError):
        return None


class PanelLock:
    """A held lock; ``release`` (or leaving the ``with`` block) lets the next writer in."""

    def __init__(self, database: Path, fd: int, writer: Writer) -> None:
        self.database = database
        self.writer = writer
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, database: str | Path, writer: Writer) -> PanelLock:
        """Take the lock, waiting ``writer.wait_s`` for a command holder; ``PanelLocked`` if it stays held.

        ``OSError`` if the lock file cannot be made (a read-only folder: nothing can be written)."""
        path = Path(database)
        deadline = time.monotonic() + writer.wait_s
        told = False
        while (lock := cls._take(path, writer)) is None:
            holder = read_holder(path)
            if (holder is not None and holder.kind == WINDOW) or time.monotonic() >= deadline:
                lock = cls._take(path, writer)  # once more: the holder may have just let go
                if lock is None:
                    raise PanelLocked(path, holder)
                break
            if not told and writer.on_wait is not None:
                writer.on_wait(holder)
                told = True
            time.sleep(_POLL_S)
        return lock

    @classmethod
    def _take(cls, path: Path, writer: Writer) -> PanelLock | None:
        fd = _try_lock(lock_path(path))
        if fd is None:
            return None
        lock = cls(path, fd, writer)
        lock._write_holder()
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        path = lock_path(self.database)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # nothing left to mislead a reader
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                os.unlink(path)  # still ours (locked: nobody else can have it); Windows may refuse
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> PanelLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def _write_holder(self) -> None:
        assert self._fd is not None
        data = json.dumps(
            {
                "kind": self.writer.kind,
                "name": self.writer.name,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        ).encode()
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)
            os.ftruncate(self._fd, len(data))
        except OSError:
            pass  # the lock is what matters; the words are a courtesy


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(path: Path) -> int | None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return None
        return fd

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(path: Path) -> int | None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:  # the file was replaced (a workspace renewed by a newer package): lock the new one
            os.close(fd)
            return _try_lock(path)
        return fd

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
