"""What a role may open in the app (the roles' labels are in ``oend.core.labels``)."""

from __future__ import annotations

from oend.model.codes import Role

#: Who may open the Users page.
USER_MANAGERS = frozenset({Role.ADMINISTRATOR})
#: Who may browse the audit trail (the same roles the audit query allows).
AUDIT_READERS = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})
#: Who may open Administration: the program's own set-up (the same roles the set-up services allow).
PROGRAM_SETTERS = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})
