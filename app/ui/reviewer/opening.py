"""Opening a panel file or a reviewer's workspace for one reviewer, off the GUI thread.

A workspace names its reviewer in ``meta``; a chair's panel needs ``--reviewer`` or a choice in a
small dialog. The panel is opened (and migrated if old) on the worker; the window is built when it
is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from app import vocabulary
from app.errors import describe
from app.models.locking import window
from app.services.panel import Panel, ReviewerRecord
from app.services.review_service import ReviewService
from app.services.workspace_info import (
    ReviewerChoiceProblem,
    panel_file,
    resolve_reviewer,
    workspace_reviewer,
)
from app.ui.reviewer.session import ReviewSession
from app.ui.shared.look import translate
from app.ui.shared.messages import panel_locked_text
from app.ui.shared.tasks import TaskRunner

ExportFunction = Callable[[Any, Path], Any]  # (the window's open workspace panel, the file to write)


@dataclass
class Opened:
    panel: Panel
    path: Path
    is_workspace: bool
    reviewers: list[ReviewerRecord]
    service: ReviewService | None


def open_problem_text(exc: BaseException) -> str:
    code = getattr(exc, "code", "")
    if code == "locked":
        return panel_locked_text(exc)
    if isinstance(exc, ReviewerChoiceProblem):  # a code and fields: the words tables say it
        return describe(exc)
    words = {
        "missing": translate("Opening", "The file does not exist."),
        "not_a_panel": translate("Opening", "The file is not a panel or a reviewer's workspace."),
        "newer": translate("Opening", "The file was made by a newer version of the program."),
        "locked": translate("Opening", "The file is in use by another program."),
        "unwritable": translate("Opening", "The file's folder cannot be written to (read-only?)."),
    }
    return words.get(code, translate("Opening", "The file cannot be opened: {error}").format(error=exc))


def ask_reviewer(reviewers: list[ReviewerRecord], parent: QWidget | None = None) -> str | None:
    """The chair's panel holds every reviewer: ask which one is scoring on this laptop."""
    labels = [f"{r.id} {r.name}（{vocabulary.word('role', r.role)}）" for r in reviewers]
    if not labels:
        return None
    label, ok = QInputDialog.getItem(
        parent,
        translate("Opening", "Reviewer"),
        translate("Opening", "Score as which reviewer?"),
        labels,
        0,
        False,
    )
    return reviewers[labels.index(label)].id if ok and label in labels else None


def export_function(is_workspace: bool) -> ExportFunction | None:
    """The offline loop's export, when it is there and the file is a reviewer's workspace."""
    if not is_workspace:
        return None
    try:
        from app.services import workspace
    except ImportError:
        return None
    export = getattr(workspace, "export_reviewer_file", None)
    return export if callable(export) else None


def open_for_review(
    path: str | Path,
    reviewer: str | None,
    runner: TaskRunner,
    *,
    on_ready: Callable[[ReviewSession, Opened], None],
    on_error: Callable[[str], None],
    choose: Callable[[list[ReviewerRecord]], str | None] = ask_reviewer,
) -> None:
    file = panel_file(path)

    def work() -> Opened:
        panel = Panel.open(file, writer=window("reviewer"))  # held while the window is open
        try:
            _ = panel.info  # read here, on the worker (cached), not later on the GUI thread
            own = workspace_reviewer(panel)
            reviewers = panel.reviewers()
            try:
                chosen = resolve_reviewer(panel, reviewer)
            except ReviewerChoiceProblem as problem:
                if problem.code != "reviewer_choice.reviewer_required":
                    raise
                return Opened(panel, file, own is not None, reviewers, None)
            return Opened(panel, file, own is not None, reviewers, ReviewService(panel, chosen))
        except BaseException:
            panel.close()
            raise

    def ready(opened: Opened) -> None:
        if opened.service is not None:
            on_ready(ReviewSession(opened.panel, opened.service, runner, reviewers=opened.reviewers), opened)
            return
        chosen = choose(opened.reviewers)
        if chosen is None:
            opened.panel.close()
            on_error(translate("Opening", "No reviewer was chosen."))
            return

        def with_service(service: ReviewService) -> None:
            opened.service = service
            on_ready(ReviewSession(opened.panel, service, runner, reviewers=opened.reviewers), opened)

        runner.run(
            lambda: ReviewService(opened.panel, chosen),
            with_service,
            lambda e: on_error(open_problem_text(e)),
        )

    runner.run(work, ready, lambda exc: on_error(open_problem_text(exc)))
