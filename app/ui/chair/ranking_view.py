"""Candidates ranked within each level, each with the steps of how its indicator was computed.

A tree: levels, then candidates (rank, name, indicator, complete or not), then the steps in words —
"平均分 86.5（4 份案卷，除以 4）" and so on — so the chair can explain every figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.review.indicators import Step
from app.review.points import format_points
from app.services.chair_state import ChairState
from app.ui.chair.widgets import MOVES_RESULTS, TONE_COLOURS, Tone, tone_icon
from app.ui.chair.wording import kind_name, step_text


class RankingView(QTreeWidget):
    shows = MOVES_RESULTS

    def _incomplete(self, steps: Sequence[Step]) -> tuple[str, str]:
        """What an incomplete indicator waits for: a short word and its tooltip."""
        codes = {step.code for step in steps}
        if "unsettled" in codes:
            return self.tr("To settle"), self.tr(
                "The composition check has errors to settle (set a dossier aside): the figure will change"
            )
        if "grade_missing" in codes:
            return self.tr("Grade missing"), self.tr("The chair has not entered the grade yet: counted as 0")
        return self.tr("Scores missing"), self.tr("Some dossiers are not scored yet: the figure will change")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                self.tr("Rank / how it was computed"),
                self.tr("Candidate"),
                self.tr("Indicator"),
                self.tr("Full marks"),
                self.tr("Complete"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 260), (2, 90), (3, 80), (4, 130)):
            self.setColumnWidth(column, width)

    def chosen_candidate(self) -> str | None:
        """The candidate of the chosen row (or of the chosen step's row)."""
        item = self.currentItem()
        while item is not None:
            value = item.data(1, Qt.ItemDataRole.UserRole)
            if isinstance(value, str):
                return value
            item = item.parent()
        return None

    def set_state(self, state: ChairState) -> None:
        chosen = self.chosen_candidate()
        self.clear()
        ruleset = state.ruleset
        cases = state.case_numbers
        levels: dict[str, QTreeWidgetItem] = {}
        for outcome in state.results.candidates:
            candidate = outcome.candidate
            level = ruleset.level(candidate.level)
            top = levels.get(candidate.level)
            if top is None:
                top = QTreeWidgetItem(self, [level.name if level else candidate.level, "", "", "", ""])
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                top.setExpanded(True)
                levels[candidate.level] = top
            kind = ruleset.kind(candidate.kind)
            complete = outcome.indicator.complete
            node = QTreeWidgetItem(
                top,
                [
                    self.tr("No. {rank}").format(rank=outcome.rank),
                    f"{candidate.name}（{kind_name(ruleset, candidate.kind)}）",
                    format_points(outcome.indicator.value),
                    format_points(kind.max_points) if kind else "",
                    self.tr("Complete") if complete else self._incomplete(outcome.indicator.steps)[0],
                ],
            )
            node.setData(1, Qt.ItemDataRole.UserRole, candidate.id)
            tone = Tone.GOOD if complete else Tone.WAITING
            node.setIcon(4, tone_icon(tone))
            node.setForeground(4, QColor(TONE_COLOURS[tone]))
            node.setToolTip(
                4,
                self.tr("Every counted dossier has its final score")
                if complete
                else self._incomplete(outcome.indicator.steps)[1],
            )
            for step in outcome.indicator.steps:
                text = step_text(step, cases)
                line = QTreeWidgetItem(node, [text, "", format_points(step.value), "", ""])
                line.setToolTip(0, text)
                line.setForeground(0, QColor("#4a5568"))
            node.setExpanded(True)
            if candidate.id == chosen:
                self.setCurrentItem(node)
