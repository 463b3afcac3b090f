"""What a person reads for each role, and what a role may open in the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oend.model.codes import Role

#: Who may open the Users page.
USER_MANAGERS = frozenset({Role.ADMINISTRATOR})
#: Who may browse the audit trail (the same roles the audit query allows).
AUDIT_READERS = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})


def role_labels() -> dict[Role, str]:
    return {
        Role.OUTREACH_WORKER: QCoreApplication.translate("Roles", "Outreach worker"),
        Role.SITE_LEAD: QCoreApplication.translate("Roles", "Site lead"),
        Role.COORDINATOR: QCoreApplication.translate("Roles", "Coordinator"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Roles", "Administrator"),
    }


def role_label(role: Role | str) -> str:
    try:
        return role_labels()[Role(role)]
    except ValueError:
        return str(role)
