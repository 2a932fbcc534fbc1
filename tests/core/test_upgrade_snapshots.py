"""A panel made by an earlier version keeps working after an upgrade: its stored rule-set snapshot lacks
fields added since (they take their defaults), and its packages must still open."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import Engine, update

from app.models import schema
from app.models.database import write_transaction
from app.services.workspace import open_workspace
from tests.core.test_packages import exchange_panel, open_pkg, packages_by_reviewer


def _as_an_earlier_version_stored_it(engine: Engine, dropped: tuple[str, ...]) -> None:
    with engine.connect() as conn:
        content = (
            conn.execute(schema.snapshots.select().where(schema.snapshots.c.kind == "ruleset"))
            .mappings()
            .one()["content"]
        )
    data = json.loads(content)
    for key in dropped:
        assert key in data, key  # a field this version's rule-set model has, with its default
        del data[key]
    old_text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with write_transaction(engine) as conn:
        conn.execute(
            update(schema.snapshots)
            .where(schema.snapshots.c.kind == "ruleset")
            .values(content=old_text, content_hash=hashlib.sha256(old_text.encode("utf-8")).hexdigest())
        )


def test_a_package_of_a_panel_made_before_new_rule_set_fields_opens(tmp_path: Path) -> None:
    panel = exchange_panel(tmp_path / "chair")
    try:
        _as_an_earlier_version_stored_it(panel.engine, ("optional_vetoes", "award_lists"))
        package = packages_by_reviewer(panel, tmp_path / "out")["C2"]
    finally:
        panel.close()
    workspace = open_pkg(package, tmp_path / "ws")
    opened, _ = open_workspace(workspace)
    try:
        assert opened.ruleset.optional_vetoes == () and opened.ruleset.award_lists == ()
    finally:
        opened.close()
