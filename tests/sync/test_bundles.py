"""Sync files between devices: a round trip, files read twice, late or out of order, and files refused whole."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from oend.core.clock import Reading, wall_millis
from oend.errors import OendError
from oend.exchange.bundle import CUT_SHORT, DAMAGED, FOREIGN, BundleRefused
from oend.model import AuditEvent, Change, Participant
from oend.model.codes import AuditAction
from oend.queries.sync_status import DEFAULT_WARNING_DAYS, days_without_sync
from oend.reporting.progress import Cancelled
from oend.security import authority
from oend.services import participants
from oend.services.sync.apply import ApplyResult
from oend.services.sync.bundles import NO_KEY, OWN_FILE, ExportSummary, export_bundle, import_bundle
from tests.support.world import World, build_world
from tests.sync.bundle_support import counts, keyed
from tests.sync.replicas import Replica, program, replica, report_counts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Replica, Replica, World]]:
    a, b = keyed(program(tmp_path, ("a", "b"), authority.new_seed()))
    world = build_world(a.db, a.actor)
    yield a, b, world
    a.db.close()
    b.db.close()


def write(device: Replica, path: Path, for_peer: Replica | None = None) -> ExportSummary:
    with device.db.transaction() as session:
        peer = for_peer.actor.device_id if for_peer else None
        return export_bundle(session, device.actor, path, for_peer=peer).record


def read(device: Replica, path: Path) -> ApplyResult:
    with device.db.transaction() as session:
        return import_bundle(session, device.actor, path).record


def changes_held(device: Replica) -> int:
    with device.db.session() as session:
        return session.scalar(select(func.count()).select_from(Change)) or 0


def edit(device: Replica, world: World, **values: object) -> None:
    device.run(participants.update_participant, world.alice.id, **values)


def test_a_round_trip_brings_both_devices_to_the_same_content(pair, tmp_path: Path) -> None:
    a, b, world = pair
    sent = write(a, tmp_path / "to-b.oendsync", b)
    got = read(b, tmp_path / "to-b.oendsync")
    assert got.applied > 0 and got.applied + got.already_held == sent.changes and not got.rejected and not got.pending
    edit(b, world, county="Norfolk")
    back = write(b, tmp_path / "to-a.oendsync", a)
    assert back.changes < sent.changes  # only what a lacks: b's edit and the audit events of b's writes
    assert read(a, tmp_path / "to-a.oendsync").applied == back.changes  # b's marks: nothing a has already
    assert counts(a) == counts(b)  # the audit events of writing and reading files stay where they happened
    with a.db.session() as session:
        assert session.get(Participant, world.alice.id).county == "Norfolk"  # type: ignore[union-attr]
    assert report_counts(a) == report_counts(b)


def test_a_file_for_everyone_holds_the_whole_log(pair, tmp_path: Path) -> None:
    a, _, _ = pair
    held = changes_held(a)
    assert write(a, tmp_path / "all.oendsync").changes == held


def test_files_read_twice_late_or_out_of_order_change_nothing_twice(pair, tmp_path: Path) -> None:
    a, b, world = pair
    first, second, third = (tmp_path / f"{n}.oendsync" for n in ("first", "second", "third"))
    write(a, first, b)
    edit(a, world, county="Norfolk")
    write(a, second, b)  # b has told a nothing yet: the first file's changes again, and the edit
    edit(a, world, county="Suffolk")
    write(a, third)
    out_of_order = read(b, third)
    assert out_of_order.applied > 0 and out_of_order.pending == 0
    with b.db.session() as session:
        assert session.get(Participant, world.alice.id).county == "Suffolk"  # type: ignore[union-attr]
    settled = counts(b)
    for late in (second, first, third, first):
        again = read(b, late)
        assert (again.applied, again.pending, again.rejected, again.conflicts) == (0, 0, [], 0)
        assert again.already_held > 0
        assert counts(b) == settled
    with b.db.session() as session:
        assert session.get(Participant, world.alice.id).county == "Suffolk"  # type: ignore[union-attr]
    assert report_counts(b) == report_counts(a)


def test_each_file_written_and_read_is_in_the_audit_trail(pair, tmp_path: Path) -> None:
    a, b, _ = pair
    sent = write(a, tmp_path / "to-b.oendsync", b)
    got = read(b, tmp_path / "to-b.oendsync")
    with a.db.session() as session:
        exported = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).one()
    with b.db.session() as session:
        imported = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.IMPORT)).one()
    assert exported.entity == imported.entity == "sync"
    assert f"{sent.changes} changes for {b.actor.device_id} to to-b.oendsync" in (exported.detail or "")
    assert f"{sent.changes} changes from device {a.actor.device_id}" in (imported.detail or "")
    assert f"{got.applied} applied, {got.already_held} already here" in (imported.detail or "")
    assert imported.device_id == b.actor.device_id


def refused(device: Replica, path: Path) -> str:
    before, held = counts(device), changes_held(device)
    with pytest.raises(BundleRefused) as raised:
        read(device, path)
    assert counts(device) == before and changes_held(device) == held, "a refused file applied something"
    return str(raised.value)


def test_tampered_truncated_foreign_and_own_files_are_refused_whole(pair, tmp_path: Path) -> None:
    a, b, _ = pair
    good = tmp_path / "good.oendsync"
    write(a, good, b)
    data = good.read_bytes()
    tampered, truncated, appended = (tmp_path / f"{n}.oendsync" for n in ("tampered", "truncated", "appended"))
    tampered.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    truncated.write_bytes(data[: len(data) // 2])
    appended.write_bytes(data + b"more")
    assert refused(b, tampered) == DAMAGED
    assert refused(b, truncated) == CUT_SHORT
    assert refused(b, appended) == DAMAGED
    (tmp_path / "notes.txt").write_text("hello")
    assert "not a sync file" in refused(b, tmp_path / "notes.txt")
    assert refused(a, good) == OWN_FILE
    (other,) = keyed([replica(tmp_path / "elsewhere", "other", authority.new_seed())], os.urandom(32))
    write(other, tmp_path / "foreign.oendsync", b)
    assert refused(b, tmp_path / "foreign.oendsync") == FOREIGN
    other.db.close()
    assert read(b, good).applied > 0  # the good file still reads after all that


def test_a_cancel_writes_and_applies_nothing(pair, tmp_path: Path) -> None:
    a, b, _ = pair
    path = tmp_path / "to-b.oendsync"
    with a.db.transaction() as session, pytest.raises(Cancelled):
        export_bundle(session, a.actor, path, cancelled=lambda: True)
    assert not [found for found in tmp_path.iterdir() if "to-b" in found.name]  # nor a staged part of it
    write(a, path, b)
    before, held = counts(b), changes_held(b)
    with b.db.transaction() as session, pytest.raises(Cancelled):
        import_bundle(session, b.actor, path, cancelled=lambda: True)
    assert counts(b) == before and changes_held(b) == held


def test_a_laptop_without_the_programs_key_neither_writes_nor_reads(tmp_path: Path) -> None:
    lone = replica(tmp_path, "lone", authority.new_seed())
    with pytest.raises(OendError, match=NO_KEY):
        write(lone, tmp_path / "out.oendsync")
    assert not (tmp_path / "out.oendsync").exists()
    lone.db.close()


CHILD = """
import sys, time
from pathlib import Path
from tests.sync.replicas import replica
from oend.services.sync.bundles import import_bundle

folder, name, bundle, marker = sys.argv[1:]
device = replica(Path(folder), name, b"")
with device.db.transaction() as session:
    import_bundle(session, device.actor, Path(bundle))
    session.flush()
    Path(marker).write_text("applied, not committed")
    time.sleep(60)
"""


def test_a_kill_during_an_import_leaves_the_database_as_it_was(pair, tmp_path: Path) -> None:
    a, b, _ = pair
    bundle, marker = tmp_path / "to-b.oendsync", tmp_path / "applied"
    sent = write(a, bundle, b)
    before, held = counts(b), changes_held(b)
    b.db.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path), "b", str(bundle), str(marker)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert child.poll() is None, "the import ended before it was killed"
            assert time.monotonic() < deadline, "the import never got as far as applying"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    reopened = replica(tmp_path, "b", b"")
    try:
        assert counts(reopened) == before and changes_held(reopened) == held
        again = read(reopened, bundle)
        assert again.applied > 0 and again.applied + again.already_held == sent.changes
        assert report_counts(reopened) == report_counts(a)
    finally:
        reopened.db.close()


def test_writing_a_sync_file_for_the_coordinator_ends_todays_warning(pair, tmp_path: Path) -> None:
    a, _, _ = pair
    month_ago = str(Reading(wall_millis() - 30 * 86_400_000, 0, a.actor.device_id))
    with a.db.transaction() as session:  # a laptop whose work began a month ago and never synced
        session.execute(update(Change).where(Change.device_id == a.actor.device_id).values(hlc=month_ago))
    now = dt.datetime.now(dt.UTC)
    with a.db.session() as session:
        assert days_without_sync(session, a.actor.device_id, now) == 30
    write(a, tmp_path / "for-coordinator.oendsync")
    with a.db.session() as session:
        assert days_without_sync(session, a.actor.device_id, now) is None
        later = now + dt.timedelta(days=DEFAULT_WARNING_DAYS + 1, hours=1)
        assert days_without_sync(session, a.actor.device_id, later) == DEFAULT_WARNING_DAYS + 1
