"""The merge step shows a merged file's warnings (times outside the campaign, other actors) in words."""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from pathlib import Path

from app.services.merge import MERGED, FileOutcome, MergeProblem, MergeReport
from tests.ui.chair_fixtures import ChairFactory, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import chinese_ui  # noqa: F401 (fixtures)


def test_a_merged_files_warnings_are_listed_with_the_problems(make_chair: ChairFactory) -> None:
    window = make_chair()
    outcome = FileOutcome(Path("E1-1.dpreview"), "ab" * 32, MERGED, "E1", 1, reviews=3, deductions=2)
    outcome.warnings = [
        MergeProblem("history_outside_campaign", detail="1 time(s) from 2020-01-01 00:00"),
        MergeProblem("history_other_actor", detail="entries claim 'chair'; stored as E1"),
    ]
    window.merge.show_report(MergeReport([outcome], None))
    assert "提醒" in window.merge.files.item(0, 5).text()
    problems = window.merge.problems
    texts = [problems.item(row, 3).text() for row in range(problems.rowCount())]
    assert len(texts) == 2 and "时钟" in texts[0] and "他人" in texts[1], texts
    assert problems.item(0, 3).toolTip() == "1 time(s) from 2020-01-01 00:00"
