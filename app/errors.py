"""Errors as data: every refusal the program foresees carries a stable ``code`` and its ``fields``.

A service, the exchange layer, the checklist and rule-set loaders and the command line raise an
``AppError`` (or a subclass) for bad input and refusals. ``code`` is what callers branch on and what
the words tables key (``errors.<code>`` in ``resources/words/*.toml``); ``fields`` are the facts the
words need (``file``, ``row``, ``column``, ``dossier``, ``item``, ``value``, …). ``str(exc)`` stays an
English sentence for the log and for developers; people read ``describe(exc, language)``.

``describe`` is the one way from an error to words, used by the CLI, the reviewer's window and the
chair's window:

* the problem: the code's template, its ``{placeholders}`` filled with the field values as they are
  (``O'Neil`` stays ``O'Neil``; nothing is parsed back out of a sentence);
* where: the location fields the template does not already name, in the order of ``LOCATION``,
  each by its ``where.<field>`` words, joined before the problem;
* a field whose value is a code of the vocabulary (``column``: the manifest column ``type``) is
  shown by its words (``field_words.<field>.<value>``) when the table has them, else as it is.

An ``OSError`` (a full disk, a read-only stick) is described too. Anything else is
a program bug: ``describe`` refuses it (``TypeError``) so that it reaches the crash handler with its
traceback instead of a polite sentence. ``is_expected`` says which is which.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app import words

LOCATION = ("file", "sheet", "row", "column", "position", "reviewer", "dossier", "item")
_OS_CODES = {
    errno.ENOSPC: "os.disk_full",
    errno.EROFS: "os.read_only",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.ENOENT: "os.not_found",
}


class AppError(Exception):
    """A refusal with a ``code`` and ``fields``. ``message``: the English sentence of ``str()``;
    without one, ``str()`` is the English words of the code."""

    code: str
    fields: dict[str, Any]

    def __init__(self, code: str, message: str = "", /, **fields: Any) -> None:
        self.code = code
        self.fields = {name: value for name, value in fields.items() if value is not None}
        if message:
            super().__init__(message)
        else:
            super().__init__()

    def __str__(self) -> str:
        if self.args:
            return str(self.args[0])
        try:
            return describe(self, "en")
        except (KeyError, words.WordsTableError):
            return f"{self.code} {self.fields}"


def _field_text(table: words.WordsTable, name: str, value: Any) -> str:
    if isinstance(value, Path):
        return str(value)
    shown = "" if value is None else str(value)
    word = table.get(f"field_words.{name}.{shown}")
    return word if word is not None else shown


def _shown_fields(table: words.WordsTable, fields: Mapping[str, Any]) -> dict[str, str]:
    return {name: _field_text(table, name, value) for name, value in fields.items()}


def words_of(code: str, fields: Mapping[str, Any], language: str | None = None) -> str:
    """The words of ``code`` with ``fields`` and the location the template does not name itself."""
    table = words.table(language)
    template = table.template(f"errors.{code}")
    shown = _shown_fields(table, fields)
    problem = words.fill(template, shown)
    named = words.placeholders(template)
    parts = [
        table.text(f"where.{name}", **{name: shown[name]})
        for name in LOCATION
        if name in shown and shown[name] != "" and name not in named
    ]
    if not parts:
        return problem
    where = table.template("where.separator").join(parts)
    return table.text("where.located", where=where, problem=problem)


def describe(error: BaseException, language: str | None = None) -> str:
    """What went wrong, in words of ``language`` (default ``words.current_language()``)."""
    if isinstance(error, AppError):
        return words_of(error.code, error.fields, language)
    if isinstance(error, OSError):
        code = _OS_CODES.get(error.errno or 0, "os.failed")
        return words_of(code, {"file": error.filename, "errno": error.errno or ""}, language)
    raise TypeError(f"not a foreseen refusal, a program error: {error!r}") from error


def is_expected(error: BaseException) -> bool:
    """A refusal the program foresees (words, no traceback needed), not a bug."""
    return isinstance(error, AppError | OSError)
