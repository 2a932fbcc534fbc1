"""Reviewer packages (chair side): one encrypted, signed ``.dppkg`` per reviewer, and its passphrase.

Every package gets a fresh passphrase (``app.exchange.crypto.new_passphrase``: printed on the
reviewer's slip, kept in the chair's panel to print the slip again) and a fresh Ed25519 key pair
for the reviewer's files; the manifest is signed with the panel's key
(``app.services.panel_keys``) and everything is sealed under the passphrase
(``app.exchange.sealed_package``). Only the assigned dossiers' PDFs go in.

Each reviewer also has a secret (32 random bytes, hex; ``meta`` key ``reviewer_secret:<id>``) made
the first time they are packaged: it keys the opaque candidate tokens of a blind panel, stable
across packages, and never leaves the chair's panel (version-1 packages carried it as the HMAC key
of the reviewer's files; the merge still checks such files with it).

A package is written under a ``.partial`` name and renamed when complete; any problem with any
reviewer's dossiers (no PDF, PDF changed on disk) is raised before a package is renamed into place.
"""

from __future__ import annotations

import os
import secrets
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from app.exchange import crypto
from app.exchange.errors import ExchangeError
from app.exchange.package_format import (
    PACKAGE_FORMAT,
    PACKAGE_SUFFIX,
    PACKAGE_VERSION,
    CandidatePart,
    DossierPart,
    FilePart,
    PackageManifest,
    PanelKeyPart,
    PanelPart,
    ReviewerKeyPart,
    ReviewerPart,
    SnapshotPart,
    candidate_token,
    manifest_bytes,
    pdf_entry,
    signed_bytes,
)
from app.exchange.safe_names import check_name, file_name_part
from app.exchange.sealed_package import write_sealed_package
from app.models import schema
from app.services.clock import utc_now
from app.services.panel import Panel, ReviewerRecord, audit
from app.services.panel_keys import PanelKey, meta_by_prefix, panel_key, record_package
from app.services.progress import Progress

SECRET_PREFIX = "reviewer_secret:"


def secret_key(reviewer_id: str) -> str:
    return SECRET_PREFIX + reviewer_id


def reviewer_secrets(conn: Connection) -> dict[str, str]:
    """Every packaged reviewer's secret, by reviewer id."""
    return meta_by_prefix(conn, SECRET_PREFIX)


def ensure_secrets(conn: Connection, reviewer_ids: list[str], actor: str) -> dict[str, str]:
    """The reviewers' secrets, making the missing ones (inside the caller's transaction)."""
    known = reviewer_secrets(conn)
    fresh = {rid: secrets.token_hex(32) for rid in reviewer_ids if rid not in known}
    if fresh:
        conn.execute(schema.meta.insert(), [{"key": secret_key(r), "value": s} for r, s in fresh.items()])
        for rid in fresh:  # the secret itself never goes into the audit log
            audit(conn, actor, "package.secret", "reviewer", rid, None, "created")
    return known | fresh


def package_name(reviewer: ReviewerRecord) -> str:
    return f"{file_name_part(reviewer.id)}-{file_name_part(reviewer.name)}{PACKAGE_SUFFIX}"


def _assigned(conn: Connection) -> dict[str, list[int]]:
    by_reviewer: dict[str, list[int]] = defaultdict(list)
    for reviewer_id, dossier_id in conn.execute(
        select(schema.assignments.c.reviewer_id, schema.assignments.c.dossier_id).order_by(
            schema.assignments.c.reviewer_id, schema.assignments.c.dossier_id
        )
    ):
        by_reviewer[reviewer_id].append(dossier_id)
    return by_reviewer


def _panel_part(panel: Panel) -> PanelPart:
    info = panel.info
    return PanelPart(
        id=info.id,
        title=info.title,
        ruleset_id=info.ruleset_id,
        campaign_start=info.campaign_start,
        campaign_end=info.campaign_end,
        expert_aggregation=info.expert_aggregation.value,
        cross_aggregation=info.cross_aggregation.value,
        disagreement_threshold=format(info.disagreement_threshold, "f"),
        created_at=info.created_at,
    )


def build_manifest(
    panel: Panel,
    reviewer: ReviewerRecord,
    secret: str,
    dossier_rows: list[Any],
    candidates: Mapping[str, Any],
    snapshots: tuple[SnapshotPart, ...],
    keys: tuple[PanelKey, str],
) -> PackageManifest:
    """``secret`` keys the blind tokens; ``keys``: the panel's key and the reviewer's new private key."""
    blind = panel.info.blind

    def ref(candidate_id: str) -> str:
        return candidate_token(secret, candidate_id) if blind else candidate_id

    used = sorted({row["candidate_id"] for row in dossier_rows})
    candidate_parts = tuple(
        CandidatePart(
            ref=ref(cid),
            name=None if blind else candidates[cid]["name"],
            kind=candidates[cid]["kind"],
            level=candidates[cid]["level"],
            region=None if blind else candidates[cid]["region"],
        )
        for cid in used
    )
    # each PDF once (the store is content-addressed: dossiers sharing a hash share the file)
    files: dict[str, FilePart] = {}
    for row in dossier_rows:
        entry = pdf_entry(row["sha256"])
        if entry not in files:
            size = (panel.pdf_dir / row["pdf_path"]).stat().st_size
            files[entry] = FilePart(name=entry, sha256=row["sha256"], size=size)
    dossier_parts = tuple(
        DossierPart(
            code=row["code"],
            case_number=row["case_number"],
            candidate=ref(row["candidate_id"]),
            type=row["type"],
            source=row["source"],
            title=None if blind else row["title"],
            region=None if blind else row["region"],
            closing_date=row["closing_date"],
            checklist_id=row["checklist_id"],
            checklist_hash=panel.checklist(row["checklist_id"]).content_hash,
            page_count=row["page_count"],
            sha256=row["sha256"],
            size=files[pdf_entry(row["sha256"])].size,
            pdf=pdf_entry(row["sha256"]),
        )
        for row in dossier_rows
    )
    panel_signing, reviewer_private = keys
    return PackageManifest(
        format=PACKAGE_FORMAT,
        version=PACKAGE_VERSION,
        created_at=utc_now(),
        blind=blind,
        panel=_panel_part(panel),
        reviewer=ReviewerPart(id=reviewer.id, name=reviewer.name, role=reviewer.role.value),
        panel_key=PanelKeyPart(public_key=panel_signing.public_key, fingerprint=panel_signing.fingerprint),
        reviewer_key=ReviewerKeyPart(
            public_key=crypto.public_key(reviewer_private), private_key=reviewer_private
        ),
        files=tuple(files.values()),
        snapshots=snapshots,
        candidates=candidate_parts,
        dossiers=dossier_parts,
    )


def _check_names(panel: Panel, reviewer: ReviewerRecord, rows: list[Any]) -> None:
    """Every id the package carries must be a safe name, or the reviewer's laptop would refuse it."""
    check_name(panel.info.id, "panel id", panel.path)
    check_name(panel.info.ruleset_id, "rule set id", panel.path)
    check_name(reviewer.id, "reviewer id", panel.path)
    for row in rows:
        code = row["code"]
        check_name(code, "dossier code", panel.path, dossier=code)
        check_name(row["candidate_id"], "candidate id", panel.path, dossier=code)
        check_name(row["checklist_id"], "checklist id", panel.path, dossier=code)


def _check_pdfs(panel: Panel, reviewer: ReviewerRecord, rows: list[Any]) -> None:
    for row in rows:
        if not row["pdf_path"] or not row["sha256"] or not row["page_count"]:
            raise ExchangeError("no_pdf", panel.path, f"reviewer {reviewer.id}", dossier=row["code"])
        if not (panel.pdf_dir / row["pdf_path"]).is_file():
            raise ExchangeError(
                "pdf_missing", panel.pdf_dir / row["pdf_path"], f"reviewer {reviewer.id}", dossier=row["code"]
            )


def _write_package(
    panel: Panel,
    target: Path,
    manifest: PackageManifest,
    rows: list[Any],
    signing: PanelKey,
    passphrase: str,
    kdf: crypto.KdfParams,
) -> None:
    raw = manifest_bytes(manifest)
    signature = crypto.sign_bytes(signing.private_key, signed_bytes(raw))
    codes = {pdf_entry(row["sha256"]): (row["code"], panel.pdf_dir / row["pdf_path"]) for row in rows}
    files = [(part, codes[part.name][1], codes[part.name][0]) for part in manifest.files]
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as handle:
            write_sealed_package(handle, passphrase, raw, signature, files, kdf=kdf)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def build_packages(
    panel: Panel,
    out_dir: str | Path,
    progress: Progress | None = None,
    *,
    reviewer_ids: list[str] | None = None,
    actor: str = "chair",
    kdf: crypto.KdfParams | None = None,
) -> list[tuple[ReviewerRecord, Path]]:
    """One package per reviewer with dossiers assigned (or the ``reviewer_ids`` given); returns who
    gets which file (each package's passphrase: ``app.services.panel_keys.passphrases``). Raises
    ``ExchangeError`` (no_assignments, no_pdf, pdf_missing, pdf_changed, unknown_reviewer,
    no_panel_key) naming the dossier; packages already renamed into place stay valid. ``kdf``:
    scrypt's cost (default ``crypto.DEFAULT_KDF``; tests pass cheap ones)."""
    kdf = kdf or crypto.DEFAULT_KDF
    out = Path(out_dir)
    progress = progress or Progress()
    reviewers = {r.id: r for r in panel.reviewers()}
    with panel.engine.connect() as conn:
        assigned = _assigned(conn)
        dossiers = {row["id"]: row for row in conn.execute(select(schema.dossiers)).mappings()}
        candidates = {row["id"]: row for row in conn.execute(select(schema.candidates)).mappings()}
        snapshots = tuple(
            SnapshotPart(
                kind=row["kind"],
                ref_id=row["ref_id"],
                version=row["version"],
                content_hash=row["content_hash"],
                content=row["content"],
            )
            for row in conn.execute(
                select(schema.snapshots).order_by(schema.snapshots.c.kind, schema.snapshots.c.ref_id)
            ).mappings()
        )
    wanted = sorted(assigned) if reviewer_ids is None else list(reviewer_ids)
    for rid in wanted:
        if rid not in reviewers:
            raise ExchangeError("unknown_reviewer", panel.path, rid)
        if not assigned.get(rid):
            raise ExchangeError("no_assignments", panel.path, f"reviewer {rid}")
    if not wanted:
        raise ExchangeError("no_assignments", panel.path, "no dossier is assigned to any reviewer")
    plans = []
    for rid in wanted:
        rows = sorted((dossiers[d] for d in assigned[rid]), key=lambda r: r["code"])
        _check_names(panel, reviewers[rid], rows)
        _check_pdfs(panel, reviewers[rid], rows)
        plans.append((reviewers[rid], rows))
    with panel.transaction() as conn:
        keys = ensure_secrets(conn, wanted, actor)
        signing = panel_key(conn)
    out.mkdir(parents=True, exist_ok=True)
    progress.start(len(plans), "package")
    built: list[tuple[ReviewerRecord, Path]] = []
    logged: list[dict[str, Any]] = []
    for reviewer, rows in plans:
        progress.check()
        reviewer_private = crypto.new_signing_key()
        manifest = build_manifest(
            panel, reviewer, keys[reviewer.id], rows, candidates, snapshots, (signing, reviewer_private)
        )
        passphrase = crypto.new_passphrase(signing.fingerprint)
        target = out / package_name(reviewer)
        _write_package(panel, target, manifest, rows, signing, passphrase, kdf)
        # recorded as each package lands: a package renamed into place can always be merged from
        assert manifest.reviewer_key is not None  # build_manifest always sets it
        reviewer_public = manifest.reviewer_key.public_key
        with panel.transaction() as conn:
            record_package(conn, reviewer.id, reviewer_public, passphrase, manifest.created_at)
        built.append((reviewer, target))
        logged.append(
            {
                "reviewer": reviewer.id,
                "file": target.name,
                "dossiers": [r["code"] for r in rows],
                "reviewer_key": crypto.fingerprint(reviewer_public),
            }
        )
        progress.advance()
    with panel.transaction() as conn:
        for entry in logged:
            audit(conn, actor, "package.build", "reviewer", entry["reviewer"], None, entry)
    return built
