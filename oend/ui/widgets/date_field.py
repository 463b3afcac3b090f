"""A date typed as people write it: 2026-03-14, 14/03/2026 or 3/14/2026, with a calendar a click away.

A ``QDateEdit`` fights the typist (sections, a "not given" minimum of 1900, Tab caught inside). This is a
plain line edit: whatever is typed stays until the field is left, when a date it understands is rewritten
as ``yyyy-mm-dd`` so the user sees how it was read. Slashed dates are read day first or month first as the
user's locale writes them. Empty means "not given"; text that is not a date is refused at save, beside the
field, with the text kept. The forms use it through ``QUiLoader`` under the class name ``DateField``.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Property, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from oend.errors import FieldError, ValidationError
from oend.ui import icons_rc  # noqa: F401 - registers the calendar icon

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_SLASHED = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
PIVOT = 30  # two-digit years up to this many years ahead are this century; the rest the last


def locale_day_first(locale: QLocale | None = None) -> bool:
    """Whether ``locale`` (the default one) writes the day before the month in a short date."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return day < 0 or month < 0 or day < month


def _full_year(year: str, today: dt.date) -> int:
    if len(year) == 4:
        return int(year)
    century = today.year // 100 * 100
    full = century + int(year)
    return full if full <= today.year + PIVOT else full - 100


def parse_date(text: str, *, day_first: bool, today: dt.date | None = None) -> dt.date | None:
    """The date ``text`` names, None for an empty one; ValueError for text that is not a date."""
    text = text.strip()
    if not text:
        return None
    if iso := _ISO.fullmatch(text):
        return dt.date(*(int(part) for part in iso.groups()))
    if slashed := _SLASHED.fullmatch(text):
        first, second, year = slashed.groups()
        day_text, month_text = (first, second) if day_first else (second, first)
        return dt.date(_full_year(year, today or dt.date.today()), int(month_text), int(day_text))
    raise ValueError(text)


class _CalendarPopup(QFrame):
    """The month calendar under the field; choosing a day fills the field and closes it."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateFieldCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumSize(380, 250)  # room for every day's number in the app's padded style
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)


class DateField(QLineEdit):
    """A date entry line; ``date()`` is a ``datetime.date`` or None."""

    dateChanged = Signal(object)  # the date read (or None) each time it changes

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "", optional: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.day_first = locale_day_first()
        self._optional = optional
        self._maximum: dt.date | None = None
        self._last: dt.date | None = None
        self._popup: _CalendarPopup | None = None
        self.calendar_action = self.addAction(QIcon(":/oend/calendar.svg"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Choose on a calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._tidy)
        self.setMinimumWidth(125)
        self._show_hint()

    def _get_optional(self) -> bool:
        return self._optional

    def _set_optional(self, optional: bool) -> None:
        self._optional = optional
        self._show_hint()

    #: Set in the .ui file: an empty field means "not given" rather than a date still to type.
    optional = Property(bool, _get_optional, _set_optional)

    def set_day_first(self, day_first: bool) -> None:
        self.day_first = day_first
        self._show_hint()

    def _show_hint(self) -> None:
        pattern = self.tr("dd/mm/yyyy") if self.day_first else self.tr("mm/dd/yyyy")
        self.setPlaceholderText(self.tr("Not given (%1)").replace("%1", pattern) if self._optional else pattern)
        self.setToolTip(self.tr("Type %1 or yyyy-mm-dd").replace("%1", pattern))

    def set_maximum(self, latest: dt.date | None) -> None:
        """The latest date accepted (a day that has not come yet, for instance)."""
        self._maximum = latest

    def date(self) -> dt.date | None:
        """The date typed, or None when the field is empty or does not hold a date."""
        try:
            return parse_date(self.text(), day_first=self.day_first)
        except ValueError:
            return None

    def setDate(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value is not None else "")
        self._announce()

    def value(self) -> dt.date | None:
        """The date for a save: None when empty; text that is no date, or too late a date, is refused here."""
        try:
            found = parse_date(self.text(), day_first=self.day_first)
        except ValueError:
            example = dt.date.today().strftime("%d/%m/%Y" if self.day_first else "%m/%d/%Y")
            message = self.tr("not a date; type e.g. %1").replace("%1", example)
            raise ValidationError([FieldError(self.objectName(), message)]) from None
        if found is not None and self._maximum is not None and found > self._maximum:
            message = (
                self.tr("cannot be in the future")
                if self._maximum == dt.date.today()
                else self.tr("cannot be after %1").replace("%1", self._maximum.isoformat())
            )
            raise ValidationError([FieldError(self.objectName(), message)])
        return found

    def _tidy(self) -> None:
        found = self.date()
        if found is not None and self.text() != found.isoformat():
            self.setText(found.isoformat())
        self._announce()

    def _announce(self, *_: object) -> None:
        found = self.date()
        if found != self._last:
            self._last = found
            self.dateChanged.emit(found)

    def open_calendar(self) -> None:
        """Show the calendar at the date typed (today when none), below the field."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.calendar.clicked.connect(self._chosen)
            self._popup.calendar.activated.connect(self._chosen)
        calendar = self._popup.calendar
        calendar.setMaximumDate(_qdate(self._maximum) if self._maximum else QDate(9999, 12, 31))
        calendar.setSelectedDate(_qdate(self.date() or dt.date.today()))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        calendar.setFocus()

    def _chosen(self, day: QDate) -> None:
        self.setDate(dt.date(day.year(), day.month(), day.day()))
        if self._popup is not None:
            self._popup.hide()
        self.setFocus()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
