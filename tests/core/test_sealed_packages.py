"""Protected packages end to end (issue 11 items 8-10): what a finder of the stick, a handler of the
package and a copy of the workspace can and cannot do, old packages read-only, the slip, migration."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import select

from app.cli import main
from app.exchange import crypto
from app.exchange.errors import ExchangeError
from app.exchange.sealed_stream import read_header
from app.models import schema
from app.models.database import open_panel_file
from app.printing.documents import print_passphrase_slips
from app.services.merge import merge_files
from app.services.panel import Panel
from app.services.review_service import ReviewError, ReviewService
from app.services.workspace import (
    export_reviewer_file,
    import_workspace_scores,
    is_read_only,
    open_package,
    open_workspace,
)
from tests.core.panel_fixtures import write_csv
from tests.core.test_packages import (
    D3,
    exchange_panel,
    legacy_zip,
    open_pkg,
    packages_by_reviewer,
    panel_signing_key,
    passphrase_of,
    read_manifest,
    reseal,
    sealed_contents,
    tree_digest,
)


@pytest.fixture
def chair(tmp_path: Path) -> Any:
    panel = exchange_panel(tmp_path / "chair")
    yield panel
    panel.close()


def _score(workspace: Path, reviewer: str, points: str = "2") -> None:
    panel, _ = open_workspace(workspace)
    try:
        code = ReviewService(panel, reviewer).dossier_codes()[0]
        ReviewService(panel, reviewer).add_deduction(code, "b.four", Decimal(points), text="询问不全")
    finally:
        panel.close()


# ---------------------------------------------------------------------- a finder of the stick
def test_the_round_trip_package_open_score_export_merge(chair: Panel, tmp_path: Path) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    workspace = open_pkg(package, tmp_path / "ws")
    _score(workspace, "C2")
    exported = export_reviewer_file(workspace, tmp_path / "c2.dpreview", passphrase=passphrase_of(package))
    report = merge_files(chair, [exported.path])
    assert [f.outcome for f in report.files] == ["merged"]
    envelope = json.loads(exported.path.read_bytes())
    with chair.engine.connect() as conn:
        public = conn.execute(
            select(schema.meta.c.value).where(schema.meta.c.key == "panel_public_key")
        ).scalar_one()
    assert envelope["version"] == 2 and envelope["panel_key"] == crypto.fingerprint(public)
    assert envelope["reviewer_key"] == crypto.fingerprint(
        read_manifest(package)["reviewer_key"]["public_key"]
    )


def test_a_found_stick_shows_no_name_case_number_or_pdf(chair: Panel, tmp_path: Path) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    raw = package.read_bytes()
    pdf = chair.dossier_files()[D3].pdf_path
    assert pdf is not None
    for secret in ("李交叉", "张三丰", "乙县", D3, "乙县某厂未批先建案"):
        assert secret.encode() not in raw
    assert pdf.read_bytes()[:200] not in raw and b"%PDF" not in raw
    with package.open("rb") as handle:
        _aad, header = read_header(handle)
    assert set(header) == {"cipher", "chunk_size", "check", "kdf", "kind", "nonce_prefix", "version"}


def test_a_wrong_or_missing_passphrase_is_refused_and_nothing_is_written(
    chair: Panel, tmp_path: Path
) -> None:
    packages = packages_by_reviewer(chair, tmp_path / "out")
    package = packages["E1"]
    right = passphrase_of(package)
    root = tmp_path / "ws"
    for passphrase, code in (
        (None, "passphrase_required"),
        ("1234", "bad_passphrase"),
        (right[:-1] + ("1" if right[-1] != "1" else "2"), "wrong_passphrase"),
        (passphrase_of(packages["E2"]), "wrong_passphrase"),  # another reviewer's slip
    ):
        with pytest.raises(ExchangeError) as caught:
            open_package(package, root, passphrase=passphrase)
        assert caught.value.code == code
        assert not root.exists() or not any(root.iterdir())


def test_sampled_flips_cuts_and_junk_of_a_real_package_are_refused_leaving_the_workspace_as_it_was(
    chair: Panel, tmp_path: Path
) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    root = tmp_path / "ws"
    workspace = open_pkg(package, root)
    _score(workspace, "C2")
    before = tree_digest(root)
    raw = package.read_bytes()
    crafted = tmp_path / "crafted.dppkg"
    variants = [
        raw[:position] + bytes([raw[position] ^ 0x80]) + raw[position + 1 :]
        for position in range(0, len(raw), max(1, len(raw) // 150))
    ]
    variants += [raw[:n] for n in range(0, len(raw), max(1, len(raw) // 40))]
    variants += [raw + b"\x00", raw + raw[-100:]]
    for data in variants:
        crafted.write_bytes(data)
        with pytest.raises(ExchangeError) as caught:
            open_package(crafted, root, passphrase=passphrase_of(package))
        assert caught.value.code in {"damaged", "truncated", "wrong_passphrase", "corrupt_archive"}, (
            caught.value
        )
        assert tree_digest(root) == before
        assert [p.name for p in root.iterdir()] == [workspace.parent.name]


# ---------------------------------------------------------------------- a handler of the package
def _swapped_pdf(package: Path) -> tuple[bytes, dict[str, bytes]]:
    """The package's manifest and files with its PDF replaced by another (hash and size updated)."""
    raw, _signature, files = sealed_contents(package)
    manifest = json.loads(raw)
    [(name, _old)] = files.items()
    forged = files[name] + b"\n% swapped: another page could be here\n"
    digest = hashlib.sha256(forged).hexdigest()
    new_name = f"pdfs/{digest}.pdf"
    manifest["files"] = [{"name": new_name, "sha256": digest, "size": len(forged)}]
    for dossier in manifest["dossiers"]:
        dossier |= {"pdf": new_name, "sha256": digest, "size": len(forged)}
    return json.dumps(manifest, ensure_ascii=False).encode(), {new_name: forged}


def test_a_swapped_pdf_without_the_panel_key_fails_the_signature(chair: Panel, tmp_path: Path) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    manifest, files = _swapped_pdf(package)
    not_the_panels = crypto.new_signing_key()  # a handler has no panel key
    forged = reseal(package, tmp_path / "forged.dppkg", manifest, signing_key=not_the_panels, files=files)
    # the forger kept the panel's public key in the manifest: the signature does not verify with it
    with pytest.raises(ExchangeError) as caught:
        open_pkg(forged, tmp_path / "ws")
    assert caught.value.code == "bad_package_signature"


def test_a_package_re_signed_with_another_key_is_refused_at_open(chair: Panel, tmp_path: Path) -> None:
    """Someone with the stick and the slip swaps a PDF and the reviewer's key, signs with a key of
    their own and seals it again: the slip names the panel's key, so it is refused, before merging."""
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    raw, files = _swapped_pdf(package)
    manifest = json.loads(raw)
    theirs = crypto.new_signing_key()
    public = crypto.public_key(theirs)
    mine = crypto.new_signing_key()  # the forger's reviewer key: files they sign would verify
    manifest["panel_key"] = {"public_key": public, "fingerprint": crypto.fingerprint(public)}
    manifest["reviewer_key"] = {"public_key": crypto.public_key(mine), "private_key": mine}
    changed = json.dumps(manifest, ensure_ascii=False).encode()
    forged = reseal(package, tmp_path / "forged.dppkg", changed, signing_key=theirs, files=files)
    with pytest.raises(ExchangeError) as caught:
        open_pkg(forged, tmp_path / "fresh-laptop")  # even on a laptop that never saw the panel
    assert caught.value.code == "panel_key_mismatch"
    assert not (tmp_path / "fresh-laptop").exists() or not any((tmp_path / "fresh-laptop").iterdir())

    # a forger who also prints a new slip matching their key: the reviewer's workspace knows the panel
    workspace = open_pkg(package, tmp_path / "ws")
    before = tree_digest(tmp_path / "ws")
    slip = crypto.new_passphrase(crypto.fingerprint(public))
    forged = reseal(
        package, tmp_path / "forged2.dppkg", changed, signing_key=theirs, files=files, passphrase=slip
    )
    with pytest.raises(ExchangeError) as caught:
        open_pkg(forged, tmp_path / "ws")
    assert caught.value.code == "other_panel_key"
    assert tree_digest(tmp_path / "ws") == before and workspace.exists()


def test_a_package_re_signed_by_the_panel_with_changes_is_accepted(chair: Panel, tmp_path: Path) -> None:
    """The other side of the signature check: the panel's own key signs, the workspace opens."""
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    raw, files = _swapped_pdf(package)
    resigned = reseal(package, tmp_path / "ok.dppkg", raw, signing_key=panel_signing_key(chair), files=files)
    assert open_pkg(resigned, tmp_path / "ws").is_file()


# ---------------------------------------------------------------------- a copy of the workspace
def test_a_copy_of_the_workspace_cannot_sign(chair: Panel, tmp_path: Path) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    workspace = open_pkg(package, tmp_path / "ws")
    _score(workspace, "C2")
    copy = tmp_path / "stolen"
    shutil.copytree(workspace.parent, copy)
    private = read_manifest(package)["reviewer_key"]["private_key"]
    for file in copy.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            assert private.encode() not in data and bytes.fromhex(private) not in data, file
    for passphrase, code in ((None, "passphrase_required"), ("2" * 24, "wrong_passphrase")):
        with pytest.raises(ExchangeError) as caught:
            export_reviewer_file(copy, tmp_path / "x.dpreview", passphrase=passphrase)
        assert caught.value.code == code
    assert not (tmp_path / "x.dpreview").exists()
    # editing the sealed key in the copy does not help either
    db = sqlite3.connect(copy / "workspace.dpanel")
    stored = json.loads(db.execute("SELECT value FROM meta WHERE key='signing_key'").fetchone()[0])
    stored["sealed"] = stored["sealed"][:-2] + ("00" if stored["sealed"][-2:] != "00" else "11")
    db.execute("UPDATE meta SET value = ? WHERE key='signing_key'", (json.dumps(stored),))
    db.commit()
    db.close()
    with pytest.raises(ExchangeError) as caught:
        export_reviewer_file(copy, tmp_path / "x.dpreview", passphrase=passphrase_of(package))
    assert caught.value.code == "wrong_passphrase"
    # a file signed with any key a thief can make is refused by the merge
    forged = export_reviewer_file(workspace, tmp_path / "real.dpreview", passphrase=passphrase_of(package))
    from tests.core.test_merge import resign

    fake = resign(forged.path.read_bytes(), crypto.new_signing_key(), lambda d: None)
    (tmp_path / "fake.dpreview").write_bytes(fake)
    report = merge_files(chair, [tmp_path / "fake.dpreview"])
    assert [p.code for p in report.files[0].problems] == ["unknown_key"]


def test_a_newer_package_carries_the_work_and_seals_its_own_key(chair: Panel, tmp_path: Path) -> None:
    first = packages_by_reviewer(chair, tmp_path / "v1")["C2"]
    workspace = open_pkg(first, tmp_path / "ws")
    _score(workspace, "C2")
    one = export_reviewer_file(workspace, tmp_path / "1.dpreview", passphrase=passphrase_of(first))
    second = packages_by_reviewer(chair, tmp_path / "v2")["C2"]
    assert open_pkg(second, tmp_path / "ws") == workspace
    with pytest.raises(ExchangeError) as caught:  # the old slip no longer unlocks the key
        export_reviewer_file(workspace, tmp_path / "2.dpreview", passphrase=passphrase_of(first))
    assert caught.value.code == "wrong_passphrase"
    two = export_reviewer_file(workspace, tmp_path / "2.dpreview", passphrase=passphrase_of(second))
    report = merge_files(chair, [one.path, two.path])  # files of both keys are the reviewer's
    assert sorted(f.outcome for f in report.files) == ["merged", "refused"]
    assert [p.code for f in report.files for p in f.problems] == ["older_sequence"]


# ---------------------------------------------------------------------- old, unprotected packages
def test_an_old_package_opens_read_only(chair: Panel, tmp_path: Path) -> None:
    old = legacy_zip(packages_by_reviewer(chair, tmp_path / "out")["C2"], tmp_path / "old.dppkg")
    workspace = open_package(old, tmp_path / "ws")
    panel, meta = open_workspace(workspace)
    try:
        assert is_read_only(meta) and "secret" not in meta
        service = ReviewService(panel, "C2")
        assert service.read_only and not service.state(D3).deductions
        with pytest.raises(ReviewError) as caught:
            service.add_deduction(D3, "b.four", Decimal("1"), text="询问不全")
        assert caught.value.problem == "unprotected_workspace"
        service.mark_visited(D3, "b.four")  # looking is allowed, and leaves nothing
    finally:
        panel.close()
    for attempt in (
        lambda: export_reviewer_file(workspace, tmp_path / "x.dpreview", passphrase="2" * 24),
        lambda: import_workspace_scores(
            workspace,
            write_csv(
                tmp_path / "s.csv",
                ["reviewer", "dossier", "item", "points", "reason"],
                [["C2", D3, "b.four", "1", "x"]],
            ),
        ),
    ):
        with pytest.raises(ExchangeError) as refused:
            attempt()
        assert refused.value.code == "read_only_workspace"


def test_an_old_package_never_replaces_a_protected_workspace(chair: Panel, tmp_path: Path) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    workspace = open_pkg(package, tmp_path / "ws")
    _score(workspace, "C2")
    before = tree_digest(tmp_path / "ws")
    old = legacy_zip(package, tmp_path / "old.dppkg")
    with pytest.raises(ExchangeError) as caught:
        open_package(old, tmp_path / "ws")
    assert caught.value.code == "unprotected_package" and tree_digest(tmp_path / "ws") == before


def test_the_command_line_says_an_old_package_is_unprotected(
    chair: Panel, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = legacy_zip(packages_by_reviewer(chair, tmp_path / "out")["C2"], tmp_path / "old.dppkg")
    assert main(["review", "open", str(old), "--workspace", str(tmp_path / "ws")]) == 0
    out, err = capsys.readouterr()
    assert "old, unprotected package" in err and "read-only" in err
    workspace = out.strip().splitlines()[-1]
    assert main(["review", "export", workspace, "--out", str(tmp_path / "x.dpreview")]) == 2
    _out, err = capsys.readouterr()
    assert "[read_only_workspace]" in err and len(err.strip().splitlines()) == 1


def test_a_version_1_file_is_refused_once_the_reviewer_has_a_protected_package(
    chair: Panel, tmp_path: Path
) -> None:
    from app.exchange.reviewer_file import sign
    from app.services.packages import reviewer_secrets

    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    workspace = open_pkg(package, tmp_path / "ws")
    _score(workspace, "C2")
    real = export_reviewer_file(workspace, tmp_path / "c2.dpreview", passphrase=passphrase_of(package))
    document = json.loads(real.path.read_bytes())
    with chair.engine.connect() as conn:
        secret = reviewer_secrets(conn)["C2"]  # even the right HMAC key: the protected key is required
    header = {k: document[k] for k in ("panel_id", "reviewer_id", "sequence")}
    (tmp_path / "v1.dpreview").write_bytes(sign(header, document["body"], secret))
    report = merge_files(chair, [tmp_path / "v1.dpreview"])
    assert [p.code for p in report.files[0].problems] == ["legacy_signature"]


# ---------------------------------------------------------------------- the chair's side
def test_the_slip_prints_the_passphrase_and_the_panel_key(chair: Panel, tmp_path: Path) -> None:
    packages = packages_by_reviewer(chair, tmp_path / "out")
    printed = print_passphrase_slips(chair, tmp_path / "slips.pdf")
    assert printed.sheets == 5 and printed.pages == 5
    with pymupdf.open(printed.path) as doc:
        pages = [page.get_text() for page in doc]
    e1 = next(text for text in pages if "王专家" in text)
    assert passphrase_of(packages["E1"]) in e1 and "交换面板" in e1 and packages["E1"].name in e1
    assert "口令" in e1 and "U盘" in e1
    fingerprint = read_manifest(packages["E1"])["panel_key"]["fingerprint"][:4].upper()
    assert fingerprint in e1
    assert sum(passphrase_of(p) in text for p in packages.values() for text in pages) == 5  # one each


def test_the_command_line_prints_passphrases_and_writes_slips_apart(
    chair: Panel, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chair.close()
    out_dir = tmp_path / "stick"
    code = main(["package", str(chair.path), "--out", str(out_dir), "--slips", str(out_dir / "slips.pdf")])
    _out, err = capsys.readouterr()
    assert code == 2 and "must not go with the packages" in err and not out_dir.exists()
    code = main(["package", str(chair.path), "--out", str(out_dir), "--slips", str(tmp_path / "slips.pdf")])
    out, _err = capsys.readouterr()
    assert code == 0 and (tmp_path / "slips.pdf").is_file()
    lines = [line for line in out.splitlines() if " -> " in line]
    assert len(lines) == 5 and all(len(line.rsplit("passphrase ", 1)[1]) == 29 for line in lines)


def test_an_old_panel_gets_a_signing_key_by_migration_with_a_backup(chair: Panel, tmp_path: Path) -> None:
    chair.close()
    db = sqlite3.connect(chair.path)
    db.execute("DELETE FROM meta WHERE key IN ('panel_signing_key', 'panel_public_key')")
    db.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", ("4",)
    )  # before migration 5 (the signing key)
    db.commit()
    db.close()
    backups: list[Path] = []
    engine = open_panel_file(chair.path, on_backup=backups.append)
    with engine.connect() as conn:
        keys = dict(
            conn.execute(
                select(schema.meta.c.key, schema.meta.c.value).where(schema.meta.c.key.like("panel_%_key"))
            ).all()
        )
    engine.dispose()
    assert crypto.public_key(keys["panel_signing_key"]) == keys["panel_public_key"]
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT count(*) FROM meta WHERE key = 'panel_signing_key'").fetchone()[0] == 0
    old.close()
    with Panel.open(chair.path) as reopened:
        assert packages_by_reviewer(reopened, tmp_path / "out")  # and it packages


def test_a_workspace_gets_no_panel_key_from_the_migration(chair: Panel, tmp_path: Path) -> None:
    workspace = open_pkg(packages_by_reviewer(chair, tmp_path / "out")["C2"], tmp_path / "ws")
    db = sqlite3.connect(workspace)
    db.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", ("4",)
    )  # before migration 5 (the signing key)
    db.commit()
    db.close()
    open_panel_file(workspace).dispose()
    db = sqlite3.connect(workspace)
    assert db.execute("SELECT count(*) FROM meta WHERE key = 'panel_signing_key'").fetchone()[0] == 0
    db.close()


def test_a_real_package_uses_the_strong_default(
    chair: Panel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_KDF", crypto.STRONG_KDF)
    package = packages_by_reviewer(chair, tmp_path / "out", reviewer_ids=["C2"])["C2"]
    with package.open("rb") as handle:
        _aad, header = read_header(handle)
    assert header["kdf"]["n"] == crypto.STRONG_KDF.n and header["kdf"]["r"] == 8
    assert open_pkg(package, tmp_path / "ws").is_file()
