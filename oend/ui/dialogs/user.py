"""Adding a user: the ``user.ui`` form, saved through ``add_user`` (which also gives them a key slot)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)
from sqlalchemy import select

from oend.core.changes import Changed
from oend.errors import FieldError, OendError, ValidationError
from oend.model import Site
from oend.model.codes import Role
from oend.services.users import add_user
from oend.ui.dialogs.forms import FieldMessages, child, form_in_dialog
from oend.ui.text.labels import fill
from oend.ui.widgets.busy import busy, make_primary
from oend.ui.workspace import Workspace


def site_choices(workspace: Workspace) -> list[tuple[str, str]]:
    """Every open site as (code, name), by name: the sites a new user may be given."""
    with workspace.db.session() as session:
        rows = session.execute(select(Site.code, Site.name).where(Site.deleted.is_(False)).order_by(Site.name))
        return [(code, name) for code, name in rows]


class UserDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.result_changed: Changed[Any] | None = None
        self.form = form_in_dialog(self, "user")

        self.username = child(self.form, QLineEdit, "username")
        self.display_name = child(self.form, QLineEdit, "display_name")
        self.role = child(self.form, QComboBox, "role")
        fill(self.role, Role)
        self.sites = child(self.form, QListWidget, "sites")
        for code, name in site_choices(workspace):
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sites.addItem(item)
        self.password = child(self.form, QLineEdit, "password")
        self.password_again = child(self.form, QLineEdit, "password_again")
        self.messages = FieldMessages(
            self.form,
            {
                "username": self.tr("User name"),
                "display_name": self.tr("Full name"),
                "role": self.tr("Role"),
                "sites": self.tr("Sites"),
                "password": self.tr("Password"),
            },
        )
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        make_primary(self.buttons.button(QDialogButtonBox.StandardButton.Save)).setDefault(True)
        self.username.setFocus()

    def checked_sites(self) -> list[str]:
        items = (self.sites.item(i) for i in range(self.sites.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def choose_sites(self, codes: set[str]) -> None:
        for i in range(self.sites.count()):
            item = self.sites.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def save(self) -> None:
        """Add the user; a refusal keeps the form as typed with each message beside its field."""
        try:
            if self.password.text() != self.password_again.text():
                raise ValidationError([FieldError("password_again", self.tr("does not match the password above"))])
            with busy(), self.workspace.db.transaction() as session:
                changed = add_user(
                    session,
                    self.workspace.actor,
                    self.workspace.keyring,
                    username=self.username.text(),
                    display_name=self.display_name.text(),
                    role=str(self.role.currentData()),
                    password=self.password.text(),
                    site_codes=self.checked_sites(),
                )
        except OendError as error:
            self.messages.refuse(error)
            return
        self.messages.clear()
        self.result_changed = changed
        self.accept()
