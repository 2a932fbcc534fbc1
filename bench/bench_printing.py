"""Printing 500 filled-in reviewer sheets (评查表) into one PDF.

Target (issue 6): under 15 s on the 2-core reference machine. The panel: 250 dossiers, 10 experts,
2 reviews a dossier (500 reviews), the shipped 14-item checklist, 0–6 deductions a review with the
checklist's reasons and free text of 10–120 characters, now and then a veto. Prints the figures as a
markdown row (kept in docs/printing.md), wall and CPU time: a busy machine stretches the first. Run: ``.venv/bin/python bench/bench_printing.py``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.models import schema
from app.pdf.records import OpenResult, RenderResult
from app.pdf.render_client import RenderClient
from app.printing.documents import print_review_sheets
from app.printing.fonts import register_fonts
from app.review import library
from app.services.clock import utc_now
from app.services.panel import Panel
from app.services.progress import Progress
from tests.core.panel_fixtures import RULESET

DOSSIERS, EXPERTS, REVIEWS_PER_DOSSIER = 250, 10, 2
PHRASES = [
    "笔录未写明检查结束时间",
    "执法人员证件号记载不全",
    "现场负责人身份未核实",
    "违法事实描述含糊，未写明污染防治设施运行状况及排污口位置",
    "询问内容未围绕违法行为的时间、地点、方式、后果展开，关键事实未予确认",
    "被询问人未逐页签字，修改处未捺印",
]


def build(path: Path, rng: random.Random) -> Panel:
    checklist = library.checklist("inspection-interrogation")
    panel = Panel.create(path, RULESET, checklists={checklist.id: checklist}, title="基准测试评查")
    items = list(checklist.items())
    now = utc_now()
    with panel.transaction() as conn:
        conn.execute(
            schema.candidates.insert(),
            [
                {"id": f"U{n:03}", "name": f"第{n}县生态环境局", "kind": "county-unit", "level": "county"}
                for n in range(DOSSIERS // 2)
            ],
        )
        conn.execute(
            schema.dossiers.insert(),
            [
                {
                    "id": n + 1,
                    "code": f"D{n:04}",
                    "case_number": f"环罚〔2026〕{n + 1}号",
                    "candidate_id": f"U{n // 2:03}",
                    "type": "general",
                    "source": "recommended",
                    "checklist_id": checklist.id,
                }
                for n in range(DOSSIERS)
            ],
        )
        conn.execute(
            schema.reviewers.insert(),
            [{"id": f"E{n:02}", "name": f"专家{n}", "role": "expert"} for n in range(EXPERTS)],
        )
        review_id = 0
        reviews, deductions, vetoes = [], [], []
        for dossier in range(DOSSIERS):
            for k in range(REVIEWS_PER_DOSSIER):
                review_id += 1
                reviewer = f"E{(dossier * REVIEWS_PER_DOSSIER + k) % EXPERTS:02}"
                reviews.append(
                    {
                        "id": review_id,
                        "reviewer_id": reviewer,
                        "dossier_id": dossier + 1,
                        "status": "complete",
                        "checklist_hash": checklist.content_hash,
                        "updated_at": now,
                        "completed_at": now,
                    }
                )
                for item in rng.sample(items, rng.randint(0, 6)):
                    reason = rng.choice(item.reasons) if item.reasons and rng.random() < 0.6 else None
                    points = reason.points if reason and reason.points is not None else Decimal("1.5")
                    text = "" if reason else "；".join(rng.sample(PHRASES, rng.randint(1, 3)))
                    deductions.append(
                        {
                            "uid": str(uuid.uuid4()),
                            "review_id": review_id,
                            "item_id": item.id,
                            "reason_id": reason.id if reason else None,
                            "points": min(points, item.max_points),
                            "text": text,
                            "page": rng.randint(1, 120),
                            "created_at": now,
                        }
                    )
                if rng.random() < 0.03:
                    vetoes.append(
                        {
                            "review_id": review_id,
                            "veto_id": "not-qualified",
                            "reason": "询问笔录仅一名执法人员签字",
                            "page": 7,
                            "created_at": now,
                        }
                    )
        conn.execute(schema.reviews.insert(), reviews)
        conn.execute(schema.deductions.insert(), deductions)
        conn.execute(schema.review_vetoes.insert(), vetoes)
    return panel


def first_page_in_render_process(pdf: Path) -> float:
    """Seconds from opening the PDF in a (started) render process to page 1 at 110 dpi arriving."""
    with RenderClient() as client:
        client.wait_ready(30)
        started = time.perf_counter()
        client.open("bench", str(pdf), extract_text=False)
        while not isinstance(client.events.get(timeout=30), OpenResult):
            pass
        client.request("bench", 0, 110 / 72)
        while not isinstance(client.events.get(timeout=30), RenderResult):
            pass
        return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        panel = build(Path(folder) / "bench.dpanel", random.Random(6))
        started = time.perf_counter()
        register_fonts()
        font_s = time.perf_counter() - started
        out = Path(folder) / "sheets.pdf"
        started, cpu_started = time.perf_counter(), time.process_time()
        printed = print_review_sheets(panel, out, progress=Progress())
        print_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
        preview_s = first_page_in_render_process(out)
        size_mb = out.stat().st_size / 1e6
        panel.close()
    print(
        "| sheets | pages | font load (s) | print (s) | CPU (s) | per sheet (ms) | PDF (MB) | preview p.1 (s) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print(
        f"| {printed.sheets} | {printed.pages} | {font_s:.2f} | {print_s:.2f} | {cpu_s:.2f} | "
        f"{print_s / printed.sheets * 1000:.1f} | {size_mb:.1f} | {preview_s:.2f} |"
    )
    print(f"target: 500 sheets under 15 s — {'met' if print_s < 15 else 'NOT met'}")


if __name__ == "__main__":
    main()
