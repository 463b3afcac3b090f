"""A long sync file is read and applied in batches, never held whole in memory (batches made small here, so a
file of a few thousand changes shows what one of millions does at the real size)."""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from oend.core.clock import Reading, wall_millis
from oend.exchange.bundle import DAMAGED, BundleRefused, write_bundle
from oend.ids import uuid7
from oend.model import Participant
from oend.security import authority
from oend.services import participants
from oend.services.sync import exchange
from oend.services.sync.bundles import import_bundle, program_id
from tests.sync.bundle_support import KEY, keyed
from tests.sync.replicas import Replica, replica

SHORT, LONG = 3_000, 9_000
BATCH = 500


def enrolled(template: dict[str, Any], device: str, n: int) -> Iterator[dict[str, Any]]:
    """``n`` new participants enrolled on ``device`` over the last minutes, shaped as ``template``."""
    start = wall_millis() - 10 * 60 * 1000
    for seq in range(1, n + 1):
        row = str(uuid7())
        values = template["values"] | {"id": row, "code": f"P{seq:08d}", "device_id": device}
        reading = str(Reading(start + seq // 100, seq % 100, device))
        yield (
            template
            | {"id": str(uuid7()), "device": device, "seq": seq, "hlc": reading, "row": row}
            | {"values": values}
        )


def participant_change(tmp_path: Path) -> dict[str, Any]:
    """A participant's insert as a sync file carries it, taken from a real database's log."""
    source = replica(tmp_path, "source", authority.new_seed())
    try:
        source.run(participants.enrol_participant, code="MALO1985F", category="at_risk")
        with source.db.transaction() as session:
            _, changes = exchange.export_changes(session)
    finally:
        source.db.close()
    return next(change for change in changes if change["table"] == Participant.__tablename__)


def peak_of(action: Any) -> tuple[Any, int]:
    gc.collect()
    tracemalloc.start()
    try:
        return action(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_bounded_by_the_batch_however_long_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "APPLY_BATCH", BATCH)
    template = participant_change(tmp_path)
    text = json.dumps(list(enrolled(template, str(uuid7()), BATCH)))
    _, batch_bytes = peak_of(lambda: json.loads(text))
    short, long = (imported(tmp_path, template, n) for n in (SHORT, LONG))
    whole_list = batch_bytes * (LONG // BATCH)  # what reading the long file into one list would hold
    assert long < short * 1.2, f"three times the changes took {long:,} bytes at the peak, against {short:,}"
    assert long < whole_list / 1.5, f"peak {long:,} bytes against {whole_list:,} for the whole list"


def imported(tmp_path: Path, template: dict[str, Any], n: int) -> int:
    """The peak of memory while a new database imports a file of ``n`` new participants (all of them applied)."""
    device = str(uuid7())
    path = tmp_path / f"{n}.oendsync"
    write_bundle(path, {"program_id": program_id(KEY), "from": device}, enrolled(template, device, n), KEY)
    (receiver,) = keyed([replica(tmp_path, f"receiver-{n}", authority.new_seed())])
    try:
        result, peak = peak_of(lambda: read(receiver, path))
        assert result.applied == n and result.pending == 0 and not result.rejected
        with receiver.db.session() as session:
            assert session.scalar(select(func.count()).select_from(Participant)) == n
    finally:
        receiver.db.close()
    return peak


def read(device: Replica, path: Path) -> Any:
    with device.db.transaction() as session:
        return import_bundle(session, device.actor, path).record


def test_a_file_damaged_near_its_end_is_refused_after_batches_applied_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "APPLY_BATCH", BATCH)
    device = str(uuid7())
    path = tmp_path / "damaged.oendsync"
    write_bundle(
        path,
        {"program_id": program_id(KEY), "from": device},
        enrolled(participant_change(tmp_path), device, SHORT),
        KEY,
    )
    data = bytearray(path.read_bytes())
    data[-20] ^= 1  # inside the final chunk: every batch before it has been applied when it is read
    path.write_bytes(data)
    (receiver,) = keyed([replica(tmp_path, "receiver", authority.new_seed())])
    try:
        with pytest.raises(BundleRefused, match=DAMAGED):
            read(receiver, path)
        with receiver.db.session() as session:
            assert session.scalar(select(func.count()).select_from(Participant)) == 0
    finally:
        receiver.db.close()
