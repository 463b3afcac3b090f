"""Receiving, moving and writing off stock; dispensing kits and refills."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from oend.model import Dispensing, Lot, StockMovement
from oend.model.codes import MovementKind, SupplySource
from oend.queries.stock import stock_levels
from oend.services import dispensing, maintenance, stock
from tests.support.world import LAST_MONTH, TODAY, World, assert_refused


def on_hand(world: World, site_id: uuid.UUID) -> dict[str, int]:
    with world.db.session() as s:
        return {lv.lot_number: lv.on_hand for lv in stock_levels(s, world.actor, site_id=site_id)}


def test_dispense_takes_stock_down_in_the_same_transaction(world: World) -> None:
    given = world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        quantity=2,
        product_id=world.nasal.id,
        participant_id=world.alice.id,
    )
    assert given.lot_id == world.lot.id and given.supply_source is SupplySource.OUTREACH
    assert on_hand(world, world.van.id) == {"A100": 38}
    with world.db.session() as s:
        assert s.scalars(select(StockMovement.kind)).all() == [MovementKind.RECEIVE], "no second record of it"
        assert maintenance.check(s) == []


def test_soonest_expiring_usable_lot_goes_first(world: World) -> None:
    soon = TODAY + dt.timedelta(days=60)
    world.run(
        stock.receive_stock,
        site_id=world.van.id,
        product_id=world.nasal.id,
        lot_number="B200",
        expiry_date=soon,
        quantity=5,
        received_on=TODAY,
    )
    world.run(
        stock.receive_stock,
        site_id=world.van.id,
        product_id=world.nasal.id,
        lot_number="OLD1",
        expiry_date=LAST_MONTH - dt.timedelta(days=1),
        quantity=5,
        received_on=LAST_MONTH - dt.timedelta(days=400),
    )
    given = world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        recipient_category="community_member",
    )
    with world.db.session() as s:
        assert s.get(Lot, given.lot_id).lot_number == "B200"


def test_refill_needs_a_reason_and_other_needs_a_note(world: World) -> None:
    common = dict(site_id=world.van.id, dispensed_on=TODAY, product_id=world.nasal.id, participant_id=world.alice.id)
    assert_refused(world, dispensing.dispense, {"refill_reason"}, supply_type="refill", **common)
    assert_refused(world, dispensing.dispense, {"reason_note"}, supply_type="refill", refill_reason="other", **common)
    refill = world.run(dispensing.dispense, supply_type="refill", refill_reason="used_on_someone", **common)
    assert refill.refill_reason.value == "used_on_someone"


def test_bad_dispensing_is_refused_naming_each_field_and_writes_nothing(world: World) -> None:
    refused = assert_refused(
        world,
        dispensing.dispense,
        {"dispensed_on", "supply_type", "participant", "quantity"},
        site_id=world.van.id,
        dispensed_on=TODAY + dt.timedelta(days=3),
        supply_type="borrowed",
        quantity=0,
        product_id=world.nasal.id,
        participant_id=uuid.uuid4(),
    )
    assert refused.for_field("participant") == ["does not exist"]


def test_quantity_above_stock_and_policy_limit(world: World) -> None:
    common = dict(site_id=world.van.id, dispensed_on=TODAY, supply_type="new", lot_id=world.lot.id)
    refused = assert_refused(
        world, dispensing.dispense, {"quantity"}, quantity=41, recipient_category="at_risk", **common
    )
    assert "only 40 kit(s)" in refused.for_field("quantity")[0]
    assert_refused(world, dispensing.dispense, {"reason_note"}, quantity=3, participant_id=world.alice.id, **common)
    world.run(dispensing.dispense, quantity=3, participant_id=world.alice.id, reason_note="for the shelter", **common)


def test_expired_lot_and_wrong_site_are_refused(world: World) -> None:
    world.run(
        stock.receive_stock,
        site_id=world.van.id,
        product_id=world.im_kit.id,
        lot_number="X1",
        expiry_date=TODAY - dt.timedelta(days=1),
        quantity=3,
        received_on=LAST_MONTH,
    )
    with world.db.session() as s:
        expired = s.scalars(select(Lot).where(Lot.lot_number == "X1")).one()
    refused = assert_refused(
        world,
        dispensing.dispense,
        {"lot"},
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        lot_id=expired.id,
        recipient_category="at_risk",
    )
    assert "expired" in refused.for_field("lot")[0]
    assert_refused(
        world,
        dispensing.dispense,
        {"quantity"},
        site_id=world.prison.id,
        dispensed_on=TODAY,
        supply_type="new",
        lot_id=world.lot.id,
        recipient_category="leaving_custody",
    )


def test_transfer_and_write_off(world: World) -> None:
    world.run(
        stock.transfer_stock,
        from_site_id=world.van.id,
        to_site_id=world.prison.id,
        lot_id=world.lot.id,
        quantity=15,
        moved_on=TODAY,
    )
    world.run(
        stock.write_off_stock,
        site_id=world.prison.id,
        lot_id=world.lot.id,
        quantity=2,
        reason="damaged",
        written_off_on=TODAY,
    )
    assert on_hand(world, world.van.id) == {"A100": 25}
    assert on_hand(world, world.prison.id) == {"A100": 13}
    assert_refused(
        world,
        stock.transfer_stock,
        {"quantity", "to_site"},
        from_site_id=world.prison.id,
        to_site_id=world.prison.id,
        lot_id=world.lot.id,
        quantity=14,
        moved_on=TODAY,
    )
    assert_refused(
        world,
        stock.write_off_stock,
        {"notes"},
        site_id=world.van.id,
        lot_id=world.lot.id,
        quantity=1,
        reason="other",
        written_off_on=TODAY,
    )


def test_receiving_a_known_lot_with_another_expiry_is_refused(world: World) -> None:
    assert_refused(
        world,
        stock.receive_stock,
        {"expiry_date", "quantity", "received_on"},
        site_id=world.van.id,
        product_id=world.nasal.id,
        lot_number="A100",
        expiry_date=TODAY,
        quantity=-5,
        received_on=None,
    )


def test_anonymous_kit_is_counted_by_category(world: World) -> None:
    assert_refused(
        world,
        dispensing.dispense,
        {"recipient_category"},
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
    )
    world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=world.nasal.id,
        quantity=10,
        recipient_category="community_member",
        reason_note="overdose awareness day event",
    )
    with world.db.session() as s:
        anonymous = s.scalars(select(Dispensing)).one()
        assert anonymous.participant_id is None and anonymous.quantity == 10
