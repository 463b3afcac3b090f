"""The set-up's last step: the first site and the products handed out there, so the first kit can go out today.

Both are written in one transaction, and every problem with either is shown at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oend.core.codes import Formulation, SiteKind
from oend.errors import FieldError, OendError, ValidationError
from oend.services import products, sites
from oend.services.accounts import SignedIn
from oend.ui.dialogs.forms import FieldMessages, child, load_form, tab_chain
from oend.ui.dialogs.program import common_product_boxes, ticked
from oend.ui.text.labels import fill
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named

#: Ticked to start with: the product most programs hand out.
FIRST_PRODUCT = Formulation.NASAL_4MG


class FirstSiteStep(QWidget):
    """The ``first_site.ui`` form: the site's code, name and kind, and a check box per common product."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupFirstSite")
        self.form = load_form("first_site", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(named(QLabel(self.form.windowTitle()), "pageTitle"))
        layout.addWidget(self.form)
        self.code = child(self.form, QLineEdit, "code")
        self.name = child(self.form, QLineEdit, "name")
        self.kind = child(self.form, QComboBox, "kind")
        fill(self.kind, SiteKind, self.tr("Choose…"))
        self.boxes: dict[str, QCheckBox] = {}
        self.messages = FieldMessages(self.form, {})
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)
        self.later_button = self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(self.tr("Add sites and products later under Administration"))
        self.save_button: QPushButton = make_primary(
            self.buttons.addButton(self.tr("Save and start"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        self.save_button.setDefault(True)

    def start(self, signed_in: SignedIn) -> None:
        """Offer the common products (read as the new administrator) and put the cursor in the first field."""
        with signed_in.db.session() as session:
            choices = products.common_products(session, signed_in.actor)
        self.boxes = common_product_boxes(child(self.form, QWidget, "products"), choices)
        self.boxes[FIRST_PRODUCT.value].setChecked(True)
        tab_chain(self.kind, *self.boxes.values(), self.buttons)
        self.code.setFocus()

    def tick(self, formulations: set[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in formulations)

    def save(self, signed_in: SignedIn) -> bool:
        """Add the site and the ticked products; a refusal names every field to fix and writes nothing."""
        actor = signed_in.actor
        try:
            with signed_in.db.transaction() as session:
                problems: list[FieldError] = []
                for write in (
                    lambda: sites.add_site(
                        session, actor, code=self.code.text(), name=self.name.text(), kind=self.kind.currentData()
                    ),
                    lambda: products.add_common_products(session, actor, ticked(self.boxes)),
                ):
                    try:
                        write()
                    except ValidationError as error:
                        problems.extend(error.errors)
                if problems:
                    raise ValidationError(problems)
        except OendError as error:
            self.messages.refuse(error)
            return False
        self.messages.clear()
        return True
