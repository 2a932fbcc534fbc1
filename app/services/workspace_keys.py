"""A protected package on the reviewer's laptop: its signature checked, its PDFs unpacked, the
reviewer's signing key sealed into the workspace and unlocked again to sign a reviewer file.

The workspace's ``meta`` holds (besides what ``app.services.workspace`` lists):

| key | value |
| --- | --- |
| ``panel_public_key`` | the panel's Ed25519 public key the package was signed with; a newer package must be signed by the same key (``other_panel_key``) |
| ``reviewer_public_key`` | the public half of the reviewer's signing key |
| ``signing_key`` | JSON ``{"kdf": {scrypt parameters and salt}, "sealed": hex}``: the private half, AES-256-GCM under a key derived from the package's passphrase |

The private key is never written in plain text: a copy of the workspace (a backup, a lost laptop)
cannot sign without the passphrase on the reviewer's slip.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.exchange import crypto
from app.exchange.errors import ExchangeError
from app.exchange.package_format import (
    DossierPart,
    PackageManifest,
    parse_manifest,
    pdf_entry,
    signed_bytes,
)
from app.exchange.safe_zip import ZipLimits
from app.exchange.sealed_package import SealedPackage
from app.pdf.document_info import inspect_pdf
from app.pdf.records import PdfProblem
from app.services.progress import Progress

PANEL_PUBLIC = "panel_public_key"
REVIEWER_PUBLIC = "reviewer_public_key"
SIGNING_KEY = "signing_key"
KEY_PURPOSE = "workspace-signing-key"


def verify_sealed_manifest(sealed: SealedPackage, passphrase: str, limits: ZipLimits) -> PackageManifest:
    """The manifest, once the panel's signature over it and the key the slip names are checked."""
    package = sealed.path
    manifest = parse_manifest(sealed.manifest_raw, package, sealed=True)
    panel_key, reviewer_key = manifest.panel_key, manifest.reviewer_key
    assert panel_key is not None and reviewer_key is not None  # parse_manifest requires them in v2
    if crypto.fingerprint(panel_key.public_key) != panel_key.fingerprint:
        raise ExchangeError("bad_package_signature", package, "the key does not match its fingerprint")
    if not crypto.signature_valid(panel_key.public_key, signed_bytes(sealed.manifest_raw), sealed.signature):
        raise ExchangeError("bad_package_signature", package)
    if crypto.passphrase_panel_part(passphrase) != crypto.panel_part(panel_key.fingerprint):
        raise ExchangeError(
            "panel_key_mismatch", package, f"signed by key {panel_key.fingerprint[:16]}, not the slip's panel"
        )
    try:
        derived = crypto.public_key(reviewer_key.private_key)
    except ValueError:
        derived = ""
    if derived != reviewer_key.public_key:
        raise ExchangeError("invalid_manifest", package, "reviewer_key: the two halves do not match")
    names = [f.name for f in manifest.files]
    if len(set(names)) != len(names):
        raise ExchangeError("duplicate_entry", package, "a file listed twice")
    for part in manifest.files:
        if part.name != pdf_entry(part.sha256):
            raise ExchangeError("unsafe_entry", package, repr(part.name))
    if len(sealed.manifest_raw) + sum(f.size for f in manifest.files) > limits.total_bytes:
        raise ExchangeError("archive_too_large", package, f"more than {limits.total_bytes} bytes")
    return manifest


def unpack_sealed_pdfs(
    sealed: SealedPackage, manifest: PackageManifest, package: Path, pdf_dir: Path, progress: Progress
) -> None:
    """Each file in stream order into the workspace's PDF folder, its hash and page count checked."""
    by_entry: dict[str, list[DossierPart]] = {}  # the dossiers using each file, grouped once
    for dossier in manifest.dossiers:
        by_entry.setdefault(dossier.pdf, []).append(dossier)
    progress.start(len(manifest.files), "pdf")
    for part in manifest.files:
        progress.check()
        target = pdf_dir / part.sha256[:2] / f"{part.sha256}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = sealed.copy_file(part, target)
        dossiers = by_entry.get(part.name, [])
        if digest != part.sha256:
            code = dossiers[0].code if dossiers else None
            raise ExchangeError("pdf_mismatch", package, f"{part.name}: SHA-256 {digest}", dossier=code)
        try:
            pages = inspect_pdf(target).page_count
        except PdfProblem as problem:
            code = dossiers[0].code if dossiers else None
            raise ExchangeError("pdf_unreadable", package, problem.code.value, dossier=code) from None
        for dossier in dossiers:
            if dossier.sha256 != part.sha256:
                raise ExchangeError("pdf_mismatch", package, part.name, dossier=dossier.code)
            if pages != dossier.page_count:
                raise ExchangeError(
                    "page_count_mismatch",
                    package,
                    f"{pages} pages, manifest says {dossier.page_count}",
                    dossier=dossier.code,
                )
        progress.advance()


def _context(panel_id: str, reviewer_id: str, public: str) -> bytes:
    return f"dossier-panel/workspace-key\n{panel_id}\n{reviewer_id}\n{public}".encode()


def sealed_signing_key(sealed: SealedPackage, manifest: PackageManifest) -> dict[str, str]:
    """The workspace ``meta`` entries for the package's keys, the private key sealed."""
    panel_key, reviewer_key = manifest.panel_key, manifest.reviewer_key
    assert panel_key is not None and reviewer_key is not None
    params, salt = sealed.kdf
    key = crypto.subkey(sealed.master, KEY_PURPOSE)
    context = _context(manifest.panel.id, manifest.reviewer.id, reviewer_key.public_key)
    box = crypto.seal(key, bytes.fromhex(reviewer_key.private_key), context)
    return {
        PANEL_PUBLIC: panel_key.public_key,
        REVIEWER_PUBLIC: reviewer_key.public_key,
        SIGNING_KEY: json.dumps({"kdf": params.as_json(salt), "sealed": box}, sort_keys=True),
    }


def unlock_signing_key(meta: dict[str, str], passphrase: str, where: Path) -> str:
    """The reviewer's private key (hex), unsealed with the passphrase; ``wrong_passphrase`` if not."""
    try:
        stored = json.loads(meta[SIGNING_KEY])
        params, salt = crypto.kdf_from_json(stored["kdf"])
        master = crypto.master_key(passphrase, salt, params)
        context = _context(meta["panel_id"], meta["reviewer_id"], meta[REVIEWER_PUBLIC])
        private = crypto.unseal(crypto.subkey(master, KEY_PURPOSE), stored["sealed"], context).hex()
    except crypto.CryptoError as exc:
        code = exc.code if exc.code in ("bad_passphrase", "wrong_passphrase") else "workspace_unreadable"
        raise ExchangeError(code, where, exc.detail) from None
    except (KeyError, TypeError, ValueError) as exc:
        raise ExchangeError("workspace_unreadable", where, f"signing key: {exc}") from None
    if crypto.public_key(private) != meta[REVIEWER_PUBLIC]:
        raise ExchangeError("workspace_unreadable", where, "the signing key does not match")
    return private
