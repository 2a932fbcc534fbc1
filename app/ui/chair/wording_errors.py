"""Refusals and failures in words a chair understands: manifests, PDFs, packages, reviewer files,
panel files. A coded refusal (``app.errors.AppError``: assignment, moderation, settlements, choices,
sequence resets, printing) is said by the words tables (``app.errors.describe``).

Every service raises a coded error and changes nothing; ``error_text`` finds the words for any of
them. Manifest problems arrive as an English phrase from the manifest reader, so the common ones are
recognised by pattern and said in Chinese; an unknown phrase is shown as it is, with its row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from app import errors
from app.errors import AppError, describe
from app.exchange.errors import ExchangeError
from app.models.database import PanelFileError
from app.pdf.records import MAX_PAGES, PdfProblem
from app.review.datafiles import DataFileError
from app.services.checklist_cells import ChecklistSheetError
from app.services.manifests import ManifestError
from app.services.merge_checks import MergeProblem
from app.services.progress import Cancelled
from app.ui.shared.look import translate
from app.ui.shared.messages import panel_locked_text, validation_word


def column_word(code: str) -> str:
    words = {
        "id": translate("Errors", "ID"),
        "name": translate("Errors", "name"),
        "kind": translate("Errors", "kind"),
        "region": translate("Errors", "region"),
        "parent": translate("Errors", "parent unit"),
        "officer_name": translate("Errors", "officer"),
        "officer_certificate": translate("Errors", "certificate number"),
        "role": translate("Errors", "role"),
        "unit": translate("Errors", "unit"),
        "code": translate("Errors", "dossier code"),
        "case_number": translate("Errors", "case number"),
        "candidate": translate("Errors", "candidate"),
        "type": translate("Errors", "dossier type"),
        "source": translate("Errors", "source"),
        "title": translate("Errors", "title"),
        "publicised": translate("Errors", "published"),
        "closing_date": translate("Errors", "closing date"),
        "officers": translate("Errors", "officers"),
        "pdf": translate("Errors", "PDF"),
    }
    return words.get(code, code)


# ---------------------------------------------------------------------- manifests
_LOCATION = re.compile(r"^row (\d+)(?:, column (.+))?$")
_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^is empty$"), lambda m: translate("Errors", "is empty")),
    (re.compile(r"^does not exist$"), lambda m: translate("Errors", "the file does not exist")),
    (
        re.compile(r"^is neither CSV nor XLSX$"),
        lambda m: translate("Errors", "is neither a CSV nor an XLSX file"),
    ),
    (
        re.compile(r"^is neither UTF-8 nor GB18030 text$"),
        lambda m: translate("Errors", "is not UTF-8 or GB18030 text"),
    ),
    (
        re.compile(r"^is not a readable XLSX workbook"),
        lambda m: translate("Errors", "is not a readable XLSX workbook"),
    ),
    (re.compile(r"^has no header row$"), lambda m: translate("Errors", "has no header row")),
    (re.compile(r"^has a header but no rows$"), lambda m: translate("Errors", "has a header but no rows")),
    (
        re.compile(r"^unknown column '(.*)'$"),
        lambda m: translate("Errors", "unknown column “{name}”").format(name=m[1]),
    ),
    (
        re.compile(r"^column '(.*)' appears twice$"),
        lambda m: translate("Errors", "the column “{name}” appears twice").format(name=m[1]),
    ),
    (
        re.compile(r"^the column '(.*)' is missing$"),
        lambda m: translate("Errors", "the column “{name}” is missing").format(name=column_word(m[1])),
    ),
    (
        re.compile(r"^has more cells than the header has columns$"),
        lambda m: translate("Errors", "has more cells than the header has columns"),
    ),
    (
        re.compile(
            r"^(?:candidate id|reviewer id|dossier code|case number) '(.*)' cannot be a file or folder name"
        ),
        lambda m: translate(
            "Errors",
            "“{value}” cannot be used in a file or folder name (no / \\ : and no device names such as CON); "
            "change it (a case number: give the dossier a code)",
        ).format(value=m[1]),
    ),
    (
        re.compile(r"^has a value in a column without a header$"),
        lambda m: translate("Errors", "has a value in a column without a header"),
    ),
    (
        re.compile(r"^is '(.*)'; write yes/no"),
        lambda m: translate("Errors", "is “{value}”; write 是 or 否").format(value=m[1]),
    ),
    (
        re.compile(r"^is '(.*)'; write a date"),
        lambda m: translate("Errors", "is “{value}”; write a date like 2024-05-31").format(value=m[1]),
    ),
    (
        re.compile(r"^is '(.*)'; write a whole number"),
        lambda m: translate("Errors", "is “{value}”; write a whole number").format(value=m[1]),
    ),
    (
        re.compile(r"^is '(.*)'; write expert or cross"),
        lambda m: translate("Errors", "is “{value}”; write 专家 or 交叉").format(value=m[1]),
    ),
    (
        re.compile(r"^is '(.*)'; write recommended or drawn"),
        lambda m: translate("Errors", "is “{value}”; write 推选 or 随机抽选").format(value=m[1]),
    ),
    (
        re.compile(r"^unknown candidate '(.*)'; add it"),
        lambda m: translate("Errors", "unknown candidate “{value}”; import the candidates first").format(
            value=m[1]
        ),
    ),
    (
        re.compile(r"^unknown candidate '(.*)'$"),
        lambda m: translate("Errors", "unknown candidate “{value}”").format(value=m[1]),
    ),
    (
        re.compile(r"^unknown (candidate kind|dossier type) '(.*?)'; known: (.*)$"),
        lambda m: translate("Errors", "“{value}” is not a {what} of this rule set (known: {known})").format(
            value=m[2],
            what=translate("Errors", "candidate kind")
            if m[1] == "candidate kind"
            else translate("Errors", "dossier type"),
            known=m[3],
        ),
    ),
    (
        re.compile(r"^(?:candidate|reviewer) '(.*)' appears twice in the manifest$"),
        lambda m: translate("Errors", "“{value}” appears twice in the manifest").format(value=m[1]),
    ),
    (
        re.compile(r"^dossier code '(.*)' appears twice in the manifest$"),
        lambda m: translate("Errors", "the dossier code “{value}” appears twice in the manifest").format(
            value=m[1]
        ),
    ),
    (
        re.compile(r"^reviewer '(.*)' is already in the panel as (\w+)$"),
        lambda m: translate("Errors", "reviewer “{value}” is already in the panel with another role").format(
            value=m[1]
        ),
    ),
    (
        re.compile(r"^cannot read officer '(.*)'"),
        lambda m: translate(
            "Errors", "cannot read the officer “{value}”; write name:certificate:role"
        ).format(value=m[1]),
    ),
    (
        re.compile(r"^candidate '(.*)' has no randomly drawn dossiers$"),
        lambda m: translate("Errors", "candidate “{value}” has no randomly drawn dossiers").format(
            value=m[1]
        ),
    ),
    (
        re.compile(r"^case '(.*)' repeats row (\d+)$"),
        lambda m: translate("Errors", "case “{value}” repeats row {row}").format(value=m[1], row=m[2]),
    ),
    (
        re.compile(r"^'(.*)' names (\d+) candidates; give the candidate id$"),
        lambda m: translate("Errors", "“{value}” names {count} candidates; give the candidate ID").format(
            value=m[1], count=m[2]
        ),
    ),
]


def location_text(location: str) -> str:
    """ "row 3, column type" → "第 3 行“案卷类型”列"."""
    match = _LOCATION.match(location.strip())
    if match is None:
        return location
    row, column = match[1], match[2]
    if column is None:
        return translate("Errors", "row {row}").format(row=row)
    if column.isdigit():
        return translate("Errors", "row {row}, column {column}").format(row=row, column=column)
    return translate("Errors", "row {row}, column “{column}”").format(row=row, column=column_word(column))


def problem_phrase(problem: str) -> str:
    for pattern, word in _PATTERNS:
        match = pattern.match(problem.strip())
        if match is not None:
            return word(match)
    return problem


def manifest_text(error: DataFileError) -> str:
    name = Path(error.path).name
    where = location_text(error.location)
    if where:
        return translate("Errors", "{file}, {where}: {problem}").format(
            file=name, where=where, problem=problem_phrase(error.problem)
        )
    return translate("Errors", "{file}: {problem}").format(file=name, problem=problem_phrase(error.problem))


# ---------------------------------------------------------------------- PDFs
def pdf_problem_word(code: str) -> str:
    words = {
        "missing": translate("Errors", "the PDF file is not there"),
        "unreadable": translate("Errors", "the PDF file cannot be read"),
        "not_pdf": translate("Errors", "the file is not a PDF"),
        "damaged": translate("Errors", "the PDF is damaged"),
        "encrypted": translate("Errors", "the PDF is protected by a password"),
        "empty": translate("Errors", "the PDF has no pages"),
        "too_many_pages": translate(
            "Errors", "the PDF has more pages than a dossier can have ({limit} at most)"
        ).format(limit=MAX_PAGES),
    }
    return words.get(code, code)


# ---------------------------------------------------------------------- reviewer files (merge)
def merge_problem_word(code: str) -> str:
    words = {
        "unreadable": translate("Errors", "the file cannot be read"),
        "empty": translate("Errors", "the file is empty"),
        "too_large": translate("Errors", "the file is far too large to be a reviewer file"),
        "truncated": translate("Errors", "the file is cut off (an incomplete copy)"),
        "trailing_data": translate(
            "Errors", "something was appended after the end of the file (extra data after its end)"
        ),
        "unsafe_name": translate(
            "Errors", "the file names a panel, reviewer or dossier in a way that is not safe as a file name"
        ),
        "corrupt": translate("Errors", "the file is damaged or not a reviewer file"),
        "not_canonical": translate("Errors", "the file was changed after the reviewer saved it"),
        "unknown_format": translate("Errors", "not a reviewer file of this program"),
        "unsupported_version": translate("Errors", "made by a newer version of the program"),
        "not_signed": translate("Errors", "the file carries no signature"),
        "bad_header": translate("Errors", "the file's heading is damaged"),
        "other_panel": translate("Errors", "the file belongs to another panel"),
        "unknown_reviewer": translate("Errors", "the reviewer is not in this panel"),
        "not_packaged": translate("Errors", "no package was ever made for this reviewer"),
        "bad_signature": translate(
            "Errors", "the signature does not match: the file was edited or is not this reviewer's"
        ),
        "invalid_content": translate("Errors", "the content of the file is not valid"),
        "unknown_key": translate(
            "Errors", "signed with a key that no package of this panel gave the reviewer (a forgery?)"
        ),
        "other_panel_key": translate("Errors", "made from a package signed by another panel's key"),
        "legacy_signature": translate(
            "Errors",
            "signed the old, unprotected way although the reviewer has a protected package: ask them to export again",
        ),
        "duplicate_dossier": translate("Errors", "the dossier is listed twice"),
        "duplicate_review": translate("Errors", "the dossier is reviewed twice in the file"),
        "unknown_dossier": translate("Errors", "the dossier is not in this panel"),
        "not_assigned": translate("Errors", "the dossier is not assigned to this reviewer"),
        "dossier_not_listed": translate("Errors", "the dossier is missing from the file's list"),
        "checklist_mismatch": translate("Errors", "scored with another version of the checklist"),
        "pdf_mismatch": translate("Errors", "scored on a different PDF of the dossier"),
        "duplicate_uid": translate("Errors", "a deduction appears twice"),
        "bad_points": translate("Errors", "the points are not a valid number"),
        "duplicate_veto": translate("Errors", "the veto is marked twice"),
        "duplicate_mark": translate("Errors", "an item is marked twice"),
        "older_sequence": translate(
            "Errors", "an older copy: a newer file of this reviewer is already merged"
        ),
        "sequence_conflict": translate("Errors", "another file with the same number is already merged"),
        "sequence_jump": translate(
            "Errors",
            "its number is far past the reviewer's last file; if the file is genuine, reset the reviewer's sequence (dossier-panel reset-sequence)",
        ),
        "history_outside_campaign": translate(
            "Errors",
            "merged, but it gives times before the reviewer's package was made or after the file arrived: check the reviewer's clock",
        ),
        "history_other_actor": translate(
            "Errors",
            "merged, but its history claims another person's actions; kept as this reviewer's",
        ),
        "write_conflict": translate("Errors", "clashes with scores already in the panel"),
    }
    return words.get(code) or validation_word(code) or code


def merge_problem_text(problem: MergeProblem) -> str:
    return merge_problem_word(problem.code)


# ---------------------------------------------------------------------- packages and exchange
def exchange_text(error: ExchangeError) -> str:
    words = {
        "no_assignments": translate("Errors", "no dossier is assigned yet: run the assignment first"),
        "no_pdf": translate("Errors", "dossier {dossier} has no PDF: import its PDF first"),
        "pdf_missing": translate("Errors", "the PDF of dossier {dossier} is missing from the panel's folder"),
        "pdf_changed": translate(
            "Errors", "the PDF of dossier {dossier} was changed on disk after it was imported"
        ),
        "unknown_reviewer": translate("Errors", "the reviewer is not in this panel"),
        "io_error": translate("Errors", "the file could not be written (is the disk full or read-only?)"),
        "no_panel_key": translate("Errors", "the panel has no signing key (open it once to upgrade it)"),
    }
    template = words.get(error.code) or merge_problem_word(error.code)
    return template.format(dossier=error.dossier or "")


# ---------------------------------------------------------------------- panel files
def panel_file_text(error: PanelFileError) -> str:
    if error.code == "locked":
        return panel_locked_text(error)
    words = {
        "missing": translate("Errors", "the panel file does not exist"),
        "not_a_panel": translate("Errors", "the file is not a panel file"),
        "newer": translate("Errors", "the file was made by a newer version of the program"),
        "locked": translate("Errors", "the file is in use by another program"),
        "exists": translate("Errors", "a file of that name already exists; choose another name"),
        "unwritable": translate("Errors", "the panel's folder cannot be written to (read-only?)"),
        "workspace": translate(
            "Errors", "this is a reviewer's workspace, not a chair's panel: open it in the reviewer's window"
        ),
    }
    return words.get(error.code, error.code)


def error_text(exc: BaseException) -> str:
    """What went wrong, in one phrase, for any error the services raise."""
    if isinstance(exc, AppError):  # a code and fields: the words tables say it (app.errors.describe)
        return describe(exc)
    if isinstance(exc, Cancelled):
        return translate("Errors", "cancelled")
    if isinstance(exc, ChecklistSheetError):
        from app.ui.chair.wording_checklist import checklist_sheet_text

        return checklist_sheet_text(exc)
    if isinstance(exc, ManifestError | DataFileError):
        return manifest_text(exc)
    if isinstance(exc, ExchangeError):
        return exchange_text(exc)
    if isinstance(exc, PanelFileError):
        return panel_file_text(exc)
    if isinstance(exc, PdfProblem):
        return pdf_problem_word(exc.code.value)
    if isinstance(exc, PermissionError):
        return translate("Errors", "no permission to write there (choose another folder)")
    if isinstance(exc, OSError):
        return translate("Errors", "the disk reported an error: {error}").format(error=exc.strerror or exc)
    return translate("Errors", "an unexpected program error ({kind}); details are in the log").format(
        kind=type(exc).__name__
    )


def is_expected(exc: BaseException) -> bool:
    """A refusal the services foresee (not a bug): no stack trace needed in the log."""
    return errors.is_expected(exc) or isinstance(
        exc,
        Cancelled | DataFileError | ExchangeError | PanelFileError | PdfProblem | OSError,
    )
