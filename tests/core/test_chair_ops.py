"""Every chair operation returns what it changed: one row per operation, run on a real panel, with the
areas (and, where known, the dossiers) its ``Changes`` must name. A new operation in
``app.services.chair_ops`` without a row here fails the last test."""

from __future__ import annotations

import inspect
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.demo.build import build_demo_panel
from app.review.disagreement import Decision
from app.review.scoring import Role
from app.services import chair_imports, chair_ops
from app.services.changes import Area, Changes
from app.services.panel import Panel
from app.services.panel_keys import passphrases
from app.services.progress import Progress
from app.services.review_service import ReviewService
from app.services.workspace import export_reviewer_file, open_package, open_workspace
from tests.ui.chair_fixtures import write_pool
from tests.ui.settle_fixtures import jiangsu_panel, rudong_panel, xinjiang_panel

A = Area


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_panel(tmp_path_factory.mktemp("demo-ops"), log=lambda *_a: None)


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Iterator[Panel]:
    target = tmp_path / demo_master.name
    shutil.copy2(demo_master, target)
    (tmp_path / demo_master.with_suffix(".pdfs").name).symlink_to(demo_master.with_suffix(".pdfs"))
    panel = Panel.open(target)
    yield panel
    panel.close()


def _first_dossier(panel: Panel) -> str:
    return panel.dossiers()[0].id


def _cross_uid(panel: Panel) -> tuple[str, str]:
    from app.services.moderation import load_deductions

    d = next(d for d in load_deductions(panel) if d.role is Role.CROSS)
    return d.uid, d.dossier_id


@dataclass(frozen=True)
class Row:
    op: str  # the chair_ops (or chair_imports) function the row runs
    run: Callable[[Panel, Path], tuple[chair_ops.OpResult[Any], frozenset[str]]]  # result, dossiers named
    areas: Area  # beyond AUDIT, which every write names
    panel: str = "demo"


def _settle(panel: Panel, _tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    code = _first_dossier(panel)
    return chair_ops.settle_dossier(panel, code, expert_score=Decimal("80"), reason="复核"), frozenset({code})


def _withdraw(panel: Panel, tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    _settle(panel, tmp)
    code = _first_dossier(panel)
    return chair_ops.withdraw_settlement(panel, code, reason="撤回"), frozenset({code})


def _decide(decision: Decision) -> Callable[[Panel, Path], tuple[chair_ops.OpResult[Any], frozenset[str]]]:
    def run(panel: Panel, _tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
        uid, code = _cross_uid(panel)
        return chair_ops.decide_cross_deduction(panel, uid, decision, "专家已扣同一问题"), frozenset({code})

    return run


def _set_aside(panel: Panel, _tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    code = _first_dossier(panel)
    return chair_ops.set_aside(panel, code, "重复报送"), frozenset({code})


def _restore(panel: Panel, tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    _set_aside(panel, tmp)
    code = _first_dossier(panel)
    return chair_ops.restore(panel, code, "核实无误"), frozenset({code})


def _import(panel: Panel, tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    demo = panel.path.parent
    empty = Panel.create(tmp / "empty.dpanel", "xinjiang-2017")
    try:
        files = [demo_source(demo) / n for n in ("candidates.csv", "dossiers.csv")]
        return chair_imports.import_lists(empty, files, Progress()), frozenset()
    finally:
        empty.close()


def demo_source(folder: Path) -> Path:
    """The demo's lists live beside the master panel (the copy's folder links only the PDFs)."""
    return (folder / "demo.pdfs").resolve().parent


def _merge(panel: Panel, tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    built = chair_ops.make_packages(panel, tmp / "packages", Progress()).value
    reviewer, package = next((r, p) for r, p in built if r.id == "E1")
    with panel.engine.connect() as conn:
        words = passphrases(conn)
    workspace = open_package(package, tmp / "laptop", passphrase=words[reviewer.id])
    copy, _meta = open_workspace(workspace)
    try:
        service = ReviewService(copy, reviewer.id)
        service.complete(service.dossier_codes()[0], accept_warnings=True)
    finally:
        copy.close()
    file = export_reviewer_file(workspace, tmp / "E1.dpreview", passphrase=words[reviewer.id]).path
    return chair_ops.merge_reviewer_files(panel, [file], Progress()), frozenset()


def _merge_refused(panel: Panel, tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    junk = tmp / "junk.dpreview"
    junk.write_bytes(b"not a reviewer file")
    return chair_ops.merge_reviewer_files(panel, [junk], Progress()), frozenset()


def _assign(panel: Panel, _tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    return chair_ops.run_assignment(
        panel, seed="s1", experts_per_dossier=None, cross_per_dossier=1
    ), frozenset()


def _override(action: str) -> Callable[[Panel, Path], tuple[chair_ops.OpResult[Any], frozenset[str]]]:
    def run(panel: Panel, _tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
        from app.services.assignment import assignments

        row = next(a for a in assignments(panel) if not a.reviewed)
        if action == "add":
            chair_ops.override_pair(panel, row.reviewer_id, row.dossier_id, "remove", "先移除")
        result = chair_ops.override_pair(panel, row.reviewer_id, row.dossier_id, action, "调整")  # type: ignore[arg-type]
        return result, frozenset({row.dossier_id})

    return run


def _draw(panel: Panel, tmp: Path) -> tuple[chair_ops.OpResult[Any], frozenset[str]]:
    pool = write_pool(tmp / "pool.csv")
    return chair_ops.draw(panel, pool, seed="d1", redraw_reason=None), frozenset()


ROWS = [
    Row("settle_dossier", _settle, A.MODERATION),
    Row("withdraw_settlement", _withdraw, A.MODERATION),
    Row("decide_cross_deduction", _decide(Decision.REJECTED), A.MODERATION),
    Row("decide_cross_deduction", _decide(Decision.ACCEPTED), A.MODERATION),
    Row("set_aside", _set_aside, A.CHOICES),
    Row("restore", _restore, A.CHOICES),
    Row(
        "record_check",
        lambda p, _t: (
            chair_ops.record_check(p, "U1-a", "mobile-system", True, "系统可查"),
            frozenset({"U1-a"}),
        ),
        A.CHOICES,
        "rudong",
    ),
    Row(
        "grade_candidate",
        lambda p, _t: (chair_ops.grade_candidate(p, "U1", Decimal("20"), "年度考核"), frozenset()),
        A.CHOICES,
        "rudong",
    ),
    Row(
        "keep_copy",
        lambda p, _t: (chair_ops.keep_copy(p, "YL-P1", "以处罚卷为准"), frozenset()),
        A.CHOICES,
        "xinjiang",
    ),
    Row(
        "choose_pool",
        lambda p, _t: (chair_ops.choose_pool(p, "SZ", ["K1", "K3"], "市局指定"), frozenset()),
        A.CHOICES,
        "jiangsu",
    ),
    Row(
        "reset_reviewer_sequence",
        lambda p, _t: (chair_ops.reset_reviewer_sequence(p, "E1", "换了电脑"), frozenset()),
        A.NONE,
    ),
    Row("run_assignment", _assign, A.ASSIGNMENTS),
    Row("override_pair", _override("remove"), A.ASSIGNMENTS),
    Row("override_pair", _override("add"), A.ASSIGNMENTS),
    Row("draw", _draw, A.ROSTER),
    Row("import_lists", _import, A.ROSTER),
    Row(
        "make_packages",
        lambda p, t: (chair_ops.make_packages(p, t / "packages", Progress()), frozenset()),
        A.PACKAGES,
    ),
    Row("merge_reviewer_files", _merge, A.SCORES),
    Row("merge_reviewer_files", _merge_refused, A.NONE),
]

READS = [  # files written beside the panel, not into it: nothing to read again
    ("export_results", lambda p, t: chair_ops.export_results(p, t / "r.xlsx", "xlsx", Progress())),
    ("export_results", lambda p, t: chair_ops.export_results(p, t / "r.json", "json", Progress())),
    ("export_results", lambda p, t: chair_ops.export_results(p, t, "csv", Progress())),
    ("print_document", lambda p, t: chair_ops.print_document(p, "report", t / "r.pdf", None, Progress())),
    ("print_document", lambda p, t: chair_ops.print_document(p, "blank", t / "b.pdf", "E1", Progress())),
    ("print_document", lambda p, t: chair_ops.print_document(p, "merged", t / "m.pdf", None, Progress())),
    ("print_document", lambda p, t: chair_ops.print_document(p, "review", t / "v.pdf", "E1", Progress())),
    ("unchanged", lambda _p, _t: chair_ops.unchanged(42)),
]


def _panel(kind: str, demo: Panel, tmp: Path) -> Panel:
    if kind == "demo":
        return demo
    maker = {"rudong": rudong_panel, "xinjiang": xinjiang_panel, "jiangsu": jiangsu_panel}[kind]
    folder = tmp / kind
    folder.mkdir()
    return Panel.open(maker(folder))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.op}-{i}" for i, r in enumerate(ROWS)])
def test_each_operation_names_the_areas_it_wrote(row: Row, demo: Panel, tmp_path: Path) -> None:
    panel = _panel(row.panel, demo, tmp_path)
    try:
        result, dossiers = row.run(panel, tmp_path)
    finally:
        if panel is not demo:
            panel.close()
    assert result.changes == Changes(row.areas | A.AUDIT, dossiers)


@pytest.mark.parametrize("read", READS, ids=[f"{name}-{i}" for i, (name, _r) in enumerate(READS)])
def test_files_outside_the_panel_change_nothing_in_it(read: Any, demo: Panel, tmp_path: Path) -> None:
    _name, run = read
    assert not run(demo, tmp_path).changes


def test_slips_change_nothing_in_the_panel(demo: Panel, tmp_path: Path) -> None:
    chair_ops.make_packages(demo, tmp_path / "packages", Progress())
    assert not chair_ops.print_slips(demo, tmp_path / "slips.pdf").changes


def test_an_import_that_adds_nothing_names_nothing(demo: Panel) -> None:
    source = demo_source(demo.path.parent)
    result = chair_imports.import_lists(
        demo, [source / "candidates.csv", source / "dossiers.csv"], Progress()
    )
    assert [m.error for m in result.value.manifests] == [None, None]
    assert not result.changes


def test_a_settlement_that_changes_nothing_names_nothing(demo: Panel, tmp_path: Path) -> None:
    _settle(demo, tmp_path)
    again, _codes = _settle(demo, tmp_path)
    assert not again.changes


def test_every_operation_has_a_row() -> None:
    ops = {
        name
        for module in (chair_ops, chair_imports)
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and not name.startswith("_")
    }
    covered = {r.op for r in ROWS} | {name for name, _run in READS} | {"print_slips"}
    assert ops == covered
