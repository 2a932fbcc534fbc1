"""Merging reviewer files and building packages at the size of a large panel.

Merge: 200 reviewer files covering 250 dossiers, 4 reviews a dossier (1,000 reviews), every review
touching all 40 items (a deduction and an item mark each) with 40 history entries — 40,000
deductions, 40,000 marks, 40,000 history rows — merged with every check (HMAC, canonical form,
assignment, checklist hash, PDF fingerprint, each deduction validated). Measured against a bare bulk
insert of the same rows into a fresh panel file (SQLAlchemy Core executemany, one transaction, same
pragmas) in the same run, both with CPython's cycle collector paused as the merge does (see
``merge.collector_paused``), three runs each, alternated. Target (issue 3): merge ≤ 2× the bare insert.

Packages: 50 packages of 20 dossiers each (PDFs of ``--pdf-kb`` incompressible kilobytes), seconds.

Run: ``.venv/bin/python bench/bench_merge.py [--pdf-kb 200]``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf
from _common import forty_item_checklist
from sqlalchemy import delete, select

from app.exchange.reviewer_file import sign
from app.models import schema
from app.models.database import create_panel_file
from app.review.ruleset import RuleSet
from app.services.clock import utc_now
from app.services.merge import collector_paused, merge_files
from app.services.packages import build_packages, ensure_secrets
from app.services.panel import Panel

DOSSIERS, REVIEWERS, PER_DOSSIER, ITEMS = 250, 200, 4, 40
PACKAGES, PACKAGE_DOSSIERS = 50, 20
RUNS = 3

CHECKLIST = forty_item_checklist(ITEMS)
RULESET = RuleSet.model_validate(
    {
        "id": "bench",
        "title": "bench",
        "version": "1",
        "document": {"title": "b", "issuer": "b", "year": 2026},
        "checklist": "bench-40",
        "dossier_types": [{"code": "general", "name": "一般"}],
        "levels": [{"code": "county", "name": "县级"}],
        "candidate_kinds": [
            {
                "code": "county",
                "name": "县级",
                "candidate_class": "unit",
                "level": "county",
                "max_points": 100,
                "indicator": {"formula": "mean"},
            }
        ],
    }
)


def make_pdf(kilobytes: int, rng: random.Random) -> bytes:
    """A one-page PDF carrying incompressible bytes, like a scan (PDFs are stored, never deflated)."""
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "bench")
    doc.embfile_add("scan.bin", rng.randbytes(kilobytes * 1024))  # random: deflate cannot shrink it
    data = doc.tobytes()
    doc.close()
    return bytes(data)


def build_panel(folder: Path, pdf_kb: int, rng: random.Random) -> Panel:
    folder.mkdir(parents=True, exist_ok=True)
    panel = Panel.create(folder / "bench.dpanel", RULESET, checklists={CHECKLIST.id: CHECKLIST})
    now = utc_now()
    dossiers = []
    for n in range(DOSSIERS):
        data = make_pdf(pdf_kb, rng)
        digest = hashlib.sha256(data).hexdigest()
        target = panel.pdf_dir / digest[:2] / f"{digest}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        dossiers.append(
            {
                "code": f"D{n:04}",
                "case_number": f"测环罚〔2026〕{n}号",
                "candidate_id": f"U{n % 25:02}",
                "type": "general",
                "source": "drawn",
                "pdf_path": f"{digest[:2]}/{digest}.pdf",
                "sha256": digest,
                "page_count": 1,
                "checklist_id": CHECKLIST.id,
            }
        )
    with panel.transaction() as conn:
        conn.execute(
            schema.candidates.insert(),
            [
                {
                    "id": f"U{c:02}",
                    "name": f"单位{c}",
                    "kind": "county",
                    "level": "county",
                    "attributes": {},
                    "events": {},
                }
                for c in range(25)
            ],
        )
        conn.execute(schema.dossiers.insert(), dossiers)
        conn.execute(
            schema.reviewers.insert(),
            [
                {"id": f"R{r:03}", "name": f"评审{r}", "role": "expert" if r < 160 else "cross"}
                for r in range(REVIEWERS)
            ],
        )
        ids = dict(conn.execute(select(schema.dossiers.c.code, schema.dossiers.c.id)).all())
        conn.execute(
            schema.assignments.insert(),
            [
                {
                    "reviewer_id": f"R{(PER_DOSSIER * n + k) % REVIEWERS:03}",
                    "dossier_id": ids[f"D{n:04}"],
                    "created_at": now,
                }
                for n in range(DOSSIERS)
                for k in range(PER_DOSSIER)
            ],
        )
    return panel


def reviewer_documents(panel: Panel, rng: random.Random) -> list[dict[str, Any]]:
    """What 200 workspaces would export: every item deducted, marked and logged in every review."""
    checklist_hash = panel.checklist(CHECKLIST.id).content_hash
    items = [item.id for item in CHECKLIST.items()]
    with panel.engine.connect() as conn:
        sha = dict(conn.execute(select(schema.dossiers.c.code, schema.dossiers.c.sha256)).all())
    start = utc_now() - timedelta(days=1)
    documents = []
    for r in range(REVIEWERS):
        codes = sorted(
            f"D{n:04}"
            for n in range(DOSSIERS)
            if r in {(PER_DOSSIER * n + k) % REVIEWERS for k in range(PER_DOSSIER)}
        )
        reviews: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for code in codes:
            at = (start + timedelta(seconds=len(history))).isoformat()
            deductions = []
            for item in items:
                free = rng.random() < 0.5
                deductions.append(
                    {
                        "uid": str(uuid.UUID(int=rng.getrandbits(128))),
                        "item": item,
                        "reason_id": None if free else "a",
                        "points": rng.choice(["0.5", "1", "1.25", "2"]) if free else "0.5",
                        "text": "记录不完整，未写明时间" if free else "缺",
                        "page": 1,
                        "rect": [72.0, 100.5, 300.0, 118.25],
                        "created_at": at,
                    }
                )
                history.append(
                    {
                        "id": len(history) + 1,
                        "at": at,
                        "actor": f"R{r:03}",
                        "action": "deduction.add",
                        "entity": "review",
                        "entity_id": f"R{r:03}/{code}",
                        "old": None,
                        "new": {"item": item, "points": deductions[-1]["points"]},
                    }
                )
            reviews.append(
                {
                    "dossier": code,
                    "status": "complete",
                    "note": "",
                    "checklist_hash": checklist_hash,
                    "updated_at": at,
                    "completed_at": at,
                    "deductions": deductions,
                    "vetoes": [],
                    "marks": [{"item": item, "visited": True, "note": ""} for item in items],
                }
            )
        documents.append(
            {
                "panel_id": panel.info.id,
                "reviewer_id": f"R{r:03}",
                "sequence": 1,
                "created_at": utc_now().isoformat(),
                "dossiers": [
                    {
                        "code": c,
                        "checklist_id": CHECKLIST.id,
                        "checklist_hash": checklist_hash,
                        "pdf_sha256": sha[c],
                    }
                    for c in codes
                ],
                "reviews": reviews,
                "history": history,
            }
        )
    return documents


def bare_insert(folder: Path, panel: Panel, documents: list[dict[str, Any]]) -> tuple[float, int]:
    """The same rows (reviews, deductions, marks, history and review audit rows, the log) straight in."""
    target = folder / "bare.dpanel"
    engine = create_panel_file(target)
    with panel.engine.connect() as src, engine.begin() as conn:  # the rows a merge finds in place
        for table in (schema.panel, schema.candidates, schema.dossiers, schema.reviewers):
            conn.execute(table.insert(), [dict(row) for row in src.execute(select(table)).mappings()])
        ids = dict(src.execute(select(schema.dossiers.c.code, schema.dossiers.c.id)).all())

    started = time.perf_counter()
    now = utc_now()
    reviews: list[dict[str, Any]] = []
    deductions: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    audit: list[dict[str, Any]] = []
    for doc in documents:
        for review in doc["reviews"]:
            review_id = len(reviews) + 1
            reviews.append(
                {
                    "id": review_id,
                    "reviewer_id": doc["reviewer_id"],
                    "dossier_id": ids[review["dossier"]],
                    "status": review["status"],
                    "note": review["note"],
                    "origin": "file",
                    "file_sequence": doc["sequence"],
                    "checklist_hash": review["checklist_hash"],
                    "updated_at": now,
                    "completed_at": datetime.fromisoformat(review["completed_at"]),
                }
            )
            for d in review["deductions"]:
                deductions.append(
                    {
                        "uid": d["uid"],
                        "review_id": review_id,
                        "item_id": d["item"],
                        "reason_id": d["reason_id"],
                        "points": d["points"],
                        "text": d["text"],
                        "page": d["page"],
                        "rect": d["rect"],
                        "created_at": datetime.fromisoformat(d["created_at"]),
                    }
                )
            marks += [
                {"review_id": review_id, "item_id": m["item"], "visited": True, "note": ""}
                for m in review["marks"]
            ]
            audit.append(
                {
                    "at": now,
                    "actor": doc["reviewer_id"],
                    "action": "review.file",
                    "entity": "review",
                    "entity_id": review["dossier"],
                    "old": None,
                    "new": {"n": len(review["deductions"])},
                }
            )
        audit += [
            {
                "at": datetime.fromisoformat(h["at"]),
                "actor": h["actor"],
                "action": "reviewer." + h["action"],
                "entity": h["entity"],
                "entity_id": h["entity_id"],
                "old": h["old"],
                "new": h["new"],
            }
            for h in doc["history"]
        ]
    log = [
        {
            "file_name": f"{d['reviewer_id']}.dpreview",
            "file_sha256": "0" * 64,
            "reviewer_id": d["reviewer_id"],
            "sequence": 1,
            "outcome": "merged",
            "problems": [],
            "at": now,
        }
        for d in documents
    ]
    with engine.begin() as conn:
        conn.execute(schema.reviews.insert(), reviews)
        conn.execute(schema.deductions.insert(), deductions)
        conn.execute(schema.item_marks.insert(), marks)
        conn.execute(schema.audit_log.insert(), audit)
        conn.execute(schema.received_files.insert(), log)
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds, len(deductions)


def _runs(seconds: list[float]) -> str:
    return f"best {min(seconds):.2f} s, median {statistics.median(seconds):.2f} s ({RUNS} runs)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf-kb", type=int, default=200, help="size of each dossier PDF")
    args = parser.parse_args()
    rng = random.Random(20260501)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        panel = build_panel(folder / "chair", args.pdf_kb, rng)
        with panel.transaction() as conn:
            keys = ensure_secrets(conn, [f"R{r:03}" for r in range(REVIEWERS)], "bench")
        documents = reviewer_documents(panel, rng)
        files = []
        (folder / "files").mkdir()
        for doc in documents:
            path = folder / "files" / f"{doc['reviewer_id']}.dpreview"
            header = {k: doc[k] for k in ("panel_id", "reviewer_id", "sequence")}
            body = {k: doc[k] for k in ("created_at", "dossiers", "reviews", "history")}
            path.write_bytes(sign(header, body, keys[doc["reviewer_id"]]))
            files.append(path)
        size = sum(p.stat().st_size for p in files)
        print(f"set-up {time.perf_counter() - t:.1f} s: {len(files)} files, {size / 1e6:.1f} MB")

        panel.close()
        pristine = folder / "chair" / "bench.dpanel"
        merges, bares = [], []
        for run in range(RUNS):  # alternated, on fresh copies: the machine's load drifts
            copy = folder / f"run{run}" / "bench.dpanel"
            copy.parent.mkdir()
            shutil.copyfile(pristine, copy)
            panel = Panel.open(copy)
            with collector_paused():  # the same footing as the merge, which pauses it too
                bare, rows = bare_insert(folder / f"run{run}", panel, documents)
            started = time.perf_counter()
            report = merge_files(panel, files)
            merges.append(time.perf_counter() - started)
            bares.append(bare)
            assert [f.outcome for f in report.files] == ["merged"] * len(files), report.refused[:1]
            if run < RUNS - 1:
                panel.close()
        reviews = sum(f.reviews for f in report.files)
        print(f"merge   {len(files)} files, {reviews} reviews, {rows} deductions: " + _runs(merges))
        print("bare    bulk insert of the same rows:                 " + _runs(bares))
        print(
            f"ratio   {min(merges) / min(bares):.2f}x best to best, "
            f"{statistics.median(merges) / statistics.median(bares):.2f}x median to median (target <= 2x)"
        )
        started = time.perf_counter()
        again = merge_files(panel, files)
        print(f"re-merge (all unchanged): {time.perf_counter() - started:.2f} s")
        assert all(f.outcome == "unchanged" for f in again.files)
        panel.close()

        panel = Panel.open(pristine)  # the copies have no PDFs; the original has
        with panel.transaction() as conn:  # 50 reviewers with 20 dossiers each
            conn.execute(delete(schema.assignments))
            ids = [i for (i,) in conn.execute(select(schema.dossiers.c.id).order_by(schema.dossiers.c.id))]
            now = utc_now()
            conn.execute(
                schema.assignments.insert(),
                [
                    {
                        "reviewer_id": f"R{r:03}",
                        "dossier_id": ids[(r * PACKAGE_DOSSIERS + k) % len(ids)],
                        "created_at": now,
                    }
                    for r in range(PACKAGES)
                    for k in range(PACKAGE_DOSSIERS)
                ],
            )
        started = time.perf_counter()
        built = build_packages(panel, folder / "packages")
        seconds = time.perf_counter() - started
        total = sum(path.stat().st_size for _, path in built)
        print(
            f"packages {len(built)} x {PACKAGE_DOSSIERS} dossiers ({args.pdf_kb} KB PDFs), "
            f"{total / 1e6:.0f} MB: {seconds:.2f} s"
        )
        panel.close()
        shutil.rmtree(folder / "packages", ignore_errors=True)


if __name__ == "__main__":
    main()
