"""The shipped checklists load, add up and hash stably; broken checklist files are named precisely."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from app.review import library
from app.review.checklist import checklist_from_snapshot, load_checklist
from app.review.datafiles import DataFileError, content_hash
from app.review.ruleset import RuleSet

CHECKLIST_DIR = library.resources_dir() / "checklists"
SHIPPED = sorted(CHECKLIST_DIR.glob("*.toml"))
# Every shipped checklist is a 100-point form (none of the five notices states another total).
EXPECTED_TOTAL = Decimal(100)


def test_the_three_checklists_are_shipped() -> None:
    assert {"inspection-interrogation", "investigation-documents", "jiangxi-whole-process"} <= {
        p.stem for p in SHIPPED
    }


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_checklist_loads_and_totals_100(path: Path) -> None:
    checklist = load_checklist(path)
    assert checklist.id == path.stem
    assert checklist.max_points == EXPECTED_TOTAL
    assert library.checklist(checklist.id) == checklist


def test_section_splits_of_the_new_checklists() -> None:
    whole = library.checklist("jiangxi-whole-process")
    # 立案 10 · 调查取证 35 · 案件审查 15 · 告知听证 15 · 处罚决定制作和下达 15 · 信息公开和报送 10
    assert [(s.title, s.max_points) for s in whole.sections] == [
        ("立案", 10),
        ("调查取证", 35),
        ("案件审查", 15),
        ("告知和听证", 15),
        ("处罚决定制作和下达", 15),
        ("信息公开和报送", 10),
    ]
    documents = library.checklist("investigation-documents")
    assert [(s.title, s.max_points) for s in documents.sections] == [
        ("现场检查（勘察）笔录", 30),
        ("调查询问笔录", 30),
        ("调取证据", 20),
        ("案件调查报告", 20),
    ]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_ids_are_unique_and_every_item_has_concrete_reasons(path: Path) -> None:
    checklist = load_checklist(path)
    section_ids = [s.id for s in checklist.sections]
    item_ids = [i.id for i in checklist.items()]
    veto_ids = [v.id for v in checklist.vetoes]
    for ids in (section_ids, item_ids, veto_ids):
        assert len(ids) == len(set(ids))
    for item in checklist.items():
        assert item.reasons, f"{item.id} has no deduction reason"
        assert len({r.id for r in item.reasons}) == len(item.reasons)
        for reason in item.reasons:
            assert reason.largest <= item.max_points
            if reason.is_range:
                assert reason.min_points is not None and reason.max_points is not None
                assert Decimal(0) < reason.min_points <= reason.max_points
            else:
                assert reason.points is not None and reason.points > 0


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_hash_is_stable_across_loads_and_snapshots(path: Path) -> None:
    first = load_checklist(path)
    second = load_checklist(path)
    assert first is not second
    assert re.fullmatch(r"[0-9a-f]{64}", first.content_hash)
    assert first.content_hash == second.content_hash
    assert first.snapshot() == second.snapshot()
    assert checklist_from_snapshot(first.snapshot()).content_hash == first.content_hash


RULESETS_WITH_VETOES = [r for r in library.rulesets().values() if r.vetoes]


@pytest.mark.parametrize("ruleset", RULESETS_WITH_VETOES, ids=lambda r: r.id)
@pytest.mark.parametrize("hash_bare_first", [True, False], ids=["bare-hashed-first", "fresh"])
def test_hash_of_a_checklist_with_vetoes_is_a_function_of_its_content(
    ruleset: RuleSet, hash_bare_first: bool
) -> None:
    # Issue 10 item 11: the copy carried the bare checklist's cached hash, so packages of
    # jiangsu-2016, taian-2021 and rudong-2024 panels were refused with checklist_mismatch.
    bare = load_checklist(CHECKLIST_DIR / f"{ruleset.checklist}.toml")
    if hash_bare_first:
        assert bare.content_hash == content_hash(bare)
    combined = bare.with_vetoes(ruleset.vetoes)
    assert [v.id for v in combined.vetoes][-len(ruleset.vetoes) :] == [v.id for v in ruleset.vetoes]
    assert combined.content_hash == content_hash(combined) != bare.content_hash
    assert combined.content_hash == checklist_from_snapshot(combined.snapshot()).content_hash


def test_a_copy_with_changes_is_validated_and_derives_its_values_afresh() -> None:
    bare = library.checklist("inspection-interrogation")
    assert bare.max_points == 100 and bare.item("insp.time-place") is not None
    [first, *rest] = bare.sections
    changed = bare.model_copy(update={"sections": tuple(rest)})
    assert changed.max_points == 100 - first.max_points
    assert changed.item("insp.time-place") is None
    assert changed.content_hash == content_hash(changed)
    with pytest.raises(ValueError, match="appears twice"):
        bare.model_copy(update={"sections": (first, first)})


# ---------------------------------------------------------------- broken files

VALID = """\
id = "tiny"
title = "小表"
version = "1"

[[sections]]
id = "s"
title = "节"

[[sections.items]]
id = "s.a"
text = "项"
max_points = 10

[[sections.items.reasons]]
id = "r"
text = "原因"
points = 4
"""


def _write(tmp_path: Path, text: str, name: str = "tiny.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        load_checklist(path)
    err = caught.value
    assert err.path == str(path)
    assert str(path) in str(err)
    return err


def test_the_base_file_is_valid(tmp_path: Path) -> None:
    assert load_checklist(_write(tmp_path, VALID)).max_points == 10


def test_reason_larger_than_item_maximum(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, VALID.replace("points = 4", "points = 12")))
    assert err.location == "sections[1].items[1]"
    assert "'r'" in err.problem and "maximum" in err.problem


def test_range_reason_larger_than_item_maximum(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, VALID.replace("points = 4", "min_points = 2\nmax_points = 11")))
    assert err.location == "sections[1].items[1]"
    assert "'r'" in err.problem


def test_duplicate_item_ids(tmp_path: Path) -> None:
    second = '\n[[sections.items]]\nid = "s.a"\ntext = "另一项"\nmax_points = 5\n'
    err = _error(_write(tmp_path, VALID + second))
    assert "'s.a'" in err.problem and "twice" in err.problem


def test_duplicate_reason_ids(tmp_path: Path) -> None:
    again = '\n[[sections.items.reasons]]\nid = "r"\ntext = "再一次"\npoints = 1\n'
    err = _error(_write(tmp_path, VALID + again))
    assert err.location == "sections[1].items[1]"
    assert "'r'" in err.problem and "twice" in err.problem


def test_reason_without_points(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, VALID.replace("points = 4\n", "")))
    assert err.location == "sections[1].items[1].reasons[1]"
    assert "points" in err.problem


def test_item_without_max_points(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, VALID.replace("max_points = 10\n", "")))
    assert err.location == "sections[1].items[1].max_points"
    assert "required" in err.problem.lower()


def test_unknown_field(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, VALID.replace('text = "项"', 'text = "项"\ncolour = "red"')))
    assert err.location == "sections[1].items[1].colour"
    assert "extra" in err.problem.lower()


def test_three_decimal_places(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, VALID.replace("points = 4", "points = 1.125")))
    assert err.location.startswith("sections[1].items[1].reasons[1].points")
    assert "two decimal places" in err.problem


def test_penalty_on_a_plain_veto(tmp_path: Path) -> None:
    veto = '\n[[vetoes]]\nid = "v"\ntext = "否决"\neffect = "dossier_zero"\npenalty = 1\n'
    err = _error(_write(tmp_path, VALID.replace('version = "1"\n', 'version = "1"\n' + veto)))
    assert err.location == "vetoes[1]"
    assert "penalty" in err.problem


def test_bad_toml(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, VALID.replace("max_points = 10", "max_points = ")))
    assert err.location == ""
    assert "not valid TOML" in err.problem


def test_library_rejects_an_id_that_differs_from_the_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "checklists").mkdir()
    path = _write(tmp_path / "checklists", VALID, name="other-name.toml")
    monkeypatch.setattr(library, "RESOURCES", tmp_path)
    library.checklists.cache_clear()
    try:
        with pytest.raises(DataFileError) as caught:
            library.checklists()
        assert caught.value.path == str(path)
        assert caught.value.location == "id"
    finally:
        monkeypatch.undo()
        library.checklists.cache_clear()
        library.rulesets.cache_clear()
