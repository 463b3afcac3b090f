"""How an audit event reads on screen and in an export: the action in words, the record, the detail."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication

from oend.model.codes import AuditAction
from oend.queries.audit import AuditRow


def action_labels() -> dict[AuditAction, str]:
    t = QCoreApplication.translate
    return {
        AuditAction.CREATE: t("Audit", "Created"),
        AuditAction.UPDATE: t("Audit", "Changed"),
        AuditAction.DELETE: t("Audit", "Deleted"),
        AuditAction.MERGE: t("Audit", "Merged"),
        AuditAction.VIEW: t("Audit", "Viewed"),
        AuditAction.EXPORT: t("Audit", "Exported"),
        AuditAction.PRINT: t("Audit", "Printed"),
        AuditAction.SIGN_IN: t("Audit", "Signed in"),
        AuditAction.SIGN_IN_FAILED: t("Audit", "Sign-in refused"),
        AuditAction.SIGN_OUT: t("Audit", "Signed out"),
        AuditAction.BACKUP: t("Audit", "Backed up"),
        AuditAction.RESTORE: t("Audit", "Restored a backup"),
        AuditAction.IMPORT: t("Audit", "Imported"),
        AuditAction.GENERATE: t("Audit", "Generated"),
    }


def action_label(action: AuditAction | str) -> str:
    try:
        return action_labels()[AuditAction(action)]
    except ValueError:
        return str(action)


def record_text(row: AuditRow) -> str:
    """The kind of record and the start of its id (enough to tell records apart, short enough to read)."""
    return f"{row.entity} {str(row.entity_id)[:8]}" if row.entity_id else row.entity


def detail_text(row: AuditRow) -> str:
    """The event's note, or for a change the fields it touched with their new values."""
    if row.detail:
        return row.detail
    changed = row.after or row.before
    if not changed:
        return ""
    return json.dumps(changed, ensure_ascii=False, sort_keys=True, default=str)[:500]


def local_time(at: dt.datetime) -> str:
    """A stored UTC time in this computer's time zone (SQLite hands times back without a zone)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M:%S")
