"""Random draws (随机抽选): the dialog that asks for the pool and the seed, and the records table.

The draw itself runs on the worker (``app.services.draws.draw``); every record keeps its pool and
seed, so anyone can repeat it; the printed panel report carries the records with a check column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.review.draw import DrawRecord
from app.services.chair_state import ChairState
from app.services.changes import Area
from app.ui.chair import dialogs
from app.ui.chair.widgets import Tone, fill_table, fit_columns, make_table, status_item, text_item
from app.ui.chair.wording import join, local_time, type_name
from app.ui.shared import look


@dataclass(frozen=True)
class DrawRequest:
    pool: Path
    seed: str | None
    redraw_reason: str | None


class DrawDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, pool: Path | None = None, *, drawn_before: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Random draw"))
        intro = QLabel(
            self.tr(
                "Choose the pool exported from the national penalty system (one row per closed case). Each candidate's dossiers are drawn from it with the seed; the seed and the pool are kept, so anyone can repeat the draw."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.pool = QLineEdit(str(pool) if pool else "", self)
        self.pool.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_pool)
        pool_row = QHBoxLayout()
        pool_row.addWidget(self.pool, 1)
        pool_row.addWidget(browse)
        self.seed = QLineEdit(self)
        self.seed.setPlaceholderText(self.tr("Leave empty for a new random seed"))
        self.seed.setMaxLength(64)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Only for candidates drawn before"))
        form = QFormLayout()
        form.addRow(self.tr("Pool"), pool_row)
        form.addRow(self.tr("Seed"), self.seed)
        if drawn_before:
            form.addRow(self.tr("Why draw again"), self.reason)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {look.WARNING_BORDER}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Draw"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 260)

    def choose_pool(self) -> None:
        chosen = dialogs.ask_open_file(self, self.tr("Choose the draw pool"), dialogs.manifest_filter())
        if chosen is not None:
            self.pool.setText(str(chosen))

    def request(self) -> DrawRequest:
        return DrawRequest(
            Path(self.pool.text()), self.seed.text().strip() or None, self.reason.text().strip() or None
        )

    def _accept(self) -> None:
        if not self.pool.text():
            self.problem.setText(self.tr("Choose the pool file first."))
            return
        self.accept()


def ask_draw(parent: QWidget | None, pool: Path | None, drawn_before: bool) -> DrawRequest | None:
    dialog = DrawDialog(parent, pool, drawn_before=drawn_before)
    return dialog.request() if dialogs.exec_dialog(dialog) else None


class DrawsView(QWidget):
    """Every draw of the panel, newest first: candidate, seed, what was drawn, whether the pool sufficed."""

    shows = Area.PANEL | Area.ROSTER

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table(
            [
                self.tr("Candidate"),
                self.tr("Seed"),
                self.tr("Drawn dossiers"),
                self.tr("Pool"),
                self.tr("Result"),
                self.tr("Time"),
            ],
            self,
            stretch=2,
        )
        fit_columns(self.table, [170, 150, 0, 90, 150, 140])
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_state(self, state: ChairState) -> None:
        fill_table(self.table, [self._row(record, state) for record in reversed(state.draws)])
        self.table.resizeRowsToContents()

    def _row(self, record: DrawRecord, state: ChairState) -> list[QTableWidgetItem]:
        names = state.candidate_names
        drawn = "\n".join(
            f"{type_name(state.ruleset, t)}：{join(cases)}"
            for t, cases in record.result.drawn.items()
            if cases
        )
        if record.result.shortfalls:
            short = join(
                self.tr("{type}: {available} of {required}").format(
                    type=type_name(state.ruleset, s.type), available=s.available, required=s.required
                )
                for s in record.result.shortfalls
            )
            result = status_item(Tone.CHECK, self.tr("Pool too small"), short)
        else:
            result = status_item(Tone.GOOD, self.tr("Drawn in full"))
        at = local_time(record.at)
        note = self.tr("Drawn again: {note}").format(note=record.note) if record.note else ""
        return [
            text_item(f"{names.get(record.candidate_id, record.candidate_id)}（{record.candidate_id}）"),
            text_item(record.seed),
            text_item(drawn or self.tr("(nothing drawn)"), note or drawn),
            text_item(self.tr("{count} cases").format(count=len(record.pool)), number=True),
            result,
            text_item(at, note),
        ]
