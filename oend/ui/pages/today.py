"""Today: the dashboard of the chosen site and period."""

from __future__ import annotations

from oend.services.context import Area
from oend.ui.pages.base import PlannedPage


class TodayPage(PlannedPage):
    areas = frozenset({Area.TRAININGS, Area.DISPENSING, Area.REVERSALS, Area.STOCK})

    def title(self) -> str:
        return self.tr("Today")

    def subtitle(self) -> str:
        return self.tr("Your site at a glance")

    def empty_title(self) -> str:
        return self.tr("The dashboard for your site will appear here")

    def empty_body(self) -> str:
        return self.tr("Once trainings, kits and reversals are recorded, this page sums up the chosen period.")

    def empty_points(self) -> list[str]:
        return [
            self.tr("People trained, and kits handed out (new and refills)"),
            self.tr("Overdose reversals reported"),
            self.tr("Stock running low and lots expiring within 90 days"),
            self.tr("Participants whose kit has expired or was used and not yet replaced"),
        ]
