"""Kits and inventory: dispensing, refills and stock per site and lot."""

from __future__ import annotations

from oend.services.context import Area
from oend.ui.pages.base import PlannedPage


class KitsPage(PlannedPage):
    areas = frozenset({Area.STOCK, Area.DISPENSING})

    def title(self) -> str:
        return self.tr("Kits and inventory")

    def subtitle(self) -> str:
        return self.tr("Kits handed out, refills and stock on hand")

    def empty_title(self) -> str:
        return self.tr("Kits and stock will be managed here")

    def empty_body(self) -> str:
        return self.tr("Hand out a new kit or a refill, with the lot picked from your site's stock.")

    def empty_points(self) -> list[str]:
        return [
            self.tr("New kits and refills, with the reason for each refill"),
            self.tr("Stock on hand per site and lot, soonest-expiring first"),
            self.tr("Shipments received, transfers between sites, expired or damaged stock removed"),
        ]
