"""Today: the dashboard of the chosen site and period. Every count comes from oend/reporting/aggregates.py.

It opens on the user's default site (their own work), with every site of theirs one click away.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area
from oend.model.codes import Outcome, ReferralKind, RefillReason, SupplyType
from oend.queries.dashboard import LIMIT, due_a_new_kit, kits_handed_out, people_trained, reversals_reported
from oend.queries.linkage import FollowUpRow, count_follow_ups_due, follow_ups_due
from oend.queries.sync_status import days_without_sync
from oend.reporting.aggregates import Key, read_facts, total
from oend.reporting.alerts import StockAlert, awaiting_refill, stock_alerts
from oend.reporting.periods import Period
from oend.ui.dialogs.figure_list import FigureList
from oend.ui.dialogs.follow_up_list import FollowUpList
from oend.ui.pages.base import Page
from oend.ui.text.labels import label
from oend.ui.text.numbers import count
from oend.ui.widgets.bar_chart import BarChart
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button, section_label, site_filter
from oend.ui.widgets.pickers import select_default_site
from oend.ui.workspace import Workspace

PERIOD_DAYS = (30, 90, 365)
Listed = tuple[str, list[str], list[list[str]]]  # a list's title, headers and rows
MAX_ALERTS = 5
#: Follow-ups due are counted up to this many; the figure then reads "1,000+" (the list behind it has them all).
FOLLOW_UPS_COUNTED = 1000


class Tile(QFrame):
    """One figure with its caption and a line of detail; a click, Enter or Space opens the list behind it."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Show the list behind this figure"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        self.caption = named(QLabel(caption), "muted")
        self.value = named(QLabel("0"), "tileValue")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = named(QLabel(""), "muted")
        self.detail.setWordWrap(True)  # a longer language wraps rather than being cut off
        for widget in (self.caption, self.value, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)  # figures line up across tiles whose details wrap differently

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


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
    follow_ups: int  # due by today, not yet made
    first_follow_ups: list[FollowUpRow]  # the longest overdue of them
    days_without_sync: int | None  # when more than the program allows


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
        follow_ups=count_follow_ups_due(session, actor, today, sites, cap=FOLLOW_UPS_COUNTED),
        first_follow_ups=follow_ups_due(session, actor, today, sites, limit=MAX_ALERTS),
        days_without_sync=days_without_sync(session, actor.device_id, dt.datetime.now(dt.UTC)),
    )


class TodayPage(Page):
    areas = frozenset({Area.TRAININGS, Area.DISPENSING, Area.REVERSALS, Area.STOCK, Area.PARTICIPANTS, Area.LINKAGE})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.site = site_filter(workspace)
        select_default_site(workspace, self.site)
        self.all_sites = button(self.tr("All sites"), "allSites", self.tr("Show every site you work at"))
        self.all_sites.clicked.connect(lambda: self.site.setCurrentIndex(0))
        self.site.currentIndexChanged.connect(self._site_chosen)
        self._site_chosen()
        self.period = named(QComboBox(), "period")
        for days in PERIOD_DAYS:
            self.period.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        for combo in (self.site, self.period):
            combo.currentIndexChanged.connect(lambda *_: self.refresh(self.areas))
        for widget in (self.site, self.all_sites, self.period):
            self.header_actions.addWidget(widget)

        self.sync_warning = named(QLabel(), "warning")
        self.sync_warning.setWordWrap(True)
        self.sync_warning.hide()
        self.body.addWidget(self.sync_warning)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.trained = Tile(self.tr("People trained"))
        self.kits = Tile(self.tr("Kits handed out"))
        self.reversals = Tile(self.tr("Reversals reported"))
        self.refill = Tile(self.tr("Due a new kit"))
        self.figures: Figures | None = None
        for tile, which in (
            (self.trained, "trained"),
            (self.kits, "kits"),
            (self.reversals, "reversals"),
            (self.refill, "due"),
        ):
            tile.clicked.connect(lambda which=which: self.open_list(which))
            tiles.addWidget(tile, 1)
        self.body.addLayout(tiles)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.kits_chart = BarChart(self.tr("Kits by month"))
        self.reasons_chart = BarChart(self.tr("Why people needed a refill"))
        charts.addWidget(self.kits_chart, 3)
        charts.addWidget(self.reasons_chart, 2)
        charts.addWidget(self._follow_up_panel(), 2)
        self.body.addLayout(charts, 1)

        alerts = QGridLayout()
        alerts.setHorizontalSpacing(24)
        self.low_button = button(self.tr("Show all…"), "showLowStock", self.tr("Every product running low"))
        self.expiring_button = button(self.tr("Show all…"), "showExpiring", self.tr("Every lot expiring soon"))
        self.low_button.clicked.connect(lambda: self.open_list("low"))
        self.expiring_button.clicked.connect(lambda: self.open_list("expiring"))
        for column, (heading, more) in enumerate(
            (
                (self.tr("Stock running low"), self.low_button),
                (self.tr("Lots expiring within 90 days"), self.expiring_button),
            )
        ):
            row = QHBoxLayout()
            row.addWidget(section_label(heading))
            row.addStretch(1)
            row.addWidget(more)
            alerts.addLayout(row, 0, column)
        self.low_list = named(QLabel(), "lowStock")
        self.expiring_list = named(QLabel(), "expiringLots")
        for number, shown in enumerate((self.low_list, self.expiring_list)):
            shown.setWordWrap(True)
            shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            shown.setMinimumHeight(90)
            alerts.addWidget(shown, 1, number)
        alerts.setColumnStretch(0, 1)
        alerts.setColumnStretch(1, 1)
        self.body.addLayout(alerts)

    def _follow_up_panel(self) -> QFrame:
        """The follow-ups due at the chosen sites, longest overdue first, with the whole list a click away."""
        panel = named(QFrame(), "card")
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(16, 12, 16, 12)
        self.follow_up_heading = section_label(self.tr("Follow-ups due"))
        self.follow_up_list = named(QLabel(), "followUpsDue")
        self.follow_up_list.setWordWrap(True)
        self.follow_up_list.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.follow_up_button = button(self.tr("Show all…"), "showFollowUps", self.tr("Every follow-up due"))
        self.follow_up_button.clicked.connect(lambda: self.open_list("follow_ups"))
        inside.addWidget(self.follow_up_heading)
        inside.addWidget(self.follow_up_list, 1)
        inside.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignRight)
        return panel

    def title(self) -> str:
        return self.tr("Today")

    def subtitle(self) -> str:
        return self.tr("Your site at a glance")

    def _site_chosen(self) -> None:
        self.all_sites.setEnabled(self.site.currentData() is not None)

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
        self.figures = figures
        trained, by_type, reversals, by_month = figures.trained, figures.by_type, figures.reversals, figures.by_month
        reasons, low, expiring, due = figures.reasons, figures.low, figures.expiring, figures.due
        new, refill = by_type.get(("new",), 0), by_type.get(("refill",), 0)
        if figures.days_without_sync is not None:
            self.sync_warning.setText(
                self.tr(
                    "This laptop has not synced for %1 days: write a sync file for your coordinator on the Sync page."
                ).replace("%1", str(figures.days_without_sync))
            )
        self.sync_warning.setVisible(figures.days_without_sync is not None)
        self.trained.value.setText(count(trained))
        self.trained.detail.setText(self.tr("unduplicated, in the period"))
        self.kits.value.setText(count(new + refill))
        self.kits.detail.setText(self.tr("%1 new · %2 refills").replace("%1", count(new)).replace("%2", count(refill)))
        self.reversals.value.setText(count(reversals))
        self.reversals.detail.setText(self.tr("overdoses reversed with naloxone"))
        self.refill.value.setText(count(due["expired"] + due["used"]))
        self.refill.detail.setText(
            self.tr("%1 whose kit expired · %2 used it, no refill yet")
            .replace("%1", count(due["expired"]))
            .replace("%2", count(due["used"]))
        )
        shown = count(figures.follow_ups) + ("+" if figures.follow_ups >= FOLLOW_UPS_COUNTED else "")
        self.follow_up_heading.setText(self.tr("Follow-ups due (%1)").replace("%1", shown))
        self.follow_up_list.setText(
            "\n".join(
                self.tr("%1 · %2 · %3")
                .replace("%1", f.due_on.isoformat())
                .replace("%2", f.participant_code or self.tr("not enrolled"))
                .replace("%3", label(ReferralKind, f.kind) if f.referral_id else self.tr("after release"))
                for f in figures.first_follow_ups
            )
            or self.tr("No follow-up is due.")
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

    def _scope(self) -> tuple[Period, list[uuid.UUID] | None]:
        sites = [self.site.currentData()] if self.site.currentData() is not None else None
        return self.chosen_period(dt.date.today()), sites

    def _low_rows(self, session: Session) -> Listed:
        headers = [self.tr("Site"), self.tr("Product"), self.tr("Usable kits left")]
        low = self.figures.low if self.figures else []
        return self.tr("Stock running low"), headers, [[a.site_code, a.product_name, str(a.on_hand)] for a in low]

    def _expiring_rows(self, session: Session) -> Listed:
        headers = [self.tr("Site"), self.tr("Product"), self.tr("Lot"), self.tr("Kits"), self.tr("Expires")]
        rows = [
            [a.site_code, a.product_name, a.lot_number or "", str(a.on_hand), a.expiry_date.isoformat()]
            for a in (self.figures.expiring if self.figures else [])
        ]
        return self.tr("Lots expiring within 90 days"), headers, rows

    def _trained_rows(self, session: Session) -> Listed:
        period, sites = self._scope()
        found = people_trained(session, self.workspace.actor, period.start, period.end, sites)
        headers = [self.tr("Code"), self.tr("Name"), self.tr("Last trained"), self.tr("Site")]
        return self.tr("People trained"), headers, [[c, n or "—", d.isoformat(), s] for c, n, d, s in found]

    def _kit_rows(self, session: Session) -> Listed:
        period, sites = self._scope()
        kits = kits_handed_out(session, self.workspace.actor, period.start, period.end, sites)
        headers = [self.tr("Date"), self.tr("Site"), self.tr("Participant"), self.tr("Product"), self.tr("Lot")]
        headers += [self.tr("Kits"), self.tr("Supply"), self.tr("Refill reason")]
        anonymous = self.tr("anonymous")
        rows = [
            [
                d.isoformat(),
                site,
                code or anonymous,
                product,
                lot,
                str(n),
                label(SupplyType, supply),
                label(RefillReason, reason),
            ]
            for d, site, code, product, lot, n, supply, reason in kits
        ]
        return self.tr("Kits handed out"), headers, rows

    def _reversal_rows(self, session: Session) -> Listed:
        period, sites = self._scope()
        reports = reversals_reported(session, self.workspace.actor, period.start, period.end, sites)
        headers = [self.tr("Date"), self.tr("Site"), self.tr("Reported by"), self.tr("Outcome")]
        rows = [[d.isoformat(), site, code or "—", label(Outcome, o)] for d, site, code, o in reports]
        return self.tr("Reversals reported"), headers, rows

    def _due_rows(self, session: Session) -> Listed:
        _, sites = self._scope()
        due = due_a_new_kit(session, self.workspace.actor, dt.date.today(), sites)
        why = {"expired": self.tr("Every kit they hold has expired"), "used": self.tr("Used their kit, no refill yet")}
        headers = [self.tr("Code"), self.tr("Why"), self.tr("Since")]
        return self.tr("Due a new kit"), headers, [[r.code, why[r.reason], r.since.isoformat()] for r in due]

    def list_rows(self, which: str) -> Listed:
        """The title, headers and rows of the list behind the figure ``which``, read as the figure was."""
        readers = {
            "trained": self._trained_rows,
            "kits": self._kit_rows,
            "reversals": self._reversal_rows,
            "due": self._due_rows,
            "low": self._low_rows,
            "expiring": self._expiring_rows,
        }
        with self.workspace.db.session() as session:
            return readers[which](session)

    def _follow_up_list(self) -> FollowUpList:
        """The follow-ups due at the chosen sites, each to record from the list."""
        _, sites = self._scope()
        actor = self.workspace.actor

        def read() -> list[FollowUpRow]:
            with self.workspace.db.session() as session:
                return follow_ups_due(session, actor, dt.date.today(), sites)

        dialog = FollowUpList(self.workspace, self.tr("Follow-ups due"), read, parent=self)
        return dialog

    def open_list(self, which: str) -> FigureList:
        """Show the list behind a figure (the window stays usable), ready to export."""
        if which == "follow_ups":
            dialog: FigureList = self._follow_up_list()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return dialog
        title, headers, rows = self.list_rows(which)
        note = self.tr("Showing the first %1 rows").replace("%1", count(LIMIT)) if len(rows) >= LIMIT else ""
        dialog = FigureList(self.workspace, f"today_{which}", title, headers, rows, note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
