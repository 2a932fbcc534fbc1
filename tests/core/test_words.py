"""The words tables: both languages complete and alike, the CLI's language from the locale, errors as
codes turned into words with their field values as they are."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app import words
from app.errors import AppError, describe, is_expected
from app.services.progress import Cancelled


def test_both_tables_load_with_the_same_keys_and_placeholders() -> None:
    zh, en = words.table("zh_CN"), words.table("en")
    assert set(zh.entries) == set(en.entries)
    for key in zh.entries:
        assert words.placeholders(zh.entries[key]) == words.placeholders(en.entries[key]), key


def test_a_key_in_one_table_only_is_refused() -> None:
    with pytest.raises(words.WordsTableError, match=r"errors\.extra"):
        words.check_tables({"zh_CN": {"a": "甲", "errors.extra": "多"}, "en": {"a": "A"}})


def test_differing_placeholders_are_refused() -> None:
    with pytest.raises(words.WordsTableError, match="placeholders differ"):
        words.check_tables({"zh_CN": {"a": "第 {row} 行"}, "en": {"a": "row {line}"}})


def test_a_placeholder_with_a_format_spec_is_refused() -> None:
    with pytest.raises(words.WordsTableError, match="plain name"):
        words.check_tables({"zh_CN": {"a": "{row:>3}"}, "en": {"a": "{row:>3}"}})


def test_a_bad_words_file_names_itself(tmp_path: Path) -> None:
    (tmp_path / "zh_CN.toml").write_text("a = [", encoding="utf-8")
    (tmp_path / "en.toml").write_text('a = "A"', encoding="utf-8")
    with pytest.raises(words.WordsTableError, match=r"zh_CN\.toml"):
        words._tables(tmp_path)


def _write(folder: Path, name: str, text: str) -> None:
    folder.joinpath(name).parent.mkdir(parents=True, exist_ok=True)
    folder.joinpath(name).write_text(text, encoding="utf-8")


def test_part_files_join_their_language_table(tmp_path: Path) -> None:
    _write(tmp_path, "zh_CN.toml", 'a = "甲"')
    _write(tmp_path, "en.toml", 'a = "A"')
    _write(tmp_path, "zh_CN/errors_x.toml", '[errors.x]\nbad = "坏：{value}"')
    _write(tmp_path, "en/errors_x.toml", '[errors.x]\nbad = "bad: {value}"')
    tables = words._tables(tmp_path)
    assert tables["zh_CN"].text("errors.x.bad", value="O'Neil") == "坏：O'Neil"
    assert tables["en"].text("a") == "A"


def test_a_key_given_in_two_files_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "zh_CN.toml", 'a = "甲"')
    _write(tmp_path, "en.toml", 'a = "A"')
    _write(tmp_path, "zh_CN/part.toml", 'a = "乙"')
    _write(tmp_path, "en/part.toml", 'b = "B"')
    with pytest.raises(words.WordsTableError, match=r"zh_CN/part\.toml"):
        words._tables(tmp_path)


def test_a_part_file_missing_in_one_language_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "zh_CN.toml", 'a = "甲"')
    _write(tmp_path, "en.toml", 'a = "A"')
    _write(tmp_path, "zh_CN/part.toml", 'b = "乙"')
    with pytest.raises(words.WordsTableError, match="same part files"):
        words._tables(tmp_path)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "zh_CN"),
        ({"LANG": "C.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "", "LANG": "en"}, "en"),
    ],
)
def test_the_cli_language_follows_the_locale_variables(environ: dict[str, str], language: str) -> None:
    assert words.cli_language(environ) == language


def test_values_are_inserted_as_they_are() -> None:
    template = words.table("zh_CN").template("where.dossier")
    assert words.fill(template, {"dossier": "O'Neil {row}"}) == "案卷 O'Neil {row}"


def test_an_error_is_described_with_its_location_in_each_language() -> None:
    error = AppError("os.failed", file="名单.xlsx", row=3, errno=5)
    assert describe(error, "zh_CN") == "名单.xlsx，第 3 行：磁盘读写出错（错误号 5）"
    assert describe(error, "en") == "名单.xlsx, row 3: the disk reported an error (error number 5)"
    assert str(error) == describe(error, "en")  # no sentence given: the English words


def test_an_error_keeps_its_developer_sentence() -> None:
    assert str(AppError("cancelled", "the import was cancelled")) == "the import was cancelled"
    assert describe(Cancelled(), "zh_CN") == "已取消"


def test_os_errors_are_described_by_their_number() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/media/u/panel.dpanel")
    assert describe(full, "zh_CN") == "/media/u/panel.dpanel：磁盘已满"
    assert "No space" not in describe(full, "zh_CN")


def test_a_program_error_is_not_described() -> None:
    assert not is_expected(KeyError("x"))
    with pytest.raises(TypeError):
        describe(KeyError("x"), "zh_CN")
