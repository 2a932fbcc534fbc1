"""Crafted packages and reviewer files: names that try to leave the workspace folder, and more.

Every name a file carries that could reach a path (panel id, reviewer id, dossier codes, entry
names) is checked by ``app.exchange.safe_names`` before it is used; these tests craft packages that
tried to escape before that check existed.
"""

from __future__ import annotations

import json
import secrets
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.exchange.errors import ExchangeError
from app.services.panel import Panel
from app.services.workspace import open_package
from tests.core.test_packages import (
    change_manifest,
    exchange_panel,
    legacy_zip,
    packages_by_reviewer,
    rewrite_zip,
    tree_digest,
)


@pytest.fixture
def good_package(tmp_path: Path) -> Path:
    panel = exchange_panel(tmp_path / "chair")
    try:
        # crafted zips: the old, plain form (a protected package is refused before its manifest is read)
        return legacy_zip(packages_by_reviewer(panel, tmp_path / "out")["C2"], tmp_path / "legacy.dppkg")
    finally:
        panel.close()


def _stored(good: Path, target: Path, changes: dict[str, bytes]) -> Path:
    """A copy of a package with entries replaced, every entry stored (no ratio check can help)."""
    with zipfile.ZipFile(good) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in (entries | changes).items():
            archive.writestr(name, data)
    return target


def _with(good: Path, target: Path, update: Any) -> Path:
    return rewrite_zip(good, target, change_manifest(update))


def test_a_panel_id_climbing_up_never_leaves_the_workspace_folder(good_package: Path, tmp_path: Path) -> None:
    root = tmp_path / "deep" / "er" / "ws"
    crafted = _with(good_package, tmp_path / "up.dppkg", lambda m: m["panel"].update(id="../../.."))
    before = tree_digest(tmp_path)
    with pytest.raises(ExchangeError) as caught:
        open_package(crafted, root)
    assert caught.value.code == "unsafe_name" and "panel.id" in caught.value.detail
    assert tree_digest(tmp_path) == before  # nothing written anywhere, inside or outside
    assert not list(tmp_path.rglob("*-C2"))


def test_an_absolute_panel_id_never_writes_elsewhere(good_package: Path, tmp_path: Path) -> None:
    escape = Path("/tmp") / f"x{secrets.token_hex(1)}"  # the first 8 characters are the folder name
    landed = Path(f"{str(escape)[:8]}-C2")
    crafted = _with(good_package, tmp_path / "abs.dppkg", lambda m: m["panel"].update(id=str(escape)))
    try:
        with pytest.raises(ExchangeError) as caught:
            open_package(crafted, tmp_path / "ws")
        assert caught.value.code == "unsafe_name"
        assert not landed.exists()
    finally:
        shutil.rmtree(landed, ignore_errors=True)  # only there if the escape worked


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("reviewer", "../E1"),
        ("reviewer", "C:evil"),
        ("reviewer", "\\\\server\\share"),
        ("reviewer", "NUL"),
        ("reviewer", "com1.txt"),
        ("reviewer", "E1."),
        ("reviewer", "E1 "),
        ("reviewer", "E" * 65),
        ("panel", "lpt9"),
        ("dossier", "甲环罚/2026/1号"),
        ("dossier", "a\x00b"),
        ("dossier", "\u202eexe.pdf"),
    ],
)
def test_every_name_from_the_manifest_is_checked(
    good_package: Path, tmp_path: Path, where: str, value: str
) -> None:
    def update(m: dict[str, Any]) -> None:
        if where == "dossier":
            m["dossiers"][0]["code"] = value
        else:
            m[where]["id"] = value

    crafted = _with(good_package, tmp_path / "bad.dppkg", update)
    root = tmp_path / "ws"
    with pytest.raises(ExchangeError) as caught:
        open_package(crafted, root)
    assert caught.value.code == "unsafe_name", caught.value
    assert not root.exists() or not any(root.iterdir())


def test_a_chair_whose_ids_would_make_an_unopenable_package_is_told_at_packaging(tmp_path: Path) -> None:
    from sqlalchemy import update

    from app.models import schema
    from app.services.packages import build_packages

    panel: Panel = exchange_panel(tmp_path / "chair")
    try:
        with panel.transaction() as conn:
            conn.execute(
                update(schema.dossiers)
                .where(schema.dossiers.c.code == "乙环罚〔2026〕3号")
                .values(code="乙环罚/2026/3号")
            )
        with pytest.raises(ExchangeError) as caught:
            build_packages(panel, tmp_path / "out", reviewer_ids=["C2"])
        assert caught.value.code == "unsafe_name" and caught.value.dossier == "乙环罚/2026/3号"
        assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    finally:
        panel.close()


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from app.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "manifest",
    [
        b"[" * 200_000 + b"]" * 200_000,
        b'{"format":"dossier-panel/reviewer-package","version":1,"panel":'
        + b'{"a":' * 200_000
        + b"1"
        + b"}" * 200_001,
    ],
    ids=["array", "object"],
)
def test_a_deeply_nested_manifest_is_a_clear_refusal(
    good_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: bytes
) -> None:
    crafted = _stored(good_package, tmp_path / "deep.dppkg", {"manifest.json": manifest})
    code, _, err = _cli(capsys, "review", "open", str(crafted), "--workspace", str(tmp_path / "ws"))
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert "deep.dppkg" in err and "[corrupt_manifest]" in err and "nested" in err
    assert not (tmp_path / "ws").exists() or not any((tmp_path / "ws").iterdir())


def test_an_unsafe_name_is_one_line_on_the_command_line(
    good_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crafted = _with(good_package, tmp_path / "up.dppkg", lambda m: m["panel"].update(id="../../.."))
    code, _, err = _cli(capsys, "review", "open", str(crafted), "--workspace", str(tmp_path / "ws"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "up.dppkg" in err and "[unsafe_name]" in err and "panel.id" in err


def test_a_pdf_that_is_not_the_chairs_is_never_parsed(
    good_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import workspace_build

    def parse(*args: Any) -> Any:
        raise AssertionError("an unverified PDF reached the PDF parser")

    monkeypatch.setattr(workspace_build, "inspect_pdf", parse)
    with zipfile.ZipFile(good_package) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".pdf"))
        size = archive.getinfo(name).file_size
    crafted = _stored(good_package, tmp_path / "swapped.dppkg", {name: b"%PDF-1.7\n" + bytes(size - 9)})
    with pytest.raises(ExchangeError) as caught:
        open_package(crafted, tmp_path / "ws")
    assert caught.value.code == "pdf_mismatch"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("expert_aggregation", "bogus"),
        ("cross_aggregation", "max "),
        ("disagreement_threshold", "abc"),
        ("disagreement_threshold", "1e999999999"),
    ],
)
def test_panel_settings_the_workspace_cannot_use_are_refused_at_the_door(
    good_package: Path, tmp_path: Path, field: str, value: str
) -> None:
    crafted = _with(good_package, tmp_path / "settings.dppkg", lambda m: m["panel"].update({field: value}))
    with pytest.raises(ExchangeError) as caught:
        open_package(crafted, tmp_path / "ws")
    assert caught.value.code == "invalid_manifest" and f"panel.{field}" in caught.value.detail


def test_a_line_break_inside_the_manifest_stays_inside_one_line(
    good_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crafted = _with(
        good_package, tmp_path / "nl.dppkg", lambda m: m["dossiers"][0].update(pdf="pdfs/x\nerror: forged")
    )
    code, _, err = _cli(capsys, "review", "open", str(crafted), "--workspace", str(tmp_path / "ws"))
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert "[pdf_missing]" in err and "pdfs/x\\nerror: forged" in err


def test_brackets_in_a_reviewer_id_do_not_match_another_reviewers_leftovers(
    good_package: Path, tmp_path: Path
) -> None:
    root = tmp_path / "ws"
    crafted = _with(good_package, tmp_path / "brackets.dppkg", lambda m: m["reviewer"].update(id="C[2]"))
    with zipfile.ZipFile(crafted) as archive:
        panel_id = json.loads(archive.read("manifest.json"))["panel"]["id"]
    leftover = root / f".{panel_id[:8]}-C2.old-0a1b2c3d"  # C2's workspace, moved aside by a crash
    leftover.mkdir(parents=True)
    (leftover / "workspace.dpanel").write_bytes(b"C2's work")
    workspace = open_package(crafted, root)
    assert workspace.parent.name == f"{panel_id[:8]}-C[2]"
    assert (leftover / "workspace.dpanel").read_bytes() == b"C2's work"  # not taken for C[2]'s
