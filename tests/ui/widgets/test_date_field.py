"""The date field through real key presses: each way people write a date, Tab onward, a calendar at today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from oend.errors import ValidationError
from oend.ui.widgets.date_field import DateField, parse_date


class Form(QWidget):
    """A date field with a line after it, as on a form."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.field = DateField(objectName="given_on")
        self.after = QLineEdit(objectName="after")
        layout.addWidget(self.field)
        layout.addWidget(self.after)


@pytest.fixture
def form(qtbot: QtBot, styled: QApplication) -> Form:
    made = Form()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.parametrize(
    ("typed", "day_first", "read"),
    [
        ("2026-03-14", True, "2026-03-14"),
        ("2026-03-14", False, "2026-03-14"),
        ("14/03/2026", True, "2026-03-14"),
        ("3/14/2026", False, "2026-03-14"),
        ("14.3.2026", True, "2026-03-14"),
        ("4/3/26", True, "2026-03-04"),
        ("4/3/26", False, "2026-04-03"),
        ("1/2/85", True, "1985-02-01"),
    ],
)
def test_each_written_form_is_read_and_tab_moves_on(
    qtbot: QtBot, form: Form, typed: str, day_first: bool, read: str
) -> None:
    field, after = form.field, form.after
    field.set_day_first(day_first)
    field.setFocus()
    qtbot.keyClicks(field, typed)
    assert field.text() == typed  # nothing eaten while typing
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.text() == read and field.value() == dt.date.fromisoformat(read)


def test_empty_is_not_given_and_nonsense_is_refused_with_the_text_kept(qtbot: QtBot, form: Form) -> None:
    field = form.field
    assert field.value() is None
    for typed in ("31/02/2026", "next tuesday", "2026-13-01"):
        field.setText(typed)
        with pytest.raises(ValidationError) as refused:
            field.value()
        assert refused.value.fields == {"given_on"} and field.text() == typed


def test_a_maximum_refuses_later_dates(form: Form) -> None:
    field = form.field
    field.set_maximum(dt.date.today())
    field.setDate(dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="future"):
        field.value()


def test_the_calendar_opens_at_today_or_the_date_typed_and_fills_the_field(qtbot: QtBot, form: Form) -> None:
    field = form.field
    field.calendar_action.trigger()
    popup = field._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate.currentDate()
    popup.calendar.clicked.emit(QDate(2025, 6, 30))
    assert field.text() == "2025-06-30" and not popup.isVisible()
    field.calendar_action.trigger()
    assert popup.calendar.selectedDate() == QDate(2025, 6, 30)
    popup.hide()


def test_parse_rejects_what_is_not_a_date() -> None:
    assert parse_date("  ", day_first=True) is None
    with pytest.raises(ValueError):
        parse_date("14/03", day_first=True)
