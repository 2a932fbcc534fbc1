"""Merging reviewer files: the whole offline loop end to end, every refusal, idempotence and order.

A module fixture runs the loop once — a chair's panel with three experts and two cross-reviewers over
two candidates of two levels, packages, workspaces opened, scores entered through the reviewer's own
service and from a paper sheet, files exported — and each test merges into a fresh copy of the panel.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from app.cli import main
from app.exchange.crypto import fingerprint, new_signing_key, public_key
from app.exchange.reviewer_file import sign_with_key
from app.models import schema
from app.services.merge import merge_files
from app.services.panel import Panel
from app.services.results import compute_results
from app.services.review_service import ReviewService
from app.services.workspace import export_reviewer_file, import_workspace_scores, open_workspace
from tests.core.panel_fixtures import write_csv
from tests.core.test_packages import (
    D1,
    D2,
    D3,
    exchange_panel,
    open_pkg,
    packages_by_reviewer,
    passphrase_of,
    read_manifest,
)


@dataclass(frozen=True)
class Loop:
    folder: Path
    panel_path: Path
    files: dict[str, Path]  # "E1-2": E1's second export
    secrets: dict[str, str]  # each reviewer's private signing key (from their package)
    workspaces: dict[str, Path]


def _score(workspace: Path, reviewer: str, work: Callable[[ReviewService], object]) -> None:
    panel, _ = open_workspace(workspace)
    try:
        work(ReviewService(panel, reviewer))
    finally:
        panel.close()


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> Loop:
    folder = tmp_path_factory.mktemp("loop")
    chair = exchange_panel(folder / "chair")
    packages = packages_by_reviewer(chair, folder / "packages")
    keys = {r: read_manifest(p)["reviewer_key"]["private_key"] for r, p in packages.items()}
    chair.close()
    ws = {r: open_pkg(p, folder / "laptops" / r) for r, p in packages.items()}
    files: dict[str, Path] = {}

    def export(name: str, reviewer: str) -> None:
        out = folder / "files" / f"{name}.dpreview"
        files[name] = export_reviewer_file(
            ws[reviewer], out, passphrase=passphrase_of(packages[reviewer])
        ).path

    def e1_first(s: ReviewService) -> None:
        s.add_deduction(D1, "a.one", Decimal("2"), reason_id="r1")  # 98
        s.complete(D2, accept_warnings=True)  # nothing off: 100
        s.add_deduction(
            D3, "a.two", Decimal("5"), reason_id="r3", page=1, rect=(72.0, 90.5, 300.0, 110.25)
        )  # 95
        s.set_item_note(D3, "b.four", "询问笔录第2页需复核")

    _score(ws["E1"], "E1", e1_first)
    export("E1-1", "E1")
    _score(
        ws["E1"],
        "E1",
        lambda s: s.add_deduction(D1, "b.three", Decimal("3"), text="未告知陈述申辩权利", page=2),
    )
    export("E1-2", "E1")  # D1: 95

    sheet = write_csv(
        folder / "e2-paper.csv",
        ["reviewer", "dossier", "item", "points", "reason_id", "reason", "page", "veto"],
        [
            ["E2", D1, "b.four", "10", "", "询问内容不完整", "", ""],  # 90
            ["E2", D2, "a.one", "3.5", "r2", "", "", ""],  # 96.5
            ["E2", D3, "", "", "", "", "", ""],  # 100
        ],
    )
    import_workspace_scores(ws["E2"], sheet)
    export("E2-1", "E2")

    def e3(s: ReviewService) -> None:
        s.complete(D1, accept_warnings=True)  # 100
        s.add_deduction(D2, "a.one", Decimal("1.25"), text="地点记录不具体")  # 98.75
        s.add_deduction(D3, "b.three", Decimal("4"), text="未告知回避权利", page=1)  # 96
        s.set_veto(D3, "not-qualified", "误点", page=1)
        s.clear_veto(D3, "not-qualified")  # in the history, not in the scores

    _score(ws["E3"], "E3", e3)
    export("E3-1", "E3")

    def c1(s: ReviewService) -> None:
        s.add_deduction(D1, "b.four", Decimal("3"), text="未问清排放时段")  # cross 3
        s.add_deduction(D2, "a.one", Decimal("2"), reason_id="r1")  # cross 2

    _score(ws["C1"], "C1", c1)
    export("C1-1", "C1")
    _score(ws["C2"], "C2", lambda s: s.add_deduction(D3, "b.four", Decimal("1.5"), text="询问顺序混乱"))
    export("C2-1", "C2")
    return Loop(folder, folder / "chair" / "chair.dpanel", files, keys, ws)


@pytest.fixture
def panel(loop: Loop, tmp_path: Path) -> Iterator[Panel]:
    opened = fresh_panel(loop, tmp_path)
    yield opened
    opened.close()


def fresh_panel(loop: Loop, folder: Path, *, with_pdfs: bool = False) -> Panel:
    """A copy of the chair's panel as it was before any merge (a merge needs no PDFs; packaging does)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "chair.dpanel"
    shutil.copyfile(loop.panel_path, target)
    if with_pdfs:
        shutil.copytree(loop.panel_path.with_suffix(".pdfs"), target.with_suffix(".pdfs"))
    return Panel.open(target)


def latest(loop: Loop) -> list[Path]:
    return [loop.files[n] for n in ("E1-2", "E2-1", "E3-1", "C1-1", "C2-1")]


def scores_state(panel: Panel) -> dict[str, Any]:
    """Everything a merge writes about scores, without row ids and write times."""
    r, d = schema.reviews, schema.dossiers
    with panel.engine.connect() as conn:
        reviews = {
            row.id: (row.reviewer_id, row.code)
            for row in conn.execute(select(r.c.id, r.c.reviewer_id, d.c.code).join(d))
        }
        review_rows = sorted(
            (
                reviews[row.id],
                row.status,
                row.note,
                row.origin,
                row.file_sequence,
                row.checklist_hash,
                str(row.completed_at),
            )
            for row in conn.execute(select(r))
        )
        deductions = sorted(
            (
                reviews[x.review_id],
                x.uid,
                x.item_id,
                str(x.points),
                x.reason_id,
                x.text,
                x.page,
                json.dumps(x.rect),
                str(x.created_at),
            )
            for x in conn.execute(select(schema.deductions))
        )
        vetoes = sorted(
            (reviews[x.review_id], x.veto_id, x.reason, x.page)
            for x in conn.execute(select(schema.review_vetoes))
        )
        marks = sorted(
            (reviews[x.review_id], x.item_id, x.visited, x.note)
            for x in conn.execute(select(schema.item_marks))
        )
    return {"reviews": review_rows, "deductions": deductions, "vetoes": vetoes, "marks": marks}


def received(panel: Panel) -> list[dict[str, Any]]:
    with panel.engine.connect() as conn:
        return [
            dict(row)
            for row in conn.execute(
                select(schema.received_files).order_by(schema.received_files.c.id)
            ).mappings()
        ]


def resign(raw: bytes, private_key: str, change: Callable[[dict[str, Any]], None]) -> bytes:
    """An *authentic* file with different content: what a faulty or foreign workspace could send.

    ``change`` sees the body and the header fields (panel_id, panel_key, reviewer_id, sequence) in
    one dict; the file is signed with ``private_key`` (and names its public key).
    """
    document = json.loads(raw)
    flat = document["body"] | {k: document[k] for k in HEADER_FIELDS}
    change(flat)
    header = {k: flat.pop(k) for k in HEADER_FIELDS}
    return sign_with_key(header, flat, private_key)


HEADER_FIELDS = ("panel_id", "panel_key", "reviewer_id", "sequence")


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------- the whole loop
def test_the_offline_loop_gives_the_hand_computed_results(loop: Loop, panel: Panel) -> None:
    report = merge_files(panel, latest(loop))
    assert [f.outcome for f in report.files] == ["merged"] * 5, [f.problems for f in report.files]
    assert report.backup is not None and report.backup.is_file()
    results = compute_results(panel)
    by_code = {o.dossier.id: o.result for o in results.dossiers}
    # D1: experts E1 100−2−3 = 95, E2 100−10 = 90, E3 100 → mean 95; cross C1 3 → 92
    assert by_code[D1].expert_scores == {"E1": 95, "E2": 90, "E3": 100}
    assert by_code[D1].expert_score == 95 and by_code[D1].cross_deduction == 3 and by_code[D1].final == 92
    # D2: E1 100, E2 96.5, E3 98.75 → 295.25 / 3; cross C1 2 → 289.25 / 3 = 1157/12 (96.4166…)
    assert by_code[D2].expert_score == Fraction(1181, 12)
    assert by_code[D2].final == Fraction(1157, 12)
    # D3: E1 95, E2 100, E3 96 → 97; cross C2 1.5 → 95.5; E3's veto was cleared, so it does not count
    assert by_code[D3].expert_score == 97 and by_code[D3].final == Fraction(191, 2) and not by_code[D3].vetoes
    indicators = {c.candidate.id: c.indicator.value for c in results.candidates}
    assert indicators["U1"] == Fraction(2261, 24)  # mean of 92 and 1157/12
    assert indicators["P1"] == Fraction(191, 20)  # 10 points × 95.5 / 100 = 9.55


def test_what_the_reviewer_entered_arrives_whole(loop: Loop, panel: Panel) -> None:
    merge_files(panel, latest(loop))
    state = scores_state(panel)
    e1_d3 = next(d for d in state["deductions"] if d[0] == ("E1", D3))
    assert e1_d3[2:8] == ("a.two", "5", "r3", "执法人员少于两人", 1, "[72.0, 90.5, 300.0, 110.25]")
    assert (("E1", D3), "b.four", True, "询问笔录第2页需复核") in state["marks"]
    assert all(r[3] == "file" for r in state["reviews"])
    assert {r[0]: r[4] for r in state["reviews"]}[("E1", D1)] == 2  # the file's sequence
    # the reviewers' deduction uids and times survive the trip
    ws, _ = open_workspace(loop.workspaces["E1"])
    local = {(x.uid, str(x.created_at)) for x in ws.engine.connect().execute(select(schema.deductions))}
    ws.close()
    assert local == {(d[1], d[8]) for d in state["deductions"] if d[0][0] == "E1"}
    # the reviewers' histories are in the chair's audit log, marked as theirs
    actions = [(e["actor"], e["action"]) for e in panel.audit_entries()]
    assert ("E3", "reviewer.veto.set") in actions and ("E3", "reviewer.veto.clear") in actions
    assert ("chair", "merge") in actions


# ---------------------------------------------------------------------- outcomes
def test_merged_then_unchanged_then_updated_then_older_refused(loop: Loop, panel: Panel) -> None:
    first = merge_files(panel, [loop.files["E1-1"]])
    assert first.files[0].outcome == "merged" and first.files[0].sequence == 1
    state = scores_state(panel)
    again = merge_files(panel, [loop.files["E1-1"]])
    assert again.files[0].outcome == "unchanged" and scores_state(panel) == state
    newer = merge_files(panel, [loop.files["E1-2"]])
    assert newer.files[0].outcome == "updated" and newer.files[0].replaced_sequence == 1
    old_entries = [
        e for e in panel.audit_entries() if e["action"] == "review.file" and e["entity_id"] == f"E1/{D1}"
    ]
    assert (
        len(old_entries) == 2 and old_entries[1]["old"] == old_entries[0]["new"]
    )  # the older stays in history
    updated_state = scores_state(panel)
    older = merge_files(panel, [loop.files["E1-1"]])
    assert older.files[0].outcome == "refused" and older.files[0].problems[0].code == "older_sequence"
    assert scores_state(panel) == updated_state
    assert [r["outcome"] for r in received(panel)] == ["merged", "unchanged", "updated", "refused"]
    assert len(list(panel.path.with_suffix(".backups").iterdir())) == 4  # one backup per merge call


def test_two_files_of_one_reviewer_in_one_batch_the_newest_wins(loop: Loop, tmp_path: Path) -> None:
    states = []
    for n, order in enumerate((["E1-1", "E1-2"], ["E1-2", "E1-1"])):
        panel = fresh_panel(loop, tmp_path / str(n))
        report = merge_files(panel, [loop.files[name] for name in order])
        outcomes = {f.path.stem: (f.outcome, [p.code for p in f.problems]) for f in report.files}
        assert outcomes == {"E1-2": ("merged", []), "E1-1": ("refused", ["older_sequence"])}
        states.append(scores_state(panel))
        panel.close()
    assert states[0] == states[1]


def test_a_different_file_with_a_sequence_already_merged_is_refused(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    merge_files(panel, [loop.files["C2-1"]])
    raw = loop.files["C2-1"].read_bytes()
    twin = resign(raw, loop.secrets["C2"], lambda d: d["reviews"][0]["deductions"][0].update(points="1"))
    report = merge_files(panel, [write(tmp_path, "twin.dpreview", twin)])
    assert report.files[0].problems[0].code == "sequence_conflict"


# ---------------------------------------------------------------------- refusals, each with its own case
def _first_deduction(item: str | None = None, **changes: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        review = next(r for r in doc["reviews"] if r["dossier"] == D1)
        deduction = review["deductions"][0]
        deduction.update(changes)
        if item:
            deduction["item"] = item

    return change


def _both_dossier_hashes(key: str, value: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        for entry in doc["dossiers"]:
            if entry["code"] == D1:
                entry[key] = value
        if key == "checklist_hash":
            for review in doc["reviews"]:
                if review["dossier"] == D1:
                    review["checklist_hash"] = value

    return change


def _add_review(code: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        review = dict(doc["reviews"][0], dossier=code, deductions=[], marks=[])
        doc["reviews"].append(review)
        doc["dossiers"].append(dict(doc["dossiers"][0], code=code))

    return change


def _veto(
    reason: str, veto: str = "not-qualified", page: int | None = None
) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        review = next(r for r in doc["reviews"] if r["dossier"] == D1)
        review["vetoes"] = [
            {"veto": veto, "reason": reason, "page": page, "created_at": "2026-05-01T10:00:00"}
        ]

    return change


CONTENT_REFUSALS: dict[str, tuple[Callable[[dict[str, Any]], None], str | None, str | None]] = {
    # name: (change, expected dossier, expected item)  — the code is the name up to "#"
    "other_panel": (lambda d: d.update(panel_id=str(uuid.uuid4())), None, None),
    "unknown_reviewer": (lambda d: d.update(reviewer_id="E9"), None, None),
    "unknown_dossier": (_add_review("甲环罚〔2026〕99号"), "甲环罚〔2026〕99号", None),
    "checklist_mismatch": (_both_dossier_hashes("checklist_hash", "0" * 64), D1, None),
    "pdf_mismatch": (_both_dossier_hashes("pdf_sha256", "1" * 64), D1, None),
    "above_item_maximum": (_first_deduction(points="11", reason_id=None, text="太多"), D1, "a.one"),
    "not_positive": (_first_deduction(points="0", reason_id=None, text="零"), D1, "a.one"),
    "bad_points": (_first_deduction(points="2.555"), D1, "a.one"),
    "bad_points#2": (_first_deduction(points="-2"), D1, "a.one"),
    "not_reason_points": (_first_deduction(points="3"), D1, "a.one"),
    "reason_text_required": (_first_deduction(reason_id=None, text="  "), D1, "a.one"),
    "reason_text_required#veto": (_veto(" "), D1, "not-qualified"),
    "unknown_veto": (_veto("理由", veto="no-such-veto"), D1, "no-such-veto"),
    "page_out_of_range#veto": (_veto("理由", page=9), D1, "not-qualified"),
    "free_deduction_not_allowed": (
        _first_deduction("a.two", reason_id=None, text="自由扣分", points="1"),
        D1,
        "a.two",
    ),
    "anchor_required": (_first_deduction("b.three", reason_id=None, text="未告知", page=None), D1, "b.three"),
    "page_out_of_range": (_first_deduction(page=4), D1, "a.one"),  # D1 has 3 pages
    "unknown_item": (_first_deduction("z.nine"), D1, "z.nine"),
    "unknown_reason": (_first_deduction(reason_id="r9"), D1, "a.one"),
}


@pytest.mark.parametrize("name", sorted(CONTENT_REFUSALS))
def test_an_authentic_file_with_bad_content_is_refused_whole(
    loop: Loop, panel: Panel, tmp_path: Path, name: str
) -> None:
    change, dossier, item = CONTENT_REFUSALS[name]
    raw = resign(loop.files["E1-1"].read_bytes(), loop.secrets["E1"], change)
    before = scores_state(panel)
    report = merge_files(panel, [write(tmp_path, "bad.dpreview", raw), loop.files["C2-1"]])
    bad, good = report.files
    assert bad.outcome == "refused" and good.outcome == "merged"  # one bad file does not stop the others
    assert [(p.code, p.dossier, p.item) for p in bad.problems] == [(name.split("#")[0], dossier, item)]
    after = scores_state(panel)
    assert (
        [r for r in after["reviews"] if r[0][0] == "E1"]
        == [r for r in before["reviews"] if r[0][0] == "E1"]
        == []
    )
    logged = received(panel)[0]
    assert logged["outcome"] == "refused" and logged["file_name"] == "bad.dpreview"
    assert logged["problems"][0]["code"] == name.split("#")[0]


def test_a_dossier_no_longer_assigned_to_the_reviewer_is_refused(loop: Loop, panel: Panel) -> None:
    with panel.transaction() as conn:
        d3 = conn.execute(select(schema.dossiers.c.id).where(schema.dossiers.c.code == D3)).scalar_one()
        conn.execute(
            delete(schema.assignments).where(
                schema.assignments.c.reviewer_id == "E1", schema.assignments.c.dossier_id == d3
            )
        )
    report = merge_files(panel, [loop.files["E1-2"]])
    assert [(p.code, p.dossier) for p in report.files[0].problems] == [("not_assigned", D3)]
    assert scores_state(panel)["reviews"] == []


def test_scores_for_a_dossier_assigned_to_someone_else_are_refused(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    raw = resign(loop.files["C2-1"].read_bytes(), loop.secrets["C2"], _add_review(D1))  # C2 reviews D3 only
    report = merge_files(panel, [write(tmp_path, "c2.dpreview", raw)])
    assert [(p.code, p.dossier) for p in report.files[0].problems] == [("not_assigned", D1)]


def test_every_problem_in_a_file_is_named(loop: Loop, panel: Panel, tmp_path: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        _first_deduction(points="11", reason_id=None, text="x")(doc)
        d3 = next(r for r in doc["reviews"] if r["dossier"] == D3)
        d3["deductions"][0]["points"] = "4"  # r3 is worth exactly 5
        d3["marks"].append({"item": "nope", "visited": True, "note": ""})

    raw = resign(loop.files["E1-1"].read_bytes(), loop.secrets["E1"], change)
    report = merge_files(panel, [write(tmp_path, "many.dpreview", raw)])
    assert sorted((p.code, p.dossier, p.item) for p in report.files[0].problems) == sorted(
        [
            ("above_item_maximum", D1, "a.one"),
            ("not_reason_points", D3, "a.two"),
            ("unknown_item", D3, "nope"),
        ]
    )


@pytest.mark.parametrize(
    ("name", "damage", "code"),
    [
        ("truncated", lambda raw: raw[: len(raw) - 40], "truncated"),
        ("corrupt", lambda raw: b"\x00\x01 not a reviewer file" + raw[100:], "corrupt"),
        ("flipped", lambda raw: raw.replace(b'"points":"2"', b'"points":"1"', 1), "bad_signature"),
        ("empty", lambda raw: b"", "empty"),
    ],
)
def test_damaged_copies_are_refused(
    loop: Loop, panel: Panel, tmp_path: Path, name: str, damage: Callable[[bytes], bytes], code: str
) -> None:
    raw = loop.files["E1-1"].read_bytes()
    assert damage(raw) != raw
    report = merge_files(panel, [write(tmp_path, f"{name}.dpreview", damage(raw))])
    assert [p.code for p in report.files[0].problems] == [code]
    assert scores_state(panel)["reviews"] == []


def test_a_deduction_id_taken_by_another_reviewer_refuses_only_that_file(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    """A conflict only the database sees: the batch is rolled back and the files written one by one."""
    taken = json.loads(loop.files["C1-1"].read_bytes())["body"]["reviews"][0]["deductions"][0]["uid"]

    def steal(doc: dict[str, Any]) -> None:
        next(r for r in doc["reviews"] if r["dossier"] == D1)["deductions"][0]["uid"] = taken

    bad = write(tmp_path, "e1.dpreview", resign(loop.files["E1-1"].read_bytes(), loop.secrets["E1"], steal))
    for batch in ([bad, loop.files["C1-1"], loop.files["C2-1"]], [bad]):
        report = merge_files(panel, batch)
        first = report.files[0]
        assert first.outcome == "refused" and [p.code for p in first.problems] == ["write_conflict"]
        assert all(f.outcome == "merged" for f in report.files[1:])
    state = scores_state(panel)
    assert {r[0][0] for r in state["reviews"]} == {"C1", "C2"}  # nothing of E1's file, all of the others


def test_a_file_signed_with_another_key_is_refused(loop: Loop, panel: Panel, tmp_path: Path) -> None:
    stranger = new_signing_key()
    raw = resign(loop.files["E1-1"].read_bytes(), stranger, lambda d: None)
    report = merge_files(panel, [write(tmp_path, "forged.dpreview", raw)])
    assert [p.code for p in report.files[0].problems] == ["unknown_key"]  # no package gave E1 that key
    # the same forgery naming E1's real key: the signature does not verify with it
    theirs, ours = fingerprint(public_key(stranger)), fingerprint(public_key(loop.secrets["E1"]))
    claimed = raw.replace(theirs.encode(), ours.encode())
    report = merge_files(panel, [write(tmp_path, "claimed.dpreview", claimed)])
    assert [p.code for p in report.files[0].problems] == ["bad_signature"]
    # C1's own authentic file, relabelled as E1's: signed with C1's key, which is not one of E1's
    relabelled = resign(
        loop.files["C1-1"].read_bytes(), loop.secrets["C1"], lambda d: d.update(reviewer_id="E1")
    )
    report = merge_files(panel, [write(tmp_path, "relabelled.dpreview", relabelled)])
    assert [p.code for p in report.files[0].problems] == ["unknown_key"]


def test_a_file_of_a_reviewer_never_packaged_is_refused(loop: Loop, panel: Panel, tmp_path: Path) -> None:
    with panel.transaction() as conn:
        conn.execute(delete(schema.meta).where(schema.meta.c.key == "reviewer_keys:E1"))
    report = merge_files(panel, [loop.files["E1-1"]])
    assert [p.code for p in report.files[0].problems] == ["not_packaged"]


def test_a_file_of_another_panel_is_refused(loop: Loop, tmp_path: Path) -> None:
    """A real file from a real other panel with the same reviewer ids, not a crafted one."""
    other = exchange_panel(tmp_path / "other")
    package = packages_by_reviewer(other, tmp_path / "pk")["C2"]
    workspace = open_pkg(package, tmp_path / "ws")
    other.close()
    foreign = export_reviewer_file(
        workspace, tmp_path / "foreign.dpreview", passphrase=passphrase_of(package)
    ).path
    panel = fresh_panel(loop, tmp_path / "ours")
    report = merge_files(panel, [foreign])
    assert [p.code for p in report.files[0].problems] == ["other_panel"]
    panel.close()


def test_a_flipped_byte_anywhere_in_a_real_file_is_refused_by_the_merge(loop: Loop, tmp_path: Path) -> None:
    raw = loop.files["C2-1"].read_bytes()
    panel = fresh_panel(loop, tmp_path / "p")
    paths = []
    for n, position in enumerate(range(0, len(raw), max(1, len(raw) // 60))):
        flipped = bytearray(raw)
        flipped[position] ^= 0x20
        paths.append(write(tmp_path, f"flip-{n:03}.dpreview", bytes(flipped)))
    report = merge_files(panel, paths)
    assert all(f.outcome == "refused" for f in report.files)
    assert scores_state(panel)["reviews"] == []
    panel.close()


# ---------------------------------------------------------------------- properties
@pytest.fixture(scope="module")
def reference(loop: Loop, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    panel = fresh_panel(loop, tmp_path_factory.mktemp("reference"))
    merge_files(panel, sorted(loop.files.values()))
    state = scores_state(panel)
    panel.close()
    return state


@pytest.fixture(scope="module")
def batch_files(loop: Loop, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("batch")
    raw = loop.files["E2-1"].read_bytes()
    bad = write(folder, "tampered.dpreview", raw.replace(b'"points":"10"', b'"points":"1"'))
    return [*loop.files.values(), bad]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_merging_is_order_independent_and_idempotent(
    loop: Loop,
    reference: dict[str, Any],
    batch_files: list[Path],
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    order = data.draw(st.permutations(batch_files))
    split = data.draw(st.integers(min_value=0, max_value=len(order)))
    folder = Path(tempfile.mkdtemp(dir=tmp_path_factory.getbasetemp()))
    panel = fresh_panel(loop, folder)
    try:
        merge_files(panel, order[:split])
        merge_files(panel, order[split:])
        assert scores_state(panel) == reference
        again = merge_files(panel, order)
        assert scores_state(panel) == reference  # merging the same files again changes nothing
        assert {f.outcome for f in again.files} <= {"unchanged", "refused"}
        assert sorted(f.path.name for f in again.refused) == ["E1-1.dpreview", "tampered.dpreview"]
    finally:
        panel.close()
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------- the command line
def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_loop_from_the_command_line(
    loop: Loop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chair = fresh_panel(loop, tmp_path / "chair", with_pdfs=True)
    chair.close()
    code, out, _ = run(capsys, "package", str(chair.path), "--out", str(tmp_path / "out"))
    assert (
        code == 0
        and "C2 李交叉 (Cross-reviewer) -> " in out
        and len(list((tmp_path / "out").glob("*.dppkg"))) == 5
    )
    package = next((tmp_path / "out").glob("C2-*.dppkg"))
    line = next(x for x in out.splitlines() if x.startswith("C2 "))
    passphrase = line.rsplit("passphrase ", 1)[1]
    code, _, err = run(capsys, "review", "open", str(package), "--workspace", str(tmp_path / "ws"))
    assert code == 2 and "[passphrase_required]" in err and len(err.splitlines()) == 1
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(passphrase[:-1] + ("0" if passphrase[-1] != "0" else "1"))
    args = ("review", "open", str(package), "--workspace", str(tmp_path / "ws"))
    code, _, err = run(capsys, *args, "--passphrase-file", str(wrong))
    assert code == 2 and "[wrong_passphrase]" in err and "Traceback" not in err
    assert not (tmp_path / "ws").exists() or not any((tmp_path / "ws").iterdir())
    (tmp_path / "slip.txt").write_text(passphrase.lower().replace("-", " ") + "\n")  # typed loosely
    code, out, _ = run(capsys, *args, "--passphrase-file", str(tmp_path / "slip.txt"))
    workspace = Path(out.strip().splitlines()[-1])
    assert code == 0 and workspace.is_file()
    os.environ["DOSSIER_PANEL_PASSPHRASE"] = passphrase  # the export takes it from the environment
    sheet = write_csv(
        tmp_path / "mine.csv",
        ["reviewer", "dossier", "item", "points", "reason", "page"],
        [["C2", D3, "b.four", "2", "询问不全", ""]],
    )
    code, out, _ = run(capsys, "review", "import-scores", str(workspace.parent), str(sheet))
    assert code == 0 and "1 reviews written" in out
    other = write_csv(
        tmp_path / "theirs.csv",
        ["reviewer", "dossier", "item", "points", "reason", "page"],
        [["E1", D3, "b.four", "2", "x", ""]],
    )
    code, _, err = run(capsys, "review", "import-scores", str(workspace), str(other))
    assert code == 2 and "E1" in err  # only the workspace's own reviewer
    try:
        code, out, _ = run(capsys, "review", "export", str(workspace), "--out", str(tmp_path / "c2.dpreview"))
    finally:
        del os.environ["DOSSIER_PANEL_PASSPHRASE"]
    assert code == 0 and "sequence 1" in out
    code, out, _ = run(capsys, "merge", str(chair.path), str(tmp_path / "c2.dpreview"))
    assert code == 0 and "c2.dpreview: merged (reviewer C2, sequence 1): 1 reviews, 1 deductions" in out
    raw = (tmp_path / "c2.dpreview").read_bytes()
    (tmp_path / "bad.dpreview").write_bytes(raw.replace(b'"points":"2"', b'"points":"3"'))
    code, out, _ = run(
        capsys, "merge", str(chair.path), str(tmp_path / "c2.dpreview"), str(tmp_path / "bad.dpreview")
    )
    assert code == 1 and "c2.dpreview: unchanged" in out
    assert "bad.dpreview: fails the signature check" in out and "[bad_signature]" in out
    code, out, _ = run(capsys, "merge", str(chair.path), str(tmp_path / "bad.dpreview"), "--json")
    data = json.loads(out)
    assert code == 1 and data["files"][0]["outcome"] == "refused"
    assert data["files"][0]["problems"][0]["code"] == "bad_signature"
    code, _, err = run(
        capsys, "review", "open", str(tmp_path / "c2.dpreview"), "--workspace", str(tmp_path / "ws")
    )
    assert code == 2 and "c2.dpreview" in err and "corrupt_archive" in err
    code, _, err = run(capsys, "review", "export", str(chair.path), "--out", str(tmp_path / "x.dpreview"))
    assert code == 2 and "not_a_workspace" in err
