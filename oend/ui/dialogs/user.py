"""Adding a user: the ``user.ui`` form, saved through ``add_user`` (which also gives them a key slot)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.errors import FieldError, ValidationError
from oend.model import Site
from oend.model.codes import Role
from oend.services.users import add_user
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.forms import child
from oend.ui.text.labels import fill
from oend.ui.workspace import Workspace


def site_choices(workspace: Workspace) -> list[tuple[str, str]]:
    """Every open site as (code, name), by name: the sites a new user may be given."""
    with workspace.db.session() as session:
        rows = session.execute(select(Site.code, Site.name).where(Site.deleted.is_(False)).order_by(Site.name))
        return [(code, name) for code, name in rows]


class UserDialog(FormDialog):
    form_name = "user"
    slow = True  # the password is hashed and a key slot made for it: most of a second, on purpose

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
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
        self.start_messages()
        self.username.setFocus()

    def field_names(self) -> dict[str, str]:
        return {
            "username": self.tr("User name"),
            "display_name": self.tr("Full name"),
            "role": self.tr("Role"),
            "sites": self.tr("Sites"),
            "password": self.tr("Password"),
        }

    def checked_sites(self) -> list[str]:
        items = (self.sites.item(i) for i in range(self.sites.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def choose_sites(self, codes: set[str]) -> None:
        for i in range(self.sites.count()):
            item = self.sites.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        """The new user as typed; a password typed differently twice is refused here, before any work."""
        if self.password.text() != self.password_again.text():
            raise ValidationError([FieldError("password_again", self.tr("does not match the password above"))])
        return {
            "username": self.username.text(),
            "display_name": self.display_name.text(),
            "role": str(self.role.currentData()),
            "password": self.password.text(),
            "site_codes": self.checked_sites(),
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return add_user(session, self.workspace.actor, self.workspace.keyring, **values)
