"""A vertical scroll area for a column of wrapping text: its widget as wide as the viewport and as tall
as it needs at that width (at least the viewport's height).

``QScrollArea`` can size its widget so (``setWidgetResizable``), but on every change of the widget's
layout or size it also asks the widget's ``sizeHint()`` and minimum size, whose heights are measured at
another width than the viewport's: after each save that is one or two more height-for-width passes over
the whole checklist, a figure then thrown away (milliseconds at 200 items, as each item is a Python
object that Qt's layout code calls into). Here the widget's height is asked at the viewport's width only,
which the layouts keep cached for every part of the column that did not change, and the scroll bar is
set from the widget's size. ``QScrollArea`` still moves the widget as it scrolls and keeps the focused
field in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QWidget


class ColumnScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().installEventFilter(self)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Size the widget to the viewport's width and the height its layout needs there."""
        widget = self.widget()
        if widget is None:
            return
        viewport = self.viewport()
        width = viewport.width()
        height = widget.heightForWidth(width) if widget.hasHeightForWidth() else widget.sizeHint().height()
        widget.resize(width, max(height, viewport.height()))
        self._set_bars()

    def _set_bars(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        page = self.viewport().height()
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, widget.height() - page))
        bar.setPageStep(page)
        bar.setSingleStep(20)
        widget.move(0, -bar.value())

    def resizeEvent(self, event: QResizeEvent) -> None:
        QAbstractScrollArea.resizeEvent(self, event)  # not QScrollArea's: it would measure again
        self.fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the widget's size hint changed: fit did it
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.widget():
            if kind == QEvent.Type.LayoutRequest:
                self.fit()
            elif kind == QEvent.Type.Resize:
                self._set_bars()
                return QAbstractScrollArea.eventFilter(self, watched, event)  # not QScrollArea's
        elif watched is self.viewport() and kind == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)
