"""Reversals: overdose responses participants report back."""

from __future__ import annotations

from oend.services.context import Area
from oend.ui.pages.base import PlannedPage


class ReversalsPage(PlannedPage):
    areas = frozenset({Area.REVERSALS})

    def title(self) -> str:
        return self.tr("Reversals")

    def subtitle(self) -> str:
        return self.tr("Overdose responses reported by participants")

    def empty_title(self) -> str:
        return self.tr("Reversal reports will be recorded here")

    def empty_body(self) -> str:
        return self.tr("Only the date is required: a report should never be a burden to the person giving it.")

    def empty_points(self) -> list[str]:
        return [
            self.tr("Where and when, who gave naloxone, and how many doses"),
            self.tr("Whether 911 was called and how the person is doing"),
            self.tr("A replacement kit offered in one click"),
        ]
