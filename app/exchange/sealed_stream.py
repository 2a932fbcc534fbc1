"""An encrypted, authenticated byte stream in one file, written and read in chunks (never all in memory).

Layout::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (canonical JSON) | chunk 0 | chunk 1 | …

The header says how to derive the key (scrypt parameters and salt), the chunk size, a random nonce
prefix and a passphrase check value; it is in plain text but authenticated: the magic, length and
header bytes are the associated data of every chunk. Each chunk is ``chunk_size`` bytes of plain
text (the last one ``0 … chunk_size``) sealed with AES-256-GCM under the nonce

    nonce prefix (7 bytes) | chunk index (4 bytes, big-endian) | 0x01 on the last chunk, else 0x00

— the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015): a chunk moved elsewhere fails
its index, a stream cut at a chunk boundary fails the last-chunk flag, junk appended makes the real
last chunk fail it, and a flipped bit anywhere fails a tag. The key is derived per file (random
salt), so nonces never repeat under one key.

Codes (``StreamError.code``): ``not_sealed`` (no magic: an old or foreign file), ``damaged``
(header or a chunk fails), ``truncated`` (the file ends before its last chunk), ``wrong_passphrase``,
``bad_passphrase``, ``bad_kdf``.
"""

from __future__ import annotations

import json
import os
import secrets
import struct
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.exchange.crypto import (
    SALT_BYTES,
    CryptoError,
    KdfParams,
    check_value,
    kdf_from_json,
    master_key,
    subkey,
)

MAGIC = b"DPSEAL\r\n"  # \r\n: a copy mangled by a text-mode transfer is caught at once
HEADER_LIMIT = 4096
TAG = 16
PREFIX_BYTES = 7
DEFAULT_CHUNK = 1024 * 1024
MIN_CHUNK, MAX_CHUNK = 256, 16 * 1024 * 1024
MAX_CHUNKS = 2**32 - 1
CONTENT_KEY = "sealed-stream"


class StreamError(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(code + (f" ({detail})" if detail else ""))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if index > MAX_CHUNKS:
        raise StreamError("damaged", "too many chunks")
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def _canonical(data: dict[str, object]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("ascii")


def is_sealed(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


# ---------------------------------------------------------------------- writing
class SealedWriter:
    """Write plain text in; sealed chunks go to ``sink``. ``close`` writes the last chunk."""

    def __init__(
        self,
        sink: BinaryIO,
        passphrase: str,
        *,
        kind: str,
        kdf: KdfParams,
        chunk_size: int = DEFAULT_CHUNK,
        master: bytes | None = None,
        salt: bytes | None = None,
    ) -> None:
        """``kind`` names what the stream holds (a format id); ``master``/``salt``: a key already
        derived from this passphrase (one scrypt for several files made at once; tests)."""
        if not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk size {chunk_size}")
        self.sink = sink
        self.chunk_size = chunk_size
        salt = salt or secrets.token_bytes(SALT_BYTES)
        master = master or master_key(passphrase, salt, kdf)
        self.prefix = secrets.token_bytes(PREFIX_BYTES)
        header = _canonical(
            {
                "cipher": "AES-256-GCM",
                "chunk_size": chunk_size,
                "check": check_value(master),
                "kdf": kdf.as_json(salt),
                "kind": kind,
                "nonce_prefix": self.prefix.hex(),
                "version": 1,
            }
        )
        self.aad = MAGIC + struct.pack(">I", len(header)) + header
        self.aead = AESGCM(subkey(master, CONTENT_KEY))
        self.index = 0
        self.buffer = bytearray()
        self.closed = False
        sink.write(self.aad)

    def write(self, data: bytes) -> None:
        self.buffer += data
        # keep at least one byte back: the last chunk is only known at close
        while len(self.buffer) > self.chunk_size:
            self._emit(bytes(self.buffer[: self.chunk_size]), last=False)
            del self.buffer[: self.chunk_size]

    def _emit(self, plain: bytes, *, last: bool) -> None:
        self.sink.write(self.aead.encrypt(_nonce(self.prefix, self.index, last), plain, self.aad))
        self.index += 1

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self.buffer), last=True)
            self.buffer.clear()
            self.closed = True


# ---------------------------------------------------------------------- reading
def read_header(handle: BinaryIO) -> tuple[bytes, dict[str, object]]:
    """The associated data (magic, length, header) and the parsed header."""
    magic = handle.read(len(MAGIC))
    if magic != MAGIC:
        raise StreamError("not_sealed")
    raw_length = handle.read(4)
    if len(raw_length) < 4:
        raise StreamError("truncated", "the header is cut off")
    (length,) = struct.unpack(">I", raw_length)
    if not 2 <= length <= HEADER_LIMIT:
        raise StreamError("damaged", f"header length {length}")
    header = handle.read(length)
    if len(header) < length:
        raise StreamError("truncated", "the header is cut off")
    try:
        data = json.loads(header.decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise StreamError("damaged", "the header is not readable") from None
    if not isinstance(data, dict) or _canonical(data) != header:
        raise StreamError("damaged", "the header was rewritten")
    return magic + raw_length + header, data


class SealedReader:
    """Plain text out of a sealed file, chunk by chunk, each authenticated before any byte is given."""

    def __init__(
        self,
        path: Path,
        passphrase: str,
        *,
        kind: str,
        derive: Callable[[str, bytes, KdfParams], bytes] = master_key,
    ) -> None:
        self.path = path
        self.handle = path.open("rb")
        try:
            self._open(passphrase, kind, derive)
        except BaseException:
            self.handle.close()
            raise

    def _open(self, passphrase: str, kind: str, derive: Callable[[str, bytes, KdfParams], bytes]) -> None:
        self.aad, header = read_header(self.handle)
        if header.get("version") != 1 or header.get("cipher") != "AES-256-GCM" or header.get("kind") != kind:
            raise StreamError("damaged", "not a sealed stream this program reads")
        chunk_size, prefix, check = header.get("chunk_size"), header.get("nonce_prefix"), header.get("check")
        if not isinstance(chunk_size, int) or not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
            raise StreamError("damaged", f"chunk size {chunk_size!r}")
        try:
            self.prefix = bytes.fromhex(str(prefix))
            params, salt = kdf_from_json(header.get("kdf"))
        except (ValueError, CryptoError):
            raise StreamError("damaged", "the key parameters are not readable") from None
        if len(self.prefix) != PREFIX_BYTES:
            raise StreamError("damaged", "nonce prefix")
        try:
            self.master = derive(passphrase, salt, params)
        except CryptoError as exc:
            raise StreamError(exc.code, exc.detail) from None
        if check_value(self.master) != check:
            raise StreamError("wrong_passphrase")
        self.salt, self.params = salt, params
        self.aead = AESGCM(subkey(self.master, CONTENT_KEY))
        self.sealed_size = chunk_size + TAG
        body = os.fstat(self.handle.fileno()).st_size - len(self.aad)
        self.chunks = max(1, -(-body // self.sealed_size))
        self.last_size = body - (self.chunks - 1) * self.sealed_size
        if self.chunks > MAX_CHUNKS + 1 or self.last_size < TAG:
            raise StreamError("truncated", "the file ends inside a chunk")
        self.index = 0
        self.buffer = b""
        self.offset = 0

    def _next_chunk(self) -> bool:
        if self.index >= self.chunks:
            return False
        last = self.index == self.chunks - 1
        sealed = self.handle.read(self.last_size if last else self.sealed_size)
        try:
            plain = self.aead.decrypt(_nonce(self.prefix, self.index, last), sealed, self.aad)
        except InvalidTag:
            raise StreamError(self._why(sealed, last), f"chunk {self.index} fails its check") from None
        self.index += 1
        self.buffer, self.offset = plain, 0
        return True

    def _why(self, sealed: bytes, last: bool) -> str:
        """A last chunk that opens as an inner one: the file was cut at a chunk boundary."""
        if last:
            try:
                self.aead.decrypt(_nonce(self.prefix, self.index, False), sealed, self.aad)
            except InvalidTag:
                return "damaged"
            return "truncated"
        return "damaged"

    def read(self, size: int) -> bytes:
        """Exactly ``size`` bytes, or fewer only at the end of the stream."""
        parts: list[bytes] = []
        wanted = size
        while wanted > 0:
            if self.offset >= len(self.buffer) and not self._next_chunk():
                break
            piece = self.buffer[self.offset : self.offset + wanted]
            self.offset += len(piece)
            wanted -= len(piece)
            parts.append(piece)
        return b"".join(parts)

    def at_end(self) -> bool:
        """True when every chunk has been read and authenticated and nothing is left over."""
        while self.offset >= len(self.buffer):
            if not self._next_chunk():
                return True
        return False

    def close(self) -> None:
        self.handle.close()

    def __enter__(self) -> SealedReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
