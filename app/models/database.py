"""Opening panel files: SQLite engine with WAL, foreign keys and durable commits; create or migrate."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text

from app.models import schema
from app.models.errors import PanelFileError
from app.models.migrations import MIGRATIONS, Migration, migrate
from app.models.transactions import BUSY_TIMEOUT_MS, on_begin, write_transaction

__all__ = ["PanelFileError", "create_panel_file", "make_engine", "open_panel_file", "write_transaction"]


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, open transactions (see transactions.on_begin): the
    # module's legacy mode commits DDL on its own, so a failed migration step would be left half applied.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # first: the pragmas below may wait too
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives power loss, not only a crash of the program.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def create_panel_file(path: Path) -> Engine:
    if path.exists():
        raise PanelFileError("exists", path)
    engine = make_engine(path)
    with write_transaction(engine) as conn:
        schema.metadata.create_all(conn)
        for statement in APPEND_ONLY_TRIGGERS:
            conn.execute(text(statement))
        conn.execute(schema.meta.insert().values(key="schema_version", value=str(schema.SCHEMA_VERSION)))
    return engine


def schema_version(engine: Engine) -> int:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).first()
    if row is None:
        raise PanelFileError("not_a_panel", Path(str(engine.url.database)), "no schema version")
    return int(row[0])


def open_panel_file(
    path: Path,
    *,
    backup_dir: Path | None = None,
    migrations: tuple[Migration, ...] = MIGRATIONS,
    target: int = schema.SCHEMA_VERSION,
    on_backup: Callable[[Path], None] | None = None,
    guard: Callable[[], AbstractContextManager[object]] | None = None,
) -> Engine:
    """Open a panel file, upgrading an older schema after a backup copy is taken.

    ``guard`` makes the context the upgrade runs in (the panel's writer lock, when the caller holds
    none)."""
    if not path.is_file():
        raise PanelFileError("missing", path)
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise PanelFileError("not_a_panel", path, "not an SQLite file")
    engine = make_engine(path)
    try:
        version = schema_version(engine)
    except PanelFileError:
        engine.dispose()
        raise
    except Exception as exc:  # a damaged or foreign SQLite file
        engine.dispose()
        raise PanelFileError("not_a_panel", path, str(exc)) from None
    if version > target:
        engine.dispose()
        raise PanelFileError("newer", path, f"schema {version}, this program knows up to {target}")
    if version < target:
        try:
            with guard() if guard is not None else nullcontext():
                version = schema_version(engine)  # again: another writer may have upgraded it meanwhile
                backup = (
                    migrate(engine, path, version, target, migrations, backup_dir or path.parent)
                    if version < target
                    else None
                )
        except BaseException:
            engine.dispose()
            raise
        if on_backup is not None and backup is not None:
            on_backup(backup)
    return engine


APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
