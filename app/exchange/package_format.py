"""The reviewer package (``.dppkg``, chair → reviewer): the manifest and the PDFs.

The manifest is everything a reviewer's laptop needs to build a workspace without the chair's
panel file: the panel's identity, the reviewer, the checklist and rule set snapshots (with their
hashes, so the workspace scores against exactly the chair's checklist), the assigned dossiers with
the SHA-256 and page count of their PDFs. In a blind panel candidate names and regions are left
out and candidate ids are replaced by opaque tokens. Field by field: docs/exchange-formats.md.

Version 2 (``app.exchange.sealed_package``) is encrypted under the reviewer's passphrase and signed
by the panel's Ed25519 key; its manifest carries the panel's public key, the reviewer's signing key
pair and every file's size and SHA-256. Version 1 — a plain zip whose manifest carried the
reviewer's HMAC secret — is still read, to open old packages read-only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.exchange.errors import ExchangeError
from app.exchange.safe_names import UNSAFE_NAME, SafeName
from app.review.ruleset import CrossAggregation, ExpertAggregation

PACKAGE_FORMAT = "dossier-panel/reviewer-package"
PACKAGE_VERSION = 2
LEGACY_VERSION = 1  # a plain zip, unsigned: opened read-only
PACKAGE_SUFFIX = ".dppkg"
MANIFEST_NAME = "manifest.json"
MANIFEST_LIMIT = 64 * 1024 * 1024
PDF_FOLDER = "pdfs/"

Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
DecimalText = Annotated[str, Field(pattern=r"^[0-9]{1,4}(\.[0-9]{1,10})?$")]  # a rule set's Points, as text


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PanelPart(_Strict):
    id: SafeName
    title: str
    ruleset_id: SafeName
    campaign_start: date | None = None
    campaign_end: date | None = None
    expert_aggregation: ExpertAggregation
    cross_aggregation: CrossAggregation
    disagreement_threshold: DecimalText
    created_at: datetime


class ReviewerPart(_Strict):
    id: SafeName
    name: str
    role: Literal["expert", "cross"]


class SnapshotPart(_Strict):
    kind: Literal["checklist", "ruleset"]
    ref_id: SafeName
    version: str
    content_hash: Hex64
    content: str


class CandidatePart(_Strict):
    ref: SafeName  # the candidate id, or an opaque token in a blind panel
    name: str | None = None  # None in a blind panel
    kind: str
    level: str
    region: str | None = None  # None in a blind panel


class DossierPart(_Strict):
    code: SafeName
    case_number: str
    candidate: SafeName  # a CandidatePart.ref
    type: str
    source: Literal["recommended", "drawn"]
    title: str | None = None  # None in a blind panel
    region: str | None = None  # None in a blind panel
    closing_date: date | None = None
    checklist_id: SafeName
    checklist_hash: Hex64  # of the checklist as scored: the snapshot plus the rule set's own vetoes
    page_count: int = Field(ge=1)
    sha256: Hex64
    size: int | None = Field(default=None, ge=1)  # the PDF's bytes; None in packages made before sizes
    pdf: str  # the zip entry holding the PDF


class PanelKeyPart(_Strict):
    public_key: Hex64  # Ed25519, 32 raw bytes
    fingerprint: Hex64  # SHA-256 of the raw public key


class ReviewerKeyPart(_Strict):
    public_key: Hex64
    private_key: Hex64  # the reviewer's signing key: only ever inside the encrypted stream


class FilePart(_Strict):
    name: str  # pdfs/<sha256>.pdf, as dossiers[].pdf names it
    sha256: Hex64
    size: int = Field(ge=0)


class PackageManifest(_Strict):
    format: Literal["dossier-panel/reviewer-package"]
    version: int
    created_at: datetime
    blind: bool
    panel: PanelPart
    reviewer: ReviewerPart
    secret: Hex64 | None = None  # version 1 only: the HMAC key of the reviewer's files
    panel_key: PanelKeyPart | None = None  # version 2
    reviewer_key: ReviewerKeyPart | None = None  # version 2
    files: tuple[FilePart, ...] = ()  # version 2: the files after the manifest, in that order
    snapshots: tuple[SnapshotPart, ...] = Field(min_length=1)
    candidates: tuple[CandidatePart, ...]
    dossiers: tuple[DossierPart, ...] = Field(min_length=1)


def pdf_entry(sha256: str) -> str:
    """PDFs are stored under their hash, so one PDF handed in under two dossiers travels once."""
    return f"{PDF_FOLDER}{sha256}.pdf"


def candidate_token(secret: str, candidate_id: str) -> str:
    """An opaque, stable stand-in for a candidate id in a blind package.

    Keyed with the reviewer's secret, so it cannot be reversed by hashing likely ids ("U1", a county
    name), and stays the same when the same reviewer is packaged again.
    """
    mac = hmac.new(bytes.fromhex(secret), f"candidate:{candidate_id}".encode(), hashlib.sha256)
    return "c-" + mac.hexdigest()[:16]


def manifest_bytes(manifest: PackageManifest) -> bytes:
    return json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=1, sort_keys=True).encode(
        "utf-8"
    )


SIGNATURE_CONTEXT = b"dossier-panel/reviewer-package/v2\n"


def signed_bytes(raw_manifest: bytes) -> bytes:
    """What the panel's Ed25519 signature covers: a context string and the manifest's exact bytes."""
    return SIGNATURE_CONTEXT + raw_manifest


def parse_manifest(raw: bytes, where: Any, *, sealed: bool = False) -> PackageManifest:
    """The manifest of a package, or ``ExchangeError`` (corrupt_manifest, unknown_format,
    unsupported_version, invalid_manifest). ``sealed``: it came out of an encrypted package, so it
    must be version 2; a plain zip holds version 1 only."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError("corrupt_manifest", where, str(exc)) from None
    except RecursionError:  # [[[[…]]]] a hundred thousand deep: no manifest is nested like that
        raise ExchangeError("corrupt_manifest", where, "nested deeper than any manifest") from None
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise ExchangeError("unknown_format", where, repr(found))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= PACKAGE_VERSION:
        raise ExchangeError(
            "unsupported_version", where, f"version {version!r}; this program reads up to {PACKAGE_VERSION}"
        )
    try:
        manifest = PackageManifest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(p) for p in first["loc"])
        code = UNSAFE_NAME if first["type"] == UNSAFE_NAME else "invalid_manifest"
        raise ExchangeError(code, where, f"{location}: {first['msg']}") from None
    if sealed != (version >= 2):
        raise ExchangeError(
            "invalid_manifest",
            where,
            f"a version {version} manifest in a {'sealed' if sealed else 'zip'} file",
        )
    if version == LEGACY_VERSION and manifest.secret is None:
        raise ExchangeError("invalid_manifest", where, "secret: field required")
    if version >= 2 and (manifest.panel_key is None or manifest.reviewer_key is None or not manifest.files):
        raise ExchangeError("invalid_manifest", where, "panel_key, reviewer_key and files are required")
    return manifest
