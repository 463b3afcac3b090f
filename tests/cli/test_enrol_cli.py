"""``oend program enrol-laptop`` and ``join``: a second laptop set up from the first one's enrolment file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from oend.cli import main
from oend.security.enrolment_file import WRONG_PASSPHRASE


def test_a_laptop_joins_from_the_command_line_and_signs_in_with_the_same_password(
    program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new-laptop.oendjoin"
    assert main(["site", "add", "VAN1", "--name", "Outreach van", "--kind", "outreach"]) == 0
    assert main(["program", "enrol-laptop", "--out", str(out), "--account", "boss"]) == 0
    printed = capsys.readouterr().out
    assert "for boss" in printed
    passphrase = printed.splitlines()[-1].strip()
    new_db = tmp_path / "laptop2" / "oend.db"
    monkeypatch.setenv("OEND_DATABASE", str(new_db))
    monkeypatch.setenv("OEND_HOME", str(tmp_path / "home2"))
    monkeypatch.setattr("sys.stdin", io.StringIO("WRONG-WRONG-WRONG\n"))
    assert main(["program", "join", str(out), "--passphrase-stdin"]) == 2
    assert capsys.readouterr().err == f"oend: {WRONG_PASSPHRASE}\n"
    assert not new_db.exists()
    monkeypatch.setenv("OEND_ENROL_PASSPHRASE", passphrase)
    assert main(["program", "join", str(out)]) == 0
    joined = capsys.readouterr().out
    assert "joined Riverside OEND" in joined and "RECOVERY KEY" in joined
    assert main(["site", "list"]) == 0  # signed in as boss through the environment, with the same password
    assert "VAN1" in capsys.readouterr().out
    assert main(["program", "join", str(out)]) == 2
    assert "already holds a program" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_laptop_joins_from_the_programs_server(
    program: Path, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["site", "add", "VAN1", "--name", "Outreach van", "--kind", "outreach"]) == 0
    assert main(["program", "enrol-laptop", "--server", pg_url, "--account", "boss"]) == 0
    printed = capsys.readouterr().out
    assert "the enrolment for boss waits on" in printed
    passphrase = printed.splitlines()[-1].strip()
    new_db = tmp_path / "laptop2" / "oend.db"
    monkeypatch.setenv("OEND_DATABASE", str(new_db))
    monkeypatch.setenv("OEND_HOME", str(tmp_path / "home2"))
    monkeypatch.setenv("OEND_ENROL_PASSPHRASE", "WRONG-WRONG-WRONG")
    assert main(["program", "join", "--server", "not a server"]) == 2
    assert "must be a server address such as" in capsys.readouterr().err
    assert main(["program", "join", "--server", pg_url]) == 2
    assert capsys.readouterr().err == f"oend: {WRONG_PASSPHRASE}\n" and not new_db.exists()
    monkeypatch.setenv("OEND_ENROL_PASSPHRASE", passphrase)
    assert main(["program", "join", "--server", pg_url]) == 0
    assert "joined Riverside OEND" in capsys.readouterr().out
    assert main(["site", "list"]) == 0  # its records came by a pull from the server
    assert "VAN1" in capsys.readouterr().out
