"""The Administration page's lists: sites, partner organisations, providers, products and curriculum topics.

Each adds through its form, edits the selected row, and retires or reinstates it: a retired entry is no longer
offered on new records, and the records that name it keep it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.model.codes import Formulation, PartnerCategory, ReferralKind, SiteKind
from oend.queries.linkage import ProviderRow
from oend.queries.program import PartnerRow, ProductRow, SiteRow, TopicRow
from oend.services import partners, products, providers, sites, topics
from oend.ui.dialogs.program import (
    CommonProductsDialog,
    PartnerDialog,
    ProductDialog,
    ProviderDialog,
    SiteDialog,
    TopicDialog,
)
from oend.ui.models.lazy_table import Column, dash
from oend.ui.text.labels import label
from oend.ui.widgets.set_up_list import SetUpList, state_tone
from oend.ui.workspace import Workspace

Toggle = Callable[[Session, Actor, uuid.UUID], Changed[Any]]


class RetiringList(SetUpList[Any]):
    """A list whose selected row can be retired and reinstated; the button says which it will do."""

    def state_column(self) -> Column[Any]:
        return Column(
            lambda: self.tr("State"), lambda r: self.tr("In use") if r.active else self.tr("Retired"), 90, state_tone
        )

    def retirement(self, retire: Toggle, reinstate: Toggle, name_of: Callable[[Any], str]) -> QPushButton:
        self._retire, self._reinstate, self._name_of = retire, reinstate, name_of
        # a lambda: ``clicked`` passes checked=False, which would skip the confirmation
        made = self.add_button(self.tr("Retire"), "retire", lambda: self.toggle_selected())
        self.on_selection(
            lambda row: made.setText(self.tr("Reinstate") if row is not None and not row.active else self.tr("Retire"))
        )
        self.retire_button = made
        return made

    def toggle_selected(self, confirm: bool = True) -> bool:
        row = self.selected()
        if row is None:
            return False
        name = self._name_of(row)
        if row.active and confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Retire"),
                self.tr(
                    "%1 will no longer be offered on new records. Records that name it keep it. Retire it?"
                ).replace("%1", name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        action, note = (
            (self._retire, self.tr("%1 is retired."))
            if row.active
            else (self._reinstate, self.tr("%1 is in use again."))
        )
        actor = self.workspace.actor
        return self.write(lambda session: action(session, actor, row.id), lambda _: note.replace("%1", name))


class SitesList(RetiringList):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        columns: list[Column[SiteRow]] = [
            Column(lambda: self.tr("Code"), lambda r: r.code, 90),
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Kind"), lambda r: label(SiteKind, r.kind), 150),
            Column(lambda: self.tr("County"), lambda r: dash(r.county), 110),
            Column(lambda: self.tr("Region"), lambda r: dash(r.region), 110),
            Column(lambda: self.tr("Partner"), lambda r: dash(r.partner), 170),
            self.state_column(),
        ]
        actor = workspace.actor
        read = lambda session: sites.list_sites(session, actor)  # noqa: E731
        super().__init__(workspace, "sitesTable", columns, read, frozenset({Area.SITES}), parent)
        self.add_button(self.tr("Edit…"), "editSite", self.edit_selected)
        self.retirement(sites.retire_site, sites.reinstate_site, lambda r: r.code)
        self.add_button(self.tr("Add site"), "addSite", self.add, needs_row=False, primary=True)
        self.table.doubleClicked.connect(self.edit_selected)

    def add(self) -> bool:
        return self.open_form(
            SiteDialog(self.workspace, self), lambda s: self.tr("Site %1 added.").replace("%1", s.code)
        )

    def edit_selected(self) -> bool:
        row = self.selected()
        return row is not None and self.open_form(
            SiteDialog(self.workspace, self, row), lambda s: self.tr("Site %1 saved.").replace("%1", s.code)
        )


class PartnersList(RetiringList):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        columns: list[Column[PartnerRow]] = [
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Category"), lambda r: label(PartnerCategory, r.category), 220),
            Column(lambda: self.tr("Region"), lambda r: dash(r.region), 150),
            Column(lambda: self.tr("Sites"), lambda r: str(r.sites), 70, right=True),
            self.state_column(),
        ]
        actor = workspace.actor
        read = lambda session: partners.list_partners(session, actor)  # noqa: E731
        super().__init__(workspace, "partnersTable", columns, read, frozenset({Area.SITES}), parent)
        self.add_button(self.tr("Edit…"), "editPartner", self.edit_selected)
        self.retirement(partners.retire_partner, partners.reinstate_partner, lambda r: r.name)
        self.add_button(self.tr("Add partner"), "addPartner", self.add, needs_row=False, primary=True)
        self.table.doubleClicked.connect(self.edit_selected)

    def add(self) -> bool:
        dialog = PartnerDialog(self.workspace, self)
        return self.open_form(dialog, lambda p: self.tr("%1 added.").replace("%1", p.name))

    def edit_selected(self) -> bool:
        row = self.selected()
        return row is not None and self.open_form(
            PartnerDialog(self.workspace, self, row), lambda p: self.tr("%1 saved.").replace("%1", p.name)
        )


class ProvidersList(RetiringList):
    """The services people are referred to; the referral form offers those in use."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        columns: list[Column[ProviderRow]] = [
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Mainly offers"), lambda r: label(ReferralKind, r.kind), 220),
            Column(lambda: self.tr("Region"), lambda r: dash(r.region), 150),
            Column(lambda: self.tr("Referrals"), lambda r: str(r.referrals), 90, right=True),
            self.state_column(),
        ]
        actor = workspace.actor
        read = lambda session: providers.list_providers(session, actor)  # noqa: E731
        super().__init__(workspace, "providersTable", columns, read, frozenset({Area.LINKAGE}), parent)
        self.add_button(self.tr("Edit…"), "editProvider", self.edit_selected)
        self.retirement(providers.retire_provider, providers.reinstate_provider, lambda r: r.name)
        self.add_button(self.tr("Add provider"), "addProvider", self.add, needs_row=False, primary=True)
        self.table.doubleClicked.connect(self.edit_selected)

    def add(self) -> bool:
        dialog = ProviderDialog(self.workspace, self)
        return self.open_form(dialog, lambda p: self.tr("%1 added.").replace("%1", p.name))

    def edit_selected(self) -> bool:
        row = self.selected()
        return row is not None and self.open_form(
            ProviderDialog(self.workspace, self, row), lambda p: self.tr("%1 saved.").replace("%1", p.name)
        )


class ProductsList(RetiringList):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        columns: list[Column[ProductRow]] = [
            Column(lambda: self.tr("Code"), lambda r: r.code, 110),
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Formulation"), lambda r: label(Formulation, r.formulation), 190),
            Column(lambda: self.tr("Strength"), lambda r: dash(r.strength), 100),
            Column(lambda: self.tr("Doses per kit"), lambda r: str(r.doses_per_kit), 110, right=True),
            self.state_column(),
        ]
        actor = workspace.actor
        read = lambda session: products.list_products(session, actor)  # noqa: E731
        super().__init__(workspace, "productsTable", columns, read, frozenset({Area.STOCK}), parent)
        self.add_button(self.tr("Edit…"), "editProduct", self.edit_selected)
        self.retirement(products.retire_product, products.reinstate_product, lambda r: r.code)
        self.add_button(self.tr("Add common products…"), "addCommon", self.add_common, needs_row=False)
        self.add_button(self.tr("Add product"), "addProduct", self.add, needs_row=False, primary=True)
        self.table.doubleClicked.connect(self.edit_selected)

    def add(self) -> bool:
        dialog = ProductDialog(self.workspace, self)
        return self.open_form(dialog, lambda p: self.tr("Product %1 added.").replace("%1", p.code))

    def add_common(self) -> bool:
        dialog = CommonProductsDialog(self.workspace, self)
        return self.open_form(
            dialog, lambda added: self.tr("Products added: %1.").replace("%1", ", ".join(p.code for p in added))
        )

    def edit_selected(self) -> bool:
        row = self.selected()
        return row is not None and self.open_form(
            ProductDialog(self.workspace, self, row), lambda p: self.tr("Product %1 saved.").replace("%1", p.code)
        )


class TopicsList(RetiringList):
    """Topics in the order the training form lists them; moving one swaps it with its neighbour."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        columns: list[Column[TopicRow]] = [
            Column(lambda: self.tr("#"), lambda r: str(r.position), 50, right=True),
            Column(lambda: self.tr("Topic"), lambda r: r.label),
            Column(lambda: self.tr("Code"), lambda r: r.code, 190),
            self.state_column(),
        ]
        actor = workspace.actor
        read = lambda session: topics.list_topics(session, actor)  # noqa: E731
        super().__init__(workspace, "topicsTable", columns, read, frozenset({Area.TRAININGS}), parent)
        self.add_button(self.tr("Rename…"), "renameTopic", self.rename_selected)
        self.up_button = self.add_button(self.tr("Move up"), "moveUp", lambda: self.move_selected(-1))
        self.down_button = self.add_button(self.tr("Move down"), "moveDown", lambda: self.move_selected(1))
        self.retirement(topics.retire_topic, topics.reinstate_topic, lambda r: r.label)
        self.add_button(self.tr("Add topic"), "addTopic", self.add, needs_row=False, primary=True)
        self.on_selection(self._ends)
        self.table.doubleClicked.connect(self.rename_selected)

    def _ends(self, row: TopicRow | None) -> None:
        rows = self.model.rows()
        self.up_button.setEnabled(row is not None and rows.index(row) > 0)
        self.down_button.setEnabled(row is not None and rows.index(row) < len(rows) - 1)

    def add(self) -> bool:
        dialog = TopicDialog(self.workspace, self)
        return self.open_form(dialog, lambda t: self.tr("“%1” added at the end.").replace("%1", t.label))

    def rename_selected(self) -> bool:
        row = self.selected()
        return row is not None and self.open_form(
            TopicDialog(self.workspace, self, row), lambda t: self.tr("Renamed to “%1”.").replace("%1", t.label)
        )

    def move_selected(self, step: int) -> bool:
        """Swap the selected topic with the one above (-1) or below (1)."""
        row = self.selected()
        rows = self.model.rows()
        if row is None or not 0 <= rows.index(row) + step < len(rows):
            return False
        codes = [r.code for r in rows]
        at = codes.index(row.code)
        codes[at], codes[at + step] = codes[at + step], codes[at]
        actor = self.workspace.actor
        moved = self.write(
            lambda session: topics.reorder_topics(session, actor, codes), lambda _: self.tr("Order saved.")
        )
        if moved:
            self._keep = row.id  # the whole list came back: keep the moved topic selected
        return moved
