"""Random and mutated packages and reviewer files through the command line (issue 11, "done when").

``review open`` gets random bytes, a real package with bytes flipped, cut or appended, and re-zipped
packages whose manifest has a value replaced by random JSON or an entry added under a random name;
``merge`` gets random bytes, a real reviewer file damaged the same ways, and files re-signed with the
reviewer's real key whose body has a value replaced (authentic, but wrong). Whatever comes in:

- no exception leaves ``main`` (a traceback would fail the test);
- ``review open`` exits 0 or 2; on 2 exactly one line on stderr, naming the package, and the
  reviewer's existing workspace is byte for byte as it was;
- ``merge`` exits 0, or 1 with the file ``refused`` (its documented status: the report names every
  problem, one line each, ``file…: text [code]``); nothing on stderr; on refusal the panel's scores are
  exactly as they were.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.services.panel import Panel
from app.services.results import compute_results
from app.services.review_service import ReviewService
from app.services.workspace import export_reviewer_file, open_workspace
from tests.core.test_merge import HEADER_FIELDS, resign, scores_state
from tests.core.test_packages import (
    D3,
    exchange_panel,
    legacy_entries,
    open_pkg,
    packages_by_reviewer,
    panel_signing_key,
    passphrase_of,
    read_manifest,
    reseal,
    sealed_contents,
    tree_digest,
)

FUZZ = settings(
    max_examples=30,
    deadline=5000,  # issue 11: each hostile file refused or accepted in under 5 s
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass(frozen=True)
class World:
    folder: Path
    chair: Path  # the chair's panel file, pristine (copied for each merge)
    package: Path  # C2's package
    package_bytes: bytes
    entries: dict[str, bytes]
    workspaces: Path  # the --workspace folder holding C2's workspace
    pristine_workspaces: Path
    reviewer_file: bytes  # C2's first export
    secret: str  # C2's signing key (from the package)
    passphrase: str  # C2's slip
    panel_key: str  # the chair's signing key: manifests are re-signed, so their content is what is fuzzed


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("fuzz")
    chair = exchange_panel(folder / "chair")
    package = packages_by_reviewer(chair, folder / "packages")["C2"]
    signing = panel_signing_key(chair)
    chair.close()
    secret = read_manifest(package)["reviewer_key"]["private_key"]
    workspaces = folder / "laptop"
    workspace = open_pkg(package, workspaces)
    panel, _ = open_workspace(workspace)
    try:
        ReviewService(panel, "C2").add_deduction(D3, "b.four", Decimal("1.5"), text="询问顺序混乱")
    finally:
        panel.close()
    exported = export_reviewer_file(
        workspace, folder / "C2-1.dpreview", passphrase=passphrase_of(package)
    ).path
    pristine = folder / "laptop-pristine"
    shutil.copytree(workspaces, pristine)
    entries = legacy_entries(package)
    return World(
        folder,
        folder / "chair" / "chair.dpanel",
        package,
        package.read_bytes(),
        entries,
        workspaces,
        pristine,
        exported.read_bytes(),
        secret,
        passphrase_of(package),
        signing,
    )


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------------- mutations
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value where another value could stand."""
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


def _replace(document: Any, path: tuple[Any, ...], new: Any, delete: bool) -> None:
    target = document
    for step in path[:-1]:
        target = target[step]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = new


@st.composite
def replaced_value(draw: st.DrawFn, document: Any) -> Any:
    """``document`` (a copy) with one value somewhere replaced by random JSON, or removed."""
    copy = json.loads(json.dumps(document))
    paths = list(_paths(copy))
    path = draw(st.sampled_from(paths))
    _replace(copy, path, draw(JSON | _like(_at(copy, path))), draw(st.booleans()))
    return copy


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _like(value: Any) -> st.SearchStrategy[Any]:
    """A value of the same kind: what a careless or crafty edit of one field looks like."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(-(2**64), 2**64) | st.sampled_from([0, -1, 2**53, 2**63])
    if isinstance(value, str):
        return st.text(max_size=40) | st.sampled_from(
            ["../..", "/tmp/x", "NUL", "1e999999999", "-5", value + "."]
        )
    return JSON


@st.composite
def damaged_bytes(draw: st.DrawFn, good: bytes) -> bytes:
    """Random bytes, or ``good`` with bytes flipped, cut short, or something appended or inserted."""
    kind = draw(st.sampled_from(["random", "flip", "cut", "append", "insert"]))
    if kind == "random":
        return draw(st.binary(max_size=4096))
    data = bytearray(good)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 4))):
            position = draw(st.integers(0, len(data) - 1))
            data[position] ^= draw(st.integers(1, 255))
        return bytes(data)
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    extra = draw(st.binary(min_size=1, max_size=64))
    if kind == "append":
        return bytes(data) + extra
    position = draw(st.integers(0, len(data)))
    return bytes(data[:position]) + extra + bytes(data[position:])


def rezipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def hostile_package(draw: st.DrawFn, world: World) -> bytes:
    """Damaged bytes of the protected package; its manifest changed and re-signed with the panel's key
    (so the checks after the signature are fuzzed too); an old plain copy with a stray entry."""
    kind = draw(st.sampled_from(["bytes", "manifest", "entry"]))
    if kind == "bytes":
        return draw(damaged_bytes(world.package_bytes))
    if kind == "manifest":
        raw = sealed_contents(world.package, world.passphrase)[0]
        manifest = draw(replaced_value(json.loads(raw)))
        changed = json.dumps(manifest, ensure_ascii=False).encode()
        target = world.folder / "resealed.dppkg"
        return reseal(world.package, target, changed, signing_key=world.panel_key).read_bytes()
    name = draw(st.text(min_size=1, max_size=30).filter(lambda n: n.split("\x00")[0]))  # zipfile cuts at NUL
    return rezipped(world.entries | {name: draw(st.binary(max_size=64))})


@st.composite
def hostile_reviewer_file(draw: st.DrawFn, world: World) -> bytes:
    if draw(st.booleans()):
        return draw(damaged_bytes(world.reviewer_file))
    document = json.loads(world.reviewer_file)
    flat = document["body"] | {k: document[k] for k in HEADER_FIELDS}
    changed = draw(replaced_value(flat))
    if not set(HEADER_FIELDS) <= set(changed):
        return draw(damaged_bytes(world.reviewer_file))

    def change(target: dict[str, Any]) -> None:
        target.clear()
        target.update(changed)

    try:
        return resign(world.reviewer_file, world.secret, change)
    except (TypeError, ValueError, KeyError):  # not signable (a float NaN, a header not JSON-like)
        return draw(damaged_bytes(world.reviewer_file))


# ---------------------------------------------------------------------- the properties
@FUZZ
@given(data=st.data())
def test_review_open_refuses_in_one_line_and_changes_nothing(world: World, data: st.DataObject) -> None:
    crafted = world.folder / "crafted.dppkg"
    crafted.write_bytes(data.draw(hostile_package(world)))
    before = tree_digest(world.workspaces)
    os.environ["DOSSIER_PANEL_PASSPHRASE"] = world.passphrase  # the right one: damage is what is tried
    try:
        code, _out, err = run("review", "open", str(crafted), "--workspace", str(world.workspaces))
    finally:
        del os.environ["DOSSIER_PANEL_PASSPHRASE"]
    assert code in (0, 2), (code, err)
    assert "Traceback" not in err
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and str(crafted) in lines[0], err
        assert tree_digest(world.workspaces) == before, err
    else:  # a harmless change (a title): the renewed workspace must work; then put the old one back
        panel, meta = open_workspace(Path(_out.strip().splitlines()[-1]))
        try:
            assert meta["role"] == "reviewer"
            ReviewService(panel, meta["reviewer_id"]).entries()
            compute_results(panel)
        finally:
            panel.close()
        shutil.rmtree(world.workspaces)
        shutil.copytree(world.pristine_workspaces, world.workspaces)


@FUZZ
@given(data=st.data())
def test_merge_refuses_a_hostile_file_naming_it_and_changes_no_score(
    world: World, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("merge")
    chair = folder / "chair.dpanel"
    shutil.copyfile(world.chair, chair)
    with contextlib.closing(Panel.open(chair)) as panel:
        before = scores_state(panel)
    crafted = folder / "crafted.dpreview"
    crafted.write_bytes(data.draw(hostile_reviewer_file(world)))
    code, out, err = run("merge", str(chair), str(crafted))
    assert err == "" and "Traceback" not in out
    assert code in (0, 1), (code, out)
    if code == 1:
        lines = out.splitlines()
        assert lines[0].startswith("crafted.dpreview: refused"), out
        problems = [line for line in lines[1:-1]]
        assert problems and all(line.startswith("  crafted.dpreview") and "[" in line for line in problems), (
            out
        )
        with contextlib.closing(Panel.open(chair)) as panel:
            assert scores_state(panel) == before
    shutil.rmtree(folder, ignore_errors=True)


def test_a_history_id_beyond_sqlite_is_refused_not_a_traceback(
    world: World, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("merge-id")
    chair = folder / "chair.dpanel"
    shutil.copyfile(world.chair, chair)

    def huge(flat: dict[str, Any]) -> None:
        flat["history"][0]["id"] = 2**63  # found by the fuzz test: OverflowError from SQLite

    crafted = folder / "huge.dpreview"
    crafted.write_bytes(resign(world.reviewer_file, world.secret, huge))
    code, out, err = run("merge", str(chair), str(crafted))
    assert code == 1 and err == "" and "[invalid_content] (history.0.id" in out
