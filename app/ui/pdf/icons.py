"""Small toolbar icons for the PDF view, drawn with QPainter.

Drawn rather than shipped or typed as symbols: arrows like "↻" are missing from some Chinese UI fonts
(they would show as boxes), and drawn paths stay sharp at any device pixel ratio without icon files to
package. Colours follow the application palette, so the icons suit a dark theme too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF

_SIZE = 16  # logical pixels, drawn at 1x, 2x and 3x


def _icon(draw: Callable[[QPainter], None]) -> QIcon:
    colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
    icon = QIcon()
    for ratio in (1, 2, 3):
        pixmap = QPixmap(_SIZE * ratio, _SIZE * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def zoom_icon(*, plus: bool) -> QIcon:
    def draw(painter: QPainter) -> None:
        painter.drawEllipse(QRectF(2, 2, 9, 9))
        painter.drawLine(QPointF(10, 10), QPointF(14, 14))
        painter.drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5))
        if plus:
            painter.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5))

    return _icon(draw)


def find_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        painter.drawEllipse(QRectF(2, 2, 9, 9))
        painter.drawLine(QPointF(10, 10), QPointF(14, 14))

    return _icon(draw)


def rotate_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        path = QPainterPath()
        path.arcMoveTo(QRectF(3, 3, 10, 10), 150)
        path.arcTo(QRectF(3, 3, 10, 10), 150, -250)
        painter.drawPath(path)
        end = path.currentPosition()
        painter.setBrush(painter.pen().color())
        painter.drawPolygon(
            QPolygonF([end + QPointF(-3, -1.5), end + QPointF(2.5, -2.5), end + QPointF(0.5, 3)])
        )

    return _icon(draw)


def sidebar_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        painter.drawRoundedRect(QRectF(2, 3, 12, 10), 1.5, 1.5)
        painter.drawLine(QPointF(6, 3), QPointF(6, 13))

    return _icon(draw)


def arrow_icon(*, up: bool) -> QIcon:
    def draw(painter: QPainter) -> None:
        if up:
            painter.drawPolyline(QPolygonF([QPointF(3, 10), QPointF(8, 5), QPointF(13, 10)]))
        else:
            painter.drawPolyline(QPolygonF([QPointF(3, 6), QPointF(8, 11), QPointF(13, 6)]))

    return _icon(draw)


def close_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        painter.drawLine(QPointF(4, 4), QPointF(12, 12))
        painter.drawLine(QPointF(12, 4), QPointF(4, 12))

    return _icon(draw)
