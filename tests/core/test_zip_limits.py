"""What a hostile package may cost before it is refused: the entry count read from the end records
before ``zipfile`` builds its member list, and a PDF that inflates past the manifest's size stopped
before it is written (issue 11, item 6). Figures: bench/bench_hostile_zip.py."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.exchange import safe_zip
from app.exchange.errors import ExchangeError
from app.exchange.package_format import MANIFEST_NAME
from app.exchange.safe_zip import CHUNK, ZipLimits, copy_entry, open_archive
from app.exchange.zip_directory import check_directory
from app.services import workspace_build
from app.services.workspace import open_package, open_workspace
from tests.core.test_packages import exchange_panel, legacy_zip, packages_by_reviewer

MB = 1024 * 1024


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("zip-limits")
    panel = exchange_panel(folder / "chair")
    try:
        # the zip limits guard old, plain packages (a protected one is no zip: test_sealed_packages)
        return legacy_zip(packages_by_reviewer(panel, folder / "out")["C2"], folder / "legacy.dppkg")
    finally:
        panel.close()


def many_entries(target: Path, count: int) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for i in range(count):
            archive.writestr(zipfile.ZipInfo(f"e{i}"), b"")
    return target


def as_zip64(raw: bytes, *, claim_entries: int | None = None, drop_record: bool = False) -> bytes:
    """The same archive with ZIP64 end records (as a writer uses for > 65,535 entries or > 4 GiB)."""
    end_at = raw.rindex(b"PK\x05\x06")
    _, _, _, _, entries, size, offset, _ = struct.unpack_from("<4s4H2LH", raw, end_at)
    record = struct.pack(
        "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, claim_entries or entries, size, offset
    )
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end_at, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return raw[:end_at] + (b"" if drop_record else record) + locator + end


class NoZipfile:
    """Fails the test if ``zipfile`` is asked to read the archive's member list."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("zipfile.ZipFile read the central directory of a refusable archive")

        monkeypatch.setattr(safe_zip.zipfile, "ZipFile", refuse)


# ---------------------------------------------------------------------- the entry count, first
def test_too_many_entries_are_refused_before_zipfile_builds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = many_entries(tmp_path / "many.dppkg", 60)
    NoZipfile(monkeypatch)
    with pytest.raises(ExchangeError) as caught:
        open_package(package, tmp_path / "ws", limits=ZipLimits(entries=50))
    assert caught.value.code == "too_many_entries" and "60 entries" in caught.value.detail


def test_an_end_record_that_understates_the_count_is_caught_by_the_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = bytearray(many_entries(tmp_path / "many.dppkg", 60).read_bytes())
    end_at = raw.rindex(b"PK\x05\x06")
    struct.pack_into("<2H", raw, end_at + 8, 1, 1)  # "one entry"
    (tmp_path / "lying.dppkg").write_bytes(raw)
    NoZipfile(monkeypatch)
    with pytest.raises(ExchangeError) as caught:
        open_archive(tmp_path / "lying.dppkg", ZipLimits(entries=50))
    assert caught.value.code == "too_many_entries"
    with pytest.raises(ExchangeError) as caught:
        open_archive(tmp_path / "lying.dppkg", ZipLimits(entries=100))
    assert caught.value.code == "corrupt_archive" and "says 1 entries" in caught.value.detail


def test_a_central_directory_too_large_for_the_limit_is_refused(tmp_path: Path) -> None:
    package = many_entries(tmp_path / "many.dppkg", 60)
    with pytest.raises(ExchangeError) as caught:
        open_archive(package, ZipLimits(directory_bytes=1000))
    assert caught.value.code == "too_many_entries" and "central directory" in caught.value.detail


def test_zip64_end_records_are_read(good: Path, tmp_path: Path) -> None:
    zip64 = tmp_path / "zip64.dppkg"
    zip64.write_bytes(as_zip64(good.read_bytes()))
    assert check_directory(zip64, 10, MB) == 2
    with zipfile.ZipFile(zip64) as archive:  # the form is the one zipfile reads
        assert len(archive.infolist()) == 2
    workspace = open_package(zip64, tmp_path / "ws")
    panel, _ = open_workspace(workspace)
    panel.close()
    zip64.write_bytes(as_zip64(good.read_bytes(), claim_entries=400_000))
    with pytest.raises(ExchangeError) as caught:
        check_directory(zip64, 10_000, MB)
    assert caught.value.code == "too_many_entries" and "400000" in caught.value.detail
    zip64.write_bytes(as_zip64(good.read_bytes(), drop_record=True))
    with pytest.raises(ExchangeError) as caught:
        check_directory(zip64, 10_000, MB)
    assert caught.value.code == "corrupt_archive" and "ZIP64" in caught.value.detail


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"PK\x05\x06",
        b"PK\x05\x06" + bytes(18),  # an empty archive: fine
        b"x" * 100 + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, 46, 0, 0),  # directory outside
        b"x" * 100 + struct.pack("<4s4H2LH", b"PK\x05\x06", 1, 0, 0, 0, 0, 0, 0),  # several disks
        b"PK\x01\x02"
        + bytes(24)
        + struct.pack("<H", 10)
        + bytes(16)  # a name of 10 bytes that is not there
        + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, 46, 0, 0),
    ],
    ids=["empty", "cut", "no-entries", "outside", "disks", "cut-header"],
)
def test_damaged_end_records_are_corrupt_archives_never_crashes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "x.dppkg"
    path.write_bytes(raw)
    try:
        assert check_directory(path, 10, MB) == 0
    except ExchangeError as exc:
        assert exc.code == "corrupt_archive"


# ---------------------------------------------------------------------- a PDF that inflates
def inflating(good: Path, target: Path, megabytes: int, *, manifest_size: bool = True) -> Path:
    """The PDF entry replaced by a PDF header and ``megabytes`` of zeros, deflated (about 1/1000)."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == MANIFEST_NAME and not manifest_size:
                manifest = json.loads(data)
                for dossier in manifest["dossiers"]:
                    del dossier["size"]
                data = json.dumps(manifest).encode()
            if not info.filename.endswith(".pdf"):
                out.writestr(info, data)
                continue
            entry = zipfile.ZipInfo(info.filename)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with out.open(entry, "w") as sink:
                sink.write(b"%PDF-1.7\n")
                for _ in range(megabytes):
                    sink.write(bytes(MB))
    return target


class Written:
    """The most bytes any file unpacked by ``review open`` reached (the staging folder is deleted)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.largest = 0
        self.calls = 0
        original = workspace_build.copy_entry

        def watched(*args: Any, **kwargs: Any) -> str:
            self.calls += 1
            target = Path(args[3])
            try:
                return original(*args, **kwargs)
            finally:
                if target.exists():
                    self.largest = max(self.largest, target.stat().st_size)

        monkeypatch.setattr(workspace_build, "copy_entry", watched)


def test_a_pdf_inflating_past_the_manifest_size_writes_nothing(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crafted = inflating(good, tmp_path / "inflate.dppkg", 24)
    assert crafted.stat().st_size < MB
    written = Written(monkeypatch)
    with pytest.raises(ExchangeError) as caught:
        open_package(crafted, tmp_path / "ws")
    assert caught.value.code == "pdf_size_mismatch" and caught.value.dossier is not None
    assert written.largest == 0
    assert not (tmp_path / "ws").exists() or not any((tmp_path / "ws").iterdir())


def test_a_package_without_sizes_holds_its_pdfs_to_the_ratio(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crafted = inflating(good, tmp_path / "old.dppkg", 24, manifest_size=False)
    written = Written(monkeypatch)
    with pytest.raises(ExchangeError) as caught:
        open_package(crafted, tmp_path / "ws")
    assert caught.value.code == "compression_ratio" and written.largest == 0


def test_the_manifest_declares_each_pdfs_size(good: Path) -> None:
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read(MANIFEST_NAME))
        sizes = {i.filename: i.file_size for i in archive.infolist()}
    assert all(d["size"] == sizes[d["pdf"]] for d in manifest["dossiers"])


def test_unpacking_stops_at_the_declared_size_not_after_it(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("pdfs/x.pdf", bytes(16 * MB))
    target = tmp_path / "x.pdf"
    with zipfile.ZipFile(buffer) as archive:
        info = archive.getinfo("pdfs/x.pdf")
        with pytest.raises(ExchangeError) as caught:
            copy_entry(archive, info, tmp_path / "p.dppkg", target, limit=3 * MB + 5)
    assert caught.value.code == "entry_too_large"
    assert target.stat().st_size <= 3 * MB + 5  # never past the declared size, not even by a chunk
    assert target.stat().st_size >= 3 * MB + 5 - CHUNK
