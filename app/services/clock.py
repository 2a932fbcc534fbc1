"""The time stamps written to panel files: UTC, without tzinfo (SQLite stores naive values)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
