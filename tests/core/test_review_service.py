"""The reviewer's scoring actions: validated, durable at once, audited, undoable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.panel import Panel
from app.services.review_service import ReviewError, ReviewService, ReviewStatus
from tests.core.panel_fixtures import populated_panel

D1 = "甲环罚〔2026〕1号"
REPO = Path(__file__).resolve().parents[2]


def test_scoring_actions_change_the_score_and_log_history(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    service = ReviewService(panel, "E1")
    assert service.state(D1).status is ReviewStatus.NOT_STARTED
    first = service.add_deduction(D1, "insp.officers", Decimal(3), reason_id="no-cert-number", page=2)
    assert first.text == "未记载执法证件号"  # the reason's own text when none is typed
    second = service.add_deduction(D1, "insp.facts", Decimal("2.5"), text="违法事实描述含糊")
    assert service.score(D1).total == Decimal("94.5")
    service.update_deduction(D1, second.uid, points=Decimal(4))
    assert service.score(D1).total == 93
    removed = service.remove_deduction(D1, first.uid)
    assert service.score(D1).total == 96
    service.restore_deduction(D1, removed)  # undo
    assert {d.uid for d in service.state(D1).deductions} == {first.uid, second.uid}
    service.set_veto(D1, "not-qualified", "只有一名执法人员", page=1)
    service.clear_veto(D1, "not-qualified")
    service.set_note(D1, "整体较规范")
    actions = [e["action"] for e in panel.audit_entries() if e["actor"] == "E1"]
    assert actions == [
        "deduction.add",
        "deduction.add",
        "deduction.update",
        "deduction.remove",
        "deduction.add",
        "veto.set",
        "veto.clear",
        "note.set",
    ]
    assert service.last_saved_at is not None
    panel.close()


@pytest.mark.parametrize(
    ("item", "points", "kwargs", "problem"),
    [
        ("insp.facts", "20", {"text": "x"}, "above_item_maximum"),
        ("insp.facts", "1", {}, "reason_text_required"),
        ("nope", "1", {"text": "x"}, "unknown_item"),
        ("insp.officers", "1", {"reason_id": "no-cert-number"}, "not_reason_points"),
        ("insp.facts", "1", {"text": "x", "page": 4}, "page_out_of_range"),
    ],
)
def test_refused_actions_write_nothing(
    tmp_path: Path, item: str, points: str, kwargs: dict, problem: str
) -> None:  # type: ignore[type-arg]
    panel = populated_panel(tmp_path)
    service = ReviewService(panel, "E1")
    with pytest.raises(ReviewError) as error:
        service.add_deduction(D1, item, Decimal(points), **kwargs)
    assert error.value.problem == problem
    assert service.state(D1).status is ReviewStatus.NOT_STARTED
    panel.close()


def test_completion_warns_about_unvisited_items(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    service = ReviewService(panel, "E1")
    service.add_deduction(D1, "insp.facts", Decimal(1), text="x")
    problems = service.complete(D1)
    assert problems and all(p.code == "unvisited" and not p.blocking for p in problems)
    assert service.state(D1).status is ReviewStatus.IN_PROGRESS
    assert service.complete(D1, accept_warnings=True) == []
    assert service.state(D1).status is ReviewStatus.COMPLETE
    service.reopen(D1)
    assert service.state(D1).status is ReviewStatus.IN_PROGRESS
    panel.close()


def test_entries_show_status_and_score(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    service = ReviewService(panel, "E2")
    service.add_deduction(D1, "intg.form", Decimal("1.5"), text="诱导")
    entries = {e.code: e for e in service.entries()}
    assert entries[D1].status is ReviewStatus.IN_PROGRESS and entries[D1].total == Decimal("98.5")
    assert entries[D1].candidate_name == "甲县生态环境局" and entries[D1].page_count == 3
    panel.close()


CHILD = textwrap.dedent(
    """
    import sys
    from decimal import Decimal
    from app.services.panel import Panel
    from app.services.review_service import ReviewService
    panel = Panel.open(sys.argv[1])
    service = ReviewService(panel, "E1")
    items = [i.id for i in service.checklist(sys.argv[2]).items()]
    n = 0
    while True:
        view = service.add_deduction(sys.argv[2], items[n % len(items)], Decimal("0.01"), text=f"第{n}条")
        print(view.uid, flush=True)  # shown as saved only after the method returned
        n += 1
    """
)


def test_killing_the_program_mid_scoring_loses_nothing_saved(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    path = panel.path
    panel.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), D1], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    saved = [child.stdout.readline().strip() for _ in range(40)]
    child.kill()  # SIGKILL: no clean-up, no atexit, possibly mid-transaction
    child.wait()
    reopened = Panel.open(path)
    stored = {d.uid for d in ReviewService(reopened, "E1").state(D1).deductions}
    assert set(saved) <= stored
    reopened.close()
