"""The one rule for names from files that may reach a path (app/exchange/safe_names.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.exchange.errors import ExchangeError
from app.exchange.reviewer_file import ReviewerFileError, parse_body, read_envelope, sign
from app.exchange.safe_names import (
    check_name,
    entry_name_problem,
    file_name_part,
    name_problem,
    safe_join,
)
from tests.core.test_reviewer_file import HEADER, SECRET, body

GOOD = [
    "E1",
    "0c5e0c3e-5d4e-4c7f-9a52-0e2b8a3f6a11",
    "c-0123456789abcdef",
    "甲环罚〔2026〕1号",
    "苏环罚（2016）12号",
    "苏环罚[2016]12号",
    "苏环罚〔2016〕12 号",
    "jiangsu-2016",
    "exchange-test",
    "a.b_c",
    "CONSOLE",
    "NUL1",
    "com10",
    "E" * 64,
]

BAD = {
    "": "empty",
    ".": "starts with a dot",
    "..": "starts with a dot",
    ".hidden": "starts with a dot",
    "../../..": "a path separator",
    "/tmp/x": "a path separator",
    "a/b": "a path separator",
    "a\\b": "a path separator",
    "C:evil": "a drive letter",
    "c:/x": "a drive letter",
    "\\\\server\\share": "a network (UNC) path",
    "//server/share": "a network (UNC) path",
    "CON": "a Windows device name",
    "con": "a Windows device name",
    "Nul.txt": "a Windows device name",
    "aux.tar.gz": "a Windows device name",
    "PRN": "a Windows device name",
    "COM1": "a Windows device name",
    "com9.pdf": "a Windows device name",
    "LPT1": "a Windows device name",
    "lpt9": "a Windows device name",
    "COM¹": "a Windows device name",
    "CON .txt": "a Windows device name",
    "E1.": "ends with a dot",
    "E1 ": "ends with a dot or a space",
    " E1": "starts with a dot or a space",
    "E" * 65: "longer than",
    "𠀀" * 49: "longer than",  # 49 characters, 196 bytes
    "a\x00b": "U+0000",
    "a\nb": "U+000A",
    "a\tb": "U+0009",
    "\u202eexe.pdf": "U+202E",
    "a:b": "a drive letter",
    "ab:c": "U+003A",  # an NTFS stream
    "a*b": "U+002A",
    "a?b": "U+003F",
    'a"b': "U+0022",
    "a<b": "U+003C",
    "a|b": "U+007C",
    "a$b": "U+0024",
    "a／b": "U+FF0F",
}


@pytest.mark.parametrize("name", GOOD)
def test_names_people_use_are_safe(name: str) -> None:
    assert name_problem(name) is None
    assert check_name(name, "x") == name


@pytest.mark.parametrize(("name", "reason"), list(BAD.items()))
def test_names_that_could_reach_elsewhere_are_refused_saying_why(name: str, reason: str) -> None:
    problem = name_problem(name)
    assert problem is not None and reason in problem
    with pytest.raises(ExchangeError) as caught:
        check_name(name, "reviewer.id", "pkg.dppkg", dossier="D1")
    assert caught.value.code == "unsafe_name" and "reviewer.id" in caught.value.detail
    assert caught.value.dossier == "D1"


def test_not_text_is_not_a_name() -> None:
    assert name_problem(None) == "not text" and name_problem(7) == "not text"


@given(st.text(max_size=80))
def test_a_safe_name_joined_to_a_folder_stays_one_level_inside_it(name: str) -> None:
    root = Path("/work/root")
    if name_problem(name) is None:
        joined = safe_join(root, name)
        assert joined.parent == root and joined.name == name
    else:
        with pytest.raises(ExchangeError):
            safe_join(root, name)


@given(st.text(max_size=80))
def test_a_file_name_part_is_always_safe(text: str) -> None:
    assert name_problem(file_name_part(text)) is None


def test_file_name_parts_keep_what_they_can() -> None:
    assert file_name_part("王专家") == "王专家"
    assert file_name_part("a/b:c") == "a_b_c"
    assert file_name_part("CON") == "_CON" and file_name_part("...") == "_"


@pytest.mark.parametrize(
    ("entry", "safe"),
    [
        ("manifest.json", True),
        ("pdfs/" + "ab" * 32 + ".pdf", True),
        ("pdfs/", True),
        ("/etc/passwd", False),
        ("pdfs/../../x", False),
        ("C:/x", False),
        ("pdfs\\x.pdf", False),
        ("pdfs//x.pdf", False),
        ("pdfs/./x.pdf", False),
        ("pdfs/NUL.pdf", False),
        ("pdfs/x.pdf.", False),
        ("", False),
    ],
)
def test_zip_entry_names_are_checked_part_by_part(entry: str, safe: bool) -> None:
    assert (entry_name_problem(entry) is None) is safe


@pytest.mark.parametrize("field", ["panel_id", "reviewer_id"])
@pytest.mark.parametrize("value", ["../../E1", "/tmp/x", "NUL", "E1."])
def test_a_reviewer_file_naming_an_unsafe_panel_or_reviewer_is_refused_by_form(
    field: str, value: str
) -> None:
    raw = sign(HEADER | {field: value}, body(), SECRET)
    with pytest.raises(ReviewerFileError) as caught:
        read_envelope(raw)
    assert caught.value.code == "unsafe_name" and field in caught.value.detail


def test_a_reviewer_file_with_an_unsafe_dossier_code_is_named() -> None:
    data = body()
    data["dossiers"][0]["code"] = "../甲环罚"
    with pytest.raises(ReviewerFileError) as caught:
        parse_body(read_envelope(sign(HEADER, data, SECRET)))
    assert caught.value.code == "unsafe_name" and "dossiers.0.code" in caught.value.detail


def test_a_model_field_refusal_quotes_the_name_it_refused() -> None:
    from pydantic import BaseModel, ValidationError

    from app.exchange.safe_names import SafeName

    class Holder(BaseModel):
        name: SafeName

    with pytest.raises(ValidationError) as caught:
        Holder(name="../x")
    message = caught.value.errors()[0]["msg"]
    assert "'../x'" in message and "{" not in message
