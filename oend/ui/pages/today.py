"""Today: the dashboard of the chosen site and period. Every count comes from oend/reporting/aggregates.py."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area
from oend.model.codes import RefillReason
from oend.reporting.aggregates import Key, StockAlert, awaiting_refill, read_facts, stock_alerts, total
from oend.reporting.periods import Period
from oend.ui.pages.base import Page
from oend.ui.text.labels import label
from oend.ui.widgets.bar_chart import BarChart
from oend.ui.widgets.page_parts import section_label, site_filter
from oend.ui.workspace import Workspace

PERIOD_DAYS = (30, 90, 365)
MAX_ALERTS = 5


class Tile(QFrame):
    """One figure with its caption and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        self.caption = QLabel(caption, objectName="muted")
        self.value = QLabel("0", objectName="tileValue")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel("", objectName="muted")
        for widget in (self.caption, self.value, self.detail):
            layout.addWidget(widget)


@dataclass(frozen=True)
class Figures:
    """Everything the dashboard shows, read in one go (on a worker thread)."""

    trained: int
    by_type: dict[Key, int]
    reversals: int
    by_month: dict[Key, int]
    reasons: dict[Key, int]
    low: list[StockAlert]
    expiring: list[StockAlert]
    due: dict[str, int]


def last_days(today: dt.date, days: int) -> Period:
    """The period the dashboard shows: ``days`` days up to and including ``today``."""
    return Period(f"last-{days}", today - dt.timedelta(days=days - 1), today)


def read_figures(
    session: Session, actor: Actor, today: dt.date, period: Period, sites: list[uuid.UUID] | None
) -> Figures:
    """Every figure of the page, read on the worker.

    The three breakdowns of kits come from one read of the period's dispensings: a year of a statewide
    program is some 300,000 rows, read once rather than three times.
    """
    low, expiring = stock_alerts(session, actor, today, sites)
    kits = read_facts(session, actor, ["kits"], ["month", "supply_type", "refill_reason"], period, sites)
    return Figures(
        trained=total(session, actor, "people_trained", period, sites),
        by_type=kits.aggregate("kits", ["supply_type"]),
        reversals=total(session, actor, "reversals", period, sites),
        by_month=kits.aggregate("kits", ["month", "supply_type"]),
        reasons=kits.aggregate("kits", ["refill_reason"], {"supply_type": ["refill"]}),
        low=low,
        expiring=expiring,
        due=awaiting_refill(session, actor, today, sites),
    )


class TodayPage(Page):
    areas = frozenset({Area.TRAININGS, Area.DISPENSING, Area.REVERSALS, Area.STOCK, Area.PARTICIPANTS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.site = site_filter(workspace)
        self.period = QComboBox(objectName="period")
        for days in PERIOD_DAYS:
            self.period.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        for combo in (self.site, self.period):
            combo.currentIndexChanged.connect(lambda *_: self.refresh(self.areas))
            self.header_actions.addWidget(combo)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.trained = Tile(self.tr("People trained"))
        self.kits = Tile(self.tr("Kits handed out"))
        self.reversals = Tile(self.tr("Reversals reported"))
        self.refill = Tile(self.tr("Due a new kit"))
        for tile in (self.trained, self.kits, self.reversals, self.refill):
            tiles.addWidget(tile, 1)
        self.body.addLayout(tiles)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.kits_chart = BarChart(self.tr("Kits by month"))
        self.reasons_chart = BarChart(self.tr("Why people needed a refill"))
        charts.addWidget(self.kits_chart, 3)
        charts.addWidget(self.reasons_chart, 2)
        self.body.addLayout(charts, 1)

        alerts = QGridLayout()
        alerts.setHorizontalSpacing(24)
        alerts.addWidget(section_label(self.tr("Stock running low")), 0, 0)
        alerts.addWidget(section_label(self.tr("Lots expiring within 90 days")), 0, 1)
        self.low_list = QLabel(objectName="lowStock")
        self.expiring_list = QLabel(objectName="expiringLots")
        for number, shown in enumerate((self.low_list, self.expiring_list)):
            shown.setWordWrap(True)
            shown.setMinimumHeight(90)
            alerts.addWidget(shown, 1, number)
        alerts.setColumnStretch(0, 1)
        alerts.setColumnStretch(1, 1)
        self.body.addLayout(alerts)

    def title(self) -> str:
        return self.tr("Today")

    def subtitle(self) -> str:
        return self.tr("Your site at a glance")

    def chosen_period(self, today: dt.date) -> Period:
        return last_days(today, int(self.period.currentData()))

    def refresh(self, areas: frozenset[Area]) -> None:
        """Read the figures on the worker (all sites of a statewide program take a second or two); show them here."""
        today = dt.date.today()
        period = self.chosen_period(today)
        sites = [self.site.currentData()] if self.site.currentData() is not None else None
        actor = self.workspace.actor
        self.loader.load(lambda session: read_figures(session, actor, today, period, sites), self.show_figures)

    def show_figures(self, figures: Figures) -> None:
        trained, by_type, reversals, by_month = figures.trained, figures.by_type, figures.reversals, figures.by_month
        reasons, low, expiring, due = figures.reasons, figures.low, figures.expiring, figures.due
        new, refill = by_type.get(("new",), 0), by_type.get(("refill",), 0)
        self.trained.value.setText(f"{trained:,}")
        self.trained.detail.setText(self.tr("unduplicated, in the period"))
        self.kits.value.setText(f"{new + refill:,}")
        self.kits.detail.setText(self.tr("%1 new · %2 refills").replace("%1", f"{new:,}").replace("%2", f"{refill:,}"))
        self.reversals.value.setText(f"{reversals:,}")
        self.reversals.detail.setText(self.tr("overdoses reversed with naloxone"))
        self.refill.value.setText(f"{due['expired'] + due['used']:,}")
        self.refill.detail.setText(
            self.tr("%1 whose kit expired · %2 used it, no refill yet")
            .replace("%1", f"{due['expired']:,}")
            .replace("%2", f"{due['used']:,}")
        )
        months = sorted({key[0] for key in by_month})[-6:]
        self.kits_chart.set_data(
            [
                (
                    dt.date(m // 100, m % 100, 1).strftime("%m/%y"),
                    (by_month.get((m, "new"), 0), by_month.get((m, "refill"), 0)),
                )
                for m in months
            ],
            (self.tr("New"), self.tr("Refill")),
        )
        top = sorted(((k[0], v) for k, v in reasons.items() if k[0]), key=lambda kv: -kv[1])[:5]
        self.reasons_chart.set_data([(label(RefillReason, code), (value,)) for code, value in top])
        self.low_list.setText(
            "\n".join(
                self.tr("%1 · %2: %3 left")
                .replace("%1", a.site_code)
                .replace("%2", a.product_name)
                .replace("%3", str(a.on_hand))
                for a in low[:MAX_ALERTS]
            )
            or self.tr("Every site has enough usable stock.")
        )
        self.expiring_list.setText(
            "\n".join(
                (
                    self.tr("%1 · %2 lot %3: %4 kits, expires %5")
                    if a.expiry_date >= dt.date.today()
                    else self.tr("%1 · %2 lot %3: %4 kits expired %5, to write off")
                )
                .replace("%1", a.site_code)
                .replace("%2", a.product_name)
                .replace("%3", a.lot_number or "")
                .replace("%4", str(a.on_hand))
                .replace("%5", a.expiry_date.isoformat())
                for a in expiring[:MAX_ALERTS]
            )
            + (
                self.tr("\n…and %1 more").replace("%1", str(len(expiring) - MAX_ALERTS))
                if len(expiring) > MAX_ALERTS
                else ""
            )
            or self.tr("No lot expires in the next 90 days.")
        )
