"""A coordinator sets the program up: sites, partners, products, curriculum topics and settings.

Each change leaves one audit event with the values before and after; a refusal writes nothing; retiring a
choice hides it from new entries and leaves the records that name it as they were.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from oend.core.actor import Actor
from oend.core.participant_codes import CodeInputs
from oend.db import Database
from oend.errors import PermissionDenied
from oend.model import AuditEvent, Dispensing, Site, TrainingSession
from oend.model.codes import AuditAction, Gender, Role
from oend.queries import choices
from oend.queries.activity import dispensings
from oend.queries.participant_codes import generate_code
from oend.queries.settings import default_site_id
from oend.reporting import settings as reporting_settings
from oend.services import (
    dispensing,
    partners,
    products,
    program_settings,
    sites,
    topics,
    trainings,
    users,
)
from tests.support.world import TODAY, World, assert_refused, build_world


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


def events(world: World, entity: str, entity_id: uuid.UUID | None = None) -> list[AuditEvent]:
    with world.db.session() as s:
        stmt = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.at, AuditEvent.id)
        if entity_id is not None:
            stmt = stmt.where(AuditEvent.entity_id == entity_id)
        return list(s.scalars(stmt))


def read(world: World, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with world.db.session() as s:
        return action(s, world.actor, *args, **kwargs)


def test_a_site_is_added_with_its_partner_edited_and_listed(world: World) -> None:
    harbor = world.run(partners.add_partner, name="Harbor Health", category="syringe_service_program", region="North")
    site = world.run(
        sites.add_site, code="ssp1", name="Harbor SSP", kind="fixed_site", county="Essex", partner_id=harbor.id
    )
    assert (site.code, site.partner, site.partner_id) == ("SSP1", "Harbor Health", harbor.id)
    world.run(sites.edit_site, site.id, name="Harbor needle exchange", region="North", partner_id=None)
    [update] = [e for e in events(world, "site", site.id) if e.action is AuditAction.UPDATE]
    assert update.before == {
        "name": "Harbor SSP",
        "region": None,
        "partner": "Harbor Health",
        "partner_id": str(harbor.id),
    }
    assert update.after == {"name": "Harbor needle exchange", "region": "North", "partner": None, "partner_id": None}
    world.run(sites.edit_site, site.id, name="Harbor needle exchange")  # nothing changes: no event
    assert len(events(world, "site", site.id)) == 2
    rows = read(world, sites.list_sites)
    assert [r.code for r in rows] == ["HOC", "SSP1", "VAN1"]
    assert rows[1].name == "Harbor needle exchange" and rows[1].partner is None


def test_a_bad_site_edit_names_every_field_and_changes_nothing(world: World) -> None:
    refused = assert_refused(
        world,
        sites.edit_site,
        {"name", "kind", "partner_id", "code"},
        world.van.id,
        name=" ",
        kind="bus",
        partner_id=uuid.uuid4(),
        code="NEW",
    )
    assert refused.for_field("code") == ["cannot be changed"]
    assert_refused(world, sites.add_site, {"code"}, code="van1", name="Another van", kind="outreach")


def test_a_site_holding_kits_is_not_retired_and_a_retired_one_keeps_its_records(world: World) -> None:
    refused = assert_refused(world, sites.retire_site, {"site"}, world.van.id)
    assert refused.for_field("site") == ["40 kit(s) are still in stock here: transfer or write them off first"]
    training = world.run(
        trainings.record_training, session_date=TODAY, site_id=world.prison.id, format="group", topics=["law"]
    )
    world.run(sites.retire_site, world.prison.id)
    with world.db.session() as s:
        assert [c.code for c in choices.site_choices(s, world.actor)] == ["VAN1"]
        assert [c.code for c in choices.all_site_choices(s)] == ["VAN1"]
        assert s.get(TrainingSession, training.id).site_id == world.prison.id  # type: ignore[union-attr]
    assert [r.active for r in read(world, sites.list_sites)] == [False, True]
    assert_refused(world, sites.retire_site, {"site"}, world.prison.id)  # retired already
    world.run(sites.reinstate_site, world.prison.id)
    [retire, reinstate] = [e for e in events(world, "site", world.prison.id) if e.action is AuditAction.UPDATE]
    assert (retire.before, retire.after, reinstate.after) == ({"active": True}, {"active": False}, {"active": True})


def test_partners_are_renamed_retired_and_kept_by_their_sites(world: World) -> None:
    harbor = world.run(partners.add_partner, name="Harbor Health", category="syringe_service_program")
    assert_refused(world, partners.add_partner, {"name", "category"}, name="harbor health", category="church")
    world.run(sites.edit_site, world.van.id, partner_id=harbor.id)
    world.run(partners.edit_partner, harbor.id, name="Harbor Health Services", region="North")
    with world.db.session() as s:
        assert s.get(Site, world.van.id).partner == "Harbor Health Services"  # type: ignore[union-attr]
    world.run(partners.retire_partner, harbor.id)
    with world.db.session() as s:
        assert choices.partner_choices(s) == []
    refused = assert_refused(
        world, sites.add_site, {"partner_id"}, code="NEW", name="New", kind="pharmacy", partner_id=harbor.id
    )
    assert refused.for_field("partner_id") == ["Harbor Health Services is retired"]
    world.run(sites.edit_site, world.van.id, partner_id=harbor.id, county="Norfolk")  # it keeps its partner
    [row] = read(world, partners.list_partners)
    assert (row.name, row.sites, row.active) == ("Harbor Health Services", 1, False)


def test_common_products_are_ticked_once_with_their_doses_and_strength(world: World) -> None:
    added = world.run(products.add_common_products, ["nasal_8mg", "prefilled_syringe"])
    assert [(p.code, p.strength, p.doses_per_kit, p.route.value) for p in added] == [
        ("NASAL8", "8 mg", 2, "nasal"),
        ("PREFILLED", "2 mg/2 mL", 1, "intramuscular"),
    ]
    assert len([e for e in events(world, "product") if e.action is AuditAction.CREATE]) == 4  # 2 in the world
    ticked = {c.product.code for c in read(world, products.common_products) if c.offered}
    assert ticked == {"NASAL8", "PREFILLED"}
    refused = assert_refused(world, products.add_common_products, {"formulations"}, ["nasal_8mg", "nasal_4mg"])
    assert refused.for_field("formulations") == ["NASAL8 is already in use"]
    assert_refused(world, products.add_common_products, {"formulations"}, ["aspirin"])


def test_a_product_keeps_its_doses_once_stocked_and_retires_when_empty(world: World) -> None:
    refused = assert_refused(world, products.edit_product, {"doses_per_kit"}, world.nasal.id, doses_per_kit=4)
    assert refused.for_field("doses_per_kit") == ["cannot change once stock of this product has been received"]
    world.run(products.edit_product, world.nasal.id, strength="4 mg", name="Narcan 4 mg")
    world.run(products.edit_product, world.im_kit.id, doses_per_kit=3)  # no stock yet: still open
    assert_refused(world, products.retire_product, {"product"}, world.nasal.id)
    world.run(products.retire_product, world.im_kit.id)
    with world.db.session() as s:
        assert [c.code for c in choices.product_choices(s)] == ["NAS4"]
    assert [(r.code, r.active) for r in read(world, products.list_products)] == [("IMK", False), ("NAS4", True)]


def test_topics_are_added_renamed_reordered_and_retired_without_touching_old_sessions(world: World) -> None:
    assert [t.code for t in read(world, topics.list_topics)][:3] == ["opioids_overdose", "risk_factors", "recognising"]
    strips = world.run(topics.add_topic, label="Fentanyl test strips")
    assert (strips.code, strips.position) == ("fentanyl_test_strips", 10)
    old = world.run(
        trainings.record_training, session_date=TODAY, site_id=world.van.id, format="group", topics=["storage", "law"]
    )
    storage = read(world, lambda s, a: topics.topic_id_for_code(s, "storage"))
    world.run(topics.rename_topic, storage, "Keeping the kit handy")
    world.run(topics.retire_topic, storage)
    world.run(topics.reorder_topics, ["law", "fentanyl_test_strips"])
    with world.db.session() as s:
        offered = [c.code for c in choices.topic_choices(s)]
        assert offered[:3] == ["law", "fentanyl_test_strips", "opioids_overdose"] and "storage" not in offered
        assert s.get(TrainingSession, old.id).topics == ["storage", "law"]  # type: ignore[union-attr]
    refused = assert_refused(
        world,
        trainings.record_training,
        {"topics"},
        session_date=TODAY,
        site_id=world.van.id,
        format="group",
        topics=["storage", "fentanyl_test_strips"],
    )
    assert refused.for_field("topics") == ["storage is retired"]
    [order] = [e for e in events(world, "curriculum_topic") if e.entity_id is None]
    assert order.after is not None and order.after["order"][:2] == ["law", "fentanyl_test_strips"]
    assert_refused(world, topics.reorder_topics, {"topics"}, ["law", "law", "juggling"])
    assert_refused(world, topics.add_topic, {"code", "label"}, label="", code="law")


def test_settings_change_together_and_the_reports_and_forms_read_them(world: World) -> None:
    world.run(
        program_settings.change_settings,
        {"fiscal_year_start_month": "7", "small_cell_threshold": 5, "kits_without_reason": 3, "code_scheme": "gllffyy"},
    )
    with world.db.session() as s:
        printed = reporting_settings.load(s)
        assert (printed.fiscal_year_start_month, printed.suppression_threshold) == (7, 5)
        assert dispensing.kits_without_reason(s) == 3
        code = generate_code(s, CodeInputs(first_name="Ana", last_name="Ruiz", birth_year=1990, gender=Gender.WOMAN))
        assert code == "FRUAN90"
    shown = {r.key: r for r in read(world, program_settings.show_settings)}
    assert shown["code_scheme"].value == "GLLFFYY" and "e.g. FLOMA85" in shown["code_scheme"].about
    [event] = events(world, "setting")
    assert event.before == {
        "code_scheme": "client_code",
        "fiscal_year_start_month": 10,
        "small_cell_threshold": 10,
        "kits_without_reason": 2,
    }
    refused = assert_refused(
        world,
        program_settings.change_settings,
        {"fiscal_year_start_month", "code_scheme", "colour"},
        {"fiscal_year_start_month": 13, "code_scheme": "FLX", "colour": "blue"},
    )
    assert refused.for_field("colour") == ["is not a setting"]


def test_a_default_site_is_one_the_user_works_at_and_in_use(world: World) -> None:
    with world.db.transaction() as s:
        sam = users.add_user(
            s,
            world.actor,
            None,
            username="sam",
            display_name="Sam",
            role="outreach_worker",
            password="a long enough password",
            site_codes=["VAN1"],
        ).record
    refused = assert_refused(world, program_settings.set_default_site, {"site"}, sam.id, world.prison.id)
    assert refused.for_field("site") == ["sam does not work at that site"]
    world.run(program_settings.set_default_site, sam.id, world.van.id)
    with world.db.session() as s:
        assert default_site_id(s, sam.id) == world.van.id
    assert [(r.username, r.site_code) for r in read(world, program_settings.default_sites)] == [("sam", "VAN1")]
    [event] = [e for e in events(world, "user", sam.id) if e.action is AuditAction.UPDATE]
    assert (event.before, event.after) == ({"default_site": None}, {"default_site": "VAN1"})


@pytest.mark.parametrize("role", [Role.OUTREACH_WORKER, Role.SITE_LEAD])
def test_only_coordinators_and_administrators_set_the_program_up(world: World, role: Role) -> None:
    worker = Actor(user_id=None, username="sam", role=role, device_id="d2", site_ids=frozenset({world.van.id}))
    calls: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = [
        (sites.add_site, (), {"code": "X", "name": "X", "kind": "outreach"}),
        (sites.edit_site, (world.van.id,), {"name": "Y"}),
        (sites.retire_site, (world.prison.id,), {}),
        (sites.list_sites, (), {}),
        (partners.add_partner, (), {"name": "P", "category": "other"}),
        (products.add_common_products, (["nasal_8mg"],), {}),
        (products.retire_product, (world.im_kit.id,), {}),
        (topics.add_topic, (), {"label": "New"}),
        (topics.reorder_topics, (["law"],), {}),
        (program_settings.change_settings, ({"small_cell_threshold": 5},), {}),
        (program_settings.set_default_site, (None, world.van.id), {}),
    ]
    for action, args, kwargs in calls:
        with world.db.transaction() as s, pytest.raises(PermissionDenied):
            action(s, worker, *args, **kwargs)
    assert events(world, "setting") == [] and len(events(world, "site")) == 2


def test_kits_handed_out_before_a_retirement_keep_their_site_and_product(world: World) -> None:
    given = world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        quantity=40,
        product_id=world.nasal.id,
        recipient_category="at_risk",
    )
    world.run(sites.retire_site, world.van.id)  # all 40 kits are out: nothing is stranded
    world.run(products.retire_product, world.nasal.id)
    with world.db.session() as s:
        kit = s.get(Dispensing, given.id)
        assert kit is not None and (kit.site_id, kit.product_id, kit.quantity) == (world.van.id, world.nasal.id, 40)
        assert [r.site_code for r in dispensings(s, world.actor)] == ["VAN1"]
