"""The panel's result for the chair: XLSX (one sheet per table), CSV (one file per sheet), JSON.

Everything is gathered once (``build_export``) into plain tables and one JSON document, so the
spreadsheet, the CSV files and the JSON carry the same figures: the exact results, rounded half-up to
two places (``export_points``) only here, at the edge. The sheets' Chinese headings and wording are in
``app.services.export_xlsx``; the JSON keeps codes (docs/moderation-and-exports.md).

Files are written under a ``.partial`` name and renamed when complete, so a failed export never
leaves a half-written file under the name the chair asked for.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import schema
from app.review.checklist import Checklist
from app.review.disagreement import Flag
from app.review.panel_results import PanelResults
from app.review.points import export_points
from app.review.statistics import ItemProblem, PanelStatistics, compute_statistics
from app.services import export_xlsx as sheets
from app.services.export_xlsx import Cell, Column, Kind, Table
from app.services.moderation import (
    DecisionRecord,
    ModerationRecord,
    compute_flags,
    moderation_records,
    read_deductions,
)
from app.services.panel import Panel
from app.services.progress import Progress
from app.services.results import compute_results, results_to_json
from app.services.reviewer_progress import reviewer_progress

EXPORT_FORMAT = "dossier-panel/export"
EXPORT_VERSION = 1
SHEET_NAMES = ("案卷得分", "扣分明细", "候选排名", "分歧与复核", "评审进度", "合并日志", "典型问题")


@dataclass(frozen=True)
class PanelExport:
    title: str
    ruleset_title: str
    exported_at: datetime  # aware, in the zone the times are shown in
    tables: tuple[Table, ...]
    data: dict[str, Any]  # the JSON document

    @property
    def exported_text(self) -> str:
        offset = self.exported_at.strftime("%z")
        return f"{self.exported_at:%Y-%m-%d %H:%M}（UTC{offset[:3]}:{offset[3:]}）"


def _pts(value: Fraction | Decimal | None) -> Decimal | None:
    return None if value is None else export_points(value)


def _num(value: Fraction | Decimal | None) -> str | None:
    return None if value is None else str(export_points(value))


def _local(value: datetime | None, tz: tzinfo | None) -> datetime | None:
    """Panel files keep naive UTC; a chair reads local time."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)


# ---------------------------------------------------------------------- gathering
def build_export(
    panel: Panel,
    *,
    results: PanelResults | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
) -> PanelExport:
    """Every table of the export and its JSON. Times are shown in ``tz`` (default: this computer's
    zone); ``now`` is the export time (tests fix both)."""
    progress = progress or Progress()
    progress.start(3, "export")
    results = results or compute_results(panel)
    read = read_deductions(panel)
    deductions, decisions = list(read.deductions), read.decisions
    flags = compute_flags(panel, results, deductions)
    moderations = moderation_records(panel)
    statistics = compute_statistics(results.dossiers, deductions, panel.checklists)
    progress.advance()
    exported_at = (now or datetime.now(UTC)).astimezone(tz)
    names = {r.id: f"{r.name}({r.id})" for r in panel.reviewers()}
    checklists = panel.checklists
    checklist_of = {o.dossier.id: o.checklist_id for o in results.dossiers}
    settlement_rows = [
        _moderation_row(m, checklists[checklist_of[m.dossier_id]], tz)
        for m in moderations.values()
        if m.dossier_id in checklist_of
    ]
    settlement_rows += [_decision_row(d, names, tz) for d in decisions.values()]
    tables = (
        sheets.dossier_table(
            panel.ruleset, checklists, results, {c.id: c.name for c in panel.candidates()}, names
        ),
        sheets.deduction_table(
            checklists,
            results,
            deductions,
            {uid: (d.decision.value, d.reason) for uid, d in decisions.items()},
            names,
        ),
        sheets.ranking_table(panel.ruleset, results),
        Table(
            "分歧与复核",
            sheets.FLAG_COLUMNS,
            tuple(sheets.flag_rows(checklists, checklist_of, flags, names) + settlement_rows),
        ),
        _progress_table(panel, tz),
        _merge_table(panel, tz),
        sheets.problem_table(statistics.problems),
    )
    progress.advance()
    data = results_to_json(panel, results) | {
        "export": {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": exported_at.isoformat(),
        },
        "flags": [_flag_json(f) for f in flags],
        "moderations": [_moderation_json(m) for m in moderations.values()],
        "deduction_decisions": [_decision_json(d) for d in decisions.values()],
        "statistics": statistics_json(statistics),
    }
    progress.advance()
    return PanelExport(panel.info.title, panel.ruleset.title, exported_at, tables, data)


def _moderation_row(m: ModerationRecord, checklist: Checklist, tz: tzinfo | None) -> tuple[Cell, ...]:
    vetoes = "、".join(getattr(checklist.veto(v), "text", v) for v in m.dismissed_vetoes)
    return (
        "复核", m.dossier_id, "", "", "", "", None, "",
        _pts(m.expert_score), _pts(m.cross_deduction), vetoes,
        m.reason, m.actor, _local(m.at, tz),
    )  # fmt: skip


def _decision_row(d: DecisionRecord, names: dict[str, str], tz: tzinfo | None) -> tuple[Cell, ...]:
    return (
        sheets.said("decision_row", d.decision), d.dossier_id, d.item_id, "",
        f"{names.get(d.reviewer_id, d.reviewer_id)} {export_points(d.points)}",
        f"扣分 {d.uid}", None, "", None, None, "", d.reason, d.actor, _local(d.at, tz),
    )  # fmt: skip


def _progress_table(panel: Panel, tz: tzinfo | None) -> Table:
    columns = (
        Column("评审人编号"),
        Column("姓名"),
        Column("角色"),
        Column("地区"),
        Column("已分配", Kind.INTEGER),
        Column(sheets.said("review_status", "complete"), Kind.INTEGER),
        Column(sheets.said("review_status", "in_progress"), Kind.INTEGER),
        Column(sheets.said("review_status", "not_started"), Kind.INTEGER),
        Column("最后更新", Kind.DATETIME),
    )
    rows = [
        (
            p.reviewer.id,
            p.reviewer.name,
            sheets.said("role", p.reviewer.role),
            p.reviewer.region,
            p.assigned,
            p.complete,
            p.in_progress,
            p.not_started,
            _local(p.last_change, tz),
        )
        for p in reviewer_progress(panel)
    ]
    return Table("评审进度", columns, tuple(rows))


def _merge_table(panel: Panel, tz: tzinfo | None) -> Table:
    rf = schema.received_files
    with panel.connect() as conn:
        entries = conn.execute(select(rf).order_by(rf.c.at, rf.c.id)).mappings().all()
    columns = (
        Column("时间", Kind.DATETIME),
        Column("文件名"),
        Column("评审人"),
        Column("文件序号", Kind.INTEGER),
        Column("结果"),
        Column("问题"),
        Column("SHA-256"),
    )
    rows = tuple(
        (
            _local(e["at"], tz),
            e["file_name"],
            e["reviewer_id"] or "",
            e["sequence"],
            sheets.said("merge_outcome", e["outcome"]),
            sheets.describe_problems(e["problems"]),
            e["file_sha256"],
        )
        for e in entries
    )
    return Table("合并日志", columns, rows)


# ---------------------------------------------------------------------- JSON parts
def _flag_json(f: Flag) -> dict[str, Any]:
    return {
        "code": f.code.value,
        "dossier": f.dossier_id,
        "item": f.item_id,
        "veto": f.veto_id,
        "reviewers": list(f.reviewer_ids),
        "figures": {k: _num(v) for k, v in f.figures.items()},
        "by_reviewer": {k: _num(v) for k, v in f.by_reviewer.items()},
        "deductions": list(f.deduction_uids),
        "settled": f.settled,
    }


def _utc(value: datetime) -> str:
    return value.replace(tzinfo=UTC).isoformat()


def _moderation_json(m: ModerationRecord) -> dict[str, Any]:
    return {
        "dossier": m.dossier_id,
        "expert_score": _num(m.expert_score),
        "cross_deduction": _num(m.cross_deduction),
        "dismissed_vetoes": list(m.dismissed_vetoes),
        "reason": m.reason,
        "actor": m.actor,
        "at": _utc(m.at),
    }


def _decision_json(d: DecisionRecord) -> dict[str, Any]:
    return {
        "deduction": d.uid,
        "dossier": d.dossier_id,
        "reviewer": d.reviewer_id,
        "item": d.item_id,
        "points": _num(d.points),
        "decision": d.decision.value,
        "reason": d.reason,
        "actor": d.actor,
        "at": _utc(d.at),
    }


def problem_json(p: ItemProblem) -> dict[str, Any]:
    return {
        "checklist": p.checklist_id,
        "item": p.item_id,
        "item_text": p.item_text,
        "section": p.section_title,
        "dossiers": p.dossiers,
        "dossiers_reviewed": p.dossiers_reviewed,
        "reviews": p.reviews,
        "expert_reviews": p.expert_reviews,
        "cross_reviews": p.cross_reviews,
        "points": _num(p.points),
        "reasons": [{"text": t, "count": n} for t, n in p.reasons],
    }


def statistics_json(stats: PanelStatistics) -> dict[str, Any]:
    """The ``statistics`` part of the export JSON (also ``stats --json``)."""
    return {
        "problems": [problem_json(p) for p in stats.problems],
        "by_candidate": {cid: [problem_json(p) for p in ps] for cid, ps in stats.by_candidate.items()},
        "agreement": [
            {
                "checklist": a.checklist_id,
                "item": a.item_id,
                "item_text": a.item_text,
                "section": a.section_title,
                "dossiers": a.dossiers,
                "pairs": a.pairs,
                "agreeing_pairs": a.agreeing_pairs,
                "share": _num(a.share),
                "mean_abs_difference": _num(a.mean_abs_difference),
            }
            for a in stats.agreement
        ],
    }


def flags_json(flags: list[Flag]) -> list[dict[str, Any]]:
    return [_flag_json(f) for f in flags]


# ---------------------------------------------------------------------- writing
def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    partial = path.with_name(path.name + ".partial")
    try:
        write(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: Cell) -> str:
    """A cell as the CSV holds it. A *text* that a spreadsheet would run as a formula (it begins
    with = + - @, a tab or a carriage return: OWASP's CSV-injection list) gets a leading apostrophe;
    numbers (``Decimal`` points, ``int`` counts) are never text here, so ``-3.00`` stays a number."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return str(value)


def write_csv(export: PanelExport, directory: str | Path) -> list[Path]:
    """One UTF-8 file with BOM per sheet (Excel on Chinese Windows opens it without mojibake): the
    header row, then the rows, points with two decimals. No title rows, so programs can read them."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in export.tables:

        def write(target: Path, table: Table = table) -> None:
            with target.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([c.title for c in table.columns])
                writer.writerows([csv_text(v) for v in row] for row in table.rows)

        written.append(_atomic(folder / f"{table.name}.csv", write))
    return written


def write_json(export: PanelExport, path: str | Path) -> Path:
    text = json.dumps(export.data, ensure_ascii=False, indent=2) + "\n"

    def write(target: Path) -> None:
        target.write_text(text, encoding="utf-8")

    return _atomic(Path(path), write)


def write_xlsx(export: PanelExport, path: str | Path) -> Path:
    return _atomic(
        Path(path),
        lambda target: sheets.save_workbook(
            export.tables,
            target,
            title=export.title,
            exported=export.exported_text,
            subtitle=f"规则：{export.ruleset_title}",
        ),
    )
