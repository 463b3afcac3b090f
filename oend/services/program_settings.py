"""The program's settings a coordinator changes: its name, participant code scheme, fiscal year, small-cell
threshold, kits allowed without a reason, the days an outreach worker may correct their own entries, when
follow-ups fall due and whether referrals keep counts only, the days without a sync before Today warns, the
program's sync server, and each user's default site."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.core.participant_codes import (
    CUSTOM,
    EXAMPLE,
    PATTERN_HELP,
    SCHEME_SETTING,
    SCHEMES,
    pattern_problems,
)
from oend.model import Setting, Site, User
from oend.model.codes import AuditAction, Role
from oend.queries.linkage import LINKAGE_KEY, counts_only, follow_up_days
from oend.queries.participant_codes import current_scheme
from oend.queries.settings import (
    DATE_ORDERS,
    DEFAULT_FISCAL_START,
    DEFAULT_SITES_KEY,
    DEFAULT_THRESHOLD,
    IMPORT_KEY,
    REPORTING_KEY,
    date_order,
    default_site_id,
    stored,
)
from oend.queries.sync_status import SYNC_SETTINGS, sync_warning_days
from oend.services import audit, authority, catalog
from oend.services.accounts import PROGRAM_KEY
from oend.services.corrections import CORRECTIONS_SETTING, correction_days, signed_window
from oend.services.dispensing import POLICY_SETTING, kits_without_reason
from oend.services.lookup import find
from oend.services.sync import server_address

AREAS = frozenset({Area.SETTINGS})
#: Each setting's row in the settings table and its name inside that row's value.
STORED_AS = {
    "program_name": (PROGRAM_KEY, "name"),
    "code_scheme": (SCHEME_SETTING, None),  # the whole row: {"name": ...} or {"name": "custom", "pattern": ...}
    "fiscal_year_start_month": (REPORTING_KEY, "fiscal_year_start_month"),
    "small_cell_threshold": (REPORTING_KEY, "suppression_threshold"),
    "kits_without_reason": (POLICY_SETTING, "kits_without_reason"),
    "correction_days": (CORRECTIONS_SETTING, "outreach_days"),
    "date_order": (IMPORT_KEY, "date_order"),  # how dates typed in the program's sheets read: month or day first
    "follow_up_days": (LINKAGE_KEY, "follow_up_days"),  # days after a referral or release, e.g. 7,30,90
    "referral_counts_only": (LINKAGE_KEY, "counts_only"),  # referrals keep no person, provider or notes
    "sync_warning_days": (SYNC_SETTINGS, "warning_days"),  # Today warns a laptop not synced for longer
    server_address.SETTING: (SYNC_SETTINGS, server_address.NAME),  # the program's PostgreSQL, no password
}
MAX_FOLLOW_UPS = 6
YES, NO = ("yes", "true", "1", "on"), ("no", "false", "0", "off")
LIMITS = {
    "fiscal_year_start_month": (1, 12),
    "small_cell_threshold": (1, 100),
    "kits_without_reason": (1, 100),
    "correction_days": (0, 365),
    "sync_warning_days": (1, 365),
}


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: str
    about: str  # what the value means: a scheme's description and example


@dataclass(frozen=True)
class SchemeChoice:
    name: str
    description: str
    example: str


def scheme_choices() -> list[SchemeChoice]:
    """The shipped code schemes, each with a code made from the same example person."""
    return [SchemeChoice(s.name, s.description, s.make(EXAMPLE)) for s in SCHEMES.values()]


def _current(session: Session) -> dict[str, Any]:
    reporting = stored(session, REPORTING_KEY)
    scheme = stored(session, SCHEME_SETTING)
    custom = scheme.get("name") == CUSTOM and current_scheme(session).name == CUSTOM
    return {
        "program_name": stored(session, PROGRAM_KEY).get("name") or "",
        "code_scheme": scheme["pattern"] if custom else current_scheme(session).name,
        "fiscal_year_start_month": int(reporting.get("fiscal_year_start_month") or DEFAULT_FISCAL_START),
        "small_cell_threshold": int(reporting.get("suppression_threshold") or DEFAULT_THRESHOLD),
        "kits_without_reason": kits_without_reason(session),
        "correction_days": correction_days(session),
        "date_order": date_order(session),
        "follow_up_days": ",".join(str(d) for d in follow_up_days(session)),
        "referral_counts_only": "yes" if counts_only(session) else "no",
        "sync_warning_days": sync_warning_days(session),
        server_address.SETTING: server_address.stored_address(session) or "",
    }


def show_settings(session: Session, actor: Actor) -> list[SettingRow]:
    catalog.require_setup_role(session, actor)
    scheme = current_scheme(session)
    return [
        SettingRow(key, str(value), scheme.description if key == "code_scheme" else "")
        for key, value in _current(session).items()
    ]


def _whole_number(checks: Checks, key: str, value: object) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    low, high = LIMITS[key]
    return checks.integer(key, value, required=True, low=low, high=high)  # type: ignore[arg-type]


def _scheme(checks: Checks, value: object) -> dict[str, str] | None:
    text = checks.text("code_scheme", value if isinstance(value, str) else None, required=True, max_len=40)
    if text in SCHEMES:
        return {"name": text}
    if text is not None and not pattern_problems(text.upper()):
        return {"name": CUSTOM, "pattern": text.upper()}
    if text is not None:
        checks.fail(
            "code_scheme",
            "'{value}' is neither a scheme ({allowed}) nor a pattern of {letters}",
            value=text,
            allowed=tuple(SCHEMES),
            letters=PATTERN_HELP,
        )
    return None


def _days(checks: Checks, value: object) -> list[int] | None:
    """Follow-up days as "7,30,90" or a list: whole days from 1 to 730, at most ``MAX_FOLLOW_UPS``, sorted."""
    parts = value.replace(";", ",").split(",") if isinstance(value, str) else value
    if not isinstance(parts, list | tuple):
        checks.fail("follow_up_days", "must be days separated by commas, such as 7,30,90")
        return None
    try:
        days = sorted({int(str(part).strip()) for part in parts if str(part).strip()})
    except ValueError:
        checks.fail("follow_up_days", "must be days separated by commas, such as 7,30,90")
        return None
    if len(days) > MAX_FOLLOW_UPS:
        checks.fail("follow_up_days", "at most {count} follow-ups", count=MAX_FOLLOW_UPS)
    elif any(not 1 <= day <= 730 for day in days):
        checks.fail("follow_up_days", "each must be from 1 to 730 days")
    return days


def _yes_no(checks: Checks, key: str, value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in YES + NO:
        return value.strip().lower() in YES
    checks.fail(key, "must be yes or no")
    return None


def _clean(checks: Checks, values: Mapping[str, object]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in STORED_AS:
            checks.fail(key, "is not a setting")
        elif key == "program_name":
            out[key] = checks.text(key, value if isinstance(value, str) else None, required=True, max_len=120)
        elif key == "code_scheme":
            out[key] = _scheme(checks, value)
        elif key == "date_order":
            if value not in DATE_ORDERS:
                checks.fail(key, "'{value}' is not one of: {allowed}", value=value, allowed=DATE_ORDERS)
            out[key] = value
        elif key == "follow_up_days":
            out[key] = _days(checks, value)
        elif key == "referral_counts_only":
            out[key] = _yes_no(checks, key, value)
        elif key == server_address.SETTING:
            out[key] = server_address.check_address(checks, key, value)
        else:
            out[key] = _whole_number(checks, key, value)
    return out


def change_settings(session: Session, actor: Actor, values: Mapping[str, object]) -> Changed[dict[str, Any]]:
    """Change some settings together; the audit event keeps those that changed, before and after.

    A new code scheme applies to codes made from now on: people enrolled before keep theirs.
    """
    catalog.require_setup_role(session, actor)
    checks = Checks()
    if not isinstance(values, Mapping) or not values:
        checks.fail("settings", "is required")
        values = {}
    clean = _clean(checks, values)
    checks.done()
    before = _current(session)
    if "correction_days" in clean and clean["correction_days"] != before["correction_days"]:
        _require_window_signer(session, actor)
    for key, value in clean.items():
        row_key, name = STORED_AS[key]
        row = session.get(Setting, row_key) or Setting(key=row_key, value={})
        if key == "correction_days":
            row.value = signed_window(actor, value) if actor.authority is not None else {"outreach_days": value}
        else:
            row.value = value if name is None else {**row.value, name: value}
        session.add(row)
    session.flush()
    after = _current(session)
    changed = [k for k in after if after[k] != before[k]]
    if changed:
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "setting",
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
        )
    return Changed(after, AREAS)


def _require_window_signer(session: Session, actor: Actor) -> None:
    """The correction window widens what outreach workers may correct: like a role, only an administrator
    holding the authority key sets it (before the program has a key, whoever may change settings)."""
    if authority.stored_public_key(session) is None:
        return
    if actor.role is not Role.ADMINISTRATOR or actor.authority is None:
        checks = Checks()
        checks.fail("correction_days", "only an administrator may change who can correct entries")
        checks.done()


@dataclass(frozen=True)
class DefaultSiteRow:
    username: str
    site_code: str


def default_sites(session: Session, actor: Actor) -> list[DefaultSiteRow]:
    """The users who have a default site in use, by username."""
    catalog.require_setup_role(session, actor)
    rows = []
    for user in session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username)):
        site_id = default_site_id(session, user.id)
        site = session.get(Site, site_id) if site_id else None
        if site is not None:
            rows.append(DefaultSiteRow(user.username, site.code))
    return rows


def _may_work_at(user: User, site: Site) -> bool:
    return user.role not in (Role.OUTREACH_WORKER, Role.SITE_LEAD) or site.id in user.site_ids


def set_default_site(
    session: Session, actor: Actor, user_id: uuid.UUID | None, site_id: uuid.UUID | None
) -> Changed[User]:
    """The site a user's forms start on (None: no default); one in use that they work at."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    user = find(session, User, user_id, "user", checks, required=True)
    site = find(session, Site, site_id, "site", checks)
    if site is not None and not site.active:
        checks.fail("site", "{name} is retired", name=site.code)
    elif site is not None and user is not None and not _may_work_at(user, site):
        checks.fail("site", "{username} does not work at that site", username=user.username)
    checks.done()
    assert user is not None
    old_id = default_site_id(session, user.id)
    old = session.get(Site, old_id) if old_id else None
    row = session.get(Setting, DEFAULT_SITES_KEY) or Setting(key=DEFAULT_SITES_KEY, value={})
    value = {k: v for k, v in row.value.items() if k != str(user.id)}
    row.value = value | ({str(user.id): str(site.id)} if site is not None else {})
    session.add(row)
    session.flush()
    before, after = (old.code if old else None), (site.code if site else None)
    if before != after:
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "user",
            user.id,
            before={"default_site": before},
            after={"default_site": after},
        )
    return Changed(user, AREAS | {Area.USERS})
