"""Property: devices doing random work and exchanging changes in any order, with duplicates, drops and wrong
clocks, all end with the same content once everyone has seen everything; reports and stock agree. The work
includes one code enrolled or edited in on several devices, and the merges offered then confirmed or dismissed."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from oend.core.actor import Actor
from oend.core.clock import wall_millis
from oend.db import open_database
from oend.errors import OendError
from oend.model import Dispensing, Participant, SyncPending, SyncRejection
from oend.security import authority
from oend.services import dispensing, dispensing_corrections, participants, reversals, stock, trainings
from oend.services.sync import merges
from tests.support.postgres import new_database
from tests.support.world import TODAY, World, build_world
from tests.sync.replicas import Replica, content_hash, replica, report_counts, stock_by_ledger, sync

SKEWS_MS = (0, -2 * 3600_000, 60_000, 20 * 60_000)  # right, two hours behind, a minute ahead, far ahead
SHARED_CODES = ("SAMA1990F", "SAMB1990F")  # codes several devices give out without seeing each other
EDITS = (("county", ("Kent", "Essex", "Suffolk")), ("zip_code", ("02118", "02119")), ("notes", ("mornings", "calls")))


@dataclass
class Template:
    folder: Path
    world: World
    seed: bytes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One program's database, built once; each example's devices are copies of it."""
    folder = tmp_path_factory.mktemp("template")
    seed = authority.new_seed()
    first = replica(folder, "origin", seed)
    world = build_world(first.db, first.actor)
    first.db.close()
    return Template(folder, world, seed)


@dataclass
class Ledger:
    """What the test knows was recorded: kits per live hand-over."""

    kits: dict[uuid.UUID, int] = field(default_factory=dict)
    voided: set[uuid.UUID] = field(default_factory=set)
    codes: int = 0

    def live_kits(self) -> int:
        return sum(q for k, q in self.kits.items() if k not in self.voided)

    def live_events(self) -> int:
        return len(set(self.kits) - self.voided)


def _code(ledger: Ledger) -> str:
    ledger.codes += 1
    n = ledger.codes
    return "".join(chr(ord("A") + (n // 26**i) % 26) for i in range(4)) + "1990F"


def _pick(device: Replica, model: Any, index: int) -> Any:
    with device.db.session() as session:
        rows = session.scalars(select(model.id).where(model.deleted.is_(False)).order_by(model.id)).all()
    return rows[index % len(rows)] if rows else None


def _act(device: Replica, world: World, ledger: Ledger, kind: str, n: int) -> None:
    person = _pick(device, Participant, n)
    if kind == "enrol":
        device.run(participants.enrol_participant, code=_code(ledger), category="at_risk", home_site_id=world.van.id)
    elif kind == "enrol_same":
        code = SHARED_CODES[n % len(SHARED_CODES)]
        device.run(participants.enrol_participant, code=code, category="at_risk", home_site_id=world.van.id)
    elif kind == "recode" and person is not None:
        device.run(participants.update_participant, person, code=SHARED_CODES[n % len(SHARED_CODES)])
    elif kind in ("confirm", "dismiss"):
        with device.db.session() as session:
            offers = merges.merge_offers(session, device.actor)
        if offers:
            decide = merges.confirm_merge if kind == "confirm" else merges.dismiss_offer
            device.run(decide, offers[n % len(offers)].id)
    elif kind == "edit" and person is not None:
        name, values = EDITS[n % len(EDITS)]
        device.run(participants.update_participant, person, **{name: values[n % len(values)]})
    elif kind == "void" and person is not None:
        device.run(participants.void_participant, person, reason="entered by mistake")
    elif kind == "train" and person is not None:
        device.run(
            trainings.record_training,
            session_date=TODAY,
            site_id=world.van.id,
            format="group",
            topics=["responding"],
            attendees=[trainings.Attendee(person)],
        )
    elif kind == "dispense":
        kit = device.run(
            dispensing.dispense,
            site_id=world.van.id,
            dispensed_on=TODAY,
            supply_type="new",
            product_id=world.nasal.id,
            recipient_category="community_member",
            quantity=1 + n % 2,
        )
        ledger.kits[kit.id] = kit.quantity
    elif kind == "void_kit" and (kit_id := _pick(device, Dispensing, n)) is not None:
        device.run(dispensing_corrections.void_dispensing, kit_id, reason="entered twice")
        ledger.voided.add(kit_id)
    elif kind == "reversal":
        device.run(reversals.record_reversal, overdose_date=TODAY, site_id=world.van.id, reporter_id=person)
    elif kind == "receive":
        device.run(
            stock.receive_stock,
            site_id=world.van.id,
            product_id=world.nasal.id,
            lot_number=f"L{device.name}{n % 2}",  # a lot number is one device's own (see the note in apply)
            expiry_date=TODAY + dt.timedelta(days=400),
            quantity=5,
            received_on=TODAY,
        )


def _exchange(sender: Replica, receiver: Replica, drop: int, twice: bool, reverse: bool) -> None:
    header, changes = sender.send(receiver)
    if reverse:
        changes.reverse()
    if drop:
        del changes[drop % (len(changes) + 1) :]  # the end of a bundle lost: sent again next time
    receiver.receive(header, changes)
    if twice:
        receiver.receive(header, changes)


KINDS = ["enrol", "edit", "void", "train", "dispense", "void_kit", "reversal", "receive"]
SAME_CODE_KINDS = ["enrol_same", "recode", "confirm", "dismiss"]
ACTIONS = st.tuples(st.sampled_from(KINDS + SAME_CODE_KINDS), st.integers(0, 10))
EXCHANGES = st.tuples(st.integers(0, 10), st.integers(0, 10), st.integers(0, 40), st.booleans(), st.booleans())
STEPS = st.lists(st.one_of(st.tuples(st.integers(0, 4), ACTIONS), EXCHANGES), min_size=4, max_size=16)


@example(count=3, steps=[(0, ("edit", 0)), (1, ("edit", 2)), (1, ("edit", 1)), (1, 0, 0, False, False)], skews=[0] * 5)
@example(
    count=3,
    steps=[(0, ("enrol_same", 0)), (1, ("recode", 0)), (0, 1, 0, False, False), (1, 0, 0, False, True)],
    skews=[0] * 5,
)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(3, 5), steps=STEPS, skews=st.lists(st.sampled_from(SKEWS_MS), min_size=5, max_size=5))
def test_every_device_converges_to_the_same_content(
    template: Template, count: int, steps: list[tuple[Any, ...]], skews: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        devices = _devices(template, Path(folder), count, skews)
        try:
            _converge(template, devices, steps)
        finally:
            for device in devices:
                device.db.close()


SAME_CODE_STEPS = st.lists(
    st.one_of(
        st.tuples(
            st.integers(0, 3), st.tuples(st.sampled_from([*SAME_CODE_KINDS, "dispense", "edit"]), st.integers(0, 10))
        ),
        EXCHANGES,
    ),
    min_size=6,
    max_size=16,
)


@pytest.mark.postgres
@example(
    steps=[
        *[(0, ("enrol_same", 0)), (1, ("enrol_same", 0)), (0, 1, 0, False, False), (1, 0, 0, False, False)],
        *[(1, ("dismiss", 0)), (2, ("enrol_same", 1)), (0, ("recode", 1)), (2, 3, 0, False, False)],
        *[(0, 3, 0, False, True), (3, ("confirm", 0)), (3, 1, 0, True, False)],
    ],
    skews=[0, -2 * 3600_000, 20 * 60_000, 60_000],
)
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=SAME_CODE_STEPS, skews=st.lists(st.sampled_from(SKEWS_MS), min_size=4, max_size=4))
def test_one_code_given_out_on_several_devices_converges_with_one_on_postgresql(
    template: Template, pg_base_url: str, steps: list[tuple[Any, ...]], skews: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        devices = _devices(template, Path(folder), 3, skews)
        devices.append(_server(template, devices[0], Path(folder), new_database(pg_base_url), skews[3]))
        try:
            _converge(template, devices, steps)
        finally:
            for device in devices:
                device.db.close()


def _converge(template: Template, devices: list[Replica], steps: list[tuple[Any, ...]]) -> None:
    """Run ``steps`` on ``devices``, let everyone see everything, and check they all agree."""
    count = len(devices)
    ledger = Ledger()
    for step in steps:
        if len(step) == 2:
            index, (kind, n) = step
            with contextlib.suppress(OendError):  # refused (out of stock, already voided): nothing written
                _act(devices[index % count], template.world, ledger, kind, n)
        else:
            i, j, drop, twice, reverse = step
            if i % count != j % count:
                _exchange(devices[i % count], devices[j % count], drop, twice, reverse)
    for _ in range(2):  # everyone sends to the first, which sends to everyone
        for device in devices[1:]:
            sync(device, devices[0])
        for device in devices[1:]:
            sync(devices[0], device)
    hashes = {content_hash(d.db) for d in devices}
    assert len(hashes) == 1
    counts = [report_counts(d) for d in devices]
    assert all(c == counts[0] for c in counts)
    assert counts[0]["kits"] == ledger.live_kits()
    assert counts[0]["dispensing_events"] == ledger.live_events()
    offers = [_offers(d) for d in devices]
    assert all(o == offers[0] for o in offers), "every device offers the same merges"
    for device in devices:
        assert all(shown == ledger_sum for shown, ledger_sum in stock_by_ledger(device.db).values())
        with device.db.session() as session:
            assert session.scalars(select(SyncPending)).first() is None
            assert session.scalars(select(SyncRejection)).first() is None


def _offers(device: Replica) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
    with device.db.session() as session:
        return sorted((o.kept_id, o.duplicate_id, o.code) for o in merges.merge_offers(session, device.actor))


def _server(template: Template, origin: Replica, folder: Path, url: str, skew: int) -> Replica:
    """The program's PostgreSQL server as a device of its own, given everything the others start from."""
    db = open_database(url, home=folder / "server-home")
    device = Replica("server", db, dataclasses.replace(Actor.system(db.device_id, "server"), authority=template.seed))
    sync(origin, device)
    device.db.identity.clock.wall = _skewed(skew)
    return device


def _devices(template: Template, folder: Path, count: int, skews: list[int]) -> list[Replica]:
    devices = []
    for k in range(count):
        shutil.copyfile(template.folder / "origin.db", folder / f"d{k}.db")
        device = replica(folder, f"d{k}", template.seed)
        device.db.identity.clock.wall = _skewed(skews[k])
        devices.append(device)
    return devices


def _skewed(skew: int) -> Callable[[], int]:
    """A machine's wall clock set ``skew`` milliseconds wrong."""
    return lambda: wall_millis() + skew
