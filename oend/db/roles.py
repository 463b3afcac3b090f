"""The app's own role on a PostgreSQL server: everything it needs, and on the audit tables no more than reading
and adding.

The tables belong to an owner role that runs the migrations (``oend setup`` and ``oend db upgrade`` with the
owner's URL). The app connects as another role, granted here: PostgreSQL lets only a table's owner alter,
drop or disable the triggers of a table, so the app's role cannot lift the audit trail's append-only trigger,
and it is not granted UPDATE, DELETE or TRUNCATE on the trail at all. Run again after each upgrade.
"""

from __future__ import annotations

from sqlalchemy import Connection

#: Tables the app's role may only read and add to.
APPEND_ONLY = ("audit_events", "audit_checkpoints")


def grant_app_role(conn: Connection, app_role: str) -> None:
    """Grant ``app_role`` (connected as the owner) use of every table, the audit tables append-only."""
    role = conn.dialect.identifier_preparer.quote(app_role)
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {', '.join(APPEND_ONLY)} FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role}",
    ):
        conn.exec_driver_sql(statement)
