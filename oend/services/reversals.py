"""Overdose reversals reported back to the program. Only the date is required."""

from __future__ import annotations

import datetime as dt
import uuid
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
    for name in sorted(set(answers) - set(FLAGS) - set(CODES)):
        checks.fail(name, "is not a reversal field")
    on = checks.date("overdose_date", overdose_date, required=True)
    if overdose_time is not None and not isinstance(overdose_time, dt.time):
        checks.fail("overdose_time", "must be a time of day")
    elif overdose_time is not None and on is not None and dt.datetime.combine(on, overdose_time) > dt.datetime.now():
        checks.fail("overdose_time", "cannot be in the future")
    site = find_site(session, actor, site_id, checks)
    reporter = find(session, Participant, reporter_id, "reporter", checks)
    product = find(session, Product, product_id, "product", checks)
    values: dict[str, Any] = {name: checks.flag(name, answers.get(name)) for name in FLAGS}
    values |= {name: checks.code(name, answers.get(name), enum_cls) for name, enum_cls in CODES.items()}
    values["outcome"] = checks.code("outcome", outcome, Outcome) or Outcome.UNKNOWN
    values["doses"] = checks.integer("doses", doses, low=1, high=20)
    values["substances"] = checks.codes("substances", substances, Substance)
    values["zip_code"] = checks.text("zip_code", zip_code, max_len=10)
    values["county"] = checks.text("county", county, max_len=80)
    values["notes"] = checks.text("notes", notes, max_len=2000)
    checks.done()
    assert site is not None and on is not None
    if product is not None and values["route"] is None:
        values["route"] = product.route
    reversal = Reversal(
        overdose_date=on,
        overdose_time=overdose_time,
        site_id=site.id,
        reporter_id=reporter.id if reporter else None,
        product_id=product.id if product else None,
        **values,
    )
    audit.stamp(reversal, actor, new=True)
    session.add(reversal)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "reversal", reversal.id, after=audit.snapshot(reversal))
    return Changed(reversal, frozenset({Area.REVERSALS}))
