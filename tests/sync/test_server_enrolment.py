"""A laptop joins the program from its server: the administrator publishes the enrolment there, the new laptop
opens it with the passphrase and pulls the program's records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from oend.db import Database, open_database
from oend.db.change_capture import ENROLMENT
from oend.errors import OendError
from oend.model import Setting, User
from oend.security.enrolment_file import WRONG_PASSPHRASE
from oend.services import accounts
from oend.services.published_enrolment import (
    ANOTHER_PROGRAM,
    NOTHING_PUBLISHED,
    join_from_server,
)
from oend.services.sync import server
from tests.sync.enrolment_support import WORKER_PASSWORD, Laptop, coordinator_laptop, publish

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_db(pg_url: str, tmp_path: Path) -> Iterator[Database]:
    db = open_database(pg_url, home=tmp_path / "server-home")
    yield db
    db.close()


def test_a_laptop_joins_from_the_server_and_pulls_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server_db: Database
) -> None:
    published = publish(coordinator_laptop(tmp_path / "coordinator", monkeypatch), server_db, "worker")
    assert published.usernames == ("worker",)
    laptop = Laptop(tmp_path / "new", monkeypatch)
    with laptop.used():
        joined = join_from_server(laptop.target, server_db, published.passphrase)
    assert joined.program_name == "Riverside" and joined.usernames == ("worker",) and joined.changes > 0
    worker = laptop.sign_in("worker", WORKER_PASSWORD)
    try:
        assert server.pull(worker.db, server_db, worker.actor).changes == 0, "the join pulled everything"
        with worker.db.session() as session:
            assert {u.username for u in session.scalars(select(User))} == {"admin", "worker"}
        with worker.db.session() as session:  # the sealed material stays on the server: it never travels
            assert session.get(Setting, ENROLMENT) is None
    finally:
        accounts.sign_out(worker)


def test_nothing_published_or_a_wrong_passphrase_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server_db: Database
) -> None:
    laptop = Laptop(tmp_path / "new", monkeypatch)
    with laptop.used(), pytest.raises(OendError) as nothing:
        join_from_server(laptop.target, server_db, "ABCD-EFGH")
    assert nothing.value.template == NOTHING_PUBLISHED and not Path(laptop.target).exists()
    publish(coordinator_laptop(tmp_path / "coordinator", monkeypatch), server_db, "worker")
    with laptop.used(), pytest.raises(OendError) as wrong:
        join_from_server(laptop.target, server_db, "ABCD-EFGH")
    assert wrong.value.template == WRONG_PASSPHRASE and not Path(laptop.target).exists()


def test_another_programs_server_is_refused_on_both_sides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server_db: Database
) -> None:
    published = publish(coordinator_laptop(tmp_path / "first", monkeypatch), server_db, "worker")
    with pytest.raises(OendError) as refused:
        publish(coordinator_laptop(tmp_path / "other", monkeypatch), server_db, "worker", push=False)
    assert refused.value.template == ANOTHER_PROGRAM
    with server_db.transaction() as session:  # material copied from another program's server
        held = session.get(Setting, ENROLMENT)
        assert held is not None
        held.value = {**held.value, "program_id": "program-000000000000000000000000"}
    laptop = Laptop(tmp_path / "new", monkeypatch)
    with laptop.used(), pytest.raises(OendError) as foreign:
        join_from_server(laptop.target, server_db, published.passphrase)
    assert foreign.value.template == ANOTHER_PROGRAM and not Path(laptop.target).exists()
