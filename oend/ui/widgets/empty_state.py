"""An honest empty state: what this place will hold, said plainly, instead of fake data."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from oend.ui import style
from oend.ui.widgets.named import named

CARD_WIDTH = 560
MIN_CARD_WIDTH = 300
MARGIN = 36
TICK_WIDTH = 14


class Badge(QWidget):
    """A soft round badge with one or two letters: a quiet visual anchor without icon files."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setFixedSize(QSize(56, 56))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.ACCENT_SOFT))
        painter.drawEllipse(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(style.ACCENT_DARK))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)


class EmptyState(QFrame):
    """A centred card: badge, a title, a sentence, and the list of what will be here."""

    def __init__(
        self, badge: str, title: str, body: str, points: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # Word-wrapped labels size themselves right only when their maximum width is known; on a narrow
        # screen the card gives up width (its text wraps onto more lines) rather than cover its neighbours.
        self.setMinimumWidth(MIN_CARD_WIDTH)
        self.setMaximumWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 24, MARGIN, 24)
        inner = CARD_WIDTH - 2 * MARGIN
        layout.setSpacing(12)
        layout.addWidget(Badge(badge), 0, Qt.AlignmentFlag.AlignHCenter)
        self.title_label = named(QLabel(title), "emptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title_label.setWordWrap(True)
        self.title_label.setMaximumWidth(inner)
        layout.addWidget(self.title_label)
        self.body_label = named(QLabel(body), "emptyBody")
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body_label.setWordWrap(True)
        self.body_label.setMaximumWidth(inner)
        layout.addWidget(self.body_label)
        if points:
            layout.addSpacing(6)
        for point in points or []:
            row = QHBoxLayout()
            row.setSpacing(10)
            tick = named(QLabel("✓"), "emptyTick")
            tick.setFixedWidth(TICK_WIDTH)
            tick.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(tick)
            text = named(QLabel(point), "emptyPoint")
            text.setWordWrap(True)
            text.setMaximumWidth(inner - TICK_WIDTH - 10)
            row.addWidget(text, 1)
            layout.addLayout(row)

    def sizeHint(self) -> QSize:
        return QSize(CARD_WIDTH, super().sizeHint().height())


def centred(widget: QWidget) -> QWidget:
    """``widget`` in a holder that centres it horizontally and sits it a little above the middle."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    # Stretches either side rather than an alignment: the card's wrapped text then measures its height
    # at the card's own width, not the holder's, and nothing is squeezed.
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
    return holder
