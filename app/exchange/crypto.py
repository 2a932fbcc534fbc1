"""The cryptography of the exchange files: passphrases, key derivation, Ed25519 keys, sealed secrets.

Everything comes from the ``cryptography`` package (OpenSSL underneath); nothing here is home-made
beyond putting its primitives together:

* **Passphrases** are made by the chair's program, never chosen by people: 24 characters of
  Crockford's base32 in six groups (``K7QM-3XTA-9PRD-H2NW-F8ZC-4VJE``). The first three groups are
  60 random bits; the last three are the first 60 bits of the panel key's fingerprint, so the slip
  itself tells the reviewer's laptop which panel key must have signed the package (a package
  re-signed with any other key is refused even on a laptop that has never seen the panel). Typing
  is forgiving: case, spaces and hyphens do not matter, ``O`` reads as ``0`` and ``I``/``L`` as ``1``.
* **Key derivation**: scrypt (parameters stored beside the salt in every file) gives a 32-byte master
  key; HKDF-SHA256 splits it into one key per purpose (package content, passphrase check, the
  workspace's sealed signing key), so no key is ever used for two things.
* **Signatures**: Ed25519. A key's fingerprint is the SHA-256 of its 32 raw public bytes (hex).
* **Sealing** a small secret (a reviewer's private key in the workspace): AES-256-GCM with a random
  nonce and the secret's context as associated data.

Why: docs/security.md.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U
GROUP = 4
RANDOM_CHARS = 12  # 60 random bits
PANEL_CHARS = 12  # the first 60 bits of the panel key's fingerprint
PASSPHRASE_CHARS = RANDOM_CHARS + PANEL_CHARS
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
SALT_BYTES = 16


class CryptoError(Exception):
    """``code``: ``bad_passphrase`` (not of a passphrase's form), ``wrong_passphrase``, ``bad_kdf``."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(code + (f" ({detail})" if detail else ""))


# ---------------------------------------------------------------------- key derivation
@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost: memory 128·n·r bytes, time about that times p."""

    n: int
    r: int = 8
    p: int = 1

    def check(self) -> None:
        """Refuse parameters a crafted file could use to hang or exhaust the reader (``bad_kdf``)."""
        n, r, p = self.n, self.r, self.p
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
            raise CryptoError("bad_kdf", "parameters are not integers")
        if not (2**4 <= n <= 2**20 and n & (n - 1) == 0):
            raise CryptoError("bad_kdf", f"n={n}")
        if not (1 <= r <= 32 and 1 <= p <= 4 and 128 * n * r <= 256 * 1024 * 1024):
            raise CryptoError("bad_kdf", f"r={r}, p={p}")

    def as_json(self, salt: bytes) -> dict[str, object]:
        return {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p, "salt": salt.hex()}


# 64 MiB and 0.16 s on this project's 2-core machine when idle, 0.5 s when loaded (bench/bench_sealed.py):
# well under a second on a reviewer's older laptop too, and every guess at a passphrase costs an
# attacker the same. Tests make packages with cheap parameters (tests/conftest.py), never this.
STRONG_KDF = KdfParams(n=2**16, r=8, p=1)
DEFAULT_KDF = STRONG_KDF


def kdf_from_json(data: object) -> tuple[KdfParams, bytes]:
    """The parameters and salt of a file's ``kdf`` field, checked (``bad_kdf``)."""
    if not isinstance(data, dict) or data.get("name") != "scrypt":
        raise CryptoError("bad_kdf", "not scrypt")
    try:
        params = KdfParams(data["n"], data["r"], data["p"])
        salt = bytes.fromhex(data["salt"])
    except (KeyError, TypeError, ValueError) as exc:
        raise CryptoError("bad_kdf", str(exc)) from None
    params.check()
    if len(salt) != SALT_BYTES:
        raise CryptoError("bad_kdf", "salt length")
    return params, salt


def master_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """scrypt over the normalised passphrase (``bad_passphrase`` if it cannot be one)."""
    params.check()
    return Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p).derive(
        normalise(passphrase).encode("ascii")
    )


def subkey(master: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"dossier-panel/" + purpose.encode()
    ).derive(master)


def check_value(master: bytes) -> str:
    """Stored in a file's header: tells a wrong passphrase from a damaged file (16 bytes, hex)."""
    return subkey(master, "passphrase-check")[:16].hex()


# ---------------------------------------------------------------------- passphrases
def _base32(value: int, chars: int) -> str:
    return "".join(ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def panel_part(fingerprint: str) -> str:
    """The 12 characters of a passphrase that name the panel key (its fingerprint's first 60 bits)."""
    return _base32(int(fingerprint[:16], 16) >> 4, PANEL_CHARS)


def new_passphrase(panel_fingerprint: str) -> str:
    """A fresh passphrase for one package: 60 random bits, then the panel key's 60 bits, grouped."""
    raw = _base32(secrets.randbits(5 * RANDOM_CHARS), RANDOM_CHARS) + panel_part(panel_fingerprint)
    return grouped(raw)


def grouped(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalise(passphrase: str) -> str:
    """The 24 characters of a typed passphrase; ``bad_passphrase`` if it cannot be one."""
    raw = "".join(ch for ch in passphrase.upper() if ch not in " -\t\r\n").translate(_READ_AS)
    if len(raw) != PASSPHRASE_CHARS or any(ch not in ALPHABET for ch in raw):
        raise CryptoError(
            "bad_passphrase", f"a passphrase has {PASSPHRASE_CHARS} letters and digits in six groups"
        )
    return raw


def passphrase_panel_part(passphrase: str) -> str:
    return normalise(passphrase)[RANDOM_CHARS:]


# ---------------------------------------------------------------------- Ed25519
def new_signing_key() -> str:
    """A new Ed25519 private key as 64 hex digits (its 32 raw bytes)."""
    return (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        .hex()
    )


def _private(key_hex: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key_hex))


def public_key(private_hex: str) -> str:
    return (
        _private(private_hex)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def fingerprint(public_hex: str) -> str:
    """SHA-256 of the raw public key, hex: what files and slips name a key by."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()


def sign_bytes(private_hex: str, data: bytes) -> str:
    return _private(private_hex).sign(data).hex()


def signature_valid(public_hex: str, data: bytes, signature_hex: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError):
        return False
    return True


# ---------------------------------------------------------------------- sealing a small secret
def seal(key: bytes, secret: bytes, context: bytes) -> str:
    nonce = secrets.token_bytes(12)
    return (nonce + AESGCM(key).encrypt(nonce, secret, context)).hex()


def unseal(key: bytes, sealed_hex: str, context: bytes) -> bytes:
    """The secret, or ``wrong_passphrase`` (the key was derived from another passphrase)."""
    try:
        raw = bytes.fromhex(sealed_hex)
        return AESGCM(key).decrypt(raw[:12], raw[12:], context)
    except (InvalidTag, ValueError):
        raise CryptoError("wrong_passphrase") from None
