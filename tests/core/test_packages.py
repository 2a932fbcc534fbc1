"""Reviewer packages and the reviewer's workspace: what goes in, what a laptop accepts, what it keeps.

The helpers at the top (a small rule set, checklist and panel with five reviewers and assignments)
are shared with test_merge.py.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select

from app.exchange import crypto
from app.exchange.errors import ExchangeError
from app.exchange.package_format import MANIFEST_NAME, PACKAGE_FORMAT, signed_bytes
from app.exchange.safe_zip import ZipLimits
from app.exchange.sealed_package import SealedPackage
from app.exchange.sealed_stream import SealedWriter, is_sealed
from app.models import schema
from app.review.checklist import Checklist
from app.review.ruleset import RuleSet
from app.services.packages import SECRET_PREFIX, build_packages
from app.services.panel import Panel
from app.services.panel_keys import panel_key, passphrases
from app.services.registry import add_candidates, add_dossiers, add_reviewers
from app.services.review_service import ReviewService
from app.services.workspace import (
    WORKSPACE_FILE,
    export_reviewer_file,
    open_package,
    open_workspace,
)
from tests.core.panel_fixtures import make_pdf, write_csv

CHECKLIST = Checklist.model_validate(
    {
        "id": "exchange-test",
        "title": "交换测试评查表",
        "version": "1",
        "sections": [
            {
                "id": "a",
                "title": "现场检查笔录",
                "items": [
                    {
                        "id": "a.one",
                        "text": "时间地点",
                        "max_points": 10,
                        "reasons": [
                            {"id": "r1", "text": "未记录结束时间", "points": 2},
                            {"id": "r2", "text": "地点含糊", "min_points": 1, "max_points": 4},
                        ],
                    },
                    {
                        "id": "a.two",
                        "text": "执法人员",
                        "max_points": 10,
                        "free_deduction": False,
                        "reasons": [{"id": "r3", "text": "执法人员少于两人", "points": 5}],
                    },
                ],
            },
            {
                "id": "b",
                "title": "调查询问笔录",
                "items": [
                    {"id": "b.three", "text": "告知权利", "max_points": 20, "requires_anchor": True},
                    {"id": "b.four", "text": "询问内容", "max_points": 60},
                ],
            },
        ],
        "vetoes": [{"id": "not-qualified", "text": "执法人员不具备资格", "effect": "dossier_zero"}],
    }
)

RULESET = RuleSet.model_validate(
    {
        "id": "exchange-2026",
        "title": "交换测试",
        "version": "1",
        "document": {"title": "测试通知", "issuer": "测试局", "year": 2026},
        "checklist": "exchange-test",
        "dossier_types": [
            {"code": "general", "name": "一般行政处罚案卷"},
            {"code": "supporting", "name": "配套办法案卷"},
        ],
        "levels": [{"code": "county", "name": "县级"}, {"code": "individual", "name": "个人"}],
        "candidate_kinds": [
            {
                "code": "county-unit",
                "name": "县级集体",
                "candidate_class": "unit",
                "level": "county",
                "max_points": 100,
                "indicator": {"formula": "mean"},
                "requirements": [
                    {"type": "general", "source": "recommended", "count": 1},
                    {"type": "supporting", "source": "drawn", "count": 1},
                ],
            },
            {
                "code": "individual",
                "name": "个人",
                "candidate_class": "individual",
                "level": "individual",
                "max_points": 20,
                "indicator": {"formula": "per_dossier", "points_per_dossier": 10},
                "requirements": [{"type": "general", "source": "drawn", "count": 1}],
            },
        ],
    }
)

D1, D2, D3 = "甲环罚〔2026〕1号", "甲环罚〔2026〕2号", "乙环罚〔2026〕3号"
# who reviews what: three experts everything, each cross-reviewer outside their own region
ASSIGNMENTS = {
    "E1": [D1, D2, D3],
    "E2": [D1, D2, D3],
    "E3": [D1, D2, D3],
    "C1": [D1, D2],
    "C2": [D3],
}


def exchange_panel(
    folder: Path, *, blind: bool = False, assignments: dict[str, list[str]] | None = None
) -> Panel:
    """Two candidates of two levels, three dossiers with PDFs, three experts, two cross-reviewers."""
    folder.mkdir(parents=True, exist_ok=True)
    panel = Panel.create(
        folder / "chair.dpanel", RULESET, checklists={CHECKLIST.id: CHECKLIST}, title="交换面板", blind=blind
    )
    write_csv(
        folder / "candidates.csv",
        ["id", "name", "kind", "region", "officer_name", "officer_certificate"],
        [
            ["U1", "甲县生态环境局", "county-unit", "甲县", "", ""],
            ["P1", "张三丰", "个人", "乙县", "张三丰", "32000001"],
        ],
    )
    add_candidates(panel, folder / "candidates.csv")
    make_pdf(folder / "d1.pdf", 3, "现场检查笔录一")
    make_pdf(folder / "d2.pdf", 4, "现场检查笔录二")
    make_pdf(folder / "d3.pdf", 2, "调查询问笔录三")
    write_csv(
        folder / "dossiers.csv",
        ["案卷编号", "候选对象编号", "案卷类型", "来源", "案由", "PDF"],
        [
            [D1, "U1", "general", "推选", "甲县某厂超标排放案", "d1.pdf"],
            [D2, "U1", "supporting", "drawn", "甲县某厂查封扣押案", "d2.pdf"],
            [D3, "P1", "general", "drawn", "乙县某厂未批先建案", "d3.pdf"],
        ],
    )
    add_dossiers(panel, folder / "dossiers.csv")
    write_csv(
        folder / "reviewers.csv",
        ["id", "name", "role", "region"],
        [
            ["E1", "王专家", "expert", ""],
            ["E2", "赵专家", "expert", ""],
            ["E3", "孙专家", "expert", ""],
            ["C1", "钱交叉", "cross", "丙县"],
            ["C2", "李交叉", "cross", "丁县"],
        ],
    )
    add_reviewers(panel, folder / "reviewers.csv")
    assign(panel, assignments or ASSIGNMENTS)
    return panel


def assign(panel: Panel, assignments: dict[str, list[str]]) -> None:
    """Assignment rows written directly (the assignment service is another engineer's work)."""
    with panel.transaction() as conn:
        ids = dict(conn.execute(select(schema.dossiers.c.code, schema.dossiers.c.id)).all())
        conn.execute(delete(schema.assignments))
        rows = [
            {"reviewer_id": r, "dossier_id": ids[code], "created_at": datetime.now(UTC).replace(tzinfo=None)}
            for r, codes in assignments.items()
            for code in codes
        ]
        conn.execute(insert(schema.assignments), rows)


# every package the helpers made, with its passphrase (as the slip would carry it)
PASSPHRASES: dict[Path, str] = {}


def packages_by_reviewer(panel: Panel, out: Path, **kwargs: Any) -> dict[str, Path]:
    built = build_packages(panel, out, **kwargs)
    with panel.engine.connect() as conn:
        words = passphrases(conn)
    for reviewer, path in built:
        PASSPHRASES[path] = words[reviewer.id]
    return {reviewer.id: path for reviewer, path in built}


def passphrase_of(package: Path) -> str:
    return PASSPHRASES[Path(package)]


def open_pkg(package: Path, root: Path | None = None, **kwargs: Any) -> Path:
    """``open_package`` with the package's passphrase, as the reviewer types it from the slip."""
    return open_package(package, root, passphrase=PASSPHRASES.get(Path(package)), **kwargs)


def export_file(workspace: Path, out: Path, passphrase: str) -> Any:
    return export_reviewer_file(workspace, out, passphrase=passphrase)


def sealed_contents(package: Path, passphrase: str | None = None) -> tuple[bytes, str, dict[str, bytes]]:
    """What a protected package holds: the manifest's bytes, the signature, the files by name."""
    with SealedPackage(package, passphrase or passphrase_of(package)) as sealed:
        manifest = json.loads(sealed.manifest_raw)
        files = {}
        for part in manifest["files"]:
            files[part["name"]] = sealed.reader.read(part["size"])
        sealed.check_end()
        return sealed.manifest_raw, sealed.signature, files


def reseal(
    package: Path,
    target: Path,
    manifest_raw: bytes,
    *,
    signing_key: str,
    files: dict[str, bytes] | None = None,
    passphrase: str | None = None,
) -> Path:
    """A protected package with another manifest (and files), signed with ``signing_key`` and sealed
    under ``passphrase`` (default: the package's own): what someone holding those keys could make."""
    _raw, _signature, original = sealed_contents(package)
    files = original if files is None else files
    with target.open("wb") as sink:
        writer = SealedWriter(
            sink, passphrase or passphrase_of(package), kind=PACKAGE_FORMAT, kdf=crypto.DEFAULT_KDF
        )
        writer.write(struct.pack(">I", len(manifest_raw)) + manifest_raw)
        writer.write(bytes.fromhex(crypto.sign_bytes(signing_key, signed_bytes(manifest_raw))))
        for data in files.values():
            writer.write(data)
        writer.close()
    PASSPHRASES[target] = passphrase or passphrase_of(package)
    return target


def panel_signing_key(panel: Panel) -> str:
    with panel.engine.connect() as conn:
        return panel_key(conn).private_key


def read_manifest(package: Path) -> dict[str, Any]:
    if is_sealed(package):
        return json.loads(sealed_contents(package)[0])
    with zipfile.ZipFile(package) as archive:
        return json.loads(archive.read(MANIFEST_NAME))


def legacy_entries(package: Path, secret: str | None = None) -> dict[str, bytes]:
    """The entries of a version-1 zip with the same content as a protected package (an old package)."""
    raw, _signature, files = sealed_contents(package)
    manifest = json.loads(raw)
    for field in ("panel_key", "reviewer_key", "files"):
        manifest.pop(field)
    manifest |= {"version": 1, "secret": secret or "ab" * 32}
    return {MANIFEST_NAME: json.dumps(manifest, ensure_ascii=False).encode()} | files


def legacy_zip(package: Path, target: Path, secret: str | None = None) -> Path:
    return rewrite_zip(package, target, lambda entries: entries, secret=secret)


def rewrite_zip(
    source: Path,
    target: Path,
    change: Callable[[dict[str, bytes]], dict[str, bytes]],
    *,
    secret: str | None = None,
    **kwargs: Any,
) -> Path:
    """A copy of a package with its entries changed (tampering, for the refusal tests). A protected
    package becomes an old plain zip first: the tampering old packages were open to."""
    if is_sealed(source):
        entries = legacy_entries(source, secret)
    else:
        with zipfile.ZipFile(source) as archive:
            entries = {info.filename: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, **kwargs) as archive:
        for name, data in change(entries).items():
            archive.writestr(name, data)
    return target


def change_manifest(
    update: Callable[[dict[str, Any]], None],
) -> Callable[[dict[str, bytes]], dict[str, bytes]]:
    def change(entries: dict[str, bytes]) -> dict[str, bytes]:
        manifest = json.loads(entries[MANIFEST_NAME])
        update(manifest)
        return entries | {MANIFEST_NAME: json.dumps(manifest, ensure_ascii=False).encode()}

    return change


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def chair(tmp_path: Path) -> Iterator[Panel]:
    panel = exchange_panel(tmp_path / "chair")
    yield panel
    panel.close()


# ---------------------------------------------------------------------- building packages
def test_a_package_holds_the_manifest_and_only_the_assigned_pdfs(chair: Panel, tmp_path: Path) -> None:
    packages = packages_by_reviewer(chair, tmp_path / "out")
    assert sorted(packages) == ["C1", "C2", "E1", "E2", "E3"]
    manifest = read_manifest(packages["C2"])
    assert manifest["format"] == "dossier-panel/reviewer-package" and manifest["version"] == 2
    assert manifest["panel"]["id"] == chair.info.id and manifest["panel"]["title"] == "交换面板"
    assert manifest["reviewer"] == {"id": "C2", "name": "李交叉", "role": "cross"}
    assert manifest["blind"] is False
    files = chair.dossier_files()
    [dossier] = manifest["dossiers"]
    assert dossier["code"] == D3 and dossier["case_number"] == D3
    assert dossier["type"] == "general" and dossier["source"] == "drawn"
    assert dossier["sha256"] == files[D3].sha256 and dossier["page_count"] == 2
    assert dossier["checklist_hash"] == chair.checklist("exchange-test").content_hash
    kinds = {(s["kind"], s["ref_id"]): s["content_hash"] for s in manifest["snapshots"]}
    assert kinds == {(k, ref): h for (k, ref), h in chair.snapshot_hashes().items()}
    assert manifest["candidates"] == [
        {"ref": "P1", "name": "张三丰", "kind": "individual", "level": "individual", "region": "乙县"}
    ]
    pdf = files[D3].pdf_path
    assert pdf is not None
    assert manifest["files"] == [
        {"name": f"pdfs/{files[D3].sha256}.pdf", "sha256": files[D3].sha256, "size": pdf.stat().st_size}
    ]
    assert sealed_contents(packages["C2"])[2] == {f"pdfs/{files[D3].sha256}.pdf": pdf.read_bytes()}
    assert len(read_manifest(packages["E1"])["dossiers"]) == 3
    assert "secret" not in manifest or manifest["secret"] is None  # the chair's token key stays home


def test_every_package_has_a_fresh_passphrase_and_reviewer_key_and_the_chair_keeps_no_private_half(
    chair: Panel, tmp_path: Path
) -> None:
    first = packages_by_reviewer(chair, tmp_path / "one")
    second = packages_by_reviewer(chair, tmp_path / "two")
    words = [passphrase_of(p) for p in [*first.values(), *second.values()]]
    assert len(set(words)) == 10  # new for every package
    keys = {r: read_manifest(p)["reviewer_key"] for r, p in first.items()}
    again = {r: read_manifest(p)["reviewer_key"] for r, p in second.items()}
    assert all(keys[r]["public_key"] != again[r]["public_key"] for r in keys)
    with chair.engine.connect() as conn:
        meta = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
    assert json.loads(meta["reviewer_keys:E1"]) == [keys["E1"]["public_key"], again["E1"]["public_key"]]
    stored = json.dumps(meta) + json.dumps(chair.audit_entries(), ensure_ascii=False, default=str)
    assert not any(k["private_key"] in stored for k in [*keys.values(), *again.values()])
    assert meta["package_passphrase:E1"] == passphrase_of(second["E1"])  # the newest, for its slip
    log = json.dumps(chair.audit_entries(), ensure_ascii=False, default=str)
    assert not any(w in log for w in words)  # passphrases never reach the audit log
    secrets = {k: v for k, v in meta.items() if k.startswith(SECRET_PREFIX)}
    assert len(secrets) == 5 and not any(v in log for v in secrets.values())  # token keys, kept home


def test_a_blind_package_carries_no_candidate_names_or_regions(tmp_path: Path) -> None:
    panel = exchange_panel(tmp_path / "chair", blind=True)
    packages = packages_by_reviewer(panel, tmp_path / "out")
    for package in packages.values():
        text = sealed_contents(package)[0].decode()
        for secret_word in ("甲县生态环境局", "张三丰", "甲县", "乙县", "U1", "P1", "某厂"):
            assert secret_word not in text.replace(D1, "").replace(D2, "").replace(D3, "")
    manifest = read_manifest(packages["E1"])
    assert manifest["blind"] is True
    refs = {c["ref"] for c in manifest["candidates"]}
    assert len(refs) == 2 and all(r.startswith("c-") and len(r) == 18 for r in refs)
    assert all(c["name"] is None and c["region"] is None for c in manifest["candidates"])
    assert {d["candidate"] for d in manifest["dossiers"]} == refs
    again = read_manifest(packages_by_reviewer(panel, tmp_path / "again")["E1"])
    assert {c["ref"] for c in again["candidates"]} == refs  # stable for the reviewer
    assert {c["ref"] for c in read_manifest(packages["E2"])["candidates"]}.isdisjoint(refs)
    workspace = open_pkg(packages["E1"], tmp_path / "ws")
    opened, _meta = open_workspace(workspace)
    assert {c.name for c in opened.candidates()} == refs and opened.info.blind
    assert all(e.candidate_name == "" for e in ReviewService(opened, "E1").entries())
    opened.close()
    panel.close()


def test_packaging_refuses_a_pdf_changed_on_disk(chair: Panel, tmp_path: Path) -> None:
    pdf = chair.dossier_files()[D3].pdf_path
    assert pdf is not None
    pdf.write_bytes(pdf.read_bytes() + b"\n% edited\n")
    with pytest.raises(ExchangeError) as caught:
        build_packages(chair, tmp_path / "out", reviewer_ids=["C2"])
    assert caught.value.code == "pdf_changed" and caught.value.dossier == D3
    assert not list((tmp_path / "out").glob("*"))  # no package, not even a partial one


def test_packaging_without_assignments_is_refused(tmp_path: Path) -> None:
    panel = exchange_panel(tmp_path / "chair", assignments={"E1": [D1]})
    with pytest.raises(ExchangeError) as caught:
        build_packages(panel, tmp_path / "out", reviewer_ids=["E2"])
    assert caught.value.code == "no_assignments"
    panel.close()


# ---------------------------------------------------------------------- opening on the reviewer's laptop
def test_opening_a_package_builds_a_workspace_the_panel_service_can_use(chair: Panel, tmp_path: Path) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["C1"]
    workspace = open_pkg(package, tmp_path / "ws")
    assert workspace.name == WORKSPACE_FILE and workspace.parent.parent == tmp_path / "ws"
    assert [p.name for p in (tmp_path / "ws").iterdir()] == [workspace.parent.name]  # nothing left over
    panel, meta = open_workspace(workspace.parent)
    assert meta["role"] == "reviewer" and meta["reviewer_id"] == "C1" and meta["panel_id"] == chair.info.id
    assert meta["next_export_sequence"] == "1" and "secret" not in meta
    assert meta["reviewer_public_key"] == read_manifest(package)["reviewer_key"]["public_key"]
    assert [r.id for r in panel.reviewers()] == ["C1"]
    assert [d.id for d in panel.dossiers()] == [D1, D2]
    files = panel.dossier_files()
    chair_files = chair.dossier_files()
    for code in (D1, D2):
        path = files[code].pdf_path
        assert path is not None and path.is_file() and path.is_relative_to(panel.pdf_dir)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == chair_files[code].sha256
    assert panel.checklist("exchange-test").content_hash == chair.checklist("exchange-test").content_hash
    service = ReviewService(panel, "C1")
    service.add_deduction(D1, "b.four", Decimal("3"), text="询问不全")
    assert service.state(D1).deductions[0].points == Decimal("3")
    panel.close()


def test_the_default_workspace_folder_follows_dossier_panel_home(chair: Panel, tmp_path: Path) -> None:
    import os

    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    workspace = open_pkg(package)
    assert workspace.parent.parent == Path(os.environ["DOSSIER_PANEL_HOME"]) / "workspaces"


def _bad_packages(good: Path, tmp_path: Path) -> dict[str, Path]:
    """One tampered copy of a good package per refusal, keyed by the code it must be refused with."""
    data = legacy_zip(good, tmp_path / "legacy.dppkg").read_bytes()
    bad: dict[str, Path] = {}
    (tmp_path / "truncated.dppkg").write_bytes(data[: len(data) // 2])
    bad["corrupt_archive"] = tmp_path / "truncated.dppkg"
    (tmp_path / "garbage.dppkg").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    bad["corrupt_archive#2"] = tmp_path / "garbage.dppkg"
    bad["unsafe_entry"] = rewrite_zip(good, tmp_path / "abs.dppkg", lambda e: e | {"/etc/passwd": b"x"})
    bad["unsafe_entry#2"] = rewrite_zip(
        good, tmp_path / "up.dppkg", lambda e: e | {"pdfs/../../evil.txt": b"x"}
    )
    bad["unsafe_entry#3"] = rewrite_zip(good, tmp_path / "win.dppkg", lambda e: e | {"C:/evil.txt": b"x"})
    bad["compression_ratio"] = rewrite_zip(
        good, tmp_path / "bomb.dppkg", lambda e: e | {"notes.txt": bytes(20_000_000)}
    )

    def flip_pdf(entries: dict[str, bytes]) -> dict[str, bytes]:
        name = next(n for n in entries if n.endswith(".pdf"))
        body = bytearray(entries[name])
        body[len(body) // 2] ^= 0x01
        return entries | {name: bytes(body)}

    bad["pdf_mismatch"] = rewrite_zip(good, tmp_path / "altered.dppkg", flip_pdf)

    def pages(m: dict[str, Any]) -> None:
        m["dossiers"][0]["page_count"] += 1

    bad["page_count_mismatch"] = rewrite_zip(good, tmp_path / "pages.dppkg", change_manifest(pages))
    bad["unsupported_version"] = rewrite_zip(
        good, tmp_path / "v9.dppkg", change_manifest(lambda m: m.update(version=9))
    )
    bad["unknown_format"] = rewrite_zip(
        good, tmp_path / "fmt.dppkg", change_manifest(lambda m: m.update(format="something/else"))
    )
    bad["unexpected_entry"] = rewrite_zip(
        good, tmp_path / "extra.dppkg", lambda e: e | {"readme.txt": b"hello"}
    )
    bad["pdf_missing"] = rewrite_zip(
        good, tmp_path / "nopdf.dppkg", lambda e: {n: v for n, v in e.items() if not n.endswith(".pdf")}
    )
    bad["no_manifest"] = rewrite_zip(
        good, tmp_path / "noman.dppkg", lambda e: {n: v for n, v in e.items() if n != MANIFEST_NAME}
    )
    bad["corrupt_manifest"] = rewrite_zip(
        good, tmp_path / "badjson.dppkg", lambda e: e | {MANIFEST_NAME: b"{not json"}
    )

    def checklist(m: dict[str, Any]) -> None:
        snap = next(s for s in m["snapshots"] if s["kind"] == "checklist")
        snap["content"] = snap["content"].replace('"max_points":"60"', '"max_points":"61"')

    bad["snapshot_mismatch"] = rewrite_zip(good, tmp_path / "snap.dppkg", change_manifest(checklist))
    return bad


def test_every_bad_package_is_refused_and_leaves_the_earlier_workspace_intact(
    chair: Panel, tmp_path: Path
) -> None:
    good = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    root = tmp_path / "ws"
    workspace = open_pkg(good, root)
    panel, _ = open_workspace(workspace)
    ReviewService(panel, "C2").add_deduction(D3, "b.four", Decimal("1.5"), text="询问不全")
    panel.close()
    before = tree_digest(root)
    bad = _bad_packages(good, tmp_path)
    for expected, package in bad.items():
        with pytest.raises(ExchangeError) as caught:
            open_pkg(package, root)
        assert caught.value.code == expected.split("#")[0], (package.name, caught.value)
        assert tree_digest(root) == before, package.name  # nothing half-written, the workspace as it was
        assert [p.name for p in root.iterdir()] == [workspace.parent.name]


def test_a_bad_package_into_an_empty_folder_leaves_nothing(chair: Panel, tmp_path: Path) -> None:
    good = packages_by_reviewer(chair, tmp_path / "out")["E1"]
    for expected, package in _bad_packages(good, tmp_path).items():
        root = tmp_path / f"ws-{expected}"
        with pytest.raises(ExchangeError) as caught:
            open_pkg(package, root)
        assert caught.value.code == expected.split("#")[0]
        assert not root.exists() or not any(root.iterdir())


def test_the_size_limit_refuses_an_archive_that_unpacks_too_big(chair: Panel, tmp_path: Path) -> None:
    good = packages_by_reviewer(chair, tmp_path / "out")["E1"]
    with pytest.raises(ExchangeError) as caught:
        open_pkg(good, tmp_path / "ws", limits=ZipLimits(total_bytes=10_000))
    assert caught.value.code == "archive_too_large"


# ---------------------------------------------------------------------- a newer package
def test_a_newer_package_keeps_the_reviewers_scores(chair: Panel, tmp_path: Path) -> None:
    first = packages_by_reviewer(chair, tmp_path / "v1")["C1"]  # D1, D2
    workspace = open_pkg(first, tmp_path / "ws")
    panel, _ = open_workspace(workspace)
    service = ReviewService(panel, "C1")
    kept = service.add_deduction(D1, "b.four", Decimal("3"), text="询问不全")
    service.set_item_note(D1, "a.one", "再看一下")
    service.add_deduction(D2, "a.one", Decimal("2"), reason_id="r1")
    panel.close()
    assert export_file(workspace, tmp_path / "c1-1.dpreview", passphrase_of(first)).sequence == 1

    assign(chair, ASSIGNMENTS | {"C1": [D1, D3]})  # the chair moves D2 away, gives D3
    second = packages_by_reviewer(chair, tmp_path / "v2")["C1"]
    assert open_pkg(second, tmp_path / "ws") == workspace
    panel, meta = open_workspace(workspace)
    assert sorted(d.id for d in panel.dossiers()) == sorted([D1, D3])
    state = ReviewService(panel, "C1").state(D1)
    assert [d.uid for d in state.deductions] == [kept.uid] and state.item_notes == {"a.one": "再看一下"}
    removed = [e for e in panel.audit_entries() if e["action"] == "workspace.review_removed"]
    assert len(removed) == 1 and removed[0]["entity_id"] == f"C1/{D2}"
    assert removed[0]["old"]["deductions"][0][:2] == ["a.one", "2"]  # the removed review, whole, in history
    actions = [e["action"] for e in panel.audit_entries()]
    assert actions.count("workspace.open") == 2 and "deduction.add" in actions  # history continued
    assert meta["next_export_sequence"] == "2"
    panel.close()
    assert export_file(workspace, tmp_path / "c1-2.dpreview", passphrase_of(second)).sequence == 2

    with pytest.raises(ExchangeError) as caught:  # the first package again: older than the workspace
        open_pkg(first, tmp_path / "ws")
    assert caught.value.code == "older_package"


def test_a_package_of_another_panel_never_lands_in_an_existing_workspace(
    chair: Panel, tmp_path: Path
) -> None:
    ours = open_pkg(packages_by_reviewer(chair, tmp_path / "out")["E1"], tmp_path / "ws")
    other = exchange_panel(tmp_path / "other")
    theirs = open_pkg(packages_by_reviewer(other, tmp_path / "out2")["E1"], tmp_path / "ws")
    assert ours != theirs and ours.exists() and theirs.exists()
    other.close()


def test_a_changed_checklist_or_pdf_reopens_a_completed_review(chair: Panel, tmp_path: Path) -> None:
    workspace = open_pkg(packages_by_reviewer(chair, tmp_path / "v1")["C2"], tmp_path / "ws")
    panel, _ = open_workspace(workspace)
    service = ReviewService(panel, "C2")
    service.add_deduction(D3, "b.four", Decimal("1"), text="询问不全")
    assert service.complete(D3, accept_warnings=True) == []
    panel.close()
    # the chair replaces D3's PDF (a better scan) and packages again
    new_pdf = make_pdf(tmp_path / "d3-new.pdf", 2, "重新扫描")
    digest = hashlib.sha256(new_pdf.read_bytes()).hexdigest()
    target = chair.pdf_dir / digest[:2] / f"{digest}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(new_pdf.read_bytes())
    with chair.transaction() as conn:
        conn.execute(
            schema.dossiers.update()
            .where(schema.dossiers.c.code == D3)
            .values(sha256=digest, pdf_path=f"{digest[:2]}/{digest}.pdf")
        )
    open_pkg(packages_by_reviewer(chair, tmp_path / "v2")["C2"], tmp_path / "ws")
    panel, _ = open_workspace(workspace)
    state = ReviewService(panel, "C2").state(D3)
    assert state.status.value == "in_progress" and len(state.deductions) == 1
    reopened = [e for e in panel.audit_entries() if e["action"] == "workspace.review_reopened"]
    assert reopened[0]["new"] == {"changed": ["pdf"]}
    with panel.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.deductions)).scalar_one() == 1
    panel.close()


def test_a_chair_panel_is_not_a_workspace(chair: Panel) -> None:
    with pytest.raises(ExchangeError) as caught:
        open_workspace(chair.path)
    assert caught.value.code == "not_a_workspace"


def test_a_folder_that_is_not_a_workspace_is_left_untouched(chair: Panel, tmp_path: Path) -> None:
    package = packages_by_reviewer(chair, tmp_path / "out")["E1"]
    name = open_pkg(package, tmp_path / "probe").parent.name
    stranger = tmp_path / "ws" / name
    stranger.mkdir(parents=True)
    (stranger / "notes.txt").write_text("mine")
    with pytest.raises(ExchangeError) as caught:
        open_pkg(package, tmp_path / "ws")
    assert caught.value.code == "workspace_unreadable"
    assert [p.name for p in stranger.iterdir()] == ["notes.txt"]


def test_a_crash_between_the_two_renames_loses_nothing(chair: Panel, tmp_path: Path) -> None:
    """The old workspace is moved aside before the new one moves in; a crash there is repaired next time."""
    package = packages_by_reviewer(chair, tmp_path / "out")["C2"]
    workspace = open_pkg(package, tmp_path / "ws")
    panel, _ = open_workspace(workspace)
    kept = ReviewService(panel, "C2").add_deduction(D3, "b.four", Decimal("2"), text="询问不全")
    panel.close()
    workspace.parent.replace(workspace.parent.with_name(f".{workspace.parent.name}.old-dead"))  # the crash
    assert open_pkg(package, tmp_path / "ws") == workspace
    panel, _ = open_workspace(workspace)
    assert [d.uid for d in ReviewService(panel, "C2").state(D3).deductions] == [kept.uid]
    panel.close()
    assert [p.name for p in (tmp_path / "ws").iterdir()] == [workspace.parent.name]
