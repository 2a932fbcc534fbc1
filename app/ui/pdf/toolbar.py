"""The PDF view's tool row: sidebar toggle, 页码 x / y, zoom, rotate and find.

Compact on purpose: on a 1366x768 screen at 125 % the PDF view gets about 600 logical pixels beside
the checklist, and the row must fit in it without hiding the page box or the zoom.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.ui.pdf.icons import find_icon, rotate_icon, sidebar_icon, zoom_icon
from app.ui.pdf.layout import FIT_PAGE, FIT_WIDTH, MAX_ZOOM, MIN_ZOOM, ZoomSpec

ZOOM_PRESETS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


class PdfToolbar(QWidget):
    page_entered = Signal(int)  # 1-based
    zoom_chosen = Signal(object)
    zoom_in_clicked = Signal()
    zoom_out_clicked = Signal()
    rotate_clicked = Signal()
    find_clicked = Signal()
    sidebar_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar_button = self._button(sidebar_icon(), self.tr("Show or hide thumbnails and contents"))
        self.sidebar_button.setCheckable(True)
        self.sidebar_button.setChecked(True)
        self.sidebar_button.toggled.connect(self.sidebar_toggled)
        page_label = QLabel(self.tr("Page"), self)
        self.page_edit = QLineEdit(self)
        self.page_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00000") + 12)
        self.page_edit.setToolTip(self.tr("Type a page number and press Enter to go there"))
        self._validator = QIntValidator(1, 1, self)
        self.page_edit.setValidator(self._validator)
        self.page_edit.returnPressed.connect(self._page_entered)
        self.count_label = QLabel(self)
        zoom_out = self._button(zoom_icon(plus=False), self.tr("Zoom out (Ctrl+-)"))
        zoom_out.clicked.connect(self.zoom_out_clicked)
        zoom_in = self._button(zoom_icon(plus=True), self.tr("Zoom in (Ctrl+=)"))
        zoom_in.clicked.connect(self.zoom_in_clicked)
        self.zoom_box = QComboBox(self)
        self.zoom_box.setEditable(True)
        self.zoom_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zoom_box.setToolTip(self.tr("Zoom (Ctrl+wheel; Ctrl+0 fits the width)"))
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Fit page"), FIT_PAGE)
        for factor in ZOOM_PRESETS:
            self.zoom_box.addItem(f"{factor * 100:.0f}%", factor)
        self.zoom_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zoom_box.activated.connect(self._zoom_activated)
        line_edit = self.zoom_box.lineEdit()
        assert line_edit is not None
        line_edit.returnPressed.connect(self._zoom_typed)
        rotate = self._button(rotate_icon(), self.tr("Rotate the pages 90° clockwise (view only)"))
        rotate.clicked.connect(self.rotate_clicked)
        find = self._button(find_icon(), self.tr("Find text in the document (Ctrl+F)"))
        find.clicked.connect(self.find_clicked)
        self._document_controls = [self.page_edit, zoom_out, self.zoom_box, zoom_in, rotate, find]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        layout.addWidget(self.sidebar_button)
        layout.addSpacing(6)
        layout.addWidget(page_label)
        layout.addWidget(self.page_edit)
        layout.addWidget(self.count_label)
        layout.addStretch(1)
        layout.addWidget(zoom_out)
        layout.addWidget(self.zoom_box)
        layout.addWidget(zoom_in)
        layout.addWidget(rotate)
        layout.addWidget(find)
        self.show_page(0, 0)

    def _button(self, icon: object, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def show_page(self, page: int, count: int) -> None:
        """1-based page; 0 pages (no document, or one that cannot be shown) disables the controls."""
        self._validator.setRange(1, max(1, count))
        for control in self._document_controls:
            control.setEnabled(count > 0)
        if not self.page_edit.hasFocus() or count == 0:
            self.page_edit.setText(str(page) if count else "")
        self.count_label.setText(self.tr("/ %1").replace("%1", str(count)) if count else "")

    def show_zoom(self, zoom: ZoomSpec) -> None:
        index = self.zoom_box.findData(zoom) if isinstance(zoom, str) else -1
        if index >= 0:
            self.zoom_box.setCurrentIndex(index)
        else:
            self.zoom_box.setCurrentIndex(-1)
            self.zoom_box.setEditText(f"{float(zoom) * 100:.0f}%")

    def _page_entered(self) -> None:
        text = self.page_edit.text().strip()
        if text.isdigit():
            self.page_entered.emit(int(text))

    def _zoom_activated(self, index: int) -> None:
        data = self.zoom_box.itemData(index)
        if data is not None:
            self.zoom_chosen.emit(data)

    def _zoom_typed(self) -> None:
        match = re.search(r"\d+(?:\.\d+)?", self.zoom_box.currentText())
        if match:
            factor = min(MAX_ZOOM, max(MIN_ZOOM, float(match.group()) / 100.0))
            self.zoom_chosen.emit(factor)
