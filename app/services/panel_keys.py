"""The keys a chair's panel holds (table ``meta``), and the passphrases of the packages last made.

| key | value |
| --- | --- |
| ``panel_signing_key`` | the panel's Ed25519 private key (64 hex), made with the panel (or by migration 2) |
| ``panel_public_key`` | its public key (64 hex); packages and reviewer files name its fingerprint |
| ``reviewer_keys:<id>`` | JSON list of the public keys of every package made for the reviewer |
| ``package_passphrase:<id>`` | the passphrase of the reviewer's newest package (to print the slip again) |

A reviewer's signing key pair is new for every package and its private half is written only into the
encrypted package: the chair's panel keeps the public halves, so nothing at the chair can sign a
reviewer's file. None of these values is ever written to the audit log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, select

from app.exchange.crypto import fingerprint, new_signing_key, public_key
from app.exchange.errors import ExchangeError
from app.models import schema

PANEL_PRIVATE = "panel_signing_key"
PANEL_PUBLIC = "panel_public_key"
REVIEWER_KEYS = "reviewer_keys:"
PASSPHRASE = "package_passphrase:"
PACKAGED_AT = "package_made_at:"


@dataclass(frozen=True)
class PanelKey:
    private_key: str
    public_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def new_panel_key_rows() -> list[dict[str, str]]:
    """The ``meta`` rows of a fresh panel key pair (a new panel, or migration 2)."""
    private = new_signing_key()
    return [{"key": PANEL_PRIVATE, "value": private}, {"key": PANEL_PUBLIC, "value": public_key(private)}]


def meta_by_prefix(conn: Connection, prefix: str) -> dict[str, str]:
    """The ``meta`` rows whose key starts with ``prefix``, by the rest of the key."""
    rows = conn.execute(
        select(schema.meta.c.key, schema.meta.c.value).where(schema.meta.c.key.startswith(prefix))
    ).all()
    return {str(k)[len(prefix) :]: str(v) for k, v in rows}


def panel_key(conn: Connection) -> PanelKey:
    values = dict(
        conn.execute(
            select(schema.meta.c.key, schema.meta.c.value).where(
                schema.meta.c.key.in_((PANEL_PRIVATE, PANEL_PUBLIC))
            )
        ).all()
    )
    if PANEL_PRIVATE not in values or PANEL_PUBLIC not in values:
        raise ExchangeError("no_panel_key", None, "the panel has no signing key")
    return PanelKey(values[PANEL_PRIVATE], values[PANEL_PUBLIC])


def reviewer_public_keys(conn: Connection) -> dict[str, dict[str, str]]:
    """Per reviewer, every public key a package gave them, by fingerprint."""
    return {
        rid: {fingerprint(key): key for key in json.loads(value)}
        for rid, value in meta_by_prefix(conn, REVIEWER_KEYS).items()
    }


def _put(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(schema.meta).where(schema.meta.c.key == key))
    conn.execute(schema.meta.insert().values(key=key, value=value))


def record_package(conn: Connection, reviewer_id: str, public: str, passphrase: str, at: datetime) -> None:
    """A package was made: its reviewer key joins the ones the merge accepts; its passphrase is kept."""
    known = json.loads(meta_by_prefix(conn, REVIEWER_KEYS).get(reviewer_id, "[]"))
    _put(conn, REVIEWER_KEYS + reviewer_id, json.dumps([*known, public]))
    _put(conn, PASSPHRASE + reviewer_id, passphrase)
    _put(conn, PACKAGED_AT + reviewer_id, at.isoformat())


def passphrases(conn: Connection) -> dict[str, str]:
    """The passphrase of each reviewer's newest package."""
    return meta_by_prefix(conn, PASSPHRASE)


def packaged_at(conn: Connection) -> dict[str, str]:
    return meta_by_prefix(conn, PACKAGED_AT)
