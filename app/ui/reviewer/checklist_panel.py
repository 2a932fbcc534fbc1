"""The checklist beside the PDF: totals on top, vetoes, sections of item cards, the review's note.

It shows a ``DossierSnapshot`` and says what the reviewer does through ``bus`` (a ``ChecklistBus``);
it never writes anything itself. It scrolls only vertically: every text wraps to the panel's width.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.review.checklist import Checklist, Section
from app.review.points import format_points
from app.services.review_service import DeductionView, ReviewStatus
from app.ui.reviewer.checklist_bus import ChecklistBus
from app.ui.reviewer.checklist_items import CardState, ItemCard, wrapped
from app.ui.reviewer.column_area import ColumnScrollArea
from app.ui.reviewer.session import DossierSnapshot
from app.ui.reviewer.veto_box import VetoBox, effect_text
from app.ui.shared import look
from app.ui.shared.messages import separator

BLOCK = 10  # cards laid out together (see ``ChecklistPanel._section``)
VETOES, NOTE = "\0vetoes", "\0note"  # in ``ChecklistPanel.touched`` beside item ids

STYLE = f"""
QFrame#itemCard {{ border: 1px solid #d5dbe3; border-radius: 4px; background: palette(base); }}
QFrame#itemCard[current="true"] {{ border: 2px solid {look.ACCENT}; background: #f8fbff; }}
QFrame#vetoBox {{ border: 1px solid #d5dbe3; border-radius: 4px; background: #fbfbfc; }}
"""


EMPTY_CARD = CardState((), "", Decimal(0))


def card_states(snap: DossierSnapshot) -> dict[str, CardState]:
    """What each card with a deduction, a note or points off shows (the others show ``EMPTY_CARD``)."""
    views: dict[str, list[DeductionView]] = {}
    for view in snap.state.deductions:
        views.setdefault(view.item_id, []).append(view)
    notes, taken = snap.state.item_notes, snap.score.item_deducted
    return {
        item: CardState(tuple(views.get(item, ())), notes.get(item, ""), taken.get(item, Decimal(0)))
        for item in views.keys() | notes.keys() | taken.keys()
    }


class SectionTitle:
    """A section's number, title and score ("1  案卷材料  18.5 / 20", in red when points are off)."""

    def __init__(self, label: QLabel, title: str, items: list[str], maximum: Decimal) -> None:
        self.label, self.title, self.items, self.maximum = label, title, items, maximum
        self.off: Decimal | None = None  # the points off shown (None: nothing shown yet)

    def show(self, taken: Mapping[str, Decimal]) -> None:
        off = sum((taken.get(item, Decimal(0)) for item in self.items), Decimal(0))
        if off == self.off:
            return
        self.off = off
        score = look.score_of(self.maximum - off, self.maximum)
        self.label.setText(f"<b>{self.title}</b>&nbsp;&nbsp;{look.red(score) if off else score}")


class TotalsHeader(QWidget):
    """Case number and status; the dossier total; the complete / reopen button."""

    def __init__(self, bus: ChecklistBus, parent: QWidget) -> None:
        super().__init__(parent)
        self.bus = bus
        self.status_icon = QLabel(self)
        self.status_word = QLabel(self)
        self.case = QLabel(self)
        self.case.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bold = self.case.font()
        bold.setBold(True)
        self.case.setFont(bold)
        self.total = QLabel(self)
        big = self.total.font()
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.total.setFont(big)
        self.deducted = QLabel(self)
        self.veto_line = wrapped("", self, small=True)
        self.veto_line.setStyleSheet(f"color: {look.DEDUCTION_RED}")
        self.button = QPushButton(self)
        self.button.clicked.connect(self._clicked)
        self.complete = False
        self.shown: tuple[object, ...] = ()  # what it shows (status, dossier, points, vetoes)
        self.refreshes = 0
        row1 = QHBoxLayout()
        row1.setSpacing(6)
        row1.addWidget(self.status_icon)
        row1.addWidget(self.status_word)
        row1.addWidget(self.case, 1)
        row2 = QHBoxLayout()
        row2.setSpacing(8)
        row2.addWidget(self.total)
        row2.addWidget(self.deducted)
        row2.addStretch(1)
        row2.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.veto_line)

    def show_snapshot(self, snap: DossierSnapshot) -> None:
        entry, score = snap.entry, snap.score
        shown = (
            snap.state.status,
            (entry.case_number, entry.type_name, entry.candidate_name),
            (score.total, score.deducted, snap.checklist.max_points),
            tuple(v.veto_id for v in snap.state.vetoes),
        )
        if shown == self.shown:
            return
        self.shown = shown
        self.refreshes += 1
        status = snap.state.status
        self.status_icon.setPixmap(look.status_icon(status).pixmap(14, 14))
        self.status_word.setText(look.status_word(status))
        self.status_word.setStyleSheet(f"color: {look.STATUS_COLOURS[status]}")
        self.case.setText(snap.entry.case_number)
        self.case.setToolTip(
            " · ".join(
                p for p in (snap.entry.case_number, snap.entry.type_name, snap.entry.candidate_name) if p
            )
        )
        score = snap.score
        self.total.setText(
            self.tr("Score {score} / {maximum}").format(
                score=format_points(score.total), maximum=format_points(snap.checklist.max_points)
            )
        )
        self.deducted.setText(look.red(look.deducted(score.deducted)) if score.deducted else "")
        vetoes = [snap.checklist.veto(v.veto_id) for v in snap.state.vetoes]
        self.veto_line.setText(
            self.tr("Veto set: {vetoes}").format(
                vetoes=separator().join(
                    self.tr("{veto} ({effect})").format(veto=v.text, effect=effect_text(v))
                    for v in vetoes
                    if v
                )
            )
            if vetoes
            else ""
        )
        self.veto_line.setVisible(bool(vetoes))
        self.complete = status is ReviewStatus.COMPLETE
        if self.complete:
            self.button.setText(self.tr("Reopen"))
            self.button.setToolTip(self.tr("Reopen this dossier to change its scores (Ctrl+Shift+Enter)"))
        else:
            self.button.setText(self.tr("Mark complete"))
            self.button.setToolTip(self.tr("Check the dossier and mark it complete (Ctrl+Enter)"))

    def _clicked(self) -> None:
        (self.bus.reopen_requested if self.complete else self.bus.complete_requested).emit()


class ChecklistPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = ChecklistBus(self)
        self.header = TotalsHeader(self.bus, self)
        self.scroller = ColumnScrollArea(self)
        self.placeholder = wrapped(self.tr("Choose a dossier on the left."), self, muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.scroller, 1)
        self.header.hide()
        self.cards: list[ItemCard] = []
        self.by_id: dict[str, ItemCard] = {}
        self.section_of: dict[str, SectionTitle] = {}  # item id -> the title of its section
        self.vetoes: VetoBox | None = None
        self.note: QPlainTextEdit | None = None
        self.saved_note = ""
        self.snapshot: DossierSnapshot | None = None
        self.current: ItemCard | None = None
        self.read_only = False
        self.locked = False  # a workspace from an old, unprotected package: nothing can be changed
        # items (and VETOES, NOTE) the reviewer acted on since the last state shown. Connected before
        # the scoring controller is, so a write answered at once (tests' synchronous worker) finds it.
        self.touched: set[str] = set()
        bus = self.bus
        for signal in (bus.reason_toggled, bus.free_deduction_requested, bus.item_note_changed):
            signal.connect(self._touch_item)
        for signal in (
            bus.points_changed,
            bus.remove_requested,
            bus.anchor_here_requested,
            bus.anchor_draw_requested,
        ):
            signal.connect(self._touch_deduction)
        bus.veto_set_requested.connect(lambda *_a: self.touched.add(VETOES))
        bus.veto_clear_requested.connect(lambda *_a: self.touched.add(VETOES))
        bus.note_changed.connect(lambda *_a: self.touched.add(NOTE))
        self.setMinimumWidth(300)

    # ------------------------------------------------------------------ showing
    def show_dossier(self, snap: DossierSnapshot) -> None:
        """Build the checklist of a dossier just opened (first item current)."""
        content = QWidget()
        content.setObjectName("checklistContent")
        content.setStyleSheet(STYLE)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.vetoes = None
        if snap.checklist.vetoes:
            self.vetoes = VetoBox(self.bus, snap.checklist.vetoes, content)
            layout.addWidget(self.vetoes)
        self.cards, self.by_id, self.section_of = [], {}, {}
        for number, section in enumerate(snap.checklist.sections, 1):
            layout.addSpacing(4)
            layout.addWidget(self._section(content, number, section, snap.checklist))
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Overall note on this dossier"), content))
        self.note = QPlainTextEdit(content)
        self.note.setPlaceholderText(self.tr("Saved when you leave the field"))
        self.note.setFixedHeight(self.note.fontMetrics().height() * 4 + 12)
        self.note.installEventFilter(self)
        layout.addWidget(self.note)
        layout.addStretch(1)
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroller.setWidget(content)
        self.placeholder.hide()
        self.header.show()
        self.snapshot = None  # nothing of this dossier is shown yet
        self.touched.clear()
        self.current = None
        self.update_state(snap)
        if self.cards:
            self.set_current_item(self.cards[0].item.id, announce=False)
        self.scroller.verticalScrollBar().setValue(0)

    def _section(self, content: QWidget, number: int, section: Section, checklist: Checklist) -> QWidget:
        """A section's title and its cards, in blocks of at most ``BLOCK`` cards.

        The nesting keeps each change cheap: when a card changes size, Qt lays out again its
        block, its section and the sections, not every card of the checklist one by one."""
        box = QWidget(content)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(box)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(label)
        cards = []
        for first in range(0, len(section.items), BLOCK):
            block = QWidget(box)
            block_layout = QVBoxLayout(block)
            block_layout.setContentsMargins(0, 0, 0, 0)
            block_layout.setSpacing(4)
            for i_number, item in enumerate(section.items[first : first + BLOCK], first + 1):
                card = ItemCard(
                    self.bus, f"{number}.{i_number}", item, checklist.anchor_required(item), block
                )
                card.clicked.connect(self.set_current_item)
                block_layout.addWidget(card)
                cards.append(card)
            layout.addWidget(block)
        self.cards += cards
        title = SectionTitle(
            label, f"{number}  {section.title}", [c.item.id for c in cards], section.max_points
        )
        for card in cards:
            self.by_id[card.item.id] = card
            self.section_of[card.item.id] = title
        return box

    def update_state(self, snap: DossierSnapshot) -> None:
        """Show what the database holds now (after a write, an undo, or a rolled-back failure).

        Only what differs from what is shown is redrawn: the cards whose deductions, note or points
        changed, and those the reviewer acted on since the last state (a click or an edit whose write
        failed must be put back); their sections' totals; the header; the vetoes and note when they
        changed or were acted on.
        """
        previous, self.snapshot = self.snapshot, snap
        touched, self.touched = self.touched, set()
        self.header.show_snapshot(snap)
        states = card_states(snap)
        if previous is None:
            changed = set(self.by_id)
        else:
            before = card_states(previous)
            changed = {item for item in before.keys() | states.keys() if before.get(item) != states.get(item)}
        for item in changed | touched:
            card = self.by_id.get(item)
            if card is not None:
                card.set_state(states.get(item, EMPTY_CARD), force=item in touched)
        for section in {self.section_of[item] for item in changed if item in self.section_of}:
            section.show(snap.score.item_deducted)
        if self.vetoes is not None and (
            VETOES in touched or previous is None or previous.state.vetoes != snap.state.vetoes
        ):
            self.vetoes.set_views(snap.state.vetoes)
        if self.note is not None:
            if not self.note.hasFocus() and (NOTE in touched or self.note.toPlainText() != snap.state.note):
                self.note.setPlainText(snap.state.note)
            self.saved_note = snap.state.note
        read_only = snap.complete or self.locked
        if read_only != self.read_only or previous is None:
            self.set_read_only(read_only)
        self.header.button.setEnabled(not self.locked)

    def _touch_item(self, item_id: str, *_args: object) -> None:
        self.touched.add(item_id)

    def _touch_deduction(self, uid: str, *_args: object) -> None:
        deductions = self.snapshot.state.deductions if self.snapshot else ()
        self.touched.update(d.item_id for d in deductions if d.uid == uid)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for card in self.cards:
            card.set_read_only(read_only)
        if self.vetoes is not None:
            self.vetoes.set_read_only(read_only)
        if self.note is not None:
            self.note.setReadOnly(read_only)

    # ------------------------------------------------------------------ the current item
    def current_item(self) -> str | None:
        return self.current.item.id if self.current else None

    def card(self, item_id: str) -> ItemCard | None:
        return self.by_id.get(item_id)

    def set_current_item(self, item_id: str, announce: bool = True) -> None:
        card = self.card(item_id)
        if card is None or card is self.current:
            return
        previous = self.current
        if previous is not None:
            previous.flush_note()
            previous.set_current(False)
        card.set_current(True)
        self.current = card
        QTimer.singleShot(0, lambda: self._show(card))
        if announce:
            if previous is not None:
                self.bus.item_activated.emit(previous.item.id)
            self.bus.item_activated.emit(item_id)

    def step(self, delta: int) -> None:
        if not self.cards:
            return
        index = self.cards.index(self.current) if self.current in self.cards else -1
        target = min(max(index + delta, 0), len(self.cards) - 1)
        self.set_current_item(self.cards[target].item.id)

    def toggle_reason(self, number: int) -> bool:
        return self.current is not None and self.current.toggle_reason(number)

    def toggle_veto(self, number: int) -> bool:
        return self.vetoes is not None and not self.read_only and self.vetoes.toggle(number)

    def focus_free(self) -> bool:
        return self.current is not None and self.current.focus_free()

    def focus_note(self) -> None:
        if self.current is not None:
            self.current.focus_note()

    def flush_notes(self) -> None:
        """Hand over notes still being typed (before closing or changing dossier)."""
        if self.current is not None:
            self.current.flush_note()
        self._note_done()

    def _show(self, card: ItemCard) -> None:
        """Scroll so the whole current card shows; if it does not fit, its top at the top."""
        content = self.scroller.widget()
        if card is not self.current or content is None:
            return
        layout = content.layout()
        if layout is not None:
            layout.activate()
        bar = self.scroller.verticalScrollBar()
        y = card.mapTo(content, QPoint(0, 0)).y()
        top, bottom = y - 6, y + card.height() + 6
        height = self.scroller.viewport().height()
        if top < bar.value() or bottom - top > height:
            bar.setValue(top)
        elif bottom > bar.value() + height:
            bar.setValue(bottom - height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self._note_done()
        return super().eventFilter(watched, event)

    def _note_done(self) -> None:
        if self.note is None or self.read_only:
            return
        text = self.note.toPlainText().strip()
        if text != self.saved_note:
            self.saved_note = text
            self.bus.note_changed.emit(text)
