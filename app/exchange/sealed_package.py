"""The version-2 reviewer package: a sealed stream (``sealed_stream``) holding, in this order::

    manifest length (4 bytes, big-endian) | manifest (JSON) | panel signature (64 bytes) | file | file | …

The files are the manifest's ``files[]`` in their order, each exactly ``size`` bytes; nothing may
follow the last one. The signature is Ed25519 by the panel's key over ``signed_bytes(manifest)``;
the manifest holds every file's SHA-256, so the signature covers the PDFs too. Writing streams each
PDF from disk (hashing it on the way: a PDF changed since it was imported is refused); reading
hands the files out one at a time with their bytes counted, so nothing is ever held whole in memory.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from app.exchange.crypto import KdfParams
from app.exchange.errors import ExchangeError
from app.exchange.package_format import MANIFEST_LIMIT, PACKAGE_FORMAT, FilePart
from app.exchange.sealed_stream import DEFAULT_CHUNK, SealedReader, SealedWriter, StreamError

SIGNATURE_BYTES = 64
PIECE = 1024 * 1024
# what a reader's StreamError means for a package
STREAM_CODES = {
    "not_sealed": "corrupt_archive",
    "damaged": "damaged",
    "truncated": "truncated",
    "wrong_passphrase": "wrong_passphrase",
    "bad_passphrase": "bad_passphrase",
    "bad_kdf": "damaged",
}


def exchange_error(exc: StreamError, path: Path) -> ExchangeError:
    return ExchangeError(STREAM_CODES.get(exc.code, "damaged"), path, exc.detail)


def write_sealed_package(
    sink: BinaryIO,
    passphrase: str,
    manifest_raw: bytes,
    signature_hex: str,
    files: Iterable[tuple[FilePart, Path, str]],
    *,
    kdf: KdfParams,
    chunk_size: int = DEFAULT_CHUNK,
) -> None:
    """``files``: (part, source, dossier code); a source whose bytes are not the part's is refused
    ``pdf_changed`` naming the dossier."""
    writer = SealedWriter(sink, passphrase, kind=PACKAGE_FORMAT, kdf=kdf, chunk_size=chunk_size)
    writer.write(struct.pack(">I", len(manifest_raw)))
    writer.write(manifest_raw)
    writer.write(bytes.fromhex(signature_hex))
    for part, source, code in files:
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as handle:
            while piece := handle.read(PIECE):
                digest.update(piece)
                size += len(piece)
                writer.write(piece)
        if size != part.size or digest.hexdigest() != part.sha256:
            raise ExchangeError(
                "pdf_changed", source, "its SHA-256 is not the one recorded at import", dossier=code
            )
    writer.close()


class SealedPackage:
    """An open version-2 package: its manifest bytes and signature read, the files still to come."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = path
        try:
            self.reader = SealedReader(path, passphrase, kind=PACKAGE_FORMAT)
        except StreamError as exc:
            raise exchange_error(exc, path) from None
        except OSError as exc:
            raise ExchangeError("unreadable", path, exc.strerror or str(exc)) from None
        try:
            (length,) = struct.unpack(">I", self._exactly(4))
            if length > MANIFEST_LIMIT:
                raise ExchangeError("entry_too_large", path, f"manifest: {length} bytes")
            self.manifest_raw = self._exactly(length)
            self.signature = self._exactly(SIGNATURE_BYTES).hex()
        except BaseException:
            self.reader.close()
            raise

    def _exactly(self, size: int) -> bytes:
        try:
            data = self.reader.read(size)
        except StreamError as exc:
            raise exchange_error(exc, self.path) from None
        if len(data) != size:
            raise ExchangeError("damaged", self.path, "the package ends too early")
        return data

    @property
    def master(self) -> bytes:
        """The key derived from the passphrase (to seal the reviewer's signing key in the workspace)."""
        return self.reader.master

    @property
    def kdf(self) -> tuple[KdfParams, bytes]:
        return self.reader.params, self.reader.salt

    def copy_file(self, part: FilePart, target: Path) -> str:
        """The next file into ``target`` (a new file), exactly ``part.size`` bytes; its SHA-256."""
        digest = hashlib.sha256()
        left = part.size
        try:
            with target.open("xb") as sink:
                while left:
                    piece = self.reader.read(min(PIECE, left))
                    if not piece:
                        raise ExchangeError("damaged", self.path, f"{part.name}: the package ends too early")
                    left -= len(piece)
                    digest.update(piece)
                    sink.write(piece)
        except StreamError as exc:
            raise exchange_error(exc, self.path) from None
        except OSError as exc:
            raise ExchangeError("io_error", target, exc.strerror or str(exc)) from None
        return digest.hexdigest()

    def check_end(self) -> None:
        """Every chunk read and authenticated, the last one last, and nothing after the last file."""
        try:
            if not self.reader.at_end():
                raise ExchangeError("unexpected_entry", self.path, "data after the last file")
        except StreamError as exc:
            raise exchange_error(exc, self.path) from None

    def close(self) -> None:
        self.reader.close()

    def __enter__(self) -> SealedPackage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
