"""Step 4: merge — drop the reviewers' files in (or choose them); the report says, per file, merged,
updated, unchanged or refused, and lists every problem with its file, dossier and item, in words.

A refused file changes nothing in the panel (the service merges all of a file or none of it, and
takes a backup copy of the panel first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app import vocabulary
from app.exchange.reviewer_file import REVIEWER_FILE_SUFFIX
from app.services import chair_ops
from app.services.chair_ops import OpResult
from app.services.chair_state import ChairState
from app.services.changes import Area, Changes
from app.services.merge import MERGED, REFUSED, UNCHANGED, UPDATED, FileOutcome, MergeReport
from app.services.progress import Progress
from app.ui.chair import dialogs
from app.ui.chair.context import ChairContext
from app.ui.chair.widgets import (
    ChairPage,
    DropArea,
    Tone,
    fill_table,
    fit_columns,
    heading_label,
    hint_label,
    make_table,
    status_item,
    text_item,
)
from app.ui.chair.wording_errors import merge_problem_text
from app.ui.shared.messages import item_name


class MergePage(ChairPage):
    shows = Area.PANEL | Area.ROSTER  # the last report's names of reviewers, dossiers and items

    def __init__(self, context: ChairContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.last: MergeReport | None = None
        self.drop = DropArea(
            self.tr(
                "Drop the files the reviewers brought back (.dpreview) here — as many as you have, in any order. A file that was edited, belongs to another panel or another reviewer, or was scored on a different PDF is refused whole and changes nothing."
            ),
            self.tr("Choose files…"),
            self,
        )
        self.drop.files_dropped.connect(self.merge)
        self.drop.choose_clicked.connect(self.choose_files)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.files = make_table(
            [
                self.tr("File"),
                self.tr("Reviewer"),
                self.tr("No."),
                self.tr("Result"),
                self.tr("Reviews"),
                self.tr("What happened"),
            ],
            self,
        )
        fit_columns(self.files, [230, 130, 50, 110, 70, 0])
        self.problems = make_table(
            [self.tr("File"), self.tr("Dossier"), self.tr("Item"), self.tr("Problem")],
            self,
        )
        fit_columns(self.problems, [230, 200, 220, 0])
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(
            QLabel(
                self.tr(
                    "Problems found (each refused file, with where the problem is) and warnings about merged files"
                ),
                lower,
            )
        )
        lower_layout.addWidget(self.problems, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.files)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Merge the reviewers' files"), self))
        layout.addWidget(self.drop)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(
            hint_label(
                self.tr("Before each merge a copy of the panel is kept in the “.backups” folder beside it."),
                self,
            )
        )

    def choose_files(self) -> None:
        paths = dialogs.ask_open_files(
            self,
            self.tr("Choose the reviewers' files"),
            self.tr("Reviewer files (*{suffix});;All files (*)").format(suffix=REVIEWER_FILE_SUFFIX),
        )
        if paths:
            self.merge(paths)

    def merge(self, paths: list[Path]) -> None:
        panel = self.context.panel
        if panel is None or not paths:
            return

        def work(progress: Progress) -> OpResult[MergeReport]:
            return chair_ops.merge_reviewer_files(panel, paths, progress)

        def done(report: MergeReport) -> None:
            self.last = report
            self.show_report(report)
            refused = len(report.refused)
            if refused:
                self.context.say(
                    "warning",
                    self.tr(
                        "{refused} of {count} files were refused and changed nothing; the others are merged. See the problems below."
                    ).format(refused=refused, count=len(report.files)),
                )
            else:
                self.context.say(
                    "info", self.tr("All {count} files are merged.").format(count=len(report.files))
                )

        self.context.run_long(self.tr("Merging the reviewers' files"), work, done)

    # ------------------------------------------------------------------ showing
    def outcome_cell(self, outcome: FileOutcome) -> object:
        tone = {MERGED: Tone.GOOD, UPDATED: Tone.GOOD, UNCHANGED: Tone.NEUTRAL}.get(outcome.outcome, Tone.FIX)
        return status_item(tone, vocabulary.word("merge_outcome", outcome.outcome))

    def what_happened(self, outcome: FileOutcome) -> str:
        text = self._what_happened(outcome)
        if outcome.warnings:
            text += self.tr(" — look at the warnings below")
        return text

    def _what_happened(self, outcome: FileOutcome) -> str:
        if outcome.outcome == MERGED:
            return self.tr("{reviews} reviews, {deductions} deductions merged").format(
                reviews=outcome.reviews, deductions=outcome.deductions
            )
        if outcome.outcome == UPDATED:
            return self.tr("Newer copy: replaced file no. {old} ({reviews} reviews)").format(
                old=outcome.replaced_sequence, reviews=outcome.reviews
            )
        if outcome.outcome == UNCHANGED:
            return self.tr("The same file was merged before; nothing to do")
        first = merge_problem_text(outcome.problems[0]) if outcome.problems else ""
        if len(outcome.problems) > 1:
            return self.tr("Not merged: {first} (and {more} more problems); the panel is unchanged").format(
                first=first, more=len(outcome.problems) - 1
            )
        return self.tr("Not merged: {first}; the panel is unchanged").format(first=first)

    def show_report(self, report: MergeReport) -> None:
        state = self.state
        names = state.reviewer_names if state else {}
        counts = {key: len(report.with_outcome(key)) for key in (MERGED, UPDATED, UNCHANGED, REFUSED)}
        text = self.tr(
            "Merged {merged} · updated {updated} · unchanged {unchanged} · refused {refused}"
        ).format(
            merged=counts[MERGED],
            updated=counts[UPDATED],
            unchanged=counts[UNCHANGED],
            refused=counts[REFUSED],
        )
        if report.backup is not None:
            text += "　" + self.tr("(copy of the panel before the merge: {name})").format(
                name=report.backup.name
            )
        self.summary.setText(text)
        rows = []
        problem_rows = []
        for outcome in report.files:
            reviewer = outcome.reviewer_id or ""
            shown = f"{names.get(reviewer, '')}（{reviewer}）" if reviewer else "—"
            explanation = self.what_happened(outcome)
            rows.append(
                [
                    text_item(outcome.path.name, str(outcome.path)),
                    text_item(shown),
                    text_item(outcome.sequence or "", number=True),
                    self.outcome_cell(outcome),
                    text_item(outcome.reviews if outcome.outcome != REFUSED else "", number=True),
                    text_item(explanation),
                ]
            )
            for problem in [*outcome.problems, *outcome.warnings]:  # warnings: merged, but look
                problem_rows.append(
                    [
                        text_item(outcome.path.name, str(outcome.path)),
                        text_item(self._dossier(problem.dossier)),
                        text_item(self._item(problem.dossier, problem.item)),
                        text_item(merge_problem_text(problem), problem.detail),
                    ]
                )
        fill_table(self.files, rows)  # type: ignore[arg-type]
        fill_table(self.problems, problem_rows)

    def _dossier(self, code: str | None) -> str:
        if not code:
            return self.tr("(the whole file)")
        dossier = self.state.dossier(code) if self.state else None
        return dossier.case_number if dossier else code

    def _item(self, code: str | None, item: str | None) -> str:
        if not item:
            return "—"
        state = self.state
        file = state.files.get(code) if state and code else None
        checklist = state.checklists.get(file.checklist_id) if state and file else None
        return item_name(checklist, item)

    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        if state is not None and self.last is not None:
            self.show_report(self.last)

    def set_busy(self, busy: bool) -> None:
        self.drop.setEnabled(not busy)
