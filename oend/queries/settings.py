"""Where program settings are stored, their defaults, and each user's default site.

The reports read their settings through ``oend.reporting.settings``; the set-up services write them. Both take
the keys and defaults from here, so a setting changed in one is the setting read by the other.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from oend.model import Setting, Site

REPORTING_KEY = "reporting"
DEFAULT_THRESHOLD = 10
DEFAULT_FISCAL_START = 10  # the US federal year begins on 1 October
DEFAULT_SITES_KEY = "default_sites"  # user id -> site id
#: The settings row of the denominators rates are reported per (people at risk, releases), per period and area.
DENOMINATORS_KEY = "report_denominators"
#: The settings row of a program's imports; its ``date_order`` says how its people type dates in sheets.
IMPORT_KEY = "import"
MONTH_FIRST, DAY_FIRST = "month_first", "day_first"
DATE_ORDERS = (MONTH_FIRST, DAY_FIRST)


def stored(session: Session, key: str) -> dict[str, Any]:
    setting = session.get(Setting, key)
    return dict(setting.value) if setting is not None else {}


def default_site_id(session: Session, user_id: uuid.UUID | None) -> uuid.UUID | None:
    """The site a user's forms start on, while it is in use; None when they have none."""
    value = stored(session, DEFAULT_SITES_KEY).get(str(user_id))
    try:
        site = session.get(Site, uuid.UUID(str(value))) if value else None
    except ValueError:
        return None
    return site.id if site is not None and site.active and not site.deleted else None


def date_order(session: Session) -> str:
    """How the program's people type dates in their sheets: month first (as in the US) unless set to day first."""
    value = stored(session, IMPORT_KEY).get("date_order")
    return value if value in DATE_ORDERS else MONTH_FIRST
