"""The forms of a program's own set-up: a site, a partner organisation, a provider, a product, the common products,
a topic.

Each adds a record, or edits one when given its row; a code never changes once given, so editing shows it
read-only. The list a form saves from is in ``oend.ui.pages.administration``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.model.codes import FORMULATION_DEFAULTS, Formulation, PartnerCategory, ReferralKind, SiteKind
from oend.queries.choices import partner_choices
from oend.queries.linkage import ProviderRow
from oend.queries.program import PartnerRow, ProductRow, SiteRow, TopicRow
from oend.services import partners, products, providers, sites, topics
from oend.services.products import CommonChoice
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.forms import tab_chain
from oend.ui.text.labels import code_label, fill
from oend.ui.widgets.named import named
from oend.ui.widgets.pickers import fill_choices, select_data
from oend.ui.workspace import Workspace


def common_product_boxes(holder: QWidget, choices: list[CommonChoice]) -> dict[str, QCheckBox]:
    """A check box per common product in ``holder``'s layout, by formulation; one the program offers already is
    ticked and cannot be unticked here (it is retired from the Products list instead)."""
    layout = holder.layout()
    assert layout is not None  # the form's .ui file lays the holder out
    boxes: dict[str, QCheckBox] = {}
    for choice in choices:
        product = choice.product
        text = QCoreApplication.translate("ProgramForms", "%1 · %2").replace("%1", code_label(product.formulation))
        box = named(QCheckBox(text.replace("%2", product.code)), f"common_{product.formulation.value}")
        box.setToolTip(product.name)
        box.setChecked(choice.offered)
        box.setEnabled(not choice.offered)
        layout.addWidget(box)
        boxes[product.formulation.value] = box
    return boxes


def ticked(boxes: dict[str, QCheckBox]) -> list[str]:
    """The formulations ticked and not yet offered."""
    return [code for code, box in boxes.items() if box.isChecked() and box.isEnabled()]


class SiteDialog(FormDialog):
    form_name = "site"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, site: SiteRow | None = None) -> None:
        super().__init__(workspace, parent)
        self.site = site
        self.code: QLineEdit = self.field(QLineEdit, "code")
        self.name: QLineEdit = self.field(QLineEdit, "name")
        self.kind: QComboBox = self.field(QComboBox, "kind")
        self.partner: QComboBox = self.field(QComboBox, "partner_id")
        self.county: QLineEdit = self.field(QLineEdit, "county")
        self.region: QLineEdit = self.field(QLineEdit, "region")
        self.zip_code: QLineEdit = self.field(QLineEdit, "zip_code")
        fill(self.kind, SiteKind, self.tr("Choose…"))
        with workspace.db.session() as session:
            fill_choices(self.partner, partner_choices(session), self.tr("None"))
        if site is None:
            self.setWindowTitle(self.tr("New site"))
        else:
            self.setWindowTitle(self.tr("Edit site %1").replace("%1", site.code))
            self.code.setText(site.code)
            self.code.setReadOnly(True)
            self.name.setText(site.name)
            self.kind.setCurrentIndex(self.kind.findData(site.kind.value))
            if site.partner_id is not None and not select_data(self.partner, site.partner_id):
                self.partner.addItem(site.partner or "", site.partner_id)  # a retired partner it keeps
                self.partner.setCurrentIndex(self.partner.count() - 1)
            self.county.setText(site.county or "")
            self.region.setText(site.region or "")
            self.zip_code.setText(site.zip_code or "")
        self.start_messages()
        (self.name if site else self.code).setFocus()

    def values(self) -> dict[str, Any]:
        values = {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "partner_id": self.partner.currentData(),
            "county": self.county.text(),
            "region": self.region.text(),
            "zip_code": self.zip_code.text(),
        }
        return values if self.site else values | {"code": self.code.text()}

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        if self.site is None:
            return sites.add_site(session, self.workspace.actor, **values)
        return sites.edit_site(session, self.workspace.actor, self.site.id, **values)


class PartnerDialog(FormDialog):
    form_name = "partner"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, partner: PartnerRow | None = None) -> None:
        super().__init__(workspace, parent)
        self.partner = partner
        self.name: QLineEdit = self.field(QLineEdit, "name")
        self.category: QComboBox = self.field(QComboBox, "category")
        self.region: QLineEdit = self.field(QLineEdit, "region")
        fill(self.category, PartnerCategory, self.tr("Choose…"))
        self.setWindowTitle(self.tr("New partner organisation") if partner is None else self.tr("Edit partner"))
        if partner is not None:
            self.name.setText(partner.name)
            self.category.setCurrentIndex(self.category.findData(partner.category.value))
            self.region.setText(partner.region or "")
        self.start_messages()
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "category": self.category.currentData(), "region": self.region.text()}

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        if self.partner is None:
            return partners.add_partner(session, self.workspace.actor, **values)
        return partners.edit_partner(session, self.workspace.actor, self.partner.id, **values)


class ProviderDialog(FormDialog):
    form_name = "provider"

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, provider: ProviderRow | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.provider = provider
        self.name: QLineEdit = self.field(QLineEdit, "name")
        self.kind: QComboBox = self.field(QComboBox, "kind")
        self.region: QLineEdit = self.field(QLineEdit, "region")
        fill(self.kind, ReferralKind, self.tr("Several kinds"))
        self.setWindowTitle(self.tr("New provider") if provider is None else self.tr("Edit provider"))
        if provider is not None:
            self.name.setText(provider.name)
            self.kind.setCurrentIndex(self.kind.findData(provider.kind.value if provider.kind else None))
            self.region.setText(provider.region or "")
        self.start_messages()
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "kind": self.kind.currentData(), "region": self.region.text()}

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        if self.provider is None:
            return providers.add_provider(session, self.workspace.actor, **values)
        return providers.edit_provider(session, self.workspace.actor, self.provider.id, **values)


class ProductDialog(FormDialog):
    """A product; its doses per kit follow the formulation until changed, and its code and formulation stay."""

    form_name = "product"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, product: ProductRow | None = None) -> None:
        super().__init__(workspace, parent)
        self.product = product
        self.code: QLineEdit = self.field(QLineEdit, "code")
        self.name: QLineEdit = self.field(QLineEdit, "name")
        self.formulation: QComboBox = self.field(QComboBox, "formulation")
        self.strength: QLineEdit = self.field(QLineEdit, "strength")
        self.doses_per_kit: QSpinBox = self.field(QSpinBox, "doses_per_kit")
        fill(self.formulation, Formulation, self.tr("Choose…"))
        self.formulation.currentIndexChanged.connect(self._formulation_chosen)
        if product is None:
            self.setWindowTitle(self.tr("New product"))
        else:
            self.setWindowTitle(self.tr("Edit product %1").replace("%1", product.code))
            self.code.setText(product.code)
            self.code.setReadOnly(True)
            self.formulation.setCurrentIndex(self.formulation.findData(product.formulation.value))
            self.formulation.setEnabled(False)
            self.name.setText(product.name)
            self.strength.setText(product.strength or "")
            self.doses_per_kit.setValue(product.doses_per_kit)
        self.start_messages()
        (self.name if product else self.code).setFocus()

    def _formulation_chosen(self) -> None:
        code = self.formulation.currentData()
        if code is not None:
            self.doses_per_kit.setValue(FORMULATION_DEFAULTS[Formulation(code)][0])

    def values(self) -> dict[str, Any]:
        values = {
            "name": self.name.text(),
            "strength": self.strength.text(),
            "doses_per_kit": self.doses_per_kit.value(),
        }
        return (
            values
            if self.product
            else values | {"code": self.code.text(), "formulation": self.formulation.currentData()}
        )

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        if self.product is None:
            return products.add_product(session, self.workspace.actor, **values)
        return products.edit_product(session, self.workspace.actor, self.product.id, **values)


class CommonProductsDialog(FormDialog):
    form_name = "common_products"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        holder = self.field(QWidget, "products")
        with workspace.db.session() as session:
            self.boxes = common_product_boxes(holder, products.common_products(session, workspace.actor))
        tab_chain(*self.boxes.values(), self.buttons)
        self.start_messages()
        first = next((box for box in self.boxes.values() if box.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def tick(self, formulations: set[str]) -> None:
        for code, box in self.boxes.items():
            if box.isEnabled():
                box.setChecked(code in formulations)

    def values(self) -> dict[str, Any]:
        return {"formulations": ticked(self.boxes)}

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return products.add_common_products(session, self.workspace.actor, values["formulations"])


class TopicDialog(FormDialog):
    """A new topic at the end of the list, or a new label for one (sessions keep its code)."""

    form_name = "topic"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, topic: TopicRow | None = None) -> None:
        super().__init__(workspace, parent)
        self.topic = topic
        self.label: QLineEdit = self.field(QLineEdit, "label")
        self.setWindowTitle(self.tr("New topic") if topic is None else self.tr("Rename topic"))
        if topic is not None:
            self.label.setText(topic.label)
            self.label.selectAll()
        self.start_messages()
        self.label.setFocus()

    def values(self) -> dict[str, Any]:
        return {"label": self.label.text()}

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        if self.topic is None:
            return topics.add_topic(session, self.workspace.actor, **values)
        return topics.rename_topic(session, self.workspace.actor, self.topic.id, values["label"])
