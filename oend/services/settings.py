"""Changing program-wide settings: the printed outputs' settings and the remembered choices of a form.

Every setting lives in the settings table under its own key, as a small JSON document.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import Setting
from oend.model.codes import AuditAction, Role
from oend.queries.settings import REPORTING_KEY
from oend.reporting import settings as reporting_settings
from oend.reporting.settings import ReportingSettings
from oend.services import audit, authority


def store(session: Session, key: str, value: dict[str, Any]) -> dict[str, Any]:
    """Put ``value`` under ``key`` (the caller commits); returns what was there before (empty when nothing)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=dict(value)))
        return {}
    before = dict(row.value)
    row.value = dict(value)
    return before


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    """The reporting settings as stored, every bad one named at once."""
    checks = Checks()
    cleaned: dict[str, Any] = {}
    for name in sorted(set(values) - {f.name for f in fields(ReportingSettings)}):
        checks.fail(name, "is not a reporting setting")
    if "program_name" in values:
        cleaned["program_name"] = checks.text("program_name", values["program_name"], max_len=200)
    if "logo_path" in values:
        logo = values["logo_path"]
        cleaned["logo_path"] = checks.text("logo_path", str(logo) if isinstance(logo, Path) else logo, max_len=1000)
    if "suppression_threshold" in values:
        cleaned["suppression_threshold"] = checks.integer(
            "suppression_threshold", values["suppression_threshold"], required=True, low=0, high=1000
        )
    if "fiscal_year_start_month" in values:
        cleaned["fiscal_year_start_month"] = checks.integer(
            "fiscal_year_start_month", values["fiscal_year_start_month"], required=True, low=1, high=12
        )
    checks.done()
    return cleaned


def change_reporting_settings(session: Session, actor: Actor, **values: Any) -> Changed[ReportingSettings]:
    """Change some of the printed outputs' settings (program name, logo, small-cell threshold, fiscal year)."""
    authority.require(session, actor, Role.COORDINATOR, Role.ADMINISTRATOR)
    cleaned = _checked(values)
    row = session.get(Setting, REPORTING_KEY)
    stored = dict(row.value) if row is not None else {}
    before = store(session, REPORTING_KEY, {**stored, **cleaned})
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "setting",
        before={k: before.get(k) for k in cleaned},
        after=cleaned,
        detail=REPORTING_KEY,
    )
    return Changed(reporting_settings.load(session), frozenset({Area.SETTINGS}))
