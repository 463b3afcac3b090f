"""What a laid-out widget does wrong on a small screen: text cut short, siblings overlapping, too big to fit.

Each problem is one line naming the widget (objectName, class, text, sizes), so a failure says what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

#: A laptop at 1366x768 and 125% scaling, in logical pixels.
SMALL_SCREEN = QSize(1093, 614)
#: The window's own area on that screen, less a task bar (38) and the window's title bar and borders.
SMALL_WINDOW = QSize(1077, 536)
#: Room a push button's frame and padding take around its text and icon.
BUTTON_PADDING = 8


def describe(widget: QWidget, text: str = "") -> str:
    size = f"{widget.width()}x{widget.height()}"
    return f"{widget.objectName() or '-'} ({type(widget).__name__}) {text!r} at {size}"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"{describe(label, text)} needs height {needed}"
        return None
    needed = label.minimumSizeHint().width()
    if needed > label.width():
        return f"{describe(label, text)} needs width {needed}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    if isinstance(button, QPushButton):
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = button.fontMetrics().horizontalAdvance(text) + icon + BUTTON_PADDING
    else:
        needed = button.sizeHint().width()
    if needed > button.width():
        return f"{describe(button, text)} needs width {needed}"
    return None


def cut_text(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower (or, wrapped, shorter) than their text needs."""
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and (problem := _label_problem(label)):
            problems.append(problem)
    for kind in (QPushButton, QCheckBox, QRadioButton):
        for button in root.findChildren(kind):
            if button.isVisible() and (problem := _button_problem(button)):
                problems.append(problem)
    return problems


def _laid_out(layout: QLayout) -> list[QWidget]:
    widgets: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            widgets.append(widget)
        elif (inner := item.layout()) is not None:
            widgets.extend(_laid_out(inner))
    return widgets


def overlaps(root: QWidget) -> list[str]:
    """Visible widgets placed by the same layout whose rectangles cross (overlays placed by hand are not)."""
    problems: list[str] = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisible():
            continue
        siblings = [w for w in _laid_out(layout) if w.isVisible() and not w.isWindow()]
        for number, first in enumerate(siblings):
            for second in siblings[number + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(
                        f"{describe(first)} {first.geometry().getRect()} overlaps "
                        f"{describe(second)} {second.geometry().getRect()}"
                    )
    return problems


def too_big(window: QWidget, screen: QSize = SMALL_SCREEN) -> list[str]:
    """A window whose size or minimum size leaves the screen."""
    problems: list[str] = []
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    for what, size in (("size", window.size()), ("minimum size", minimum)):
        if size.boundedTo(screen) != size:
            problems.append(f"{describe(window)} {what} {size.width()}x{size.height()} exceeds {screen.toTuple()}")
    return problems
