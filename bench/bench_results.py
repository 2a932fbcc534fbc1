"""Results for a large panel: 5,000 dossiers, 200 reviewers, 3 reviews a dossier, 40 items.

Target (issue 2): under 2 s on the 2-core reference machine. Prints the figures as a markdown row;
the numbers are kept in docs/benchmarks.md. Run: ``.venv/bin/python bench/bench_results.py``.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

from _common import forty_item_checklist

from app.models import schema
from app.review.panel_results import compute_panel_results
from app.review.ruleset import RuleSet
from app.services.clock import utc_now
from app.services.panel import Panel
from app.services.results import compute_results, load_inputs
from app.services.switches import collector_paused

DOSSIERS, REVIEWERS, REVIEWS_PER_DOSSIER, ITEMS = 5000, 200, 3, 40


def build(
    path: Path, rng: random.Random, dossiers: int = DOSSIERS, *, assignments: bool = False, audit: int = 0
) -> Panel:
    """The bench panel: ``dossiers`` dossiers of 10 per candidate, 3 complete reviews each.
    ``assignments``: every review's pair assigned too (one ``assignment.run`` in the audit log);
    ``audit``: that many more audit-log entries after it, as a long campaign leaves."""
    candidates = max(1, dossiers // 10)
    checklist = forty_item_checklist(ITEMS)
    ruleset = RuleSet.model_validate(
        {
            "id": "bench",
            "title": "bench",
            "version": "1",
            "document": {"title": "b", "issuer": "b", "year": 2026},
            "checklist": "bench-40",
            "dossier_types": [{"code": "general", "name": "一般"}],
            "levels": [{"code": "city", "name": "市级"}, {"code": "county", "name": "县级"}],
            "candidate_kinds": [
                {
                    "code": k,
                    "name": k,
                    "candidate_class": "unit",
                    "level": k,
                    "max_points": 100,
                    "indicator": {"formula": "mean"},
                    "requirements": [{"type": "general", "source": "drawn", "count": 10}],
                }
                for k in ("city", "county")
            ],
        }
    )
    panel = Panel.create(path, ruleset, checklists={checklist.id: checklist})
    items = [item.id for item in checklist.items()]
    now = utc_now()
    with panel.transaction() as conn:
        conn.execute(
            schema.candidates.insert(),
            [
                {
                    "id": f"K{c}",
                    "name": f"候选{c}",
                    "kind": "city" if c % 5 == 0 else "county",
                    "level": "city" if c % 5 == 0 else "county",
                    "region": f"R{c % 20}",
                    "attributes": {},
                    "events": {},
                }
                for c in range(candidates)
            ],
        )
        conn.execute(
            schema.reviewers.insert(),
            [
                {"id": f"V{r}", "name": f"评审{r}", "role": "expert" if r < 150 else "cross", "region": ""}
                for r in range(REVIEWERS)
            ],
        )
        conn.execute(
            schema.dossiers.insert(),
            [
                {
                    "id": d + 1,
                    "code": f"D{d:05d}",
                    "case_number": f"罚〔2026〕{d}号",
                    "candidate_id": f"K{d % candidates}",
                    "type": "general",
                    "source": "drawn",
                    "publicised": d % 97 != 0,
                    "checklist_id": "bench-40",
                }
                for d in range(dossiers)
            ],
        )
        review_rows, deduction_rows, review_id = [], [], 0
        for d in range(dossiers):
            experts = rng.sample(range(150), REVIEWS_PER_DOSSIER - 1)
            for reviewer in [*experts, 150 + rng.randrange(50)]:
                review_id += 1
                review_rows.append(
                    {
                        "id": review_id,
                        "reviewer_id": f"V{reviewer}",
                        "dossier_id": d + 1,
                        "status": "complete",
                        "checklist_hash": checklist.content_hash,
                        "updated_at": now,
                    }
                )
                for item in rng.sample(items, rng.randrange(4, 12)):
                    deduction_rows.append(
                        {
                            "uid": str(uuid.uuid4()),
                            "review_id": review_id,
                            "item_id": item,
                            "reason_id": "a",
                            "points": Decimal("0.5"),
                            "text": "",
                            "created_at": now,
                        }
                    )
        conn.execute(schema.reviews.insert(), review_rows)
        conn.execute(schema.deductions.insert(), deduction_rows)
        if assignments:
            conn.execute(
                schema.assignments.insert(),
                [
                    {"reviewer_id": r["reviewer_id"], "dossier_id": r["dossier_id"], "created_at": now}
                    for r in review_rows
                ],
            )
            run = {"seed": "bench", "settings": {"experts_per_dossier": 2, "cross_per_dossier": 1}}
            audit_row = {"at": now, "actor": "chair", "entity": "assignment", "entity_id": "run", "old": None}
            conn.execute(schema.audit_log.insert(), [audit_row | {"action": "assignment.run", "new": run}])
        if audit:
            entry = {"at": now, "actor": "V0", "action": "review.deduct", "entity": "review", "old": None}
            conn.execute(
                schema.audit_log.insert(),
                [entry | {"entity_id": f"D{i % dossiers:05d}", "new": {"n": i}} for i in range(audit)],
            )
    return panel


def main() -> None:
    rng = random.Random(20261123)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        panel = build(Path(tmp) / "bench.dpanel", rng)
        built = time.perf_counter() - t0
        timings = []
        for _ in range(3):
            panel = Panel.open(panel.path)  # cold service object each run: snapshots re-read too
            t1 = time.perf_counter()
            results = compute_results(panel)
            timings.append(time.perf_counter() - t1)
            panel.close()
        panel = Panel.open(panel.path)
        with collector_paused():  # as compute_results runs them
            t2 = time.perf_counter()
            inputs = load_inputs(panel)
            t3 = time.perf_counter()
            compute_panel_results(inputs)
            t4 = time.perf_counter()
        panel.close()
    deductions = sum(len(r.deductions) for rs in inputs.reviews.values() for r in rs)
    print(
        f"panel: {DOSSIERS} dossiers, {REVIEWERS} reviewers, {REVIEWS_PER_DOSSIER} reviews each, "
        f"{ITEMS} items, {deductions} deductions (built in {built:.1f} s)"
    )
    print("| measure | seconds | target |")
    print("|---|---|---|")
    print(f"| results, best of 3 (load + compute) | {min(timings):.2f} | < 2 |")
    print(f"| results, worst of 3 | {max(timings):.2f} | |")
    print(f"| of which loading from SQLite | {t3 - t2:.2f} | |")
    print(f"| of which arithmetic | {t4 - t3:.2f} | |")
    assert len(results.dossiers) == DOSSIERS


if __name__ == "__main__":
    main()
