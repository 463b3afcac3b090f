"""Entering the denominators reports give rates per 1,000 of (people at risk, releases from a facility).

A figure is entered per period and area and kept in the settings table (``DENOMINATORS_KEY``); a report's
table with ``rate_per`` and ``denominator`` reads it (``oend.reporting.rates``).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model.codes import AuditAction, Role
from oend.queries.settings import DENOMINATORS_KEY, stored
from oend.reporting.periods import Period
from oend.reporting.rates import ALL_AREAS, Denominator, entry_key, load_denominators
from oend.reporting.settings import load as load_settings
from oend.services import audit, authority
from oend.services.settings import store


def fiscal_start(session: Session) -> int:
    return load_settings(session).fiscal_year_start_month


def set_denominator(
    session: Session,
    actor: Actor,
    name: str,
    period: str,
    value: int | None,
    *,
    area: str = ALL_AREAS,
    label: str | None = None,
) -> Changed[Denominator]:
    """Enter (or, with ``value`` None, remove) ``name``'s figure for ``period`` in ``area`` (a site's code, a
    county, a region, or ``all``); ``label`` names what it counts ("People at risk")."""
    authority.require(session, actor, Role.COORDINATOR, Role.ADMINISTRATOR)
    checks = Checks()
    if not re.fullmatch(r"[a-z0-9_]{1,60}", name or ""):
        checks.fail("name", "must be a short name of small letters, digits and _, such as people_at_risk")
    try:
        period_label = Period.parse(period, fiscal_start_month=fiscal_start(session)).label
    except ValueError:
        checks.fail("period", "'{period}' is not a period such as 2025, 2025Q3 or FY2026", period=period)
        period_label = ""
    area = checks.text("area", area, required=True, max_len=200) or ""
    if value is not None:
        value = checks.integer("value", value, required=True, low=1, high=10**12)
    if label is not None:
        label = checks.text("label", label, max_len=100)
    checks.done()
    everything = stored(session, DENOMINATORS_KEY)
    before: dict[str, Any] = dict(everything.get(name, {}))
    figures = dict(before.get("values", {}))
    key = entry_key(period_label, area)
    if value is None:
        figures.pop(key, None)
    else:
        figures[key] = value
    after = {"label": label or before.get("label") or name, "values": figures}
    store(session, DENOMINATORS_KEY, {**everything, name: after})
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "setting",
        before={key: before.get("values", {}).get(key)},
        after={key: value},
        detail=f"{DENOMINATORS_KEY}.{name}",
    )
    return Changed(load_denominators(session)[name], frozenset({Area.SETTINGS}))
