"""Reports: funder tables, certificates and exports."""

from __future__ import annotations

from oend.services.context import Area
from oend.ui.pages.base import PlannedPage


class ReportsPage(PlannedPage):
    areas = frozenset({Area.TRAININGS, Area.DISPENSING, Area.REVERSALS})

    def title(self) -> str:
        return self.tr("Reports")

    def subtitle(self) -> str:
        return self.tr("Quarterly figures, certificates and spreadsheets")

    def empty_title(self) -> str:
        return self.tr("Reports for funders and for your team will be made here")

    def empty_body(self) -> str:
        return self.tr("Choose a period and a report; it opens as a PDF or a spreadsheet.")

    def empty_points(self) -> list[str]:
        return [
            self.tr("Kits and doses by quarter, product and site"),
            self.tr("People trained by category; reversals by outcome"),
            self.tr("Small counts suppressed for publication"),
        ]
