"""A small bar chart drawn with QPainter (no QtCharts): labelled bars, values on top, one or two series."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from oend.ui import style

SERIES_COLOURS = (style.ACCENT, "#f59e0b")


class BarChart(QWidget):
    """Bars for ``(label, values...)`` rows; with two series the bars of a row stand side by side."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, tuple[int, ...]]] = []
        self.legend: tuple[str, ...] = ()
        self.setMinimumHeight(140)  # short enough for Today on a laptop's 1093x614 screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_data(self, rows: list[tuple[str, tuple[int, ...]]], legend: tuple[str, ...] = ()) -> None:
        self.rows, self.legend = rows, legend
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(style.BORDER))
        painter.setBrush(QColor(style.SURFACE))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(style.TEXT))
        painter.drawText(QRectF(14, 8, self.width() - 28, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        x = self.width() - 14.0
        for number in reversed(range(len(self.legend))):
            width = painter.fontMetrics().horizontalAdvance(self.legend[number]) + 22
            x -= width
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SERIES_COLOURS[number % 2]))
            painter.drawRoundedRect(QRectF(x, 13, 10, 10), 2, 2)
            painter.setPen(QColor(style.MUTED))
            painter.drawText(QRectF(x + 14, 8, width, 20), Qt.AlignmentFlag.AlignLeft, self.legend[number])
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing recorded in this period"))
            return
        top, bottom, left, right = 40.0, self.height() - 28.0, 14.0, self.width() - 14.0
        highest = max(max(values) for _, values in self.rows) or 1
        slot = (right - left) / len(self.rows)
        series = max(len(values) for _, values in self.rows)
        bar = min(34.0, slot * 0.7 / series)
        painter.setPen(QColor(style.BORDER))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        for number, (name, values) in enumerate(self.rows):
            start = left + slot * number + (slot - bar * series) / 2
            for which, value in enumerate(values):
                height = (bottom - top - 16) * value / highest
                rect = QRectF(start + which * bar, bottom - height, bar - 2, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(SERIES_COLOURS[which % 2]))
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(QColor(style.TEXT))
                painter.drawText(
                    QRectF(rect.left() - 10, rect.top() - 16, bar + 18, 14), Qt.AlignmentFlag.AlignCenter, str(value)
                )
            painter.setPen(QColor(style.MUTED))
            shown = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(slot) - 6)
            painter.drawText(QRectF(left + slot * number, bottom + 4, slot, 20), Qt.AlignmentFlag.AlignHCenter, shown)
