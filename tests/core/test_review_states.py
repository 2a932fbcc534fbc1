"""``review_states`` (every review in a few queries) gives exactly what ``ReviewService.state`` gives
review by review, and printing reads the panel only through the services (no SQL of its own)."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

from app.services.review_service import ReviewService, ReviewStatus
from app.services.review_states import review_states
from tests.core.test_printing import D1, D3, scored_panel

PRINTING = Path(__file__).resolve().parents[2] / "app" / "printing"


def test_every_stored_review_reads_as_the_review_service_reads_it(tmp_path: Path) -> None:
    panel = scored_panel(tmp_path)
    service = ReviewService(panel, "C1")
    service.set_note(D3, "卷宗装订顺序混乱")
    service.mark_visited(D3, "insp.officers")
    service.set_item_note(D3, "insp.facts", "待复核")
    service.set_veto(D3, "not-qualified", "执法人员少于两人", 1)
    service.add_deduction(D3, "insp.facts", Decimal(1), text="未记载现场负责人在场情况", page=1)
    stored = review_states(panel, marks=True)
    assert len(stored) == 8 and [(s.reviewer_id, s.dossier) for s in stored] == sorted(
        (s.reviewer_id, s.dossier) for s in stored
    )
    for review in stored:
        assert review.state == ReviewService(panel, review.reviewer_id).state(review.dossier), review
    c1 = next(s.state for s in stored if (s.reviewer_id, s.dossier) == ("C1", D3))
    assert c1.note and c1.visited and c1.item_notes and c1.vetoes and c1.deductions
    e1 = next(s.state for s in stored if (s.reviewer_id, s.dossier) == ("E1", D1))
    assert e1.status is ReviewStatus.COMPLETE and e1.completed_at is not None
    assert [d.points for d in e1.deductions] == [3, 2.5, 1]  # in the order entered
    assert all(not s.state.visited for s in review_states(panel))  # marks only when asked for
    panel.close()


def test_printing_has_no_sql_of_its_own() -> None:
    for module in sorted(PRINTING.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
            elif isinstance(node, ast.Import):
                names = {a.name for a in node.names}
            else:
                continue
            for name in names:
                assert not name.startswith("sqlalchemy"), f"{module.name} imports {name}"
                assert name not in ("app.models.schema", "app.models"), f"{module.name} imports {name}"
