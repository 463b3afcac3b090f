"""How long a laptop has gone without a sync, against the program's setting, and what each peer lacks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import ValidationError
from oend.queries.sync_status import (
    DEFAULT_WARNING_DAYS,
    PeerStatus,
    days_without_sync,
    held,
    sync_status,
    waiting_for,
)
from oend.services import participants
from oend.services.program_settings import change_settings
from oend.services.sync.bundles import export_bundle
from oend.services.sync.exchange import remember_peer
from oend.services.sync.keys import keep_sync_key
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


def peers(db: Database) -> dict[str, PeerStatus]:
    with db.session() as session:
        return {peer.device_id: peer for peer in sync_status(session, db.device_id).peers}


def test_changes_in_a_sync_file_are_told_apart_until_the_peer_confirms(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    world = build_world(db, actor)
    actor = dataclasses.replace(actor, device_id=db.device_id)  # files are noted as this device's
    with db.transaction() as session:
        keep_sync_key(session, bytes(range(32)))
        remember_peer(session, "coordinator", {db.device_id: 3})
        remember_peer(session, "other-laptop", {db.device_id: 3})
    before = peers(db)["coordinator"]
    assert before.waiting > 0 and (before.in_file, before.file_written) == (0, None)
    with db.transaction() as session:
        export_bundle(session, actor, tmp_path / "to-other.oendsync", for_peer="other-laptop")
    assert peers(db)["coordinator"].in_file == 0  # a file for another device is not one for it
    with db.transaction() as session:
        export_bundle(session, actor, tmp_path / "all.oendsync")
    written = peers(db)["coordinator"]
    # Everything but the notes of the two files written, which go in the next file.
    assert written.in_file == written.waiting - 1 == before.waiting + 1 and written.file_written is not None
    with db.transaction() as session:
        participants.enrol_participant(session, actor, category="at_risk", home_site_id=world.van.id)
    later = peers(db)["coordinator"]
    assert later.waiting > written.waiting and later.in_file == written.in_file  # the new ones are in no file
    with db.transaction() as session:
        remember_peer(session, "coordinator", held(session))
    confirmed = peers(db)["coordinator"]
    assert (confirmed.waiting, confirmed.in_file) == (0, 0)
