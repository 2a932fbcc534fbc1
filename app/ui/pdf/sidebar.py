"""Thumbnails and the PDF outline beside the pages (tabs 缩略图 / 目录).

Thumbnails are rendered by the same render process as the pages, at low priority and only for the
rows the list shows, so a 300-page dossier never renders 300 thumbnails up front and never delays a
visible page by more than one small render. The sidebar itself knows nothing of the render client: it
says which pages it needs (``thumbnails_needed``) and is handed images (``set_thumbnail``).

Pages are 0-based in this module's API, as in ``app.pdf``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.pdf.records import PdfInfo

THUMB_WIDTH = 96  # logical pixels; fits a sidebar of ~130 px on a 1366x768 screen at 125 %
THUMB_HEIGHT = 136
EXTRA_ROWS = 2  # thumbnails asked for above and below the rows on screen
_PAGE_ROLE = Qt.ItemDataRole.UserRole


class PdfSidebar(QTabWidget):
    """Tabs of page thumbnails and the document outline; a click goes to the page."""

    page_activated = Signal(int)  # 0-based
    thumbnails_needed = Signal(list)  # 0-based pages on screen without a thumbnail yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.tabBar().setExpanding(True)
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self._thumbs = QListWidget(self)
        self._thumbs.setViewMode(QListView.ViewMode.IconMode)
        self._thumbs.setFlow(QListView.Flow.TopToBottom)
        self._thumbs.setWrapping(False)
        self._thumbs.setMovement(QListView.Movement.Static)
        self._thumbs.setResizeMode(QListView.ResizeMode.Adjust)
        self._thumbs.setUniformItemSizes(True)
        self._thumbs.setIconSize(QSize(THUMB_WIDTH, THUMB_HEIGHT))
        self._thumbs.setGridSize(QSize(THUMB_WIDTH + 16, THUMB_HEIGHT + self.fontMetrics().height() + 12))
        self._thumbs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._thumbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette = self._thumbs.palette()  # white pages on the same grey as beside the pages
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Mid))
        self._thumbs.setPalette(palette)
        self._thumbs.itemClicked.connect(self._item_clicked)
        self._thumbs.itemActivated.connect(self._item_clicked)
        self._thumbs.verticalScrollBar().valueChanged.connect(self._schedule_request)
        self._outline = QTreeWidget(self)
        self._outline.setHeaderHidden(True)
        self._outline.setColumnCount(1)
        self._outline.itemClicked.connect(self._outline_clicked)
        self._outline.itemActivated.connect(self._outline_clicked)
        self.addTab(self._thumbs, self.tr("Thumbnails"))
        self.addTab(self._outline, self.tr("Contents"))
        self.currentChanged.connect(self._schedule_request)
        self._have: set[int] = set()
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(40)  # coalesce a burst of scroll steps into one request
        self._request_timer.timeout.connect(self._request_visible)
        self._blank_cache: dict[tuple[int, int], QIcon] = {}

    # -- document ------------------------------------------------------------------------------------

    def set_document(self, info: PdfInfo) -> None:
        self.clear_document()
        widest = max(width for width, _ in info.page_sizes)
        self._thumbs.setUpdatesEnabled(False)
        for page, (width, height) in enumerate(info.page_sizes):
            item = QListWidgetItem(self._blank_icon(width / widest, height / widest), str(page + 1))
            item.setData(_PAGE_ROLE, page)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._thumbs.addItem(item)
        self._thumbs.setUpdatesEnabled(True)
        self._fill_outline(info)
        self._schedule_request()

    def clear_document(self) -> None:
        self._thumbs.clear()
        self._outline.clear()
        self._have.clear()

    def _fill_outline(self, info: PdfInfo) -> None:
        if not info.toc:
            empty = QTreeWidgetItem([self.tr("This document has no outline.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self._outline.addTopLevelItem(empty)
            return
        parents: list[QTreeWidgetItem] = []
        for entry in info.toc:
            item = QTreeWidgetItem([entry.title or self.tr("(untitled)")])
            item.setData(0, _PAGE_ROLE, entry.page)
            if entry.page >= 0:
                item.setToolTip(0, self.tr("Page %1").replace("%1", str(entry.page + 1)))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            del parents[max(0, entry.level - 1) :]
            if parents:
                parents[-1].addChild(item)
            else:
                self._outline.addTopLevelItem(item)
            parents.append(item)
        self._outline.expandToDepth(0)

    def thumbnail_width(self) -> int:
        return THUMB_WIDTH

    def thumbnail_count(self) -> int:
        return len(self._have)

    def outline_titles(self) -> list[str]:
        """Top-level outline titles (for tests and accessibility checks)."""
        items = (self._outline.topLevelItem(i) for i in range(self._outline.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    # -- thumbnails ----------------------------------------------------------------------------------

    def set_thumbnail(self, page: int, image: QImage) -> None:
        item = self._thumbs.item(page)
        if item is None:
            return
        pixmap = QPixmap.fromImage(image)  # small (~100x140): a fraction of a millisecond
        pixmap.setDevicePixelRatio(image.devicePixelRatio())
        painter = QPainter(pixmap)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.drawRect(
            QRectF(
                0, 0, image.deviceIndependentSize().width(), image.deviceIndependentSize().height()
            ).adjusted(0, 0, -1 / pixmap.devicePixelRatio(), -1 / pixmap.devicePixelRatio())
        )
        painter.end()
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the frame shows the selection; keep the page untinted
        item.setIcon(icon)
        self._have.add(page)

    def set_current_page(self, page: int) -> None:
        item = self._thumbs.item(page)
        if item is None or item.isSelected():
            return
        self._thumbs.blockSignals(True)
        self._thumbs.setCurrentItem(item)
        self._thumbs.blockSignals(False)
        self._thumbs.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_request()

    def _schedule_request(self, *_args: object) -> None:
        self._request_timer.start()

    def _request_visible(self) -> None:
        if not self.isVisible() or self.currentWidget() is not self._thumbs or self._thumbs.count() == 0:
            return
        viewport = self._thumbs.viewport()
        rows: set[int] = set()
        step = max(4, self._thumbs.gridSize().height() // 3)
        for y in range(0, viewport.height() + step, step):
            index = self._thumbs.indexAt(QPoint(viewport.width() // 2, min(y, viewport.height() - 1)))
            if index.isValid():
                rows.add(index.row())
        if not rows:
            return
        first = max(0, min(rows) - EXTRA_ROWS)
        last = min(self._thumbs.count() - 1, max(rows) + EXTRA_ROWS)
        wanted = [page for page in range(first, last + 1) if page not in self._have]
        if wanted:
            self.thumbnails_needed.emit(wanted)

    def _blank_icon(self, width_ratio: float, height_ratio: float) -> QIcon:
        """A white sheet of the page's proportions, shared by every page of that shape."""
        scale = min(THUMB_WIDTH / max(width_ratio, 1e-6), THUMB_HEIGHT / max(height_ratio * 1.0, 1e-6))
        size = (max(8, round(width_ratio * scale)), max(8, round(height_ratio * scale)))
        icon = self._blank_cache.get(size)
        if icon is None:
            pixmap = QPixmap(*size)
            pixmap.fill(Qt.GlobalColor.white)
            painter = QPainter(pixmap)
            painter.setPen(QColor(0, 0, 0, 60))
            painter.drawRect(0, 0, size[0] - 1, size[1] - 1)
            painter.end()
            icon = self._blank_cache[size] = QIcon(pixmap)
        return icon

    def _item_clicked(self, item: QListWidgetItem) -> None:
        self.page_activated.emit(int(item.data(_PAGE_ROLE)))

    def _outline_clicked(self, item: QTreeWidgetItem) -> None:
        page = item.data(0, _PAGE_ROLE)
        if isinstance(page, int) and page >= 0:
            self.page_activated.emit(page)
