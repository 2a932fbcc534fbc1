"""The panel file: pragmas, snapshots, migration with a backup, the append-only audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.models import schema
from app.models.database import PanelFileError, create_panel_file, open_panel_file
from app.models.migrations import Migration
from tests.core.panel_fixtures import RULESET, new_panel


def test_new_panel_has_wal_foreign_keys_and_snapshots(tmp_path: Path) -> None:
    panel = new_panel(tmp_path)
    with panel.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert panel.ruleset == RULESET
    assert panel.ruleset.content_hash == RULESET.content_hash
    assert panel.checklist("inspection-interrogation").max_points == 100
    assert panel.pdf_dir.is_dir()
    assert panel.audit_entries()[0]["action"] == "panel.create"
    panel.close()


def test_audit_log_is_append_only(tmp_path: Path) -> None:
    panel = new_panel(tmp_path)
    panel.close()
    conn = sqlite3.connect(tmp_path / "test.dpanel")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    conn.close()


def test_open_refuses_what_is_not_a_panel(tmp_path: Path) -> None:
    with pytest.raises(PanelFileError) as missing:
        open_panel_file(tmp_path / "nope.dpanel")
    assert missing.value.code == "missing"
    junk = tmp_path / "junk.dpanel"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(PanelFileError) as not_panel:
        open_panel_file(junk)
    assert not_panel.value.code == "not_a_panel"
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(PanelFileError) as foreign:
        open_panel_file(other)
    assert foreign.value.code == "not_a_panel"


NEXT = schema.SCHEMA_VERSION + 1  # a step past this program's schema, for the migration machinery


def _add_column(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute(text("ALTER TABLE panel ADD COLUMN note TEXT DEFAULT ''"))


def _broken(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute(text("ALTER TABLE panel ADD COLUMN half TEXT"))
    raise RuntimeError("step failed half-way")


def test_migration_takes_a_backup_first_and_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "p.dpanel"
    create_panel_file(path).dispose()
    backups: list[Path] = []
    engine = open_panel_file(
        path, migrations=(Migration(NEXT, "note column", _add_column),), target=NEXT, on_backup=backups.append
    )
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar() == str(NEXT)
        conn.execute(text("SELECT note FROM panel"))
    engine.dispose()
    assert len(backups) == 1 and backups[0].is_file()
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(NEXT - 1)
    old.close()


def test_a_version_3_file_gets_the_dossier_dates_and_chair_choices(tmp_path: Path) -> None:
    # schema 4: dossiers.decision_date, dossiers.drawn_before, chair_choices
    path = tmp_path / "p.dpanel"
    create_panel_file(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE chair_choices")
    conn.execute("ALTER TABLE dossiers DROP COLUMN decision_date")
    conn.execute("ALTER TABLE dossiers DROP COLUMN drawn_before")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    engine = open_panel_file(path, target=4)
    with engine.connect() as c:
        columns = [row[1] for row in c.execute(text("PRAGMA table_info(dossiers)"))]
        assert "decision_date" in columns and "drawn_before" in columns
        c.execute(text("SELECT kind, subject, value, reason, actor, at FROM chair_choices"))
    engine.dispose()
    assert list(tmp_path.glob("p.before-v4.*.dpanel"))


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "p.dpanel"
    create_panel_file(path).dispose()
    with pytest.raises(RuntimeError, match="half-way"):
        open_panel_file(path, migrations=(Migration(NEXT, "broken", _broken),), target=NEXT)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(NEXT - 1)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(panel)")]
    assert "half" not in columns
    conn.close()
    assert list(tmp_path.glob(f"p.before-v{NEXT}.*.dpanel"))  # the backup is there


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.dpanel"
    create_panel_file(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(PanelFileError) as newer:
        open_panel_file(path)
    assert newer.value.code == "newer"


def _columns(path: Path) -> dict[str, list[tuple[str, str, int]]]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: [(row[1], row[2], row[3]) for row in conn.execute(f"PRAGMA table_info({table})")]
            for table in ("audit_log", "received_files")
        }
    finally:
        conn.close()


def test_a_version_1_panel_is_upgraded_to_the_reviewer_history_columns(tmp_path: Path) -> None:
    """Version 2: audit_log keeps a reviewer file's claims apart, received_files its warnings."""
    fresh = tmp_path / "fresh.dpanel"
    create_panel_file(fresh).dispose()
    old = tmp_path / "old.dpanel"
    create_panel_file(old).dispose()
    conn = sqlite3.connect(old)
    for table, column in (
        ("audit_log", "received_at"),
        ("audit_log", "claimed_actor"),
        ("audit_log", "source_entry"),
        ("audit_log", "time_flag"),
        ("received_files", "warnings"),
        # and the columns of version 3 (the chair's settlements)
        ("dossiers", "set_aside_reason"),
        ("dossiers", "checks"),
        ("candidates", "grade"),
        ("candidates", "grade_reason"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("ALTER TABLE dossiers DROP COLUMN decision_date")  # version 4's, absent from version 1
    conn.execute("ALTER TABLE dossiers DROP COLUMN drawn_before")
    conn.execute("DROP TABLE chair_choices")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.execute(
        "INSERT INTO received_files (file_name, file_sha256, outcome, problems, at) "
        "VALUES ('E1.dpreview', 'ab', 'merged', '[]', '2026-05-01 10:00:00')"
    )
    conn.commit()
    conn.close()
    backups: list[Path] = []
    open_panel_file(old, on_backup=backups.append).dispose()
    assert _columns(old) == _columns(fresh)
    # one backup before the upgrade, named after the version it upgrades to
    assert len(backups) == 1 and f"before-v{schema.SCHEMA_VERSION}" in backups[0].name
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT warnings FROM received_files").fetchone()[0] == "[]"
    version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert version == str(schema.SCHEMA_VERSION)
    conn.close()


def test_a_version_2_file_gains_the_chairs_settlement_columns(tmp_path: Path) -> None:
    """Migration 3: set-aside dossiers, dossier checks and unit grades on an older panel file."""
    from app.models.migrations import MIGRATIONS

    path = tmp_path / "p.dpanel"
    create_panel_file(path).dispose()
    conn = sqlite3.connect(path)  # make it a version-2 file, as it was before migration 3
    for table, column in (
        ("dossiers", "set_aside_reason"),
        ("dossiers", "checks"),
        ("candidates", "grade"),
        ("candidates", "grade_reason"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    engine = open_panel_file(path, migrations=MIGRATIONS, target=3)
    with engine.connect() as db:
        assert db.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar() == "3"
        db.execute(text("SELECT set_aside_reason, checks FROM dossiers"))
        db.execute(text("SELECT grade, grade_reason FROM candidates"))
    engine.dispose()
    assert list(tmp_path.glob("p.before-v3.*.dpanel"))
