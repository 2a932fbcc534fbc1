"""A reviewer's name comes from reviewers.csv, a file: printing that reviewer's sheets must not let
the name choose where the PDF goes (``../../x`` climbed out of the printouts folder)."""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from app.models import schema
from tests.core.test_packages import exchange_panel
from tests.ui.chair_fixtures import ChairFactory, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import chinese_ui  # noqa: F401 (fixtures)


def test_a_reviewers_name_cannot_send_a_printout_elsewhere(make_chair: ChairFactory, tmp_path: Path) -> None:
    panel = exchange_panel(tmp_path / "deep" / "chair")
    with panel.transaction() as conn:
        conn.execute(update(schema.reviewers).where(schema.reviewers.c.id == "E1").values(name="../../逃逸"))
    path = panel.path
    panel.close()
    window = make_chair()
    window.open_panel(path)
    window.nav.setCurrentRow(6)  # export and print
    page = window.export
    page.reviewer.setCurrentIndex(page.reviewer.findData("E1"))
    assert page.reviewer.currentData() == "E1"
    page.print_document("blank")
    printed = [p for p in tmp_path.rglob("*.pdf") if "逃逸" in p.name]
    assert len(printed) == 1, printed
    assert printed[0].parent.parent == path.parent  # inside <panel folder>/<printouts folder>/
