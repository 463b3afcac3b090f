"""``oend sync push`` and ``pull`` against a real PostgreSQL server; the address remembered, never a password."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from oend.cli import main
from oend.db import open_database
from oend.model import Site

pytestmark = pytest.mark.postgres


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    captured = capsys.readouterr()
    assert captured.out == "" or not captured.out.startswith("sent")
    (line,) = captured.err.splitlines()
    assert line.startswith("oend: ")
    return line


def test_push_sends_the_laptops_work_and_pull_brings_nothing_back(
    program: Path, pg_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "site", "add", "VAN1", "--name", "Outreach van", "--kind", "outreach")
    pushed = run(capsys, "sync", "push", "--server", pg_url).splitlines()
    total = int(pushed[-1].split()[1])
    assert total > 0 and pushed[0] == f"sent {total} of {total} changes"
    assert pushed[-1].startswith(f"sent {total} changes: applied ") and "0 refused, 0 new conflicts" in pushed[-1]
    server = open_database(pg_url, home=tmp_path / "somewhere-else")
    try:
        with server.session() as session:
            assert session.scalars(select(Site.code)).all() == ["VAN1"]
    finally:
        server.close()
    run(capsys, "settings", "set", "sync_server", pg_url)
    assert run(capsys, "sync", "pull").splitlines() == ["brought 0 changes: " + _nothing()]
    assert "0 refused" in run(capsys, "sync", "push"), "the setting itself travels"


def _nothing() -> str:
    return "applied 0 changes (0 already here, 0 waiting for earlier changes, 0 refused, 0 new conflicts to review)"


def test_a_password_in_the_address_is_refused_and_not_stored(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "postgresql://oend:hunter2@db.example.org/oend"
    line = refused(capsys, "settings", "set", "sync_server", secret)
    assert "must not hold a password" in line and "PGPASSWORD" in line and "hunter2" not in line
    line = refused(capsys, "sync", "push", "--server", secret)
    assert "must not hold a password" in line and "hunter2" not in line
    assert "hunter2" not in run(capsys, "settings", "show")


def test_no_server_a_bad_address_and_an_unreachable_server_are_said_on_one_line(
    program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "no sync server is set" in refused(capsys, "sync", "pull")
    assert "server address such as" in refused(capsys, "sync", "push", "--server", "not a url")
    assert "server address such as" in refused(capsys, "sync", "push", "--server", "sqlite:///x.db")
    line = refused(capsys, "sync", "push", "--server", "postgresql://oend@127.0.0.1:1/nothing")
    assert "cannot be reached" in line and "127.0.0.1:1/nothing" in line
