"""An edit carries the version it was opened at: a record saved by someone else meanwhile is refused."""

from __future__ import annotations

import pytest

from oend.core.actor import Actor
from oend.errors import StaleRecord
from oend.model import Participant
from oend.model.codes import Role
from oend.services import participants, users
from tests.support.world import World, row_counts


def colleague(world: World) -> Actor:
    """A second real user, who edits the same record from another laptop."""
    with world.db.transaction() as s:
        sam = users.add_user(
            s,
            world.actor,
            None,
            username="sam",
            display_name="Sam Outreach",
            role="coordinator",
            password="a long enough password",
        ).record
    return Actor(user_id=sam.id, username="sam", role=Role.COORDINATOR, device_id="laptop-2")


def current(world: World) -> Participant:
    with world.db.session() as s:
        found = s.get(Participant, world.alice.id)
        assert found is not None
        return found


def test_every_update_raises_the_version(world: World) -> None:
    opened = current(world).version
    world.run(participants.update_participant, world.alice.id, expected_version=opened, zip_code="02118")
    assert current(world).version == opened + 1


def test_a_save_to_a_record_changed_since_it_was_opened_is_refused_naming_who_and_when(world: World) -> None:
    opened = current(world).version
    sam = colleague(world)
    with world.db.transaction() as s:
        participants.update_participant(s, sam, world.alice.id, expected_version=opened, zip_code="02118")
    changed_at = current(world).updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    before = row_counts(world.db)
    with pytest.raises(StaleRecord) as refused:
        world.run(participants.update_participant, world.alice.id, expected_version=opened, zip_code="99999")
    assert str(refused.value).startswith(f"Sam Outreach changed this record at {changed_at}, after you opened it")
    assert row_counts(world.db) == before
    assert current(world).zip_code == "02118"


def test_an_edit_opened_after_the_change_saves(world: World) -> None:
    world.run(participants.update_participant, world.alice.id, zip_code="02118")
    reopened = current(world).version
    world.run(participants.update_participant, world.alice.id, expected_version=reopened, zip_code="02119")
    assert current(world).zip_code == "02119"
