"""The reviewer's workspace: a package opened on the reviewer's laptop, and what is sent back.

A workspace is a folder holding ``workspace.dpanel`` — a panel file in the ordinary format, so the
same ``Panel`` and ``ReviewService`` and the same windows work on it — and its PDF folder. It holds
only the reviewer, their dossiers and PDFs, and in ``meta``: ``role=reviewer``, ``reviewer_id``,
``panel_id``, ``next_export_sequence``, ``package_created_at``, and — from a protected package — the
panel's public key and the reviewer's signing key sealed under the package's passphrase
(``app.services.workspace_keys``), so a copy of the workspace cannot sign a reviewer file.

Opening a package is atomic: everything is unpacked and checked in a temporary folder beside the
workspace and renamed into place at the end, so a refused or interrupted package leaves nothing
half-written and an earlier workspace as it was. Opening a *newer* package of the same panel and
reviewer keeps the reviewer's work: reviews of dossiers still in the package are carried over
(reopened if the dossier's checklist or PDF changed), reviews of dossiers the package no longer
holds are written to the history (``workspace.review_removed``, with the whole review), the
history and the export sequence continue. An older package than the one the workspace was built
from is refused. Exporting writes the reviewer file (``app.exchange.reviewer_file``) and moves the
sequence on, in one transaction with the write.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from app import paths
from app.exchange.crypto import fingerprint
from app.exchange.errors import ExchangeError
from app.exchange.package_format import (
    MANIFEST_LIMIT,
    MANIFEST_NAME,
    PackageManifest,
    parse_manifest,
)
from app.exchange.reviewer_file import sign_with_key
from app.exchange.safe_names import check_name, safe_join
from app.exchange.safe_zip import (
    DEFAULT_LIMITS,
    ZipLimits,
    check_entries,
    open_archive,
    read_entry,
)
from app.exchange.sealed_package import SealedPackage
from app.exchange.sealed_stream import is_sealed
from app.models import schema
from app.models.database import PanelFileError
from app.models.locking import PanelLock, PanelLocked, Writer, command
from app.services.clock import utc_now
from app.services.panel import Panel, audit
from app.services.progress import Progress
from app.services.scores import ScoresReport, import_scores
from app.services.workspace_build import build_workspace, check_manifest, unpack_pdfs
from app.services.workspace_keys import (
    PANEL_PUBLIC,
    SIGNING_KEY,
    sealed_signing_key,
    unlock_signing_key,
    unpack_sealed_pdfs,
    verify_sealed_manifest,
)

WORKSPACE_FILE = "workspace.dpanel"
HOME_VARIABLE = paths.HOME_VARIABLE


def default_workspace_dir() -> Path:
    """Where workspaces go unless told: ``$DOSSIER_PANEL_HOME/workspaces`` or the user data folder."""
    return paths.workspaces_dir()


def workspace_file(path: str | Path) -> Path:
    """A workspace given as its folder or as its ``workspace.dpanel``."""
    p = Path(path)
    return p / WORKSPACE_FILE if p.is_dir() else p


def workspace_folder_name(manifest: PackageManifest) -> str:
    """``<first 8 characters of the panel id>-<reviewer id>``, both checked safe names."""
    panel_id = check_name(manifest.panel.id, "panel.id")
    return f"{panel_id[:8]}-{check_name(manifest.reviewer.id, 'reviewer.id')}"


def read_meta(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())


def open_workspace(path: str | Path, *, writer: Writer | None = None) -> tuple[Panel, dict[str, str]]:
    """The workspace's panel and its meta; ``not_a_workspace`` for a chair's panel or another file.

    ``writer``: hold the workspace's lock until the panel is closed (``PanelLocked`` if a window or
    another command has it)."""
    file = workspace_file(path)
    try:
        panel = Panel.open(file, writer=writer)
    except PanelLocked:
        raise
    except PanelFileError as exc:
        raise ExchangeError("not_a_workspace", file, exc.code) from None
    with panel.engine.connect() as conn:
        meta = read_meta(conn)
    if meta.get("role") != "reviewer":
        panel.close()
        raise ExchangeError("not_a_workspace", file, "a chair's panel, not a reviewer's workspace")
    return panel, meta


# ---------------------------------------------------------------------- opening a package
def package_is_protected(package_path: str | Path) -> bool:
    """A version-2 package (encrypted, signed: needs its passphrase); else an old plain zip."""
    try:
        return is_sealed(Path(package_path))
    except OSError as exc:
        raise ExchangeError("unreadable", package_path, exc.strerror or str(exc)) from None


def is_read_only(meta: dict[str, str]) -> bool:
    """A workspace built from an old, unprotected package: the reviewer reads, but cannot score or
    export (docs/security.md: such a package may have been forged by anyone who handled it)."""
    return meta.get("role") == "reviewer" and SIGNING_KEY not in meta


def open_package(
    package_path: str | Path,
    workspace_dir: str | Path | None = None,
    *,
    passphrase: str | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> Path:
    """Unpack and check a package into the reviewer's workspace; returns the workspace's panel file.

    A protected package needs its ``passphrase`` (``passphrase_required``, ``bad_passphrase``,
    ``wrong_passphrase``); an old unprotected one opens into a read-only workspace (``is_read_only``).
    Raises ``ExchangeError`` (codes in docs/exchange-formats.md) and changes nothing on any problem.
    """
    package = Path(package_path)
    root = Path(workspace_dir) if workspace_dir is not None else default_workspace_dir()
    progress = progress or Progress()
    if package.is_file() and package_is_protected(package):
        if passphrase is None:
            raise ExchangeError("passphrase_required", package)
        return _open_sealed(package, root, passphrase, limits, progress)
    with open_archive(package, limits) as archive:
        entries = check_entries(archive, package, limits)
        if MANIFEST_NAME not in entries:
            raise ExchangeError("no_manifest", package)
        manifest = parse_manifest(
            read_entry(archive, entries[MANIFEST_NAME], package, MANIFEST_LIMIT), package
        )
        check_manifest(manifest, set(entries), package)

        def fill(staging: Path, previous: Path | None) -> None:
            pdfs = (staging / WORKSPACE_FILE).with_suffix(".pdfs")
            unpack_pdfs(archive, entries, manifest, package, pdfs, progress, limits)
            build_workspace(staging / WORKSPACE_FILE, manifest, previous, package)

        return _install(root, manifest, package, fill)


def _open_sealed(package: Path, root: Path, passphrase: str, limits: ZipLimits, progress: Progress) -> Path:
    """A version-2 package: decrypted chunk by chunk, its signature and every file checked."""
    with SealedPackage(package, passphrase) as sealed:
        manifest = verify_sealed_manifest(sealed, passphrase, limits)
        check_manifest(manifest, {f.name for f in manifest.files}, package)

        def fill(staging: Path, previous: Path | None) -> None:
            pdfs = (staging / WORKSPACE_FILE).with_suffix(".pdfs")
            unpack_sealed_pdfs(sealed, manifest, package, pdfs, progress)
            sealed.check_end()  # the last chunk read, authenticated and flagged last
            keys = sealed_signing_key(sealed, manifest)
            build_workspace(staging / WORKSPACE_FILE, manifest, previous, package, sealed_key=keys)

        return _install(root, manifest, package, fill)


def _install(
    root: Path, manifest: PackageManifest, package: Path, fill: Callable[[Path, Path | None], None]
) -> Path:
    """Build the workspace in a temporary folder beside its place (``fill``), then swap it in."""
    root.mkdir(parents=True, exist_ok=True)
    final = safe_join(root, workspace_folder_name(manifest), where=package)
    _recover(final)
    if final.exists() and not (final / WORKSPACE_FILE).is_file() and any(final.iterdir()):
        raise ExchangeError("workspace_unreadable", final, "the folder holds something else; left untouched")
    # the workspace being renewed must not be open in a window (its writes would be lost)
    lock = PanelLock.acquire(final / WORKSPACE_FILE, command("review open")) if final.exists() else None
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.partial-", dir=root))
        try:
            previous = final / WORKSPACE_FILE if (final / WORKSPACE_FILE).exists() else None
            fill(staging, previous)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        if lock is not None and sys.platform == "win32":
            lock.release()  # Windows renames no folder with a file open inside it
        _swap(staging, final)
    finally:
        if lock is not None:
            lock.release()
    return final / WORKSPACE_FILE


def _recover(final: Path) -> None:
    """A crash between the two renames of ``_swap`` leaves the old workspace under its ``.old`` name."""
    if final.exists():
        return
    # escaped: safe names may hold [ ] (苏环罚[2016]…), which glob would read as a set of characters
    olds = sorted(final.parent.glob(f".{glob.escape(final.name)}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds:
        olds[-1].replace(final)


def _swap(staging: Path, final: Path) -> None:
    if not final.exists():
        staging.replace(final)
        return
    old = final.with_name(f".{final.name}.old-{secrets.token_hex(4)}")
    final.replace(old)
    try:
        staging.replace(final)
    except BaseException:
        old.replace(final)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------------- the way back
@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    reviews: int
    deductions: int


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def reviewer_body(conn: Connection, panel: Panel, reviewer_id: str) -> dict[str, Any]:
    """The reviewer file's body (unsigned): every review of this reviewer and the whole history."""
    d, r = schema.dossiers, schema.reviews
    dossiers = [
        {
            "code": code,
            "checklist_id": checklist_id,
            "checklist_hash": panel.checklist(checklist_id).content_hash,
            "pdf_sha256": sha,
        }
        for code, checklist_id, sha in conn.execute(
            select(d.c.code, d.c.checklist_id, d.c.sha256).order_by(d.c.code)
        )
    ]
    reviews: dict[int, dict[str, Any]] = {}
    for row in conn.execute(
        select(r, d.c.code).join(d).where(r.c.reviewer_id == reviewer_id).order_by(d.c.code)
    ).mappings():
        reviews[row["id"]] = {
            "dossier": row["code"],
            "status": row["status"],
            "note": row["note"],
            "checklist_hash": row["checklist_hash"],
            "updated_at": _iso(row["updated_at"]),
            "completed_at": _iso(row["completed_at"]),
            "deductions": [],
            "vetoes": [],
            "marks": [],
        }
    ded, vet, marks = schema.deductions, schema.review_vetoes, schema.item_marks
    for row in conn.execute(select(ded).order_by(ded.c.review_id, ded.c.created_at, ded.c.id)).mappings():
        if row["review_id"] in reviews:
            reviews[row["review_id"]]["deductions"].append(
                {
                    "uid": row["uid"],
                    "item": row["item_id"],
                    "reason_id": row["reason_id"],
                    "points": format(row["points"], "f"),
                    "text": row["text"],
                    "page": row["page"],
                    "rect": [float(x) for x in row["rect"]] if row["rect"] else None,
                    "created_at": _iso(row["created_at"]),
                }
            )
    for row in conn.execute(select(vet).order_by(vet.c.review_id, vet.c.veto_id)).mappings():
        if row["review_id"] in reviews:
            reviews[row["review_id"]]["vetoes"].append(
                {
                    "veto": row["veto_id"],
                    "reason": row["reason"],
                    "page": row["page"],
                    "created_at": _iso(row["created_at"]),
                }
            )
    for row in conn.execute(select(marks).order_by(marks.c.review_id, marks.c.item_id)).mappings():
        if row["review_id"] in reviews:
            reviews[row["review_id"]]["marks"].append(
                {"item": row["item_id"], "visited": bool(row["visited"]), "note": row["note"]}
            )
    history = [
        {
            "id": row["id"],
            "at": _iso(row["at"]),
            "actor": row["actor"],
            "action": row["action"],
            "entity": row["entity"],
            "entity_id": row["entity_id"],
            "old": row["old"],
            "new": row["new"],
        }
        for row in conn.execute(select(schema.audit_log).order_by(schema.audit_log.c.id)).mappings()
    ]
    return {
        "created_at": _iso(utc_now()),
        "dossiers": dossiers,
        "reviews": list(reviews.values()),
        "history": history,
    }


def export_reviewer_file(
    workspace: str | Path | Panel,
    out_path: str | Path,
    *,
    passphrase: str | None = None,
    writer: Writer | None = None,
) -> ExportResult:
    """Write the reviewer file for the chair. Any time, as often as wanted: each has the next sequence.

    ``workspace``: its folder or file (opened here, with ``writer``'s lock if given), or the panel a
    window holds open (not closed here). The signing key is unlocked with the package's
    ``passphrase`` (``passphrase_required``, ``bad_passphrase``, ``wrong_passphrase``); a workspace
    from an old unprotected package cannot export (``read_only_workspace``)."""
    out = Path(out_path)
    if isinstance(workspace, Panel):
        panel, owned = workspace, False
    else:
        panel, owned = open_workspace(workspace, writer=writer)[0], True
    try:
        with panel.engine.connect() as conn:
            first_meta = read_meta(conn)
        if is_read_only(first_meta):
            raise ExchangeError("read_only_workspace", panel.path, "built from an old, unprotected package")
        if passphrase is None:
            raise ExchangeError("passphrase_required", panel.path)
        private_key = unlock_signing_key(first_meta, passphrase, panel.path)
        with panel.transaction() as conn:
            meta = read_meta(conn)
            sequence = int(meta["next_export_sequence"])
            body = reviewer_body(conn, panel, meta["reviewer_id"])
            conn.execute(
                schema.meta.update()
                .where(schema.meta.c.key == "next_export_sequence")
                .values(value=str(sequence + 1))
            )
            audit(
                conn,
                meta["reviewer_id"],
                "workspace.export",
                "reviewer_file",
                str(sequence),
                None,
                {"file": out.name},
            )
            header = {
                "panel_id": meta["panel_id"],
                "reviewer_id": meta["reviewer_id"],
                "sequence": sequence,
                "panel_key": fingerprint(meta[PANEL_PUBLIC]),
            }
            raw = sign_with_key(header, body, private_key)
            _write_atomically(out, raw)  # inside the transaction: a failed write does not use up the number
    finally:
        if owned:
            panel.close()
    reviews = body["reviews"]
    return ExportResult(out, sequence, len(reviews), sum(len(r["deductions"]) for r in reviews))


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def import_workspace_scores(
    workspace: str | Path, sheet: str | Path, *, writer: Writer | None = None
) -> ScoresReport:
    """Scores typed in from the reviewer's own paper sheet; rows for anyone else are refused."""
    panel, meta = open_workspace(workspace, writer=writer)
    try:
        if is_read_only(meta):
            raise ExchangeError("read_only_workspace", panel.path, "built from an old, unprotected package")
        return import_scores(panel, sheet, actor=meta["reviewer_id"])
    finally:
        panel.close()
