"""Adding candidates, reviewers and dossiers to a panel from manifests (CSV or XLSX).

Each import reads and checks the whole manifest first; any error in it is raised as a
``ManifestError`` naming file, row and column, and nothing is written. Dossier PDFs are hashed,
counted and opened; a PDF that cannot be used is named in the report and its dossier left out,
the rest imported in one transaction. Column names: ``docs/manifests.md``.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import schema
from app.pdf.document_info import PdfProblem, inspect_pdf, sha256_file
from app.review.entities import CandidateRecord, Officer
from app.review.field_values import MAX_COUNT, shown
from app.review.ruleset import RuleSet, Source
from app.review.scoring import Role
from app.services.manifests import ManifestError, Row, read_manifest
from app.services.panel import Panel, audit, inserted_id
from app.services.progress import Progress

CANDIDATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("编号", "候选对象编号"),
    "name": ("名称", "候选对象", "候选对象名称"),
    "kind": ("类别", "候选类别"),
    "region": ("地区",),
    "parent": ("上级", "所属"),
    "officer_name": ("执法人员",),
    "officer_certificate": ("执法证号",),
}
REVIEWER_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("编号",),
    "name": ("姓名",),
    "role": ("角色", "评审类型"),
    "region": ("地区",),
    "unit": ("单位",),
}
DOSSIER_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("代码", "案卷代码"),
    "case_number": ("案卷编号",),
    "candidate": ("候选对象编号", "候选对象"),
    "type": ("案卷类型",),
    "source": ("来源", "案卷来源"),
    "title": ("案由", "案卷名称"),
    "region": ("地区",),
    "publicised": ("是否公开", "门户网站公开"),
    "closing_date": ("结案日期",),
    "decision_date": ("决定日期", "处罚决定日期", "文书印发日期", "印发日期"),
    "drawn_before": ("曾被抽查", "已被抽查"),
    "officers": ("承办人员", "办案人员"),
    "pdf": ("PDF", "PDF文件", "文件"),
}

ROLE_WORDS = {"expert": Role.EXPERT, "专家": Role.EXPERT, "专家评审": Role.EXPERT}
ROLE_WORDS |= {"cross": Role.CROSS, "交叉": Role.CROSS, "交叉评审": Role.CROSS}
SOURCE_WORDS = {"recommended": Source.RECOMMENDED, "推选": Source.RECOMMENDED, "推荐": Source.RECOMMENDED}
SOURCE_WORDS |= {
    "drawn": Source.DRAWN,
    "随机抽选": Source.DRAWN,
    "抽选": Source.DRAWN,
    "随机抽取": Source.DRAWN,
}


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (row label, code, detail)


def _lookup_code(row: Row, column: str, value: str, codes: dict[str, str], what: str) -> str:
    """A rule-set code given as the code itself or as its Chinese name."""
    if value in codes.values():
        return value
    if value in codes:
        return codes[value]
    raise row.error(column, f"unknown {what} {shown(value)}; known: {', '.join(sorted(codes.values()))}")


# ---------------------------------------------------------------------- candidates
def add_candidates(panel: Panel, manifest: str | Path, *, actor: str = "chair") -> ImportReport:
    rows = read_manifest(manifest, CANDIDATE_COLUMNS, ("id", "name", "kind"))
    ruleset = panel.ruleset
    _check_counted_columns(rows[0], ruleset)
    kinds = {k.name: k.code for k in ruleset.candidate_kinds}
    existing = {c.id: c for c in panel.candidates()}
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in rows:
        cid = row.name("id", "candidate id")
        if cid in seen:
            raise row.error("id", f"candidate {cid!r} appears twice in the manifest")
        seen.add(cid)
        kind_code = _lookup_code(row, "kind", row.required("kind"), kinds, "candidate kind")
        kind = ruleset.kind(kind_code)
        assert kind is not None
        attributes: dict[str, str] = {}
        events: dict[str, int] = {}
        for column in row.values:
            if column.startswith("attr:") and row.get(column):
                attributes[column[5:]] = str(row.points(column, maximum=MAX_COUNT))
            elif column.startswith("event:") and row.get(column):
                events[column[6:]] = row.count(column) or 0
        records.append(
            {
                "id": cid,
                "name": row.required("name"),
                "kind": kind_code,
                "level": kind.level,
                "region": row.get("region"),
                "parent_id": row.get("parent") or None,
                "officer_name": row.get("officer_name"),
                "officer_certificate": row.get("officer_certificate"),
                "attributes": attributes,
                "events": events,
                "_row": row,
            }
        )
    known = set(existing) | seen
    for record in records:
        parent = record["parent_id"]
        if parent and parent not in known:
            raise record["_row"].error("parent", f"unknown candidate {parent!r}")
    report = ImportReport()
    with panel.transaction() as conn:
        for record in sorted(records, key=lambda r: r["parent_id"] is not None):  # parents first
            record.pop("_row")
            old = existing.get(record["id"])
            if old is not None:
                before = _candidate_values(old)
                if before == {k: record[k] for k in before}:
                    report.unchanged.append(record["id"])
                    continue
                # A corrected manifest (a name, a parent, a self-check count): the new row wins, audited.
                conn.execute(
                    schema.candidates.update().where(schema.candidates.c.id == record["id"]).values(**record)
                )
                audit(conn, actor, "candidate.update", "candidate", record["id"], before, record)
                report.updated.append(record["id"])
                continue
            conn.execute(schema.candidates.insert().values(**record))
            audit(conn, actor, "candidate.add", "candidate", record["id"], None, record)
            report.added.append(record["id"])
    return report


def _check_counted_columns(row: Row, ruleset: RuleSet) -> None:
    """An ``attr:``/``event:`` column must be one the rule set reads, or its figures would count for
    nothing (a tie-break silently lost): the error names the column and the names the rule set knows."""
    for column in row.values:
        prefix, colon, name = column.partition(":")
        if prefix not in {"attr", "event"} or not colon:
            continue
        known = ruleset.known_attributes() if prefix == "attr" else ruleset.known_events()
        if name in known:
            continue
        what = "attribute" if prefix == "attr" else "event"
        listed = ", ".join(f"{prefix}:{code} ({label})" for code, label in sorted(known.items()))
        raise ManifestError(
            row.path,
            f"row 1, column {column}",
            f"rule set {ruleset.id} reads no {what} {name!r}; it knows: {listed or 'none'}",
        )


def _candidate_values(candidate: CandidateRecord) -> dict[str, Any]:
    """A stored candidate in the form ``add_candidates`` writes, to tell a changed row from the same."""
    return {
        "id": candidate.id,
        "name": candidate.name,
        "kind": candidate.kind,
        "level": candidate.level,
        "region": candidate.region,
        "parent_id": candidate.parent_id,
        "officer_name": candidate.officer_name,
        "officer_certificate": candidate.officer_certificate,
        "attributes": {k: str(v) for k, v in candidate.attributes.items()},
        "events": dict(candidate.events),
    }


# ---------------------------------------------------------------------- reviewers
def add_reviewers(panel: Panel, manifest: str | Path, *, actor: str = "chair") -> ImportReport:
    rows = read_manifest(manifest, REVIEWER_COLUMNS, ("id", "name", "role"))
    existing = {r.id: r for r in panel.reviewers()}
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in rows:
        rid = row.name("id", "reviewer id")
        if rid in seen:
            raise row.error("id", f"reviewer {rid!r} appears twice in the manifest")
        seen.add(rid)
        role = ROLE_WORDS.get(row.required("role").lower())
        if role is None:
            raise row.error("role", f"is {shown(row.get('role'))}; write expert or cross (专家/交叉)")
        old = existing.get(rid)
        if old is not None and old.role is not role:
            raise row.error("role", f"reviewer {rid!r} is already in the panel as {old.role.value}")
        records.append(
            {
                "id": rid,
                "name": row.required("name"),
                "role": role.value,
                "region": row.get("region"),
                "unit": row.get("unit"),
            }
        )
    report = ImportReport()
    with panel.transaction() as conn:
        for record in records:
            if record["id"] in existing:
                report.unchanged.append(record["id"])
                continue
            conn.execute(schema.reviewers.insert().values(**record))
            audit(conn, actor, "reviewer.add", "reviewer", record["id"], None, record)
            report.added.append(record["id"])
    return report


# ---------------------------------------------------------------------- dossiers
def parse_officers(row: Row, column: str) -> tuple[Officer, ...]:
    """``name:certificate:role|role; name:certificate`` — Chinese separators (；：) accepted."""
    text = row.get(column).replace("；", ";").replace("：", ":").replace("，", ";").replace("、", ";")
    officers = []
    for chunk in (c.strip() for c in text.split(";")):
        if not chunk:
            continue
        parts = [p.strip() for p in chunk.split(":")]
        if len(parts) > 3 or not parts[0]:
            raise row.error(column, f"cannot read officer {chunk!r}; write name:certificate:role|role")
        roles = tuple(r.strip() for r in parts[2].split("|") if r.strip()) if len(parts) == 3 else ()
        officers.append(Officer(parts[0], parts[1] if len(parts) > 1 else "", roles))
    return tuple(officers)


@dataclass
class _PlannedDossier:
    row: Row
    values: dict[str, Any]
    officers: tuple[Officer, ...]
    pdf: Path | None


def _plan_dossiers(panel: Panel, rows: Sequence[Row]) -> list[_PlannedDossier]:
    ruleset: RuleSet = panel.ruleset
    candidates = {c.id: c for c in panel.candidates()}
    types = {t.name: t.code for t in ruleset.dossier_types}
    with panel.engine.connect() as conn:
        taken = set(conn.execute(select(schema.dossiers.c.code)).scalars())
    planned: list[_PlannedDossier] = []
    first_row: dict[tuple[str, str, str, str], int] = {}  # (candidate, case number, type, source)
    for row in rows:
        case_number = row.required("case_number")
        candidate_id = row.required("candidate")
        candidate = candidates.get(candidate_id)
        if candidate is None:
            raise row.error(
                "candidate", f"unknown candidate {candidate_id!r}; add it with add-candidates first"
            )
        kind = ruleset.kind(candidate.kind)
        assert kind is not None
        type_code = _lookup_code(row, "type", row.required("type"), types, "dossier type")
        source = SOURCE_WORDS.get(row.required("source").lower())
        if source is None:
            raise row.error(
                "source", f"is {shown(row.get('source'))}; write recommended or drawn (推选/随机抽选)"
            )
        category = (candidate_id, case_number, type_code, source.value)
        if category in first_row:
            raise row.error(
                "case_number",
                f"repeats row {first_row[category]}: the same dossier "
                "(candidate, case number, type and source) twice",
            )
        first_row[category] = row.number
        code = (
            row.name("code", "dossier code")
            if row.get("code")
            else row.name(
                "case_number",
                "case number",
                case_number,
                hint="it is the dossier's code when none is given: give the dossier a code",
            )
        )
        if row.get("code") and code in {p.values["code"] for p in planned}:
            raise row.error("code", f"dossier code {code!r} appears twice in the manifest")
        pdf_text = row.get("pdf")
        pdf = (row.path.parent / pdf_text) if pdf_text else None
        closing_date, decision_date = row.date("closing_date"), row.date("decision_date")
        if closing_date and decision_date and decision_date > closing_date:
            raise row.error(
                "decision_date", f"is {decision_date}, after the closing date {closing_date}; check both"
            )
        planned.append(
            _PlannedDossier(
                row,
                {
                    "code": code,
                    "case_number": case_number,
                    "candidate_id": candidate_id,
                    "type": type_code,
                    "source": source.value,
                    "title": row.get("title"),
                    "region": row.get("region") or candidate.region,
                    "publicised": row.flag("publicised", True),
                    "closing_date": closing_date,
                    "decision_date": decision_date,
                    "drawn_before": row.flag("drawn_before", False),
                    "checklist_id": ruleset.checklist_for(kind),
                },
                parse_officers(row, "officers"),
                pdf,
            )
        )
    # Default codes: the case number, made unique where one case number is handed in twice
    # (that is itself reported by the composition check).
    used = set(taken)
    for plan in planned:
        code = plan.values["code"]
        if plan.row.get("code"):
            used.add(code)
            continue
        if code in used:
            n = 2
            while f"{code}#{n}" in used:
                n += 1
            code = f"{code}#{n}"
        plan.values["code"] = code
        used.add(code)
    return planned


def _same_dossier(conn: Any, values: dict[str, Any]) -> bool:
    row = conn.execute(
        select(schema.dossiers.c.id).where(
            schema.dossiers.c.candidate_id == values["candidate_id"],
            schema.dossiers.c.case_number == values["case_number"],
            schema.dossiers.c.type == values["type"],
            schema.dossiers.c.source == values["source"],
        )
    ).first()
    return row is not None


class _StoreWrites:
    """The PDFs one import puts into the panel's store, so a cancel or a failure can take them out.

    Files already in the store (another dossier's, the same PDF twice) are never touched; a copy is
    written under a ``.partial`` name and renamed, so no half-copied PDF has its final name.
    """

    def __init__(self, pdf_dir: Path) -> None:
        self.pdf_dir = pdf_dir
        self.files: list[Path] = []
        self.folders: list[Path] = []

    def copy(self, source: Path, stored: Path) -> None:
        target = self.pdf_dir / stored
        if target.exists():
            return
        if not target.parent.is_dir():
            target.parent.mkdir(parents=True)
            self.folders.append(target.parent)
        partial = target.with_suffix(".partial")
        try:
            shutil.copyfile(source, partial)
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        self.files.append(target)

    def undo(self) -> None:
        for path in reversed(self.files):
            path.unlink(missing_ok=True)
        for folder in reversed(self.folders):
            with contextlib.suppress(OSError):  # not empty after all: leave it
                folder.rmdir()
        self.files.clear()
        self.folders.clear()


def add_dossiers(
    panel: Panel, manifest: str | Path, *, progress: Progress | None = None, actor: str = "chair"
) -> ImportReport:
    rows = read_manifest(manifest, DOSSIER_COLUMNS, ("case_number", "candidate", "type", "source"))
    planned = _plan_dossiers(panel, rows)
    progress = progress or Progress()
    progress.start(len(planned), "pdf")
    report = ImportReport()
    ready: list[_PlannedDossier] = []
    with panel.engine.connect() as conn:
        fresh = [p for p in planned if not _same_dossier(conn, p.values)]
    for plan in planned:
        if plan not in fresh:
            report.unchanged.append(plan.values["code"])
    with panel.engine.connect() as conn:
        taken = set(conn.execute(select(schema.dossiers.c.code)).scalars())
    for plan in fresh:
        if plan.values["code"] in taken:  # only a given code can be taken: defaults avoid them
            raise plan.row.error(
                "code", f"dossier code {shown(plan.values['code'])} is already another dossier's"
            )
    store = _StoreWrites(panel.pdf_dir)
    try:
        for plan in fresh:
            label = f"row {plan.row.number} ({plan.values['case_number']})"
            if plan.pdf is not None:
                try:
                    info = inspect_pdf(plan.pdf)
                    digest = sha256_file(plan.pdf)
                except PdfProblem as problem:
                    report.refused.append((label, problem.code, str(plan.pdf)))
                    progress.advance()
                    continue
                stored = Path(digest[:2]) / f"{digest}.pdf"
                store.copy(plan.pdf, stored)
                plan.values |= {
                    "pdf_path": stored.as_posix(),
                    "sha256": digest,
                    "page_count": info.page_count,
                }
            ready.append(plan)
            progress.advance()
        progress.check()
        _insert_dossiers(panel, ready, actor, report)
    except BaseException:
        store.undo()  # cancelled or failed: the store is as it was, like the database
        raise
    return report


def _insert_dossiers(panel: Panel, ready: list[_PlannedDossier], actor: str, report: ImportReport) -> None:
    """Write the planned dossiers in one transaction (all or none)."""
    with panel.transaction() as conn:
        for plan in ready:
            dossier_id = inserted_id(conn.execute(schema.dossiers.insert().values(**plan.values)))
            if plan.officers:
                conn.execute(
                    schema.dossier_officers.insert(),
                    [
                        {
                            "dossier_id": dossier_id,
                            "position": i,
                            "name": o.name,
                            "certificate": o.certificate,
                            "roles": ",".join(o.roles),
                        }
                        for i, o in enumerate(plan.officers)
                    ],
                )
            audit(conn, actor, "dossier.add", "dossier", plan.values["code"], None, plan.values)
            report.added.append(plan.values["code"])


__all__ = ["ImportReport", "ManifestError", "add_candidates", "add_dossiers", "add_reviewers"]
