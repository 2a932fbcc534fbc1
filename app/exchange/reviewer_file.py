"""The reviewer file (``.dpreview``, reviewer → chair): canonical JSON, signed by the reviewer.

The file is one canonical JSON object (sorted keys, no spaces, UTF-8, only the escapes JSON requires)::

    {"body":{…},"format":"dossier-panel/reviewer-file","panel_id":"…","panel_key":"…","reviewer_id":"E1",
     "reviewer_key":"…","sequence":3,"signature":"…","version":2}

``signature`` is Ed25519 by the reviewer's signing key (the one their package gave them) over the
canonical bytes of the header (every field but ``body`` and ``signature``), a newline, and the
body's bytes *exactly as they stand in the file*; ``panel_key`` and ``reviewer_key`` are the
fingerprints of the panel's and the reviewer's public keys. Version 1 files carried ``hmac`` instead:
HMAC-SHA256 keyed with the secret a version-1 package held in plain text; they are still read. Why so: the MAC covers the very bytes on the stick,
so any change to the body is caught without re-serialising 40,000 deductions, and the header that
says whose key to use is authenticated with them; the envelope around the body is tiny and must be
byte-for-byte canonical. A byte flipped anywhere therefore breaks the JSON, the envelope's canonical
form, or the MAC. (A gzip layer would let flips in its header — time stamp, OS byte — pass
unnoticed; the files are small enough without it.) The body is parsed only after the MAC matches.
Fields: docs/exchange-formats.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.exchange import crypto
from app.exchange.safe_names import UNSAFE_NAME, SafeName, name_problem

REVIEWER_FILE_FORMAT = "dossier-panel/reviewer-file"
REVIEWER_FILE_VERSION = 2
LEGACY_FILE_VERSION = 1  # HMAC-signed with a secret that travelled in plain text
REVIEWER_FILE_SUFFIX = ".dpreview"
MAX_FILE_BYTES = 256 * 1024 * 1024
MAC_FIELD = "hmac"
SIGNATURE_FIELD = "signature"

Id = Annotated[str, Field(min_length=1, max_length=128)]
Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Coordinate = Annotated[float, Field(allow_inf_nan=False)]


class ReviewerFileError(Exception):
    """A file that is not an authentic reviewer file: ``code`` says why (see docs/exchange-formats.md)."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(code + (f" ({detail})" if detail else ""))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DeductionEntry(_Strict):
    uid: Id
    item: Id
    reason_id: str | None = None
    points: str  # a decimal string ("2.5"); checked by the merge, never read as a float
    text: str = ""
    page: int | None = None
    rect: tuple[Coordinate, Coordinate, Coordinate, Coordinate] | None = None
    created_at: datetime


class VetoEntry(_Strict):
    veto: Id
    reason: str
    page: int | None = None
    created_at: datetime


class MarkEntry(_Strict):
    item: Id
    visited: bool
    note: str = ""


class ReviewEntry(_Strict):
    dossier: SafeName
    status: Literal["not_started", "in_progress", "complete"]
    note: str = ""
    checklist_hash: Hex64
    updated_at: datetime
    completed_at: datetime | None = None
    deductions: tuple[DeductionEntry, ...] = ()
    vetoes: tuple[VetoEntry, ...] = ()
    marks: tuple[MarkEntry, ...] = ()


class DossierEntry(_Strict):
    code: SafeName
    checklist_id: SafeName
    checklist_hash: Hex64
    pdf_sha256: Hex64 | None = None


class HistoryEntry(_Strict):
    id: int = Field(ge=1, lt=2**53)  # stored in the panel's SQLite INTEGER column (as merged_history:…)
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    old: Any = None
    new: Any = None


class ReviewerBody(_Strict):
    created_at: datetime
    dossiers: tuple[DossierEntry, ...]
    reviews: tuple[ReviewEntry, ...]
    history: tuple[HistoryEntry, ...] = ()


@dataclass(frozen=True)
class ReviewerFile:
    """An authenticated reviewer file: the header fields and the typed body."""

    panel_id: str
    reviewer_id: str
    sequence: int
    body: ReviewerBody

    @property
    def reviews(self) -> tuple[ReviewEntry, ...]:
        return self.body.reviews

    @property
    def dossiers(self) -> tuple[DossierEntry, ...]:
        return self.body.dossiers

    @property
    def history(self) -> tuple[HistoryEntry, ...]:
        return self.body.history


@dataclass(frozen=True)
class Envelope:
    """A file checked for form only: who it claims to be from, not yet authentic."""

    format: str
    version: int
    panel_id: str
    reviewer_id: str
    sequence: int
    mac: str  # the HMAC (version 1) or the Ed25519 signature (version 2), hex
    body: bytes
    panel_key: str | None = None  # version 2: fingerprints of the panel's and the reviewer's keys
    reviewer_key: str | None = None

    def header(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "format": self.format,
            "panel_id": self.panel_id,
            "reviewer_id": self.reviewer_id,
            "sequence": self.sequence,
            "version": self.version,
        }
        if self.version >= 2:
            fields |= {"panel_key": self.panel_key, "reviewer_key": self.reviewer_key}
        return fields

    def signed_bytes(self) -> bytes:
        return canonical_bytes(self.header()) + b"\n" + self.body


def canonical_bytes(data: Any) -> bytes:
    """The one serialisation that is written (and, for the header, signed)."""
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _mac(header: dict[str, Any], body: bytes, secret: str) -> str:
    signed = hmac.new(bytes.fromhex(secret), canonical_bytes(header), hashlib.sha256)
    signed.update(b"\n")
    signed.update(body)
    return signed.hexdigest()


def sign(header: dict[str, Any], body: dict[str, Any], secret: str) -> bytes:
    """A version-1 file (HMAC) for ``header`` (panel_id, reviewer_id, sequence) and ``body`` — old
    workspaces wrote these; the program now signs with ``sign_with_key`` (tests make old files)."""
    fields = {
        "format": REVIEWER_FILE_FORMAT,
        "version": LEGACY_FILE_VERSION,
        "panel_id": header["panel_id"],
        "reviewer_id": header["reviewer_id"],
        "sequence": header["sequence"],
    }
    body_bytes = canonical_bytes(body)
    tail = canonical_bytes(fields | {MAC_FIELD: _mac(fields, body_bytes, secret)})
    return _HEAD + body_bytes + b"," + tail[1:]


def sign_with_key(header: dict[str, Any], body: dict[str, Any], private_key: str) -> bytes:
    """A version-2 file: ``header`` has panel_id, reviewer_id, sequence and panel_key (the panel key's
    fingerprint); ``private_key`` is the reviewer's Ed25519 key (hex)."""
    fields = {
        "format": REVIEWER_FILE_FORMAT,
        "version": REVIEWER_FILE_VERSION,
        "panel_id": header["panel_id"],
        "panel_key": header["panel_key"],
        "reviewer_id": header["reviewer_id"],
        "reviewer_key": crypto.fingerprint(crypto.public_key(private_key)),
        "sequence": header["sequence"],
    }
    body_bytes = canonical_bytes(body)
    signature = crypto.sign_bytes(private_key, canonical_bytes(fields) + b"\n" + body_bytes)
    tail = canonical_bytes(fields | {SIGNATURE_FIELD: signature})
    return _HEAD + body_bytes + b"," + tail[1:]


_HEAD = b'{"body":'
_TAIL_START = b',"format":'
_TAIL_KEYS = {
    1: {"format", MAC_FIELD, "panel_id", "reviewer_id", "sequence", "version"},
    2: {
        "format",
        SIGNATURE_FIELD,
        "panel_id",
        "panel_key",
        "reviewer_id",
        "reviewer_key",
        "sequence",
        "version",
    },
}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_MAC_FORM = {1: re.compile(r"^[0-9a-f]{64}$"), 2: re.compile(r"^[0-9a-f]{128}$")}
_DECODER = json.JSONDecoder()


def _envelope_fields(raw: bytes) -> tuple[dict[str, Any], int]:
    """The small object after the body (``{"format":…,"version":1}``), decoded, and where it starts.

    A file cut off before that object ends is ``truncated``; a whole envelope followed by more bytes
    (something appended to the file) is ``trailing_data``; anything else that is not one JSON object
    ending the file is ``corrupt``.
    """
    start = raw.rfind(_TAIL_START) if raw.startswith(b"{") else -1
    if start >= 1:
        text = (b"{" + raw[start + 1 :]).decode("utf-8", "surrogateescape")
        try:
            fields, end = _DECODER.raw_decode(text)
        except json.JSONDecodeError:
            fields, end = None, 0
        except RecursionError:
            raise ReviewerFileError("corrupt", "nested deeper than any reviewer file") from None
        if isinstance(fields, dict) and (end == len(text) or fields.get("format") == REVIEWER_FILE_FORMAT):
            if end < len(text):
                extra = len(text[end:].encode("utf-8", "surrogateescape"))
                raise ReviewerFileError(
                    "trailing_data", f"{extra} bytes of extra data after the end of the reviewer file"
                )
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise ReviewerFileError("corrupt", "not UTF-8") from None
            return fields, start
    if raw.startswith(b"{") and not raw.rstrip().endswith(b"}"):
        # every file this program writes is one object: an ending cut off is a truncated copy
        raise ReviewerFileError("truncated", "the file ends before a reviewer file ends")
    raise ReviewerFileError("corrupt", "not a reviewer file")


def read_envelope(raw: bytes) -> Envelope:
    """The envelope of a file, checked for form only (not yet authentic).

    Codes: ``empty``, ``too_large``, ``truncated``, ``trailing_data``, ``corrupt``, ``not_canonical``,
    ``unknown_format``, ``unsupported_version``, ``not_signed``, ``bad_header``, ``unsafe_name``.
    """
    if not raw:
        raise ReviewerFileError("empty")
    if len(raw) > MAX_FILE_BYTES:
        raise ReviewerFileError("too_large", f"{len(raw)} bytes")
    fields, start = _envelope_fields(raw)
    if fields.get("format") != REVIEWER_FILE_FORMAT:
        raise ReviewerFileError("unknown_format", repr(fields.get("format")))
    version = fields.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReviewerFileError("bad_header", f"version {version!r}")  # damaged, not from a newer program
    if version > REVIEWER_FILE_VERSION:
        raise ReviewerFileError("unsupported_version", f"version {version}")
    mac_field = MAC_FIELD if version == LEGACY_FILE_VERSION else SIGNATURE_FIELD
    mac = fields.get(mac_field)
    if not isinstance(mac, str) or not _MAC_FORM[version].match(mac):
        # one spelling only: bytes.fromhex would read "A" as "a", so an edited file would still verify
        raise ReviewerFileError("not_signed", f"{mac_field} is not {_MAC_FORM[version].pattern}")
    keys = (fields.get("panel_key"), fields.get("reviewer_key"))
    if version >= 2 and not all(isinstance(k, str) and _HEX64.match(k) for k in keys):
        raise ReviewerFileError("bad_header", "panel_key or reviewer_key missing")
    panel_id, reviewer_id, sequence = (
        fields.get("panel_id"),
        fields.get("reviewer_id"),
        fields.get("sequence"),
    )
    if not (isinstance(panel_id, str) and panel_id and isinstance(reviewer_id, str) and reviewer_id):
        raise ReviewerFileError("bad_header", "panel_id or reviewer_id missing")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 1 <= sequence < 2**53:
        raise ReviewerFileError("bad_header", f"sequence {sequence!r}")
    for what, name in (("panel_id", panel_id), ("reviewer_id", reviewer_id)):
        problem = name_problem(name)
        if problem is not None:
            raise ReviewerFileError(UNSAFE_NAME, f"{what} {name!r}: {problem}")
    if (
        not raw.startswith(_HEAD)
        or set(fields) != _TAIL_KEYS[version]
        or b"{" + raw[start + 1 :] != canonical_bytes(fields)
    ):
        raise ReviewerFileError("not_canonical", "the file was changed after it was written")
    return Envelope(
        REVIEWER_FILE_FORMAT,
        version,
        panel_id,
        reviewer_id,
        sequence,
        fields[mac_field],
        raw[len(_HEAD) : start],
        *(keys if version >= 2 else (None, None)),
    )


def verify_signature(envelope: Envelope, public_key: str) -> None:
    """Raise ``bad_signature`` unless a version-2 file was signed by ``public_key`` over these bytes."""
    if envelope.version < 2 or not crypto.signature_valid(public_key, envelope.signed_bytes(), envelope.mac):
        raise ReviewerFileError("bad_signature")


def verify(envelope: Envelope, secret: str) -> None:
    """Raise ``bad_signature`` unless a version-1 file's HMAC was made with ``secret`` over these bytes."""
    if envelope.version != LEGACY_FILE_VERSION:
        raise ReviewerFileError("bad_signature")
    expected = _mac(envelope.header(), envelope.body, secret)
    if not hmac.compare_digest(expected.encode(), envelope.mac.encode()):
        raise ReviewerFileError("bad_signature")


def parse_body(envelope: Envelope) -> ReviewerFile:
    """The authenticated body as typed data; ``invalid_content`` names the first bad field."""
    try:
        body = ReviewerBody.model_validate_json(envelope.body)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(p) for p in first["loc"])
        code = UNSAFE_NAME if first["type"] == UNSAFE_NAME else "invalid_content"
        raise ReviewerFileError(code, f"{location}: {first['msg']}") from None
    return ReviewerFile(envelope.panel_id, envelope.reviewer_id, envelope.sequence, body)


def read_reviewer_file(raw: bytes, key: str) -> ReviewerFile:
    """Form, signature and content in one call (tests, tools); the merge does the steps one by one.
    ``key``: the reviewer's public key (version 2) or the HMAC secret (version 1)."""
    envelope = read_envelope(raw)
    if envelope.version == LEGACY_FILE_VERSION:
        verify(envelope, key)
    else:
        verify_signature(envelope, key)
    return parse_body(envelope)


def file_digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()
