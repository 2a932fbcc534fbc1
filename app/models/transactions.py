"""Transactions on a panel file: reads deferred, writes ``BEGIN IMMEDIATE`` with a real wait.

SQLAlchemy's pysqlite recipe ("Serializable isolation / Savepoints / Transactional DDL"): the sqlite3
module's own transaction handling is switched off (``isolation_level = None`` in
``database._on_connect``) and ``on_begin`` emits BEGIN itself. A write takes SQLite's write lock at
BEGIN (IMMEDIATE), where the busy timeout applies: a deferred transaction that reads first and
writes later cannot wait for another writer (its snapshot would be stale) and fails at once with
"database is locked" — the cause of saves refused while another process wrote. Reads stay deferred
and never wait for a writer (WAL lets them read the last committed state).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

WRITE_OPTION = "dossier_panel_write"  # a connection's execution option: its transactions write
BUSY_TIMEOUT_MS = 30_000  # how long a write waits for another connection's write to finish


def on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """The one way to write: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception.

    Waits up to ``BUSY_TIMEOUT_MS`` for another connection's write to finish, then raises
    ``PanelLocked`` (holder unknown: "another program"). (``engine.begin()`` would open a deferred
    transaction, which fails at once when another process writes.)"""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        try:
            transaction = conn.begin()
        except OperationalError as exc:
            # still busy after the timeout: a program that writes the file without the advisory lock
            # (sqlite3, a database browser) holds SQLite's write lock. One line, not a traceback.
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                from app.models.locking import PanelLocked

                raise PanelLocked(Path(str(engine.url.database)), None) from None
            raise
        with transaction:
            yield conn
