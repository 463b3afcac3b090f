"""Each device's changes are numbered without gaps or repeats, with several writers at once, on both engines."""

from __future__ import annotations

import threading
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import open_database
from oend.errors import ValidationError
from oend.model import Change
from oend.services import participants, sites

WRITES = 6


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_concurrent_writers_number_each_devices_changes_without_gaps(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = str(tmp_path / "shared.db") if engine == "sqlite" else request.getfixturevalue("pg_url")
    # Two computers, and a second window on the first: two devices, three writers.
    homes = [tmp_path / "laptop", tmp_path / "desk", tmp_path / "laptop"]
    databases = [open_database(target, home=home) for home in homes]
    try:
        first = Actor.system(databases[0].device_id, "setup")
        with databases[0].transaction() as session:
            site = sites.add_site(session, first, code="VAN", name="Van", kind="outreach").record
        failures: list[BaseException] = []

        def write(index: int) -> None:
            db = databases[index]
            actor = Actor.system(db.device_id, f"writer {index}")
            try:
                for _ in range(WRITES):
                    with db.transaction() as session:
                        participants.enrol_participant(session, actor, category="at_risk", home_site_id=site.id)
            except (ValidationError, AssertionError) as exc:  # pragma: no cover - reported below
                failures.append(exc)

        threads = [threading.Thread(target=write, args=(i,)) for i in range(len(databases))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures
        assert databases[0].device_id == databases[2].device_id != databases[1].device_id
        numbers: dict[str, list[int]] = defaultdict(list)
        with databases[0].session() as session:
            for device, seq in session.execute(select(Change.device_id, Change.seq)).all():
                numbers[device].append(seq)
        assert {device: sorted(seqs) for device, seqs in numbers.items()} == {
            device: list(range(1, len(seqs) + 1)) for device, seqs in numbers.items()
        }
        assert len(numbers[databases[1].device_id]) == 2 * WRITES  # each enrolment: the person and its audit event
    finally:
        for db in databases:
            db.close()
