"""Which reviewer a panel file is scored by: a workspace's meta, or the reviewer named on a chair's panel."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models import schema
from app.services.workspace_info import (
    WORKSPACE_FILE,
    ReviewerChoiceProblem,
    panel_file,
    resolve_reviewer,
    workspace_reviewer,
)
from tests.core.panel_fixtures import populated_panel


def test_a_chairs_panel_needs_a_known_reviewer(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    assert workspace_reviewer(panel) is None
    assert resolve_reviewer(panel, "E2") == "E2"
    with pytest.raises(ReviewerChoiceProblem) as missing:
        resolve_reviewer(panel, None)
    assert missing.value.code == "reviewer_choice.reviewer_required"
    with pytest.raises(ReviewerChoiceProblem) as unknown:
        resolve_reviewer(panel, "E9")
    assert unknown.value.code == "reviewer_choice.unknown_reviewer"
    panel.close()


def test_a_workspace_knows_its_reviewer(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    with panel.transaction() as conn:
        conn.execute(
            schema.meta.insert(),
            [{"key": "role", "value": "reviewer"}, {"key": "reviewer_id", "value": "E1"}],
        )
    assert workspace_reviewer(panel) == "E1"
    assert resolve_reviewer(panel, None) == "E1"
    assert resolve_reviewer(panel, "E1") == "E1"
    with pytest.raises(ReviewerChoiceProblem) as other:
        resolve_reviewer(panel, "E2")
    assert other.value.code == "reviewer_choice.reviewer_mismatch"
    panel.close()


def test_a_workspace_folder_means_its_panel_file(tmp_path: Path) -> None:
    assert panel_file(tmp_path) == tmp_path / WORKSPACE_FILE
    assert panel_file(tmp_path / "x.dpanel") == tmp_path / "x.dpanel"
