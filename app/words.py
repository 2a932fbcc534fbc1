"""The program's words, one table per language, read from data files: the one place a sentence lives.

``resources/words/zh_CN.toml`` and ``resources/words/en.toml`` hold the same keys; each value is a
text with ``{field}`` placeholders. A part of the program may keep its words in a file of its own
beside them, ``resources/words/<language>/<part>.toml`` (``zh_CN/errors_exchange.toml``), with the
same file name in every language; a language's files are read together as one table, and a key
given twice (in two files) is an error. Both tables are read and checked together the first time any word
is asked for: a key missing from one of them, a placeholder one language has and the other lacks, or
a placeholder that is not a plain name is a ``WordsTableError`` (a test loads them, so a bad table
never ships). No Qt here: the command line, both windows, the printed sheets and the exports use it.

The language
    ``cli_language()``: what the command line speaks: Chinese, unless ``LC_ALL``, ``LC_MESSAGES`` or
    ``LANG`` (the first one set, as POSIX reads them) starts with ``en`` (``LANG=en_US.UTF-8``).
    ``use_language(code)``: the windows call it with the language chosen in the Help menu;
    ``current_language()`` is then what ``text()`` and ``app.errors.describe`` use by default.

Adding words
    1. Pick a key under the section it belongs to (``errors.*`` for an ``app.errors.AppError`` code —
       the key is ``errors.`` + the code —, ``where.*`` for the parts of a location, ``cli.*`` for the
       command line's own lines, or a section of the domain's vocabulary).
    2. Add it to **both** ``zh_CN.toml`` and ``en.toml`` (or to the part's file in both
       ``zh_CN/`` and ``en/``) with the same ``{placeholders}``.
    3. Use it: ``text("section.key", field=value)`` (or ``table(language).text(...)``). Field values
       are inserted as they are, never parsed again (``O'Neil`` stays ``O'Neil``; a value holding
       ``{x}`` stays ``{x}``).
    ``tests/core/test_words.py`` fails on a key in one table only or on differing placeholders.
"""

from __future__ import annotations

import os
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.paths import resources_dir

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX precedence: the first set one decides

_current: str | None = None


class WordsTableError(ValueError):
    """A words file that cannot be used: missing, not TOML, or not matching the other language."""


def words_dir() -> Path:
    return resources_dir() / "words"


def normalise_language(code: str | None) -> str:
    """``"en_US.UTF-8"``, ``"en"`` → ``"en"``; anything else (``zh``, ``C``, empty) → ``"zh_CN"``."""
    return "en" if (code or "").strip().lower().startswith("en") else DEFAULT_LANGUAGE


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: English when the locale variables say English, else Chinese."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "").strip()
        if value:
            return normalise_language(value)
    return DEFAULT_LANGUAGE


def use_language(code: str) -> None:
    """The language words are given in from now on (a window's choice; the CLI keeps ``cli_language``)."""
    global _current
    _current = normalise_language(code)


def current_language() -> str:
    return _current if _current is not None else cli_language()


def placeholders(template: str) -> frozenset[str]:
    """The ``{field}`` names of a template (``{{`` and ``}}`` are literal braces)."""
    names = set()
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise WordsTableError(f"placeholder {{{name}}} must be a plain name")
        names.add(name)
    return frozenset(names)


def _flatten(data: Mapping[str, Any], prefix: str, path: Path, out: dict[str, str]) -> None:
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, Mapping):
            _flatten(value, full + ".", path, out)
        elif isinstance(value, str):
            out[full] = value
        else:
            raise WordsTableError(f"{path}: {full} must be a text, not {type(value).__name__}")


def _read(path: Path) -> dict[str, str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WordsTableError(f"{path}: cannot be read ({exc})") from None
    flat: dict[str, str] = {}
    _flatten(data, "", path, flat)
    return flat


def part_names(folder: Path, language: str) -> list[str]:
    """The names of a language's own part files (``errors_exchange.toml``), sorted."""
    parts = folder / language
    return sorted(p.name for p in parts.glob("*.toml")) if parts.is_dir() else []


def _read_language(folder: Path, language: str) -> dict[str, str]:
    """``<language>.toml`` and every ``<language>/*.toml`` as one table; a key in two files is refused."""
    flat = _read(folder / f"{language}.toml")
    origin = dict.fromkeys(flat, f"{language}.toml")
    for name in part_names(folder, language):
        for key, value in _read(folder / language / name).items():
            if key in flat:
                raise WordsTableError(f"{key}: given in both {origin[key]} and {language}/{name}")
            flat[key] = value
            origin[key] = f"{language}/{name}"
    return flat


@dataclass(frozen=True)
class WordsTable:
    language: str
    entries: Mapping[str, str]

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def template(self, key: str) -> str:
        try:
            return self.entries[key]
        except KeyError:
            raise KeyError(f"no words for {key!r} in {self.language}.toml") from None

    def get(self, key: str) -> str | None:
        return self.entries.get(key)

    def text(self, key: str, /, **fields: object) -> str:
        """The words of ``key`` with its placeholders filled, each value as it is."""
        return fill(self.template(key), fields)

    def section(self, prefix: str) -> dict[str, str]:
        """Every entry under ``prefix`` (``"dossier_type"``), keyed by the rest of its key."""
        start = prefix.rstrip(".") + "."
        return {key[len(start) :]: value for key, value in self.entries.items() if key.startswith(start)}


def fill(template: str, fields: Mapping[str, object]) -> str:
    """``template`` with each ``{name}`` replaced by ``str(fields[name])`` (a missing one by "")."""
    return template.format_map(_Fields(fields))


class _Fields(dict[str, str]):
    def __init__(self, fields: Mapping[str, object]) -> None:
        super().__init__({k: "" if v is None else str(v) for k, v in fields.items()})

    def __missing__(self, key: str) -> str:
        return ""


def check_tables(tables: Mapping[str, Mapping[str, str]]) -> None:
    """Every key in every language, with the same placeholders; raises ``WordsTableError``."""
    languages = list(tables)
    reference = languages[0]
    for language in languages[1:]:
        only_here = sorted(set(tables[language]) - set(tables[reference]))
        only_there = sorted(set(tables[reference]) - set(tables[language]))
        if only_here or only_there:
            missing = [f"{k} (not in {reference})" for k in only_here]
            missing += [f"{k} (not in {language})" for k in only_there]
            raise WordsTableError("words missing: " + ", ".join(missing[:10]))
    for key in tables[reference]:
        seen = {language: placeholders(tables[language][key]) for language in languages}
        if len(set(seen.values())) > 1:
            described = "; ".join(f"{lang}: {sorted(names)}" for lang, names in seen.items())
            raise WordsTableError(f"{key}: the placeholders differ ({described})")


@cache
def _tables(folder: Path) -> dict[str, WordsTable]:
    names = {language: part_names(folder, language) for language in LANGUAGES}
    if len({tuple(parts) for parts in names.values()}) > 1:
        raise WordsTableError(f"{folder}: each language needs the same part files ({names})")
    raw = {language: _read_language(folder, language) for language in LANGUAGES}
    check_tables(raw)
    return {language: WordsTable(language, entries) for language, entries in raw.items()}


def table(language: str | None = None) -> WordsTable:
    """The words of ``language`` (default: ``current_language()``), checked against the others."""
    return _tables(words_dir())[normalise_language(language or current_language())]


def text(key: str, /, language: str | None = None, **fields: object) -> str:
    """One entry of the table in ``language`` (default: the current one), placeholders filled."""
    return table(language).text(key, **fields)
