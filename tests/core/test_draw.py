"""Random draws: repeatable from pool and seed, shortfalls reported, pool rows named, records exported."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.cli import main
from app.models import schema
from app.review.assignment import AssignmentError, ErrorCode
from app.review.draw import (
    DrawRecord,
    PoolEntry,
    draw_candidate,
    drawn_requirements,
    verify_draw,
)
from app.services.draws import draw, draw_records, verify_draws
from app.services.manifests import ManifestError
from app.services.panel import Panel
from tests.core.panel_fixtures import RULESET, populated_panel, write_csv

POOL = [PoolEntry("general", f"甲环罚〔2025〕{n}号") for n in range(1, 21)] + [
    PoolEntry("supporting", f"甲环查〔2025〕{n}号", date(2025, 5, n)) for n in range(1, 6)
]
NEEDS = {"general": 2, "supporting": 1}


def test_same_seed_same_draw_whatever_the_pool_order() -> None:
    first = draw_candidate("U1", POOL, NEEDS, "7f3a")
    shuffled = list(POOL)
    random.Random(3).shuffle(shuffled)
    assert draw_candidate("U1", shuffled, NEEDS, "7f3a") == first
    assert [len(first.drawn[t]) for t in ("general", "supporting")] == [2, 1]
    assert len(set(first.drawn["general"])) == 2 and first.shortfalls == ()
    others = {draw_candidate("U1", POOL, NEEDS, seed).drawn["general"] for seed in ("a", "b", "c", "d")}
    assert len(others | {first.drawn["general"]}) > 1, "another seed should draw other cases"


def test_known_answer_so_anyone_can_repeat_it() -> None:
    """The method's published recipe, spelled out: canonical sort then random.Random(...).sample."""
    population = sorted(e.case_number for e in POOL if e.type == "general")
    expected = tuple(random.Random("2026:U1:general").sample(population, 2))
    assert draw_candidate("U1", POOL, {"general": 2}, "2026").drawn["general"] == expected
    assert expected == ("甲环罚〔2025〕16号", "甲环罚〔2025〕5号")  # pinned: a change of method breaks this


def test_a_small_pool_draws_all_it_has_and_reports_the_shortfall() -> None:
    result = draw_candidate("P1", POOL[:1], {"general": 2, "supporting": 1}, "s")
    assert result.drawn == {"general": (POOL[0].case_number,), "supporting": ()}
    assert [(s.type, s.required, s.available, s.code) for s in result.shortfalls] == [
        ("general", 2, 1, "pool_too_small"),
        ("supporting", 1, 0, "pool_too_small"),
    ]


def test_verify_draw_repeats_records_and_exports() -> None:
    result = draw_candidate("U1", POOL, NEEDS, "abc")
    record = DrawRecord("U1", "abc", tuple(POOL), result, actor="chair")
    assert verify_draw(record).matches
    exported = json.loads(json.dumps(record.to_json(), ensure_ascii=False))
    assert verify_draw(exported).matches
    exported["result"]["drawn"]["general"] = ["甲环罚〔2025〕1号", "甲环罚〔2025〕2号"]
    check = verify_draw(exported)
    assert not check.matches and check.repeated.drawn == result.drawn
    exported["seed"] = "abd"
    assert not verify_draw(record.to_json() | {"seed": "abd"}).matches


def test_drawn_requirements_come_from_the_rule_set() -> None:
    unit, individual = RULESET.kind("county-unit"), RULESET.kind("individual")
    assert unit is not None and individual is not None
    assert drawn_requirements(unit) == {"supporting": 1}
    assert drawn_requirements(individual) == {"general": 1}


# ---------------------------------------------------------------------- the service
def _pool_csv(tmp_path: Path, rows: list[list[object]], name: str = "pool.csv") -> Path:
    return write_csv(tmp_path / name, ["候选对象编号", "案卷编号", "案卷类型", "结案日期", "案由"], rows)


POOL_ROWS: list[list[object]] = [
    ["U1", "甲环查〔2025〕1号", "配套办法案卷", "2025-04-01", "查封扣押"],
    ["U1", "甲环查〔2025〕2号", "supporting", "2025/04/02", ""],
    ["U1", "甲环罚〔2025〕9号", "general", "", "不需要抽的类型"],
    ["张三", "甲环罚〔2025〕31号", "general", "", ""],  # by name
    ["32000001", "甲环罚〔2025〕32号", "general", "", ""],  # by certificate number
]


def _count_draws(panel: Panel) -> int:
    with panel.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.draws)).scalar_one())


def test_draw_stores_records_that_verify(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    report = draw(panel, _pool_csv(tmp_path, POOL_ROWS), seed="s1", actor="秘书处")
    assert report.seed == "s1" and report.not_in_pool == ()
    by_candidate = {r.candidate_id: r for r in report.records}
    assert set(by_candidate) == {"U1", "P1"}
    assert by_candidate["U1"].result.drawn["supporting"][0] in {"甲环查〔2025〕1号", "甲环查〔2025〕2号"}
    assert set(by_candidate["U1"].result.drawn) == {"supporting"}
    assert len(by_candidate["P1"].pool) == 2
    records = draw_records(panel)
    assert [r["candidate"] for r in records] == ["P1", "U1"]
    u1 = records[1]
    assert u1["seed"] == "s1" and u1["actor"] == "秘书处" and u1["candidate_name"] == "甲县生态环境局"
    assert u1["pool"][0] == {
        "case_number": "甲环罚〔2025〕9号",
        "type": "general",
        "closing_date": None,
        "title": "不需要抽的类型",
    }
    assert u1["result"]["required"] == {"supporting": 1} and u1["result"]["method"] == "sample-v1"
    assert all(v.matches for _, v in verify_draws(panel))
    assert all(verify_draw(r).matches for r in json.loads(json.dumps(records, ensure_ascii=False)))
    assert [e["action"] for e in panel.audit_entries()].count("draw.add") == 2
    # the same pool and seed in another panel give the same result
    (tmp_path / "again").mkdir()
    other = populated_panel(tmp_path / "again")
    (tmp_path / "again" / "pool.csv").write_bytes((tmp_path / "pool.csv").read_bytes())
    again = draw(other, tmp_path / "again" / "pool.csv", seed="s1")
    assert {r.candidate_id: r.result.drawn for r in again.records} == {
        c: r.result.drawn for c, r in by_candidate.items()
    }
    panel.close()
    other.close()


def test_a_second_draw_needs_a_reason(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    pool = _pool_csv(tmp_path, POOL_ROWS[:2])
    draw(panel, pool, seed="a")
    with pytest.raises(AssignmentError) as exc:
        draw(panel, pool, seed="b")
    assert exc.value.code is ErrorCode.ALREADY_DRAWN and exc.value.fields["candidate"] == "U1"
    assert _count_draws(panel) == 1
    report = draw(panel, pool, seed="b", redraw_reason="第一次抽选的案卷池不完整")
    assert report.records[0].note == "第一次抽选的案卷池不完整"
    assert draw_records(panel)[-1]["note"] == "第一次抽选的案卷池不完整"
    assert report.not_in_pool == ("P1",)
    panel.close()


def test_draw_shortfall_is_reported(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    report = draw(panel, _pool_csv(tmp_path, [["U1", "甲环罚〔2025〕9号", "general", "", ""]]), seed="x")
    (record,) = report.records
    assert record.result.drawn == {"supporting": ()}
    assert [(s.type, s.required, s.available) for s in record.result.shortfalls] == [("supporting", 1, 0)]
    assert draw_records(panel)[0]["result"]["shortfalls"] == [
        {"code": "pool_too_small", "type": "supporting", "required": 1, "available": 0}
    ]
    panel.close()


@pytest.mark.parametrize(
    ("row", "where", "problem"),
    [
        (["U9", "X-1", "general", "", ""], "row 3, column candidate", "unknown candidate 'U9'"),
        (["U1", "X-1", "稽查案卷", "", ""], "row 3, column type", "unknown dossier type '稽查案卷'"),
        (["U1", "", "general", "", ""], "row 3, column case_number", "is empty"),
        (["U1", "X-1", "general", "31/02/2025", ""], "row 3, column closing_date", "write a date"),
        (["U1", "甲环查〔2025〕1号", "supporting", "", ""], "row 3, column case_number", "repeats row 2"),
    ],
)
def test_pool_errors_name_the_row_and_draw_nothing(
    tmp_path: Path, row: list[object], where: str, problem: str
) -> None:
    panel = populated_panel(tmp_path)
    pool = _pool_csv(tmp_path, [POOL_ROWS[0], row, POOL_ROWS[1]])
    with pytest.raises(ManifestError) as exc:
        draw(panel, pool, seed="x")
    assert exc.value.location == where and problem in exc.value.problem
    assert str(pool) in str(exc.value)
    assert _count_draws(panel) == 0
    panel.close()


def test_pool_from_xlsx_with_chinese_headers(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["候选对象", "案件编号", "案件类型", "结案日期"])
    sheet.append(["U1", "甲环查〔2025〕7号", "配套办法案卷", date(2025, 6, 1)])
    book.save(tmp_path / "pool.xlsx")
    (record,) = draw(panel, tmp_path / "pool.xlsx", seed="x").records
    assert record.result.drawn == {"supporting": ("甲环查〔2025〕7号",)}
    assert record.pool[0].closing_date == date(2025, 6, 1)
    panel.close()


# ---------------------------------------------------------------------- the command line
def test_cli_draw_and_draws(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    populated_panel(tmp_path).close()
    panel = str(tmp_path / "test.dpanel")
    pool = _pool_csv(tmp_path, POOL_ROWS[:3])
    assert main(["draw", panel, "--pool", str(pool), "--seed", "cli"]) == 0
    out = capsys.readouterr().out
    assert "seed: cli" in out and "U1 甲县生态环境局" in out and "not in this pool: P1" in out
    assert main(["draws", panel, "--json", "--verify"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1 and data[0]["verified"] is True and data[0]["seed"] == "cli"
    assert main(["draws", panel]) == 0
    assert "seed cli" in capsys.readouterr().out
    assert main(["draw", panel, "--pool", str(pool)]) == 2
    assert "candidate U1 was drawn before" in capsys.readouterr().err
    bad = _pool_csv(tmp_path, [["U1", "X", "audit", "", ""]], "bad.csv")
    assert main(["draw", panel, "--pool", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv: row 2, column type" in err and len(err.strip().splitlines()) == 1
    short = _pool_csv(tmp_path, [["P1", "甲环查〔2025〕1号", "supporting", "", ""]], "short.csv")
    assert main(["draw", panel, "--pool", str(short)]) == 1
    assert "shortfall: general: 1 required, 0 in the pool" in capsys.readouterr().out
