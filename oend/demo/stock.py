"""Each site's shelf of kits by lot: shipments arrive before it runs dry, expired lots are written off.

Stock on hand therefore never goes below zero, and the soonest-expiring lot that covers a hand-over
is the one dispensed (first expiry, first out).
"""

from __future__ import annotations

from oend.demo.reference import LotInfo, Program, SiteInfo
from oend.demo.rows import NULL, Rows, empty_rows, synced
from oend.demo.values import Calendar, Clock, Draw
from oend.model.codes import MovementKind, WriteOffReason

CASE = 12  # kits per case: shipments come in whole cases
MIN_AGE = 20  # a lot ships from 20 days after it is made
RECEIVE, WRITE_OFF, EXPIRED = MovementKind.RECEIVE.value, MovementKind.WRITE_OFF.value, WriteOffReason.EXPIRED.value


def _fresh_lots(lots: list[LotInfo], days: int) -> list[LotInfo]:
    """For each day, the newest lot of a product a distributor would ship that day."""
    ordered = sorted(lots, key=lambda lot: lot.made_day)
    fresh: list[LotInfo] = []
    k = 0
    for day in range(days):
        while k + 1 < len(ordered) and ordered[k + 1].made_day <= day - MIN_AGE:
            k += 1
        fresh.append(ordered[k])
    return fresh


class Stock:
    def __init__(self, program: Program, draw: Draw, clock: Clock, calendar: Calendar, monthly: list[float]):
        """``monthly`` is each site's expected kits a month, which sizes its shipments."""
        self._lots = program.lots
        self._fresh = [_fresh_lots(lots, calendar.days) for lots in program.lots_by_product]
        self._shelves: dict[tuple[int, int], list[list[int]]] = {}
        self._monthly = monthly
        self._draw = draw
        self._clock = clock
        self._iso = calendar.iso
        self.rows: Rows = empty_rows()  # where movements go: the caller sets the chunk being made
        self._shipments = 0
        self.received = 0
        self.written_off = 0

    def take(self, site: SiteInfo, product: int, quantity: int, day: int, share: float) -> LotInfo:
        """The lot ``quantity`` kits of ``product`` come from at ``site`` on ``day`` (its stock goes down).

        ``share`` is the product's share of the site's kits, to size a shipment.
        """
        key = (site.index, product)
        shelf = self._shelves.get(key)
        if shelf is None:
            shelf = self._shelves[key] = []
        lots = self._lots
        while shelf and lots[shelf[0][0]].expiry_day < day:
            self._write_off(site, shelf.pop(0))
        for entry in shelf:
            if entry[1] >= quantity:
                entry[1] -= quantity
                lot = lots[entry[0]]
                if entry[1] == 0:
                    shelf.remove(entry)
                return lot
        lot = self._receive(site, product, quantity, day, share, shelf)
        return lot

    def _receive(
        self, site: SiteInfo, product: int, quantity: int, day: int, share: float, shelf: list[list[int]]
    ) -> LotInfo:
        lot = self._fresh[product][day]
        want = self._monthly[site.index] * share * (1 + 2 * self._draw.random())
        size = max(quantity, CASE * max(1, round(want / CASE)))
        self._shipments += 1
        staff = site.staff[0]
        row_id, created = self._clock.stamp(day)
        reference = f"SHIP-{self._iso[day][:4]}-{self._shipments:06d}"
        self.rows["stock_movements"].append(
            (
                *synced(row_id, created, staff, site.device),
                self._iso[day],
                site.id,
                lot.id,
                RECEIVE,
                size,
                NULL,
                reference,
            )
        )
        self.received += size
        for entry in shelf:
            if entry[0] == lot.index:
                entry[1] += size - quantity
                break
        else:
            shelf.append([lot.index, size - quantity])
            shelf.sort(key=lambda e: self._lots[e[0]].expiry_day)
        if size == quantity:
            shelf[:] = [e for e in shelf if e[1] > 0]
        return lot

    def _write_off(self, site: SiteInfo, entry: list[int]) -> None:
        lot = self._lots[entry[0]]
        staff = site.staff[0]
        day = lot.expiry_day + 1
        row_id, created = self._clock.stamp(day)
        movement = (self._iso[day], site.id, lot.id, WRITE_OFF, -entry[1], EXPIRED, NULL)
        self.rows["stock_movements"].append((*synced(row_id, created, staff, site.device), *movement))
        self.written_off += entry[1]
