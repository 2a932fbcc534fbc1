"""Settling a disagreement: the reviewers' item scores side by side, the PDF page of any anchor, and
the chair's decision with its reason.

The chair may keep the computed figures (a settlement with only a reason marks the flags as looked
at), set the expert score or the cross deduction, overrule a veto, or reject or keep single
cross-review deductions. Every decision goes through ``app.services.moderation`` with the reason,
which the audit log and the printed sheets keep.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.review.disagreement import Decision, Flag
from app.review.points import format_points
from app.review.scoring import Role
from app.services import chair_ops
from app.services.chair_state import ChairState
from app.services.changes import Changes
from app.services.review_service import DeductionView
from app.ui.chair.context import ChairContext
from app.ui.chair.flag_compare import CompareTable, DossierReviews, load_reviews, reason_text
from app.ui.chair.widgets import (
    MOVES_RESULTS,
    Tone,
    fill_table,
    fit_columns,
    make_table,
    status_item,
    text_item,
)
from app.ui.chair.wording import flag_text, flag_word, join, settled_word
from app.ui.shared import look
from app.ui.shared.messages import item_name

PdfFactory = Callable[[QWidget | None], QWidget]


class OneDossier:
    """The dossier's own part of the state — its outcome, flags and cross-review deductions — picked
    out of the whole panel's on the worker, with its reviews."""

    def __init__(self, state: ChairState, code: str) -> None:
        self.outcome = next(o for o in state.results.dossiers if o.dossier.id == code)
        self.flags = [f for f in state.flags if f.dossier_id == code]
        self.cross = [d for d in state.deductions if d.dossier_id == code and d.role is Role.CROSS]


class FlagDialog(QDialog):
    shows = MOVES_RESULTS  # the dossier's reviews, flags, decisions and scores

    def __init__(
        self,
        context: ChairContext,
        code: str,
        flag: Flag | None,
        pdf_factory: PdfFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.code = code
        self.flag = flag
        self.data: DossierReviews | None = None
        self.opened_pdf = False
        self.setWindowTitle(self.tr("Compare and settle"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.flag_list = QLabel(self)
        self.flag_list.setWordWrap(True)
        top = self._compare_row(pdf_factory)
        self.settlement = QGroupBox(self.tr("The chair's decision"), self)
        self._decision_widgets()
        self._cross_decisions()
        self._lay_out_decision()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.settlement)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.flag_list)
        layout.addWidget(splitter, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        context.state_changed.connect(self._state_changed)
        self.load()

    def _compare_row(self, pdf_factory: PdfFactory) -> QSplitter:
        """The reviewers' scores side by side, and the PDF page of the anchor chosen."""
        self.table = CompareTable(self)
        self.pdf = pdf_factory(self)
        self.table.anchor_chosen.connect(self.show_page)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.table)
        top.addWidget(self.pdf)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([760, 560])
        sidebar = getattr(self.pdf, "sidebar", None)
        if isinstance(sidebar, QWidget):
            sidebar.hide()  # the page matters here, not the thumbnails
        top.setChildrenCollapsible(False)
        return top

    def _decision_widgets(self) -> None:
        """The figures the chair may set, the vetoes to overrule, the reason and the two buttons."""
        self.current = QLabel(self.settlement)
        self.current.setWordWrap(True)
        self.set_expert = QCheckBox(self.tr("Set the expert score to"), self.settlement)
        self.expert = QDoubleSpinBox(self.settlement)
        self.set_cross = QCheckBox(self.tr("Set the cross deduction to"), self.settlement)
        self.cross = QDoubleSpinBox(self.settlement)
        for spin in (self.expert, self.cross):
            spin.setDecimals(2)
            spin.setSuffix(self.tr(" pts"))
            spin.setEnabled(False)
            spin.setMaximumWidth(140)
        self.set_expert.toggled.connect(self.expert.setEnabled)
        self.set_cross.toggled.connect(self.cross.setEnabled)
        self.veto_boxes: dict[str, QCheckBox] = {}
        self.veto_row = QHBoxLayout()
        self.reason = QLineEdit(self.settlement)
        self.reason.setPlaceholderText(
            self.tr("Reason for the decision (required; printed on the summary sheet)")
        )
        self.settle_button = QPushButton(self.tr("Save the decision"), self.settlement)
        self.settle_button.setToolTip(
            self.tr(
                "With no figure changed, the computed scores stand and the disagreement is marked as settled"
            )
        )
        self.settle_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Withdraw the decision"), self.settlement)
        self.clear_button.clicked.connect(self.withdraw)

    def _cross_decisions(self) -> None:
        """The cross-review deductions, one by one: leave one out or keep it."""
        self.cross_table = make_table(
            [
                self.tr("Cross-reviewer"),
                self.tr("Item"),
                self.tr("Points off"),
                self.tr("Reason"),
                self.tr("Decision"),
            ],
            self.settlement,
            stretch=3,
        )
        fit_columns(self.cross_table, [120, 200, 70, 0, 90])
        self.cross_table.setMaximumHeight(120)
        self.reject_button = QPushButton(self.tr("Do not count it"), self.settlement)
        self.reject_button.setToolTip(
            self.tr("Leave the chosen cross-review deduction out of the cross deduction")
        )
        self.reject_button.clicked.connect(lambda: self.decide(Decision.REJECTED))
        self.accept_button = QPushButton(self.tr("Keep it"), self.settlement)
        self.accept_button.clicked.connect(lambda: self.decide(Decision.ACCEPTED))
        self.cross_uids: list[str] = []

    def _lay_out_decision(self) -> None:
        grid = QGridLayout(self.settlement)
        grid.addWidget(self.current, 0, 0, 1, 6)
        grid.addWidget(self.set_expert, 1, 0)
        grid.addWidget(self.expert, 1, 1)
        grid.addWidget(self.set_cross, 1, 2)
        grid.addWidget(self.cross, 1, 3)
        grid.addLayout(self.veto_row, 2, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Reason"), self.settlement), 3, 0)
        grid.addWidget(self.reason, 3, 1, 1, 3)
        grid.addWidget(self.settle_button, 3, 4)
        grid.addWidget(self.clear_button, 3, 5)
        grid.addWidget(self.cross_table, 4, 0, 2, 5)
        grid.addWidget(self.reject_button, 4, 5)
        grid.addWidget(self.accept_button, 5, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    # ------------------------------------------------------------------ loading
    @property
    def state(self) -> ChairState | None:
        return self.context.state

    def load(self) -> None:
        state = self.state
        if state is None:
            return
        code = self.code
        self.context.run_quick(
            self.tr("Reading the reviews"),
            lambda panel: chair_ops.unchanged((load_reviews(panel, state, code), OneDossier(state, code))),
            self._loaded,
        )

    def _state_changed(self, state: ChairState | None, changes: Changes) -> None:
        """Read the dossier's reviews again only when a change may have touched this dossier."""
        if state is None:
            self.close()
        elif changes.touches(self.shows) and (not changes.dossiers or self.code in changes.dossiers):
            self.load()

    def _loaded(self, loaded: tuple[DossierReviews, OneDossier]) -> None:
        data, mine = loaded
        self.data = data
        state = self.state
        if state is None:
            return
        outcome = mine.outcome
        names = state.reviewer_names
        flags = mine.flags
        decisions = {uid: d.decision for uid, d in state.decisions.items()}
        self.table.show_reviews(data, flags, decisions)
        if self.flag is not None and self.flag.item_id in self.table.item_rows:
            target = self.table.item(self.table.item_rows[self.flag.item_id], 0)
            if target is not None:
                self.table.scrollToItem(target)
        candidate = state.candidate_names.get(outcome.dossier.candidate_id, outcome.dossier.candidate_id)
        self.heading.setText(
            self.tr(
                "<b>{case}</b> · {candidate} — expert score {expert}, cross deduction {cross}, final {final}"
            ).format(
                case=data.case_number,
                candidate=candidate,
                expert=format_points(outcome.result.expert_score)
                if outcome.result.expert_score is not None
                else "—",
                cross=format_points(outcome.result.cross_deduction),
                final=format_points(outcome.result.final) if outcome.result.final is not None else "—",
            )
        )
        lines = []
        for f in flags:
            where = item_name(data.checklist, f.item_id or f.veto_id) if (f.item_id or f.veto_id) else ""
            colour = "#2f855a" if f.settled else "#b7791f"
            text = f"{flag_word(f.code)}{('：' + where) if where else ''} — {flag_text(f, names)}"
            lines.append(
                f"<span style='color:{colour}'>{'●' if f.settled else '▲'} {settled_word(f.settled)}</span> {text}"
            )
        self.flag_list.setText(
            "<br>".join(lines) if lines else self.tr("No disagreement is flagged on this dossier.")
        )
        self._fill_settlement(state, data, mine)
        if not self.opened_pdf:
            self.opened_pdf = True
            self.splitter.setSizes([self.height(), self.settlement.sizeHint().height()])
            opener = getattr(self.pdf, "open_document", None)
            if opener is not None and data.pdf is not None:
                opener(data.pdf, page=self._first_page(data))

    def _first_page(self, data: DossierReviews) -> int:
        """The page a reviewer pointed at on the disputed item, else the first page."""
        item = self.flag.item_id if self.flag is not None else None
        for state in data.states.values():
            for deduction in state.deductions:
                if deduction.page and (item is None or deduction.item_id == item):
                    return deduction.page
        return 1

    def _fill_settlement(self, state: ChairState, data: DossierReviews, mine: OneDossier) -> None:
        outcome = mine.outcome
        maximum = float(data.checklist.max_points)
        self.expert.setRange(0, maximum)
        self.cross.setRange(0, maximum)
        record = state.moderations.get(self.code)
        if record is not None:
            parts = []
            if record.expert_score is not None:
                parts.append(
                    self.tr("expert score set to {points}").format(points=format_points(record.expert_score))
                )
            if record.cross_deduction is not None:
                parts.append(
                    self.tr("cross deduction set to {points}").format(
                        points=format_points(record.cross_deduction)
                    )
                )
            if record.dismissed_vetoes:
                parts.append(self.tr("{count} vetoes overruled").format(count=len(record.dismissed_vetoes)))
            what = join(parts) if parts else self.tr("computed scores confirmed")
            self.current.setText(
                self.tr("Settled: {what}. Reason: {reason}").format(what=what, reason=record.reason)
            )
            self.current.setStyleSheet("color: #2f855a")
        else:
            self.current.setText(
                self.tr("Not settled yet. The scores below are as computed from the reviews.")
            )
            self.current.setStyleSheet(f"color: {look.MUTED}")
        self.clear_button.setEnabled(record is not None)
        expert = (
            record.expert_score if record and record.expert_score is not None else outcome.result.expert_score
        )
        cross = (
            record.cross_deduction
            if record and record.cross_deduction is not None
            else outcome.result.cross_deduction
        )
        self.set_expert.setChecked(bool(record and record.expert_score is not None))
        self.set_cross.setChecked(bool(record and record.cross_deduction is not None))
        self.expert.setValue(float(expert or 0))
        self.cross.setValue(float(cross or 0))
        while self.veto_row.count():
            taken = self.veto_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.veto_boxes = {}
        marked = sorted({v.veto_id for s in data.states.values() for v in s.vetoes})
        dismissed = set(record.dismissed_vetoes) if record else set()
        for veto_id in marked:
            veto = data.checklist.veto(veto_id)
            box = QCheckBox(
                self.tr("Overrule the veto: {text}").format(text=veto.text if veto else veto_id),
                self.settlement,
            )
            box.setChecked(veto_id in dismissed)
            self.veto_boxes[veto_id] = box
            self.veto_row.addWidget(box)
        self.veto_row.addStretch(1)
        self._fill_cross(state, data, mine)

    def _fill_cross(self, state: ChairState, data: DossierReviews, mine: OneDossier) -> None:
        names = state.reviewer_names
        rows = []
        self.cross_uids = []
        for d in mine.cross:
            self.cross_uids.append(d.uid)
            decision = d.decision
            if decision is Decision.REJECTED:
                status = status_item(Tone.NEUTRAL, self.tr("Not counted"))
            elif decision is Decision.ACCEPTED:
                status = status_item(Tone.GOOD, self.tr("Kept"))
            else:
                status = status_item(Tone.WAITING, self.tr("Not decided"))
            view = DeductionView(d.uid, d.item_id, d.points, d.reason_id, d.text, d.page)
            text = reason_text(data.checklist, view)
            rows.append(
                [
                    text_item(names.get(d.reviewer_id, d.reviewer_id)),
                    text_item(item_name(data.checklist, d.item_id)),
                    text_item(format_points(d.points), number=True),
                    text_item(text),
                    status,
                ]
            )
        fill_table(self.cross_table, rows)
        has = bool(rows)
        for widget in (self.cross_table, self.reject_button, self.accept_button):
            widget.setVisible(has)

    # ------------------------------------------------------------------ deciding
    def show_page(self, page: int, rect: object) -> None:
        go_to = getattr(self.pdf, "go_to", None)
        if go_to is not None:
            go_to(page, rect)

    def _reason(self) -> str | None:
        reason = self.reason.text().strip()
        if not reason:
            self.current.setText(self.tr("Write the reason for the decision first."))
            self.current.setStyleSheet(f"color: {look.WARNING_BORDER}")
            self.reason.setFocus()
            return None
        return reason

    def save(self) -> None:
        reason = self._reason()
        if reason is None:
            return
        expert = Decimal(str(round(self.expert.value(), 2))) if self.set_expert.isChecked() else None
        cross = Decimal(str(round(self.cross.value(), 2))) if self.set_cross.isChecked() else None
        dismissed = [veto_id for veto_id, box in self.veto_boxes.items() if box.isChecked()]
        code = self.code

        def done(_change: object) -> None:
            self.reason.clear()
            self.context.say(
                "info",
                self.tr("The decision on {case} is saved.").format(
                    case=self.data.case_number if self.data else code
                ),
            )

        self.context.run_quick(
            self.tr("Saving the decision"),
            lambda panel: chair_ops.settle_dossier(
                panel,
                code,
                expert_score=expert,
                cross_deduction=cross,
                dismiss_vetoes=dismissed,
                reason=reason,
            ),
            done,
        )

    def withdraw(self) -> None:
        reason = self._reason()
        if reason is None:
            return
        code = self.code
        self.context.run_quick(
            self.tr("Withdrawing the decision"),
            lambda panel: chair_ops.withdraw_settlement(panel, code, reason=reason),
            lambda _c: self.reason.clear(),
        )

    def decide(self, decision: Decision) -> None:
        row = self.cross_table.currentRow()
        if not 0 <= row < len(self.cross_uids):
            self.current.setText(self.tr("Choose a cross-review deduction in the list first."))
            return
        reason = self._reason()
        if reason is None:
            return
        uid = self.cross_uids[row]
        self.context.run_quick(
            self.tr("Deciding on the deduction"),
            lambda panel: chair_ops.decide_cross_deduction(panel, uid, decision, reason),
            lambda _d: self.reason.clear(),
        )

    def done(self, result: int) -> None:
        """Closing by any way (button, Esc, window frame): stop listening and close the PDF."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.state_changed.disconnect(self._state_changed)
        shutdown = getattr(self.pdf, "shutdown", None)
        if shutdown is not None:
            shutdown()
        super().done(result)
