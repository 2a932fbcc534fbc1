"""Which reviewer a panel file is scored by: a reviewer's workspace says so in its ``meta`` table.

A reviewer's workspace is a panel file of the ordinary format (or the folder holding its
``workspace.dpanel``) whose ``meta`` has ``role=reviewer`` and ``reviewer_id``. A chair's panel has no
such entry, so the reviewer must be named. This module only reads ``meta``; it is Qt-free and does
not depend on the offline loop's own workspace module.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.errors import AppError
from app.models import schema
from app.services.panel import Panel

WORKSPACE_FILE = "workspace.dpanel"


class ReviewerChoiceProblem(AppError):
    """The reviewer cannot be settled (an ``AppError``): ``reviewer_choice.reviewer_required``,
    ``.unknown_reviewer`` (field ``reviewer``), ``.reviewer_mismatch`` (a workspace opened with
    another reviewer's id: fields ``requested`` and ``own``)."""

    def __init__(self, code: str, **fields: str) -> None:
        super().__init__(code, f"{code} {fields}" if fields else code, **fields)


def panel_file(path: str | Path) -> Path:
    """The panel file for ``path``: the file itself, or a workspace folder's ``workspace.dpanel``."""
    p = Path(path)
    return p / WORKSPACE_FILE if p.is_dir() else p


def read_meta(panel: Panel) -> dict[str, str]:
    """Every ``meta`` entry of the panel file (``schema_version`` is always one)."""
    with panel.engine.connect() as conn:
        rows = conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all()
    return {str(key): str(value) for key, value in rows}


def workspace_reviewer(panel: Panel) -> str | None:
    """The reviewer a workspace belongs to, or ``None`` for a chair's panel."""
    return read_meta(panel).get("reviewer_id") or None


def resolve_reviewer(panel: Panel, requested: str | None) -> str:
    """The reviewer to score as: the workspace's own, or ``requested`` on a chair's panel."""
    own = workspace_reviewer(panel)
    known = {r.id for r in panel.reviewers()}
    if own is not None:
        if requested and requested != own:
            raise ReviewerChoiceProblem("reviewer_choice.reviewer_mismatch", requested=requested, own=own)
        return own
    if not requested:
        raise ReviewerChoiceProblem("reviewer_choice.reviewer_required")
    if requested not in known:
        raise ReviewerChoiceProblem("reviewer_choice.unknown_reviewer", reviewer=requested)
    return requested
