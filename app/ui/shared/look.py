"""The calm look in one place: the accent colour, status words and icons, points as text.

One accent colour marks the current item; status reads by colour *and* a word and a shape (a ring,
a half-filled disc, a disc with a tick), so it survives a grey-scale projector; red is used only for
deductions.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app import vocabulary
from app.review.points import format_points
from app.services.review_service import ReviewStatus

ACCENT = "#2b6cb0"  # the current item; nothing else uses it
ACCENT_SOFT = "#ebf4ff"
DEDUCTION_RED = "#c53030"  # deductions only
MUTED = "#5f6b7a"
WARNING_BG = "#fff8e1"
WARNING_BORDER = "#d69e2e"
INFO_BG = "#eef2f7"
INFO_BORDER = "#9aa7b8"

STATUS_COLOURS = {
    ReviewStatus.NOT_STARTED: "#7b8794",
    ReviewStatus.IN_PROGRESS: "#b7791f",
    ReviewStatus.COMPLETE: "#2f855a",
}


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def status_word(status: ReviewStatus) -> str:
    """A review's status in the domain's words (``app.vocabulary``), as sheets and exports say it."""
    return vocabulary.word("review_status", status)


def status_colour(status: ReviewStatus) -> QColor:
    return QColor(STATUS_COLOURS[status])


def paint_status(painter: QPainter, rect: QRectF, status: ReviewStatus) -> None:
    """A ring (not started), a half disc (in progress) or a disc with a tick (complete)."""
    colour = status_colour(status)
    side = min(rect.width(), rect.height()) - 2
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, max(1.4, side / 8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(box)
    if status is ReviewStatus.IN_PROGRESS:
        path = QPainterPath()
        path.moveTo(box.center())
        path.arcTo(box, 90, 180)
        path.closeSubpath()
        painter.fillPath(path, colour)
    elif status is ReviewStatus.COMPLETE:
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), max(1.5, side / 7)))
        w, x, y = box.width(), box.left(), box.top()
        painter.drawPolyline(
            [
                QPointF(x + w * 0.27, y + w * 0.52),
                QPointF(x + w * 0.44, y + w * 0.68),
                QPointF(x + w * 0.74, y + w * 0.34),
            ]
        )
    painter.restore()


def status_icon(status: ReviewStatus, size: int = 14) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_status(painter, QRectF(0, 0, size, size), status)
    painter.end()
    return QIcon(pixmap)


def points(value: Fraction | Decimal | int) -> str:
    """ "3.5 分" — a dot, at most two decimals."""
    return translate("Points", "{points} pts").format(points=format_points(value))


def deducted(value: Fraction | Decimal | int) -> str:
    """ "扣 3 分" — shown in red."""
    return translate("Points", "-{points} pts").format(points=format_points(value))


def score_of(score: Fraction | Decimal | int, maximum: Fraction | Decimal | int) -> str:
    """ "45 / 50" """
    return f"{format_points(score)} / {format_points(maximum)}"


def red(text: str) -> str:
    return f'<span style="color:{DEDUCTION_RED}">{text}</span>'
