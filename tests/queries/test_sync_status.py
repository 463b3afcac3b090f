"""How long a laptop has gone without a sync, against the program's setting, and what each peer lacks."""

from __future__ import annotations

import datetime as dt

import pytest

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import ValidationError
from oend.queries.sync_status import DEFAULT_WARNING_DAYS, days_without_sync, held, sync_status, waiting_for
from oend.services.program_settings import change_settings
from oend.services.sync.exchange import remember_peer
from tests.support.world import build_world


def overdue(db: Database, days: int) -> int | None:
    now = dt.datetime.now(dt.UTC) + dt.timedelta(days=days, hours=1)
    with db.session() as session:
        return days_without_sync(session, db.device_id, now)


def test_a_laptop_is_warned_after_the_programs_days_without_a_sync(db: Database, actor: Actor) -> None:
    build_world(db, actor)
    assert overdue(db, DEFAULT_WARNING_DAYS) is None
    assert overdue(db, DEFAULT_WARNING_DAYS + 1) == DEFAULT_WARNING_DAYS + 1
    with db.transaction() as session:
        change_settings(session, actor, {"sync_warning_days": "10"})
    assert overdue(db, 10) is None and overdue(db, 11) == 11
    with db.transaction() as session:
        remember_peer(session, "coordinator-laptop", {db.device_id: 3})
    assert overdue(db, 10) is None and overdue(db, 11) == 11  # counted from the sync now
    with db.session() as session:
        (peer,) = sync_status(session, db.device_id).peers
        mine = held(session)[db.device_id]
    assert peer.device_id == "coordinator-laptop" and peer.last_synced is not None
    assert mine > 3 and peer.waiting == mine - 3 == waiting_for({db.device_id: mine, "other": 2}, {db.device_id: 3}) - 2


def test_the_warning_days_are_a_whole_number_of_days_within_a_year(db: Database, actor: Actor) -> None:
    for bad in ("0", "366", "soon"):
        with db.transaction() as session, pytest.raises(ValidationError) as refused:
            change_settings(session, actor, {"sync_warning_days": bad})
        assert refused.value.fields == {"sync_warning_days"}
