"""Small pieces every chair page uses: tables, status cells (colour, word and shape), the drop area,
the progress strip with its cancel button.

Status is never colour alone: each kind has a word and a shape (a disc with a tick for fine, a
triangle for "look at it", a square for "must fix", a ring for "not yet"), so it survives a grey
projector. Red stays for deductions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chair_state import ChairState
from app.services.changes import Area, Changes
from app.ui.chair.context import ChairContext, stage_word
from app.ui.shared import look


class Tone(Enum):
    GOOD = "good"  # done, fine
    CHECK = "check"  # the chair should look
    FIX = "fix"  # must be fixed before going on
    WAITING = "waiting"  # not yet
    NEUTRAL = "neutral"


TONE_COLOURS = {
    Tone.GOOD: "#2f855a",
    Tone.CHECK: "#b7791f",
    Tone.FIX: "#9c4221",
    Tone.WAITING: "#7b8794",
    Tone.NEUTRAL: "#4a5568",
}
TONE_BACKGROUNDS = {
    Tone.GOOD: "#f0fff4",
    Tone.CHECK: "#fffaf0",
    Tone.FIX: "#fff5eb",
    Tone.WAITING: "#f7fafc",
    Tone.NEUTRAL: "#ffffff",
}
_icons: dict[Tone, QIcon] = {}


def tone_icon(tone: Tone, size: int = 14) -> QIcon:
    """A disc with a tick (good), a triangle (check), a square (fix), a ring (waiting)."""
    if tone in _icons:
        return _icons[tone]
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(TONE_COLOURS[tone])
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    painter.setPen(QPen(colour, 1.6))
    if tone is Tone.GOOD:
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 1.8))
        w, x, y = box.width(), box.left(), box.top()
        painter.drawPolyline(
            [
                QPointF(x + w * 0.25, y + w * 0.52),
                QPointF(x + w * 0.44, y + w * 0.70),
                QPointF(x + w * 0.76, y + w * 0.32),
            ]
        )
    elif tone is Tone.CHECK:
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
    elif tone is Tone.FIX:
        painter.setBrush(colour)
        painter.drawRect(box.adjusted(1, 1, -1, -1))
    elif tone is Tone.WAITING:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
    else:  # neutral: a small dot, "nothing to check here"
        painter.setBrush(colour)
        painter.drawEllipse(
            box.adjusted(box.width() * 0.3, box.width() * 0.3, -box.width() * 0.3, -box.width() * 0.3)
        )
    painter.end()
    icon = QIcon(pixmap)
    _icons[tone] = icon
    return icon


# ---------------------------------------------------------------------- tables
def make_table(headers: Sequence[str], parent: QWidget | None = None, *, stretch: int = -1) -> QTableWidget:
    """A read-only table that selects whole rows; column ``stretch`` (default the last) takes the room."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch == -1)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return table


def text_item(text: object, tooltip: str = "", *, number: bool = False) -> QTableWidgetItem:
    shown = "" if text is None else str(text)
    item = QTableWidgetItem(shown)
    item.setToolTip(tooltip or shown)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def status_item(tone: Tone, word: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(tone_icon(tone), word)
    item.setForeground(QColor(TONE_COLOURS[tone]))
    item.setBackground(QColor(TONE_BACKGROUNDS[tone]))
    item.setToolTip(tooltip or word)
    return item


def fill_table(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)


def fit_columns(table: QTableWidget, widths: Sequence[int]) -> None:
    for column, width in enumerate(widths):
        if width > 0:
            table.setColumnWidth(column, width)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height``, or to what the screen has room for (1366×768 at 125 % is 1093×614)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 20), min(height, room.height() - 40)
    widget.resize(width, height)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {look.MUTED}")
    return label


def tab_page(
    parent: QWidget, main: QWidget, hint: str, buttons: Sequence[QWidget], above: QWidget | None = None
) -> QWidget:
    """A tab: ``main`` taking the room (``above`` it a filter line, say), under it the ``hint`` in
    muted words and the ``buttons``."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    if above is not None:
        layout.addWidget(above)
    layout.addWidget(main, 1)
    row = QHBoxLayout()
    row.addWidget(hint_label(hint, page), 1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return page


def heading_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


# ---------------------------------------------------------------------- drop area
class DropArea(QFrame):
    """A dashed box that takes files dropped on it, with a button to choose them instead."""

    files_dropped = Signal(list)  # list[Path]
    choose_clicked = Signal()

    def __init__(self, text: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.button = QPushButton(button, self)
        self.button.clicked.connect(self.choose_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._style(False)

    def _style(self, hover: bool) -> None:
        colour = look.ACCENT if hover else look.INFO_BORDER
        background = look.ACCENT_SOFT if hover else "#fafbfc"
        self.setStyleSheet(
            f"QFrame#dropArea {{ border: 2px dashed {colour}; border-radius: 6px; background: {background}; }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            self._style(True)
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        self._style(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._style(False)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(expand_folders(paths))


def expand_folders(paths: Sequence[Path]) -> list[Path]:
    """Files as dropped; a dropped folder stands for the files directly in it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file())
        else:
            found.append(path)
    return found


# ---------------------------------------------------------------------- progress
class ProgressStrip(QFrame):
    """What the worker is doing, how far it is, and a cancel button; hidden when idle."""

    def __init__(self, context: ChairContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("progressStrip")
        self.setStyleSheet(
            f"QFrame#progressStrip {{ background: {look.INFO_BG}; border: 1px solid {look.INFO_BORDER}; border-radius: 3px; }}"
        )
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop; the panel stays as it was before"))
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.task = ""
        context.task_started.connect(self.start)
        context.task_progress.connect(self.advance)
        context.task_finished.connect(self.hide)
        self.hide()

    def start(self, task: str, cancellable: bool) -> None:
        self.task = task
        self.label.setText(self.tr("{task} …").format(task=task))
        self.bar.setRange(0, 0)  # busy until the first figure arrives
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setText(self.tr("Cancel"))
        self.show()

    def advance(self, done: int, total: int, stage: str) -> None:
        self.label.setText(self.tr("{task}: {stage}").format(task=self.task, stage=stage_word(stage)))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setFormat(self.tr("%v of %m"))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.context.cancel()


def vbox(widget: QWidget, margins: int = 0, spacing: int = 6) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return layout


MOVES_RESULTS = Area.PANEL | Area.ROSTER | Area.SCORES | Area.MODERATION | Area.CHOICES  # results, flags


def shown_areas(widget: object) -> Area:
    """The areas of the panel a page (or a part of one) shows: its ``shows``, else every area."""
    areas = getattr(widget, "shows", Area.ALL)
    return areas if isinstance(areas, Area) else Area.ALL


def names_any(changes: Changes | None, areas: Area) -> bool:
    """Whether ``changes`` (None: not known, so anything) names one of ``areas``."""
    return changes is None or changes.touches(areas)


class ChairPage(QWidget):
    """A step's page: it reads the current state from the context, and is filled by ``set_state``
    (the window calls it for the page in view, and for the others when they come into view) —
    only when a change names one of the areas in ``shows``; ``changes`` says which were named."""

    shows: Area = Area.ALL

    def __init__(self, context: ChairContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def state(self) -> ChairState | None:
        return self.context.state

    def set_state(self, state: ChairState | None, changes: Changes | None = None) -> None:
        """Show ``state`` (overridden by each page)."""

    def set_busy(self, busy: bool) -> None:
        """Disable what would start a second long task (overridden where a page has such buttons)."""
