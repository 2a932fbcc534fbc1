"""The built-in demo panel: synthetic dossiers, candidates of two levels, experts, cross-reviewers, reviews.

Everything goes through the same doors a chair uses — manifests for candidates, dossiers and
reviewers, and a paper-score sheet for the reviews — so the demo also exercises those paths. The
reviews follow the defects planted in each PDF: each expert notices most of them, a few extra
remarks differ between experts, cross-reviewers find a little more. Deterministic for a seed.
"""

from __future__ import annotations

import csv
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app import words
from app.demo.dossier_text import Defect, random_spec
from app.demo.pdf_maker import DossierManifest, make_dossier
from app.services.assignment import assign, assignments
from app.services.panel import Panel
from app.services.registry import add_candidates, add_dossiers, add_reviewers
from app.services.scores import import_scores

RULESET = "xinjiang-2017"
PANEL_FILE = "demo.dpanel"
CAMPAIGN = (date(2017, 1, 1), date(2017, 12, 31))

# Planted defect -> (checklist item, deduction reason) of the inspection-interrogation checklist.
DEFECT_DEDUCTIONS: dict[Defect, tuple[str, str]] = {
    Defect.INSPECTION_NO_END_TIME: ("insp.time-place", "no-end-time"),
    Defect.INSPECTION_CERTIFICATE_MISSING: ("insp.officers", "no-cert-number"),
    Defect.INSPECTION_NO_RECUSAL_NOTICE: ("insp.rights", "no-recusal"),
    Defect.INSPECTION_CONCLUSION: ("insp.facts", "conclusion"),
    Defect.INSPECTION_PHOTOS_UNNUMBERED: ("insp.evidence", "sampling-not-noted"),
    Defect.INSPECTION_PAGE_UNSIGNED: ("insp.signatures", "party-not-every-page"),
    Defect.INTERROGATION_NO_END_TIME: ("intg.time-place", "no-end-time"),
    Defect.INTERROGATION_NO_RECUSAL_NOTICE: ("intg.rights", "no-recusal"),
    Defect.INTERROGATION_LEADING_QUESTION: ("intg.form", "leading"),
    Defect.INTERROGATION_NO_CONFIRMATION: ("intg.signatures", "no-confirmation"),
    Defect.INTERROGATION_NO_AUTHORISATION: ("intg.person", "no-authorisation"),
}
GRAVE_VETO = (
    "not-qualified"  # a single officer on site; an optional veto (not in the notice) the demo enables
)

EXTRA_REMARKS = (
    ("intg.questions", "2", "未问清违法行为持续时间及排放量"),
    ("insp.facts", "2", "未记载污染防治设施运行参数"),
    ("intg.questions", "3", "未就监测报告结果请当事人确认"),
    ("insp.party", "1", "现场负责人与被检查单位关系未写明"),
)


@dataclass(frozen=True)
class DemoCandidate:
    id: str
    name: str
    kind: str
    region: str
    prefix: str  # case-number prefix of its agency
    agency: str
    officer: tuple[str, str] | None = None  # individuals: (name, certificate)


CANDIDATES = (
    DemoCandidate("CJ", "昌吉市环境保护局", "county-unit", "昌吉州", "昌市环罚", "昌吉市环境保护局"),
    DemoCandidate("KEL", "库尔勒市环境保护局", "county-unit", "巴州", "库环罚", "库尔勒市环境保护局"),
    DemoCandidate(
        "P-ALM",
        "阿力木·吐尔逊",
        "individual",
        "昌吉州",
        "昌市环罚",
        "昌吉市环境保护局",
        ("阿力木·吐尔逊", "65231700012"),
    ),
    DemoCandidate(
        "P-WJH", "王建华", "individual", "巴州", "库环罚", "库尔勒市环境保护局", ("王建华", "65280100037")
    ),
)
# (candidate, dossier type, source) — 库尔勒 hands in two dossiers too few, which the check reports.
DOSSIERS = (
    *[
        ("CJ", t, s)
        for t, s, n in (
            ("penalty", "recommended", 2),
            ("police-transfer", "recommended", 1),
            ("general", "drawn", 2),
            ("supporting-measures", "drawn", 2),
        )
        for _ in range(n)
    ],
    *[
        ("KEL", t, s)
        for t, s, n in (
            ("penalty", "recommended", 2),
            ("police-transfer", "recommended", 1),
            ("general", "drawn", 2),
        )
        for _ in range(n)
    ],
    ("P-ALM", "penalty", "recommended"),
    ("P-ALM", "penalty", "recommended"),
    ("P-WJH", "penalty", "recommended"),
    ("P-WJH", "penalty", "recommended"),
)
REVIEWERS = (
    ("E1", "周立新", "expert", "", "自治区环境保护厅法规处"),
    ("E2", "马晓燕", "expert", "", "新疆大学法学院"),
    ("E3", "艾尔肯·买买提", "expert", "", "乌鲁木齐市中级人民法院"),
    ("C1", "刘志强", "cross", "昌吉州", "昌吉州环境监察支队"),
    ("C2", "古丽娜尔·艾买提", "cross", "巴州", "巴州环境监察支队"),
)
TYPE_NAMES = {
    "penalty": "一般行政处罚案卷",
    "police-transfer": "移送公安机关案卷",
    "general": "一般行政处罚案卷",
    "supporting-measures": "适用四个配套办法案卷",
}


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _clear(directory: Path) -> None:
    for name in (PANEL_FILE, PANEL_FILE + "-wal", PANEL_FILE + "-shm"):
        (directory / name).unlink(missing_ok=True)
    for folder in ("demo.pdfs", "dossiers"):
        shutil.rmtree(directory / folder, ignore_errors=True)


def said(key: str, /, **fields: object) -> str:
    """A line of the build's log (``cli.demo.*``) in the current language (the terminal's or the window's)."""
    return words.text(f"cli.demo.{key}", None, **fields)


def build_demo_panel(
    directory: Path, *, force: bool = False, seed: int = 2017, log: Callable[[str], None] = print
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    panel_path = directory / PANEL_FILE
    if panel_path.exists():
        if not force:
            raise FileExistsError(f"{panel_path} exists; use --force to build it again")
        _clear(directory)
    pdf_dir = directory / "dossiers"
    pdf_dir.mkdir()
    rng = random.Random(seed)

    _write_csv(
        directory / "candidates.csv",
        ["id", "name", "kind", "region", "officer_name", "officer_certificate"],
        [[c.id, c.name, c.kind, c.region, *(c.officer or ("", ""))] for c in CANDIDATES],
    )
    dossier_rows, made = _make_dossiers(pdf_dir, rng, seed)
    _write_csv(
        directory / "dossiers.csv",
        [
            "case_number",
            "candidate",
            "type",
            "source",
            "title",
            "region",
            "publicised",
            "closing_date",
            "decision_date",
            "officers",
            "pdf",
        ],
        dossier_rows,
    )
    _write_csv(
        directory / "reviewers.csv", ["id", "name", "role", "region", "unit"], [list(r) for r in REVIEWERS]
    )

    panel = Panel.create(
        panel_path,
        RULESET,
        title="2017年新疆环境执法大练兵案卷评查（演示）",
        campaign_start=CAMPAIGN[0],
        campaign_end=CAMPAIGN[1],
        enabled_vetoes=(GRAVE_VETO,),
    )
    with panel:
        log(said("candidates", count=len(add_candidates(panel, directory / "candidates.csv").added)))
        report = add_dossiers(panel, directory / "dossiers.csv")
        log(said("dossiers", count=len(report.added), pages=sum(m.page_count for _, m in made)))
        log(said("reviewers", count=len(add_reviewers(panel, directory / "reviewers.csv").added)))
        assign(panel, seed=f"demo-{seed}")  # every expert every dossier, one cross-reviewer of another region
        assigned = {(a.reviewer_id, a.dossier_id) for a in assignments(panel)}
        _write_csv(
            directory / "scores.csv",
            ["reviewer", "dossier", "item", "points", "reason_id", "reason", "page", "veto"],
            _demo_scores(made, assigned, rng),
        )
        scores = import_scores(panel, directory / "scores.csv")
        log(said("reviews", count=len(scores.reviews), deductions=scores.deductions, vetoes=scores.vetoes))
    return panel_path


def _make_dossiers(
    pdf_dir: Path, rng: random.Random, seed: int
) -> tuple[list[list[object]], list[tuple[str, DossierManifest]]]:
    """The demo dossiers' PDFs in ``pdf_dir``, and their rows of dossiers.csv."""
    by_id = {c.id: c for c in CANDIDATES}
    dossier_rows: list[list[object]] = []
    made: list[tuple[str, DossierManifest]] = []
    numbers: dict[str, int] = {}
    for index, (cid, type_code, source) in enumerate(DOSSIERS):
        cand = by_id[cid]
        numbers[cand.prefix] = numbers.get(cand.prefix, rng.randint(8, 20)) + rng.randint(1, 9)
        case_number = f"{cand.prefix}〔2017〕{numbers[cand.prefix]}号"
        colleague = (f"{'张李王赵陈刘杨黄'[index % 8]}{'建国卫东志明海涛'[index % 8]}", f"6523{index:07d}")
        officers = [cand.officer or ("杨帆", "65230000101"), colleague]
        ordinary = sorted(DEFECT_DEDUCTIONS)
        defects = set(rng.sample(ordinary, rng.choice((0, 1, 2, 2, 3, 4))))
        if index == 9:  # one 库尔勒 dossier went with a single officer: a grave defect
            officers = officers[:1]
        spec = random_spec(
            seed * 100 + index,
            year=2017,
            officers=officers,
            defects=defects,
            case_number=case_number,
            agency=cand.agency,
            dossier_type=TYPE_NAMES[type_code],
            publicised=index != 4,  # one 昌吉 dossier was never published on the portal
        )
        pdf = pdf_dir / f"{index + 1:02d}.pdf"
        scanned = {3, 4, 9} if index % 3 == 0 else {5}  # some pages stand for scans
        made.append((case_number, make_dossier(pdf, spec, scanned_pages=scanned, seed=seed + index)))
        roles = ("inspector|questioner", "recorder")
        officer_text = "; ".join(f"{n}:{c}:{r}" for (n, c), r in zip(spec.officers, roles, strict=False))
        closing = (spec.inspection_start + timedelta(days=40 + index)).date()
        # the decision letter within the notice's 2017-01…10 window (附件1 一（二）), as a real panel's are
        decided = min((spec.inspection_start + timedelta(days=20 + index)).date(), date(2017, 10, 31))
        dossier_rows.append(
            [
                case_number,
                cid,
                type_code,
                source,
                spec.title,
                cand.region,
                "yes" if spec.publicised else "no",
                closing.isoformat(),
                decided.isoformat(),
                officer_text,
                f"dossiers/{pdf.name}",
            ]
        )
    return dossier_rows, made


def _demo_scores(
    made: list[tuple[str, DossierManifest]], assigned: set[tuple[str, str]], rng: random.Random
) -> list[list[object]]:
    rows: list[list[object]] = []
    for index, (case_number, manifest) in enumerate(made):
        pages = manifest.defect_pages()
        for reviewer, _name, role, _region, _unit in REVIEWERS:
            if (reviewer, case_number) not in assigned:
                continue
            if reviewer == "E3" and index in (10, 11):
                continue  # E3 has not got to these two yet
            if role == "cross" and index % 3 == 2:
                continue  # the cross-reviewers are still working on a few
            wrote = False
            if Defect.SINGLE_OFFICER in manifest.defects and role == "expert":
                rows.append([reviewer, case_number, "", "", "", "现场检查仅有一名执法人员", "", GRAVE_VETO])
                wrote = True
            for defect in sorted(manifest.defects):
                if defect not in DEFECT_DEDUCTIONS or rng.random() > (0.85 if role == "expert" else 0.3):
                    continue
                item, reason = DEFECT_DEDUCTIONS[defect]
                rows.append([reviewer, case_number, item, "", reason, "", pages[defect] + 1, ""])
                wrote = True
            if rng.random() < 0.4:
                item, points, text = rng.choice(EXTRA_REMARKS)
                rows.append([reviewer, case_number, item, points, "", text, "", ""])
                wrote = True
            if not wrote:
                rows.append([reviewer, case_number, "", "", "", "", "", ""])  # reviewed, nothing to deduct
    return rows
