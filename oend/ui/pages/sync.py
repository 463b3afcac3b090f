"""Sync: exchanging records with other laptops and the program's server."""

from __future__ import annotations

from oend.ui.pages.base import PlannedPage


class SyncPage(PlannedPage):
    def title(self) -> str:
        return self.tr("Sync")

    def subtitle(self) -> str:
        return self.tr("Share records with your program")

    def empty_title(self) -> str:
        return self.tr("Synchronisation will be set up here")

    def empty_body(self) -> str:
        return self.tr("Work offline as long as you need; send and receive changes when you are back online.")

    def empty_points(self) -> list[str]:
        return [
            self.tr("Exchange with the program's central server"),
            self.tr("Or carry a sync file between laptops"),
            self.tr("The date of the last exchange and what it brought"),
        ]
