"""Numbered schema upgrades, run when a panel file opens, after a backup copy is taken.

Each step moves the file from ``version - 1`` to ``version`` inside one transaction together with
the new version number, so a failed step leaves the file as it was (and the backup beside it).
A new table or column: add the change to ``schema.py``, bump ``SCHEMA_VERSION``, and append a step here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from app.models.transactions import write_transaction


@dataclass(frozen=True)
class Migration:
    version: int  # the version this step produces
    description: str
    apply: Callable[[Connection], None]


def _panel_signing_key(conn: Connection) -> None:
    """A chair's panel gets its Ed25519 key pair; a reviewer's workspace (``role``) has none of its own."""
    from app.services.panel_keys import PANEL_PRIVATE, new_panel_key_rows

    role = conn.execute(text("SELECT value FROM meta WHERE key = 'role'")).scalar()
    present = conn.execute(text("SELECT 1 FROM meta WHERE key = :k"), {"k": PANEL_PRIVATE}).first()
    if role is None and present is None:
        for row in new_panel_key_rows():
            conn.execute(text("INSERT INTO meta (key, value) VALUES (:key, :value)"), row)


def _v2_reviewer_history(conn: Connection) -> None:
    """A reviewer file's history is stored as that reviewer's, beside what the file claimed.

    Entries merged before this version keep what they were stored with (the audit log is append-only)."""
    for statement in (
        "ALTER TABLE audit_log ADD COLUMN received_at DATETIME",
        "ALTER TABLE audit_log ADD COLUMN claimed_actor TEXT",
        "ALTER TABLE audit_log ADD COLUMN source_entry INTEGER",
        "ALTER TABLE audit_log ADD COLUMN time_flag VARCHAR(16)",
        "ALTER TABLE received_files ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'",
    ):
        conn.execute(text(statement))


def _v3_settlements(conn: Connection) -> None:
    """v3: the chair's settlements — a dossier set aside with a reason, the checks recorded on a dossier
    (Rudong's mobile-system points), a unit's grade with a reason (Rudong's 综合打分)."""
    for statement in (
        "ALTER TABLE dossiers ADD COLUMN set_aside_reason TEXT",
        "ALTER TABLE dossiers ADD COLUMN checks TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE candidates ADD COLUMN grade VARCHAR(32)",
        "ALTER TABLE candidates ADD COLUMN grade_reason TEXT NOT NULL DEFAULT ''",
    ):
        conn.execute(text(statement))


def _v4_dates_and_chair_choices(conn: Connection) -> None:
    """Dossier dates for the rule sets' time windows; the chair's choices (standing copy, pooling)."""
    conn.execute(text("ALTER TABLE dossiers ADD COLUMN decision_date DATE"))
    conn.execute(text("ALTER TABLE dossiers ADD COLUMN drawn_before BOOLEAN NOT NULL DEFAULT 0"))
    conn.execute(
        text(
            "CREATE TABLE chair_choices (kind VARCHAR(32) NOT NULL, subject TEXT NOT NULL, "
            "value TEXT NOT NULL, reason TEXT NOT NULL, actor TEXT NOT NULL, at DATETIME NOT NULL, "
            "PRIMARY KEY (kind, subject))"
        )
    )


def _v6_audit_action_index(conn: Connection) -> None:
    """The chair's window reads the latest ``assignment.run`` and the deduction decisions on every
    refresh: an index on the action column instead of a scan of the whole audit log."""
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_audit_log_action ON audit_log (action)"))


MIGRATIONS: tuple[Migration, ...] = (  # version 1 is the first released schema
    Migration(
        2,
        "reviewer history: actor, claimed actor, receipt time, time flag; merge warnings",
        _v2_reviewer_history,
    ),
    Migration(3, "the chair's settlements: set-aside dossiers, dossier checks, unit grades", _v3_settlements),
    Migration(4, "dossier decision date and drawn-before flag; chair_choices", _v4_dates_and_chair_choices),
    Migration(5, "the panel's Ed25519 signing key (packages are signed)", _panel_signing_key),
    Migration(6, "an index on the audit log's action column", _v6_audit_action_index),
)


def backup_copy(path: Path, backup_dir: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and an open writer)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}.{label}.{stamp}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def migrate(
    engine: Engine, path: Path, current: int, target: int, steps: tuple[Migration, ...], backup_dir: Path
) -> Path:
    by_version = {step.version: step for step in steps}
    missing = [v for v in range(current + 1, target + 1) if v not in by_version]
    if missing:
        raise RuntimeError(f"no migration step to schema version {missing[0]}")
    backup = backup_copy(path, backup_dir, f"before-v{target}")
    for version in range(current + 1, target + 1):
        with write_transaction(engine) as conn:
            by_version[version].apply(conn)
            conn.execute(
                text("UPDATE meta SET value = :v WHERE key = 'schema_version'"),
                {"v": str(version)},
            )
    return backup
