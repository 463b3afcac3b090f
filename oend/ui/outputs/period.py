"""Choosing a reporting period the way funders name them: a quarter, a fiscal quarter, a month, or cumulative.

Defaults to the last complete calendar quarter (what a quarterly report is almost always about). The
fiscal year's start month is a program setting, read once when the picker is built.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from oend.reporting.periods import Period
from oend.ui.widgets.named import named

QUARTER, FISCAL, MONTH, CUMULATIVE, ANY = "quarter", "fiscal", "month", "cumulative", "any"


def last_complete_quarter(today: dt.date) -> tuple[int, int]:
    """(year, quarter) of the last calendar quarter that has ended by ``today``."""
    current = (today.month - 1) // 3 + 1
    return (today.year, current - 1) if current > 1 else (today.year - 1, 4)


def fiscal_year_of(day: dt.date, start_month: int) -> tuple[int, int]:
    """(fiscal year, quarter) holding ``day``; the fiscal year is named after the year it ends in."""
    months_in = (day.month - start_month) % 12
    year = day.year + (1 if start_month != 1 and day.month >= start_month else 0)
    return year, months_in // 3 + 1


class PeriodPicker(QWidget):
    """Kind of period, then year and quarter or month; ``period()`` is the chosen ``Period`` (None for "all dates")."""

    changed = Signal()

    def __init__(
        self,
        fiscal_start_month: int,
        *,
        allow_any: bool = False,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fiscal_start_month = fiscal_start_month
        self.today = today or dt.date.today()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.kind = named(QComboBox(), "periodKind")
        if allow_any:
            self.kind.addItem(self.tr("All dates"), ANY)
        for text, kind in (
            (self.tr("Quarter"), QUARTER),
            (self.tr("Fiscal quarter"), FISCAL),
            (self.tr("Month"), MONTH),
            (self.tr("Cumulative"), CUMULATIVE),
        ):
            self.kind.addItem(text, kind)
        self.year = named(QSpinBox(), "periodYear")
        self.year.setRange(2000, self.today.year + 1)
        self.part = named(QComboBox(), "periodPart")
        for combo in (self.kind, self.part):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
        row.addWidget(self.kind, 3)
        row.addWidget(self.year, 2)
        row.addWidget(self.part, 3)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self.changed)
        self.part.currentIndexChanged.connect(self.changed)
        self._kind_changed()
        self.set_quarter(*last_complete_quarter(self.today))

    def set_quarter(self, year: int, quarter: int) -> None:
        self.kind.setCurrentIndex(self.kind.findData(QUARTER))
        self.year.setValue(year)
        self.part.setCurrentIndex(quarter - 1)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind in (QUARTER, FISCAL):
            for q in range(1, 5):
                self.part.addItem(self.tr("Q%1").replace("%1", str(q)), q)
            year, quarter = last_complete_quarter(self.today)
            if kind == FISCAL:
                year, quarter = fiscal_year_of(Period.quarter(year, quarter).start, self.fiscal_start_month)
            self.year.setValue(year)
            self.part.setCurrentIndex(quarter - 1)
        elif kind == MONTH:
            locale = QLocale()
            for m in range(1, 13):
                self.part.addItem(locale.standaloneMonthName(m), m)
            previous = self.today.replace(day=1) - dt.timedelta(days=1)
            self.year.setValue(previous.year)
            self.part.setCurrentIndex(previous.month - 1)
        self.part.blockSignals(False)
        dated = kind in (QUARTER, FISCAL, MONTH)
        self.year.setVisible(dated)
        self.part.setVisible(dated)
        self.year.setPrefix(self.tr("FY") if kind == FISCAL else "")
        self.changed.emit()

    def period(self) -> Period | None:
        kind = self.kind.currentData()
        year, part = self.year.value(), self.part.currentData()
        if kind == QUARTER:
            return Period.quarter(year, part)
        if kind == FISCAL:
            return Period.fiscal_quarter(year, part, self.fiscal_start_month)
        if kind == MONTH:
            return Period.month(year, part)
        if kind == CUMULATIVE:
            return Period.cumulative(self.today)
        return None
