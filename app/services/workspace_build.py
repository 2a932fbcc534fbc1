"""Building a reviewer's workspace from a package: checks, unpacking, the panel rows, carried-over work.

``app.services.workspace.open_package`` calls these inside a temporary folder; nothing here renames
anything into place. Carrying work over from an existing workspace keeps everything a reviewer
entered: reviews of dossiers still in the package are copied with their deductions (same uids),
vetoes and item marks; a review whose dossier now has another checklist or another PDF is reopened
(status ``in_progress``, logged as ``workspace.review_reopened``) so the reviewer looks at it again
before it counts; a review of a dossier the package no longer holds is written whole into the history
(``workspace.review_removed``), which travels to the chair in every later reviewer file. The history
itself is copied with its ids, so it stays one increasing sequence.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from app.exchange.errors import ExchangeError
from app.exchange.package_format import MANIFEST_NAME, PackageManifest
from app.exchange.safe_names import safe_join
from app.exchange.safe_zip import DEFAULT_LIMITS, ZipLimits, copy_entry
from app.models import schema
from app.models.database import PanelFileError, create_panel_file, open_panel_file, write_transaction
from app.pdf.document_info import inspect_pdf
from app.pdf.records import PdfProblem
from app.review.checklist import checklist_from_snapshot
from app.review.ruleset import ruleset_from_snapshot
from app.services.clock import utc_now
from app.services.panel import audit, inserted_id
from app.services.progress import Progress
from app.services.scores import review_snapshot
from app.services.workspace_keys import PANEL_PUBLIC


def check_manifest(manifest: PackageManifest, names: set[str], package: Path) -> None:
    """Snapshots match their hashes, dossiers their checklists, every PDF is there and nothing else."""
    rulesets = [s for s in manifest.snapshots if s.kind == "ruleset"]
    if len(rulesets) != 1:
        raise ExchangeError("invalid_manifest", package, "exactly one rule set snapshot expected")
    # A snapshot's hash is the hash of its text as the panel stored it. It is not compared with the hash
    # of the text re-made by this version's model: a field added since the panel was created (with its
    # default) changes that text, and every package of a panel made by an earlier version would be refused.
    for snap in manifest.snapshots:
        if hashlib.sha256(snap.content.encode("utf-8")).hexdigest() != snap.content_hash:
            kind = "rule set" if snap.kind == "ruleset" else snap.kind
            raise ExchangeError("snapshot_mismatch", package, f"{kind} {snap.ref_id}")
    try:
        ruleset = ruleset_from_snapshot(rulesets[0].content)
        checklists = {
            s.ref_id: checklist_from_snapshot(s.content) for s in manifest.snapshots if s.kind == "checklist"
        }
    except ValueError as exc:
        raise ExchangeError("invalid_manifest", package, str(exc)) from None
    candidates = {c.ref for c in manifest.candidates}
    codes: set[str] = set()
    for dossier in manifest.dossiers:
        if dossier.code in codes:
            raise ExchangeError("invalid_manifest", package, "dossier listed twice", dossier=dossier.code)
        codes.add(dossier.code)
        checklist = checklists.get(dossier.checklist_id)
        if (
            checklist is None
            or checklist.with_vetoes(ruleset.active_vetoes).content_hash != dossier.checklist_hash
        ):
            raise ExchangeError("checklist_mismatch", package, dossier.checklist_id, dossier=dossier.code)
        if dossier.candidate not in candidates:
            raise ExchangeError("invalid_manifest", package, "unknown candidate", dossier=dossier.code)
        if dossier.pdf not in names:
            raise ExchangeError("pdf_missing", package, dossier.pdf, dossier=dossier.code)
    expected = {MANIFEST_NAME} | {d.pdf for d in manifest.dossiers}
    extra = sorted(names - expected)
    if extra:
        raise ExchangeError("unexpected_entry", package, repr(extra[0]))


def check_pdf_sizes(
    by_entry: dict[str, list[Any]], entries: dict[str, Any], package: Path, limits: ZipLimits
) -> None:
    """A PDF entry must unpack to the size the manifest declares (``pdf_size_mismatch``), checked
    before anything is unpacked. A package from before manifests declared sizes has PDFs held to the
    compression ratio the other entries are held to (``compression_ratio``): this program stores PDFs."""
    for entry, dossiers in by_entry.items():
        info = entries[entry]
        for dossier in dossiers:
            if dossier.size is not None and info.file_size != dossier.size:
                raise ExchangeError(
                    "pdf_size_mismatch",
                    package,
                    f"{entry}: {info.file_size} bytes in the archive, the manifest says {dossier.size}",
                    dossier=dossier.code,
                )
        if dossiers[0].size is None and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise ExchangeError(
                "compression_ratio",
                package,
                f"{entry!r} unpacks {info.compress_size} bytes to {info.file_size} (limit {limits.ratio}x)",
                dossier=dossiers[0].code,
            )


def unpack_pdfs(
    archive: Any,
    entries: dict[str, Any],
    manifest: PackageManifest,
    package: Path,
    pdf_dir: Path,
    progress: Progress,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> None:
    """Each PDF unpacked once, its SHA-256 and page count checked against every dossier using it.

    Every PDF's size is checked against the manifest before the first byte is written (see
    ``check_pdf_sizes``), and unpacking stops at that size.
    """
    by_entry: dict[str, list[Any]] = {}
    for dossier in manifest.dossiers:
        by_entry.setdefault(dossier.pdf, []).append(dossier)
    check_pdf_sizes(by_entry, entries, package, limits)
    progress.start(len(by_entry), "pdf")
    for entry, dossiers in by_entry.items():
        progress.check()
        first = dossiers[0]
        target = safe_join(pdf_dir, first.sha256[:2], f"{first.sha256}.pdf", where=package)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = copy_entry(archive, entries[entry], package, target, first.size)
        for dossier in dossiers:  # the hash first: a PDF that is not the chair's is never parsed
            if digest != dossier.sha256:
                raise ExchangeError(
                    "pdf_mismatch", package, f"{entry}: SHA-256 {digest}", dossier=dossier.code
                )
        try:
            pages = inspect_pdf(target).page_count
        except PdfProblem as problem:
            raise ExchangeError("pdf_unreadable", package, problem.code.value, dossier=first.code) from None
        for dossier in dossiers:
            if pages != dossier.page_count:
                raise ExchangeError(
                    "page_count_mismatch",
                    package,
                    f"{pages} pages, manifest says {dossier.page_count}",
                    dossier=dossier.code,
                )
        progress.advance()


def build_workspace(
    path: Path,
    manifest: PackageManifest,
    previous: Path | None,
    package: Path,
    *,
    sealed_key: dict[str, str] | None = None,
) -> None:
    """``sealed_key``: the ``meta`` entries of a protected package's keys
    (``workspace_keys.sealed_signing_key``); without them the workspace is read-only."""
    engine = create_panel_file(path)
    try:
        with write_transaction(engine) as conn:
            dossier_ids = _fill(conn, manifest)
            sequence = 1
            if previous is not None:
                old_engine = _open_previous(previous)
                try:
                    sequence = carry_over(old_engine, conn, manifest, dossier_ids, package, sealed_key)
                finally:
                    old_engine.dispose()
            meta = {
                "role": "reviewer",
                "reviewer_id": manifest.reviewer.id,
                "panel_id": manifest.panel.id,
                "next_export_sequence": str(sequence),
                "package_created_at": manifest.created_at.isoformat(),
                "package_version": str(manifest.version),
            } | (sealed_key or {})
            conn.execute(schema.meta.insert(), [{"key": k, "value": v} for k, v in meta.items()])
            audit(
                conn,
                manifest.reviewer.id,
                "workspace.open",
                "package",
                package.name,
                None,
                {"dossiers": sorted(dossier_ids), "package_created_at": manifest.created_at.isoformat()},
            )
    finally:
        engine.dispose()


def _open_previous(previous: Path) -> Engine:
    try:
        return open_panel_file(previous)
    except PanelFileError as exc:
        raise ExchangeError("workspace_unreadable", previous, exc.code) from None


def _fill(conn: Connection, manifest: PackageManifest) -> dict[str, int]:
    """The panel rows a workspace holds; returns dossier code → row id."""
    panel = manifest.panel
    conn.execute(
        schema.panel.insert().values(
            id=panel.id,
            title=panel.title,
            ruleset_id=panel.ruleset_id,
            campaign_start=panel.campaign_start,
            campaign_end=panel.campaign_end,
            expert_aggregation=panel.expert_aggregation,
            cross_aggregation=panel.cross_aggregation,
            disagreement_threshold=panel.disagreement_threshold,
            blind=manifest.blind,
            created_at=panel.created_at,
        )
    )
    conn.execute(
        schema.snapshots.insert(),
        [
            s.model_dump(include={"kind", "ref_id", "version", "content_hash", "content"})
            for s in manifest.snapshots
        ],
    )
    conn.execute(
        schema.candidates.insert(),
        [
            {
                "id": c.ref,
                "name": c.name if c.name is not None else c.ref,
                "kind": c.kind,
                "level": c.level,
                "region": c.region or "",
                "attributes": {},
                "events": {},
            }
            for c in manifest.candidates
        ],
    )
    conn.execute(
        schema.dossiers.insert(),
        [
            {
                "code": d.code,
                "case_number": d.case_number,
                "candidate_id": d.candidate,
                "type": d.type,
                "source": d.source,
                "title": d.title or "",
                "region": d.region or "",
                "publicised": True,
                "closing_date": d.closing_date,
                "pdf_path": f"{d.sha256[:2]}/{d.sha256}.pdf",
                "sha256": d.sha256,
                "page_count": d.page_count,
                "checklist_id": d.checklist_id,
            }
            for d in manifest.dossiers
        ],
    )
    ids = dict(conn.execute(select(schema.dossiers.c.code, schema.dossiers.c.id)).all())
    reviewer = manifest.reviewer
    conn.execute(schema.reviewers.insert().values(id=reviewer.id, name=reviewer.name, role=reviewer.role))
    now = utc_now()
    conn.execute(
        schema.assignments.insert(),
        [{"reviewer_id": reviewer.id, "dossier_id": i, "created_at": now} for i in ids.values()],
    )
    return ids


# ---------------------------------------------------------------------- carrying work over
def carry_over(
    old: Engine,
    conn: Connection,
    manifest: PackageManifest,
    dossier_ids: dict[str, int],
    package: Path,
    sealed_key: dict[str, str] | None = None,
) -> int:
    """Copy the old workspace's work into ``conn``'s new one; returns the next export sequence."""
    with old.connect() as src:
        meta = dict(src.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
        if meta.get("role") != "reviewer":
            raise ExchangeError("workspace_unreadable", package, "the folder holds something else")
        if meta.get("panel_id") != manifest.panel.id or meta.get("reviewer_id") != manifest.reviewer.id:
            raise ExchangeError(
                "other_workspace",
                package,
                f"the workspace belongs to panel {meta.get('panel_id')} / reviewer {meta.get('reviewer_id')}",
            )
        known_key = meta.get(PANEL_PUBLIC)
        if known_key is not None and sealed_key is None:
            raise ExchangeError(
                "unprotected_package", package, "the workspace was built from a protected package"
            )
        if known_key is not None and sealed_key is not None and known_key != sealed_key[PANEL_PUBLIC]:
            raise ExchangeError(
                "other_panel_key", package, "signed by another key than the workspace's earlier package"
            )
        built_from = datetime.fromisoformat(meta["package_created_at"])
        if manifest.created_at < built_from:
            raise ExchangeError(
                "older_package",
                package,
                f"the workspace was built from a package of {built_from.isoformat()}",
            )
        history = [
            dict(row)
            for row in src.execute(select(schema.audit_log).order_by(schema.audit_log.c.id)).mappings()
        ]
        if history:
            conn.execute(schema.audit_log.insert(), history)
        _copy_reviews(src, conn, manifest, dossier_ids)
    return int(meta.get("next_export_sequence", "1"))


def _copy_reviews(
    src: Connection, conn: Connection, manifest: PackageManifest, dossier_ids: dict[str, int]
) -> None:
    reviewer_id = manifest.reviewer.id
    new_dossiers = {d.code: d for d in manifest.dossiers}
    r, d = schema.reviews, schema.dossiers
    rows = (
        src.execute(select(r, d.c.code, d.c.sha256.label("pdf_sha256")).join(d).order_by(d.c.code))
        .mappings()
        .all()
    )
    for row in rows:
        code = row["code"]
        entity_id = f"{row['reviewer_id']}/{code}"
        if code not in dossier_ids:
            old = review_snapshot(src, row["id"]) | {"status": row["status"], "note": row["note"]}
            old["marks"] = [
                [m.item_id, bool(m.visited), m.note]
                for m in src.execute(
                    select(schema.item_marks).where(schema.item_marks.c.review_id == row["id"])
                )
            ]
            audit(conn, reviewer_id, "workspace.review_removed", "review", entity_id, old, None)
            continue
        target = new_dossiers[code]
        changed = [
            what
            for what, same in (
                ("checklist", row["checklist_hash"] == target.checklist_hash),
                ("pdf", row["pdf_sha256"] == target.sha256),
            )
            if not same
        ]
        values: dict[str, Any] = {
            k: row[k]
            for k in (
                "reviewer_id",
                "status",
                "note",
                "origin",
                "file_sequence",
                "updated_at",
                "completed_at",
            )
        }
        values |= {"dossier_id": dossier_ids[code], "checklist_hash": target.checklist_hash}
        if changed and values["status"] == "complete":
            values |= {"status": "in_progress", "completed_at": None}
        review_id = inserted_id(conn.execute(r.insert().values(**values)))
        if changed:
            audit(
                conn,
                reviewer_id,
                "workspace.review_reopened",
                "review",
                entity_id,
                row["status"],
                {"changed": changed},
            )
        _copy_children(src, conn, row["id"], review_id)


def _copy_children(src: Connection, conn: Connection, old_id: int, new_id: int) -> None:
    for table in (schema.deductions, schema.review_vetoes, schema.item_marks):
        rows = [
            {k: v for k, v in dict(row).items() if k != "id"} | {"review_id": new_id}
            for row in src.execute(select(table).where(table.c.review_id == old_id)).mappings()
        ]
        if rows:
            conn.execute(table.insert(), rows)
