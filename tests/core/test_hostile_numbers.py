"""Hostile numbers in manifests and score sheets (issue 11, item 2), through the command line.

Each case quoted in the issue: a negative event count that added points, a fraction truncated
without a word, 1e309 accepted and killing ``results``, exponents that hung ``results``,
``add-candidates`` and ``import-scores``. Now each is refused by ``app.review.field_values``
naming file, row and column, before anything is converted.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.review.field_values import (
    FieldError,
    check_page,
    clean_text,
    parse_count,
    parse_page,
    parse_points,
)
from tests.core.panel_fixtures import populated_panel, write_csv

D1 = "甲环罚〔2026〕1号"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _new(capsys: pytest.CaptureFixture[str], tmp_path: Path, ruleset: str) -> str:
    panel = str(tmp_path / f"{ruleset}.dpanel")
    assert run(capsys, "new", panel, "--ruleset", ruleset)[0] == 0
    return panel


def _refused(err: str, path: Path, where: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"error: {path}: {where}: "), lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("-5", "no sign"),  # added 5 points: base 22 + 5 = 27
        ("2.7", "not a whole number"),  # was truncated to 2
        ("1e99999999", "no exponent"),  # int(Decimal(...)) spun for more than 11 minutes
        ("1" * 5000, "characters long"),
    ],
)
def test_bad_event_counts_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str, problem: str
) -> None:
    panel = _new(capsys, tmp_path, "rudong-2024")
    manifest = write_csv(
        tmp_path / "c.csv", ["id", "name", "kind", "event:city-criticised"], [["U1", "甲", "unit", value]]
    )
    code, _, err = run(capsys, "add-candidates", panel, "--manifest", str(manifest))
    assert code == 2
    _refused(err, manifest, "row 2, column event:city-criticised")
    assert problem in err
    code, out, _ = run(capsys, "results", panel)
    assert code == 0 and "U1" not in out  # nothing was written


def test_a_good_event_count_still_counts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    panel = _new(capsys, tmp_path, "rudong-2024")
    manifest = write_csv(
        tmp_path / "c.csv", ["id", "name", "kind", "event:city-criticised"], [["U1", "甲", "unit", "2"]]
    )
    assert run(capsys, "add-candidates", panel, "--manifest", str(manifest))[0] == 0
    code, out, _ = run(capsys, "results", panel)
    assert code == 0 and "0.00" in out and "no grade from the chair yet" in out  # the 22 is a grade
    assert run(capsys, "grade", panel, "U1", "22", "--reason", "全年评查无问题")[0] == 0
    code, out, _ = run(capsys, "results", panel)
    assert code == 0 and "20.00" in out  # 22 − 2 × 1


@pytest.mark.parametrize("value", ["1e309", "1e999999999", "1E+5", "inf", "NaN", "-1", "1.234"])
def test_bad_attributes_are_refused_before_results(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str
) -> None:
    # 1e309 was accepted and `results` died with decimal.InvalidOperation; 1e999999999 made it hang
    panel = _new(capsys, tmp_path, "taian-2021")
    manifest = write_csv(
        tmp_path / "c.csv", ["id", "name", "kind", "attr:self_checks"], [["U1", "甲", "county-unit", value]]
    )
    code, _, err = run(capsys, "add-candidates", panel, "--manifest", str(manifest))
    assert code == 2
    _refused(err, manifest, "row 2, column attr:self_checks")
    assert run(capsys, "results", panel)[0] == 0


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("page", "1e99999999", "no exponent"),  # spun for more than 11 minutes
        ("page", "2.7", "not a whole number"),  # was page 2
        ("page", "-1", "no sign"),
        ("page", "4", "from 1 to 3"),
        ("points", "1e309", "no exponent"),
        ("points", "1.005", "more than two decimal places"),
        ("points", "0", "from 0.01"),
    ],
)
def test_bad_score_sheet_numbers_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, column: str, value: str, problem: str
) -> None:
    populated_panel(tmp_path).close()
    row = {"reviewer": "E1", "dossier": D1, "item": "insp.facts", "points": "1", "reason": "x", "page": "1"}
    row[column] = value
    sheet = write_csv(tmp_path / "s.csv", list(row), [list(row.values())])
    code, _, err = run(capsys, "import-scores", str(tmp_path / "test.dpanel"), str(sheet))
    assert code == 2
    _refused(err, sheet, f"row 2, column {column}")
    assert problem in err


# ---------------------------------------------------------------------- the validator itself
@pytest.mark.parametrize(
    "text",
    ["-5", "2.7", "1e309", "1e999999999", "0x10", "1_000", "", " ", "nan", "inf", "9" * 13, "1" * 10**6],
)
def test_parse_count_refuses(text: str) -> None:
    with pytest.raises(FieldError):
        parse_count(text)


def test_parse_count_and_page_accept() -> None:
    assert parse_count("0") == 0 and parse_count(" 12 ") == 12 and parse_count("3.0") == 3
    assert parse_count("１２") == 12  # full-width digits
    assert parse_page("3", 3) == 3
    with pytest.raises(FieldError, match="from 1 to 3"):
        parse_page("0", 3)
    assert check_page(None, 3) is None and check_page(2, 3) == 2
    for bad in (0, 4, 10**100, True):
        with pytest.raises(FieldError):
            check_page(bad, 3)


def test_parse_points_ranges() -> None:
    assert parse_points("2,5", maximum=Decimal(4)) == Decimal("2.5")
    assert parse_points("2.50分") == Decimal("2.50")
    assert parse_points("4", maximum=4) == 4
    with pytest.raises(FieldError, match="from 0 to 4"):
        parse_points("4.01", maximum=4)
    with pytest.raises(FieldError, match=r"from 0\.01"):
        parse_points("0", positive=True)
    for bad in ("1e2", "-0", "+1", "1.", ".5", "1..2", "１e５", "1" * 41):
        with pytest.raises(FieldError):
            parse_points(bad)


def test_clean_text_drops_what_cannot_be_printed() -> None:
    text = "第一行\r\n第二行\u2028第三行\x85\t缩进\x07\x00\x1b[31m\ufeff\ud800\x9f"
    assert clean_text(text, multiline=True) == "第一行\n第二行\n第三行\n\t缩进[31m"
    assert clean_text("甲\n乙\t丙") == "甲 乙 丙"
    with pytest.raises(FieldError, match="at most 10"):
        clean_text("x" * 11, max_chars=10)


def test_a_page_of_a_dossier_without_pdf_is_still_bounded() -> None:
    # with no page count any int passed, and 10**300 then failed to fit SQLite's INTEGER at merge
    from app.review import library
    from app.review.validation import Problem, check_deduction

    checklist = library.checklist("inspection-interrogation")
    item = next(i for i in checklist.items() if i.free_deduction)
    assert (
        check_deduction(checklist, item.id, Decimal(1), None, "x", 10**300, None) is Problem.PAGE_OUT_OF_RANGE
    )
    assert check_deduction(checklist, item.id, Decimal(1), None, "x", 7, None) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1,000", "thousands separator"),  # was the count 1: a thousand read as 1.000
        ("12，500", "thousands separator"),
        ("2²", None),  # NFKC made it 22
        ("3⁰", None),  # NFKC made it 30
        ("①", None),  # NFKC made it 1
    ],
)
def test_counts_refuse_forms_that_read_as_another_number(text: str, problem: str | None) -> None:
    with pytest.raises(FieldError, match=problem):
        parse_count(text)


def test_points_refuse_a_thousands_separator_and_superscripts() -> None:
    # "1,000" was 1.00 point; a decimal comma with one or two decimals still reads as before
    for bad in ("1,000", "2²", "½"):
        with pytest.raises(FieldError):
            parse_points(bad)
    assert parse_points("2,5") == Decimal("2.5") and parse_points("2,25") == Decimal("2.25")
    assert parse_points("２，５分") == Decimal("2.5")  # full-width forms are still digits


def test_an_event_count_with_a_thousands_separator_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    panel = _new(capsys, tmp_path, "rudong-2024")
    manifest = write_csv(
        tmp_path / "c.csv", ["id", "name", "kind", "event:city-criticised"], [["U1", "甲", "unit", "1,000"]]
    )
    code, _, err = run(capsys, "add-candidates", panel, "--manifest", str(manifest))
    assert code == 2
    _refused(err, manifest, "row 2, column event:city-criticised")


def test_clean_text_drops_bidi_overrides_that_would_reorder_what_is_shown() -> None:
    # "扣\u202e分01" was shown as "扣10分" in the chair's window (Qt applies the override)
    assert clean_text("扣\u202e分01\u202c", multiline=True) == "扣分01"
    assert clean_text("\u202a\u202b\u202d\u2066\u2067\u2068\u2069甲") == "甲"
    # the marks a Uyghur or Arabic name may carry are kept: they reorder nothing but neutrals
    assert clean_text("阿力木\u200f·\u200e吐尔逊") == "阿力木\u200f·\u200e吐尔逊"
