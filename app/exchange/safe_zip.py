"""Reading a zip archive that came on a USB stick without trusting it.

A package may be truncated by a pulled stick, damaged, or crafted: entries named ``/etc/x`` or
``../../x`` (zip slip), or a small entry that inflates to gigabytes (zip bomb). Every entry name and
size is checked *before* anything is unpacked, and unpacking counts the bytes it really writes, so
a header that lies about sizes is caught too. Nothing here writes outside the path the caller gives.

Error codes (``ExchangeError.code``): ``unreadable``, ``corrupt_archive``, ``unsafe_entry``,
``duplicate_entry``, ``too_many_entries``, ``archive_too_large``, ``compression_ratio``,
``entry_too_large``, ``io_error``.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.exchange.errors import ExchangeError
from app.exchange.safe_names import entry_name_problem
from app.exchange.zip_directory import check_directory

GIB = 1024**3
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    total_bytes: int = 4 * GIB  # everything unpacked together
    ratio: int = 200  # unpacked / packed size of one entry; PDFs are exempt (stored, and checked by hash)
    entries: int = 10_000
    directory_bytes: int = 16 * 1024 * 1024  # the central directory, checked before zipfile reads it
    exempt_suffix: str = ".pdf"


DEFAULT_LIMITS = ZipLimits()


def open_archive(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """The archive, opened only once its end records show a central directory within ``limits``
    (``zipfile`` builds every entry of it in memory; ``app.exchange.zip_directory`` counts first)."""
    check_directory(path, limits.entries, limits.directory_bytes)
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ExchangeError("unreadable", path, "no such file") from None
    except OSError as exc:
        raise ExchangeError("unreadable", path, exc.strerror or str(exc)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        # a truncated copy loses the central directory at the end: BadZipFile
        raise ExchangeError("corrupt_archive", path, str(exc)) from None


def check_entries(
    archive: zipfile.ZipFile, path: Path, limits: ZipLimits = DEFAULT_LIMITS
) -> dict[str, zipfile.ZipInfo]:
    """Every entry's name and declared sizes, checked; returns the entries by name."""
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise ExchangeError("too_many_entries", path, f"{len(infos)} entries, at most {limits.entries}")
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        problem = entry_name_problem(name)
        if problem is not None:
            raise ExchangeError("unsafe_entry", path, f"{name!r}: {problem}")
        if name in entries:
            raise ExchangeError("duplicate_entry", path, repr(name))
        entries[name] = info
        total += info.file_size
        if total > limits.total_bytes:
            raise ExchangeError("archive_too_large", path, f"more than {limits.total_bytes} bytes unpacked")
        if not name.lower().endswith(limits.exempt_suffix) and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise ExchangeError(
                "compression_ratio",
                path,
                f"{name!r} unpacks {info.compress_size} bytes to {info.file_size} (limit {limits.ratio}x)",
            )
    return entries


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limit: int) -> bytes:
    """A small entry (the manifest) in memory, never more than ``limit`` bytes."""
    if info.file_size > limit:
        raise ExchangeError("entry_too_large", path, f"{info.filename!r}: {info.file_size} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as source:
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ExchangeError("entry_too_large", path, f"{info.filename!r}: over {limit} bytes")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise ExchangeError("corrupt_archive", path, f"{info.filename!r}: {exc}") from None
    return b"".join(chunks)


def copy_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, target: Path, limit: int | None = None
) -> str:
    """Unpack one entry to ``target`` (a new file), returning its SHA-256; the CRC is checked on the way.

    The bytes are hashed and counted as they stream, against the entry's declared size and ``limit``
    (the size the manifest declares): unpacking stops before a chunk would pass either, so no more
    than that is ever written.
    """
    limit = info.file_size if limit is None else min(limit, info.file_size)
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as source, target.open("xb") as sink:
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ExchangeError(
                        "entry_too_large", path, f"{info.filename!r} unpacks to more than its {limit} bytes"
                    )
                digest.update(chunk)
                sink.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise ExchangeError("corrupt_archive", path, f"{info.filename!r}: {exc}") from None
    except OSError as exc:
        raise ExchangeError("io_error", target, exc.strerror or str(exc)) from None
    return digest.hexdigest()
