"""The list of stock movements the Kits page corrects from: a transfer once, seen at both of its sites; voids gone;
read a page at a time, newest first; and a movement read whole for its form."""

from __future__ import annotations

import datetime as dt

from oend.model.codes import MovementKind, Role
from oend.queries.movements import movement_detail, stock_movements
from oend.services.stock import receive_stock, transfer_stock
from oend.services.stock_corrections import edit_transfer, void_movement
from tests.support.staff import staff
from tests.support.world import LAST_MONTH, TODAY, World


def test_a_transfer_is_listed_once_at_both_of_its_sites_and_voids_leave_the_list(world: World) -> None:
    world.run(
        transfer_stock,
        from_site_id=world.van.id,
        to_site_id=world.prison.id,
        lot_id=world.lot.id,
        quantity=5,
        moved_on=TODAY,
    )
    extra = world.run(
        receive_stock,
        site_id=world.van.id,
        product_id=world.nasal.id,
        lot_number="A100",
        expiry_date=world.lot.expiry_date,
        quantity=3,
        received_on=TODAY - dt.timedelta(days=1),
        reference="INV-9",
    )
    pat = staff(world, "pat", Role.SITE_LEAD, world.prison)
    with world.db.session() as s:
        every = stock_movements(s, world.actor)
        assert [(r.kind, r.site_code, r.to_site_code, r.quantity) for r in every] == [
            ("transfer_out", "VAN1", "HOC", 5),
            ("receive", "VAN1", None, 3),
            ("receive", "VAN1", None, 40),
        ]
        assert every[1].reference == "INV-9" and every[2].moved_on == LAST_MONTH
        assert [r.id for r in stock_movements(s, world.actor, offset=1, limit=1)] == [extra.id]
        assert [r.kind for r in stock_movements(s, world.actor, site_id=world.prison.id)] == ["transfer_out"]
        assert [r.kind for r in stock_movements(s, pat)] == ["transfer_out"], "the kits came to pat's site"
    world.run(void_movement, extra.id, reason="counted twice")
    with world.db.session() as s:
        assert extra.id not in {r.id for r in stock_movements(s, world.actor)}
        assert movement_detail(s, extra.id) is None


def test_a_transfer_is_read_whole_from_either_leg_at_the_version_its_corrections_check(world: World) -> None:
    incoming = world.run(
        transfer_stock,
        from_site_id=world.van.id,
        to_site_id=world.prison.id,
        lot_id=world.lot.id,
        quantity=5,
        moved_on=TODAY,
    )
    world.run(edit_transfer, incoming.id, quantity=6)
    with world.db.session() as s:
        [listed] = [r for r in stock_movements(s, world.actor) if r.kind == "transfer_out"]
        detail = movement_detail(s, incoming.id)
        assert detail is not None and detail == movement_detail(s, listed.id)
    assert (detail.kind, detail.site_id, detail.to_site_id) == (
        MovementKind.TRANSFER_OUT,
        world.van.id,
        world.prison.id,
    )
    assert (detail.quantity, detail.lot_number, detail.version) == (6, "A100", listed.version)
    world.run(edit_transfer, incoming.id, expected_version=detail.version, quantity=7)
