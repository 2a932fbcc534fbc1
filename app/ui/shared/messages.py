"""The sentences the window says about problems: the core gives codes, these give words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from app.review.checklist import Checklist
from app.services.review_service import CompletionProblem
from app.ui.shared.look import translate

STORAGE_CODES = frozenset({"disk_full", "read_only", "locked", "io_error", "write_failed", "read_failed"})
MAX_NAMED = 6


class WriteFailure(Protocol):
    """Why a change was not saved (the reviewer session's ``WriteFailure``)."""

    @property
    def code(self) -> str: ...
    @property
    def dossier(self) -> str | None: ...
    @property
    def item(self) -> str | None: ...
    @property
    def detail(self) -> str: ...


def separator() -> str:
    """Between the entries of a list in a sentence ("; " in English, "；" in Chinese)."""
    return translate("Messages", "; ")


def validation_word(code: str) -> str | None:
    """The words for ``app.review.validation.Problem`` codes: one wording for reviewer and chair alike."""
    words = {
        "reason_text_required": translate("Messages", "a written reason is missing"),
        "anchor_required": translate("Messages", "the deduction needs a page in the dossier"),
        "page_out_of_range": translate("Messages", "the page is outside the dossier"),
        "above_item_maximum": translate("Messages", "more points off than the item's maximum"),
        "not_reason_points": translate("Messages", "the points do not fit the chosen reason"),
        "not_positive": translate("Messages", "the points must be above 0"),
        "bad_points": translate("Messages", "the points are not a number with at most two decimals"),
        "text_too_long": translate("Messages", "the text is too long"),
        "free_deduction_not_allowed": translate("Messages", "this item takes only its listed reasons"),
        "unknown_item": translate("Messages", "the item is not in this checklist"),
        "unknown_reason": translate("Messages", "the reason is not in this checklist"),
        "unknown_veto": translate("Messages", "the veto is not in this checklist"),
    }
    return words.get(code)


def problem_word(code: str) -> str:
    words = {
        "unvisited": translate("Messages", "not looked at"),
        "unknown_deduction": translate("Messages", "the deduction no longer exists"),
        "not_assigned": translate("Messages", "the dossier is not assigned to you"),
    }
    return validation_word(code) or words.get(code, code)


def item_name(checklist: Checklist | None, item_id: str | None) -> str:
    """ "1.3 告知权利" for an item, the veto's text for a veto, or the id."""
    if checklist is None or item_id is None:
        return item_id or ""
    for s_number, section in enumerate(checklist.sections, 1):
        for i_number, item in enumerate(section.items, 1):
            if item.id == item_id:
                return f"{s_number}.{i_number} {item.text}"
    veto = checklist.veto(item_id)
    return veto.text if veto else item_id


def _names(problems: Sequence[CompletionProblem], checklist: Checklist) -> str:
    names: list[str] = []
    for p in problems:
        name = item_name(checklist, p.item_id)
        if name not in names:
            names.append(name)
    shown = separator().join(names[:MAX_NAMED])
    if len(names) > MAX_NAMED:
        shown += translate("Messages", " and {more} more").format(more=len(names) - MAX_NAMED)
    return shown


def unvisited_text(problems: Sequence[CompletionProblem], checklist: Checklist) -> str:
    return translate(
        "Messages", "{count} items were never looked at: {items}. Complete the dossier anyway?"
    ).format(count=len(problems), items=_names(problems, checklist))


def blocking_text(problems: Sequence[CompletionProblem], checklist: Checklist) -> str:
    lines = [
        translate("Messages", "{item}: {problem}").format(
            item=item_name(checklist, p.item_id), problem=problem_word(p.code)
        )
        for p in problems[:MAX_NAMED]
    ]
    text = separator().join(lines)
    if len(problems) > MAX_NAMED:
        text += translate("Messages", " and {more} more").format(more=len(problems) - MAX_NAMED)
    return translate("Messages", "Not complete yet — {problems}.").format(problems=text)


def failure_text(failure: WriteFailure, checklist: Checklist | None) -> str:
    storage = {
        "disk_full": translate("Messages", "The disk is full."),
        "read_only": translate(
            "Messages", "The panel file is read-only (a write-protected stick or folder?)."
        ),
        "locked": translate("Messages", "The panel file is in use by another program."),
        "io_error": translate("Messages", "The panel file could not be written."),
        "write_failed": translate("Messages", "The change could not be saved."),
        "read_failed": translate("Messages", "The panel file could not be read."),
    }
    if failure.code in storage:
        return translate(
            "Messages", "{problem} The last change was NOT saved; the screen shows what is saved."
        ).format(problem=storage[failure.code])
    where = item_name(checklist, failure.item)
    return translate("Messages", "Not saved — {where}: {problem}.").format(
        where=where or failure.dossier or "", problem=problem_word(failure.code)
    )


def document_problem_text(code: str) -> str:
    words = {
        "encrypted": translate("Messages", "The PDF is password-protected."),
        "damaged": translate("Messages", "The PDF is damaged; some pages may not show."),
        "missing": translate("Messages", "The PDF file is missing."),
        "not_pdf": translate("Messages", "The file is not a PDF."),
        "empty": translate("Messages", "The PDF has no pages."),
        "worker_died": translate("Messages", "The page renderer stopped; it is being restarted."),
    }
    return words.get(code, translate("Messages", "The PDF cannot be shown ({code}).").format(code=code))


def language_text(code: str) -> str:
    if code == "en":
        return "The program will be in English from its next start."
    return "下次启动时界面将使用简体中文。"


def panel_locked_text(exc: BaseException) -> str:
    """A panel or workspace another window or command is writing (``PanelLocked``): who, and what to do."""
    from app.models.locking import COMMAND, WINDOW

    holder = getattr(exc, "holder", None)
    if holder is None:
        return translate(
            "Messages",
            "The panel is open in another window or program. Close it there, then open it here.",
        )
    where = holder.host or "?"
    since = holder.since.astimezone().strftime("%Y-%m-%d %H:%M") if holder.since else "?"
    if holder.kind == WINDOW:
        who = {
            "chair": translate("Messages", "the chair's window"),
            "reviewer": translate("Messages", "a reviewer's window"),
        }.get(holder.name, translate("Messages", "another window"))
        return translate(
            "Messages",
            "The panel is open in another window: {who} (computer {host}, process {pid}, since {since}). Close it there, then open it here.",
        ).format(who=who, host=where, pid=holder.pid or "?", since=since)
    if holder.kind == COMMAND:
        return translate(
            "Messages",
            "The panel is being changed by a command ({name}; computer {host}, process {pid}, since {since}). Try again when it has finished.",
        ).format(name=holder.name, host=where, pid=holder.pid or "?", since=since)
    return translate(
        "Messages", "The panel is open in another window or program. Close it there, then open it here."
    )
