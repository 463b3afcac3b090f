"""An outreach worker acts only at their own sites."""

from __future__ import annotations

import pytest

from oend.core.actor import Actor
from oend.errors import PermissionDenied
from oend.model.codes import Role
from oend.queries.participants import search_participants
from oend.services import dispensing, participants, sites
from tests.support.world import TODAY, World, assert_refused


@pytest.fixture
def van_worker(world: World) -> Actor:
    return Actor(
        user_id=None, username="sam", role=Role.OUTREACH_WORKER, device_id="d2", site_ids=frozenset({world.van.id})
    )


def test_outreach_worker_cannot_write_at_another_site(world: World, van_worker: Actor) -> None:
    world.actor = van_worker
    refused = assert_refused(
        world,
        dispensing.dispense,
        {"site"},
        site_id=world.prison.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        recipient_category="at_risk",
    )
    assert refused.for_field("site") == ["is not one of your sites"]
    assert_refused(world, participants.enrol_participant, {"home_site_id"}, category="at_risk")
    with pytest.raises(PermissionDenied):
        world.run(sites.add_site, code="X", name="X", kind="outreach")


def test_outreach_worker_sees_only_their_sites_participants(world: World, van_worker: Actor) -> None:
    inmate = world.run(participants.enrol_participant, category="leaving_custody", home_site_id=world.prison.id)
    with world.db.session() as s:
        assert {r.code for r in search_participants(s, world.actor, "")} == {world.alice.code, inmate.code}
        assert {r.code for r in search_participants(s, van_worker, "")} == {world.alice.code}
        assert search_participants(s, van_worker, inmate.code) == []
        assert [r.code for r in search_participants(s, van_worker, "mor")] == [world.alice.code]
