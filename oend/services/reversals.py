"""Overdose reversals reported back to the program. Only the date is required."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import Participant, Product, Reversal
from oend.model.codes import (
    AgeBand,
    AuditAction,
    Ethnicity,
    Gender,
    Outcome,
    Race,
    ResponderRelation,
    ReversalSetting,
    Route,
    Substance,
)
from oend.services import audit
from oend.services.lookup import find, find_site

FLAGS = (
    "fentanyl_suspected",
    "conscious_before_naloxone",
    "rescue_breathing",
    "stayed_with_person",
    "called_911",
    "ems_arrived",
    "transported",
    "linked_to_care",
    "replacement_offered",
)
CODES = {
    "setting": ReversalSetting,
    "responder_relation": ResponderRelation,
    "victim_age_band": AgeBand,
    "victim_gender": Gender,
    "victim_race": Race,
    "victim_ethnicity": Ethnicity,
    "route": Route,
}


AREAS = frozenset({Area.REVERSALS})
FIELDS = (
    "overdose_date",
    "overdose_time",
    "site_id",
    "reporter_id",
    "product_id",
    "doses",
    "outcome",
    "substances",
    "zip_code",
    "county",
    "notes",
    *FLAGS,
    *CODES,
)


def checked_values(session: Session, actor: Actor, checks: Checks, given: Mapping[str, Any]) -> dict[str, Any]:
    """A report's columns from ``given`` (any of ``FIELDS``; those left out are empty), each bad one named."""
    for name in sorted(set(given) - set(FIELDS)):
        checks.fail(name, "is not a reversal field")
    on = checks.date("overdose_date", given.get("overdose_date"), required=True)
    overdose_time = given.get("overdose_time")
    if overdose_time is not None and not isinstance(overdose_time, dt.time):
        checks.fail("overdose_time", "must be a time of day")
    elif overdose_time is not None and on is not None and dt.datetime.combine(on, overdose_time) > dt.datetime.now():
        checks.fail("overdose_time", "cannot be in the future")
    site = find_site(session, actor, given.get("site_id"), checks)
    reporter = find(session, Participant, given.get("reporter_id"), "reporter", checks)
    product = find(session, Product, given.get("product_id"), "product", checks)
    values: dict[str, Any] = {name: checks.flag(name, given.get(name)) for name in FLAGS}
    values |= {name: checks.code(name, given.get(name), enum_cls) for name, enum_cls in CODES.items()}
    values["outcome"] = checks.code("outcome", given.get("outcome"), Outcome) or Outcome.UNKNOWN
    values["doses"] = checks.integer("doses", given.get("doses"), low=1, high=20)
    values["substances"] = checks.codes("substances", given.get("substances"), Substance)
    values["zip_code"] = checks.text("zip_code", given.get("zip_code"), max_len=10)
    values["county"] = checks.text("county", given.get("county"), max_len=80)
    values["notes"] = checks.text("notes", given.get("notes"), max_len=2000)
    if product is not None and values["route"] is None:
        values["route"] = product.route
    return values | {
        "overdose_date": on,
        "overdose_time": overdose_time if checks.ok("overdose_time") else None,
        "site_id": site.id if site else None,
        "reporter_id": reporter.id if reporter else None,
        "product_id": product.id if product else None,
    }


def record_reversal(
    session: Session,
    actor: Actor,
    *,
    overdose_date: dt.date,
    site_id: uuid.UUID,
    reporter_id: uuid.UUID | None = None,
    overdose_time: dt.time | None = None,
    product_id: uuid.UUID | None = None,
    doses: int | None = None,
    outcome: str | Outcome | None = None,
    substances: list[str] | None = None,
    zip_code: str | None = None,
    county: str | None = None,
    notes: str | None = None,
    **answers: Any,
) -> Changed[Reversal]:
    """Record a reversal. ``answers`` holds the optional coded fields and yes/no flags by name.

    Reports are under-reported already (fear, parole); nothing beyond the date is demanded.
    """
    checks = Checks()
    given = answers | {
        "overdose_date": overdose_date,
        "site_id": site_id,
        "reporter_id": reporter_id,
        "overdose_time": overdose_time,
        "product_id": product_id,
        "doses": doses,
        "outcome": outcome,
        "substances": substances,
        "zip_code": zip_code,
        "county": county,
        "notes": notes,
    }
    values = checked_values(session, actor, checks, given)
    checks.done()
    reversal = Reversal(**values)
    audit.stamp(reversal, actor, new=True)
    session.add(reversal)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "reversal", reversal.id, after=audit.snapshot(reversal))
    return Changed(reversal, AREAS)
