"""The size of a zip's central directory, read from its end records before ``zipfile`` reads it.

``zipfile.ZipFile`` builds a ``ZipInfo`` for every entry of the central directory as it opens an
archive: a crafted package with 400,000 entries took some 200–300 MB before its entries could even
be counted. This module reads the end-of-central-directory record (and the ZIP64 locator and record
that stand before it in a large archive) itself, refuses too many entries or too large a directory,
then walks the directory's fixed-size headers once, counting, without building anything — so the
archive ``zipfile`` then opens is known to be small. Only what a reader needs is parsed; anything
inconsistent (a missing or cut-off record, a directory outside the file, more than one disk) is
``corrupt_archive``.

Layout (APPNOTE.TXT 4.3.12–4.3.16): end record ``PK\\5\\6`` (22 bytes + comment) at the end; in a
ZIP64 archive a 20-byte locator ``PK\\6\\7`` right before it and the 56-byte ZIP64 end record
``PK\\6\\6`` right before that; the central directory ends where those records begin.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.exchange.errors import ExchangeError

END = struct.Struct(
    "<4s4H2LH"
)  # signature, disk, directory's disk, entries here, entries, size, offset, comment
END_SIGNATURE = b"PK\x05\x06"
LOCATOR = struct.Struct("<4sLQL")  # signature, disk of the ZIP64 record, its offset, number of disks
LOCATOR_SIGNATURE = b"PK\x06\x07"
END64 = struct.Struct(
    "<4sQ2H2L4Q"
)  # signature, record size, versions, disks, entries here, entries, size, offset
END64_SIGNATURE = b"PK\x06\x06"
HEADER = struct.Struct("<4s4B4HL2L5H2L")  # one central directory header, before its name, extra and comment
HEADER_SIGNATURE = b"PK\x01\x02"
MAX_COMMENT = 0xFFFF


@dataclass(frozen=True)
class Directory:
    entries: int  # as the end record says
    start: int  # where the central directory starts in the file
    size: int


def _corrupt(path: Path, detail: str) -> ExchangeError:
    return ExchangeError("corrupt_archive", path, detail)


def _read_at(handle: BinaryIO, offset: int, size: int) -> bytes:
    handle.seek(offset)
    return handle.read(size)


def read_directory(handle: BinaryIO, path: Path) -> Directory:
    """Where the central directory is and how many entries the end records say it holds."""
    file_size = handle.seek(0, 2)
    tail_size = min(file_size, END.size + MAX_COMMENT)
    tail = _read_at(handle, file_size - tail_size, tail_size)
    found = tail.rfind(END_SIGNATURE)
    if found < 0 or found + END.size > len(tail):
        raise _corrupt(path, "no end of central directory record (not a zip, or a cut-off copy)")
    end_at = file_size - tail_size + found
    _, disk, directory_disk, _, entries, size, offset, _ = END.unpack_from(tail, found)
    if disk or directory_disk:
        raise _corrupt(path, "a zip split over several disks")
    records_at = end_at
    if end_at >= LOCATOR.size:
        locator = _read_at(handle, end_at - LOCATOR.size, LOCATOR.size)
        if locator.startswith(LOCATOR_SIGNATURE):
            _, record_disk, _, disks = LOCATOR.unpack(locator)
            if record_disk or disks > 1:
                raise _corrupt(path, "a zip split over several disks")
            records_at = end_at - LOCATOR.size - END64.size
            record = _read_at(handle, records_at, END64.size) if records_at >= 0 else b""
            if len(record) != END64.size or not record.startswith(END64_SIGNATURE):
                raise _corrupt(path, "the ZIP64 end of central directory record is missing")
            _, _, _, _, disk, directory_disk, _, entries, size, offset = END64.unpack(record)
            if disk or directory_disk:
                raise _corrupt(path, "a zip split over several disks")
    start = records_at - size  # as zipfile reckons it: data may stand before the archive
    if start < 0 or offset > records_at:
        raise _corrupt(path, "the central directory lies outside the file")
    return Directory(entries, start, size)


def check_directory(path: Path, max_entries: int, max_bytes: int) -> int:
    """The number of entries, counted without building them; ``too_many_entries`` beyond the limits.

    Raises ``ExchangeError``: ``unreadable`` (OS error), ``corrupt_archive``, ``too_many_entries``.
    """
    try:
        with path.open("rb") as handle:
            directory = read_directory(handle, path)
            if directory.entries > max_entries:
                raise ExchangeError(
                    "too_many_entries", path, f"{directory.entries} entries, at most {max_entries}"
                )
            if directory.size > max_bytes:
                raise ExchangeError(
                    "too_many_entries",
                    path,
                    f"a central directory of {directory.size} bytes, at most {max_bytes}",
                )
            data = _read_at(handle, directory.start, directory.size)
    except FileNotFoundError:
        raise ExchangeError("unreadable", path, "no such file") from None
    except OSError as exc:
        raise ExchangeError("unreadable", path, exc.strerror or str(exc)) from None
    if len(data) != directory.size:
        raise _corrupt(path, "the central directory is cut off")
    count = _count_headers(data, path, max_entries)
    if count != directory.entries:
        raise _corrupt(
            path, f"the end record says {directory.entries} entries, the central directory holds {count}"
        )
    return count


def _count_headers(data: bytes, path: Path, max_entries: int) -> int:
    count = position = 0
    while position < len(data):
        if position + HEADER.size > len(data) or data[position : position + 4] != HEADER_SIGNATURE:
            raise _corrupt(path, f"damaged central directory at byte {position}")
        fields = HEADER.unpack_from(data, position)
        name, extra, comment = fields[12], fields[13], fields[14]
        position += HEADER.size + name + extra + comment
        count += 1
        if count > max_entries:
            raise ExchangeError("too_many_entries", path, f"more than {max_entries} entries")
    if position != len(data):
        raise _corrupt(path, "the central directory's last entry is cut off")
    return count
