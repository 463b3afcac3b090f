"""``oend setup``, ``oend user ...``, ``oend backup`` and ``oend restore``, signed in from the environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from oend.cli import main
from oend.services import accounts
from oend.services.backup import list_backups
from tests.security.support import PASSWORD

NEW = "a brand new long password"


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """A program set up through ``oend setup``; the administrator's credentials are in the environment."""
    path = tmp_path / "oend.db"
    monkeypatch.setenv("OEND_DATABASE", str(path))
    monkeypatch.setenv("OEND_NEW_PASSWORD", PASSWORD)
    assert main(["setup", "--program", "Riverside OEND", "--admin", "boss", "--name", "Bo Boss"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\s+([A-Z2-7]{4}-){7}[A-Z2-7]{4}$", out, re.M), out  # the recovery key, shown once
    monkeypatch.setenv("OEND_USER", "boss")
    monkeypatch.setenv("OEND_PASSWORD", PASSWORD)
    return path


def test_setup_twice_is_refused(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["setup", "--program", "Again", "--admin", "x2", "--name", "X"]) == 2
    assert "already set up" in capsys.readouterr().err


def test_user_add_list_disable_and_reset(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OEND_NEW_PASSWORD", NEW)
    assert main(["user", "add", "cora", "--name", "Cora Ordinator", "--role", "coordinator"]) == 0
    accounts.sign_out(accounts.sign_in(str(database), "cora", NEW))
    assert main(["user", "list"]) == 0
    listing = capsys.readouterr().out
    assert re.search(r"^boss\s+administrator\s+active", listing, re.M)
    assert re.search(r"^cora\s+coordinator\s+active\s+-\s+Cora Ordinator", listing, re.M)

    assert main(["user", "disable", "cora"]) == 0
    assert main(["user", "list"]) == 0
    assert re.search(r"^cora\s+coordinator\s+disabled", capsys.readouterr().out, re.M)

    assert main(["user", "reset-password", "cora", "--generate-password"]) == 0
    generated = re.search(r"password for cora: (\S+)", capsys.readouterr().out)
    assert generated is not None
    accounts.sign_out(accounts.sign_in(str(database), "cora", generated.group(1)))


def test_a_non_administrator_cannot_manage_users(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["user", "add", "cora", "--name", "Cora", "--role", "coordinator"]) == 0
    monkeypatch.setenv("OEND_USER", "cora")
    assert main(["user", "add", "dee", "--name", "Dee", "--role", "coordinator"]) == 2
    assert "may not do this" in capsys.readouterr().err


def test_wrong_or_missing_credentials_are_refused_plainly(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OEND_PASSWORD", "not the password")
    assert main(["user", "list"]) == 2
    assert "wrong username or password" in capsys.readouterr().err
    monkeypatch.delenv("OEND_USER")
    assert main(["user", "list"]) == 2  # no terminal under the tests: the message says what to set
    assert "OEND_USER" in capsys.readouterr().err


def test_other_commands_sign_in_too(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_backup_and_restore(
    database: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["backup"]) == 0
    first = list_backups(database)[0].path
    assert f"backed up to {first}" in capsys.readouterr().out
    monkeypatch.setenv("OEND_NEW_PASSWORD", NEW)
    assert main(["user", "add", "cora", "--name", "Cora", "--role", "coordinator"]) == 0  # after the backup
    assert main(["backup", "--list"]) == 0
    assert str(first) in capsys.readouterr().out
    assert main(["restore", str(first)]) == 0
    assert "the previous database was kept as" in capsys.readouterr().out
    assert main(["user", "list"]) == 0
    assert "cora" not in capsys.readouterr().out  # the user added after the backup is gone


def test_backup_expiry_is_an_administrator_s_and_never_under_a_week(
    database: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["backup", "--keep-days", "-5"]) == 2
    assert capsys.readouterr().err == "oend: keep_days: must be 7 days or more\n"
    assert list_backups(database) == [], "refused before anything was copied"
    monkeypatch.setenv("OEND_NEW_PASSWORD", NEW)
    assert main(["user", "add", "cora", "--name", "Cora", "--role", "coordinator"]) == 0
    monkeypatch.setenv("OEND_USER", "cora")
    monkeypatch.setenv("OEND_PASSWORD", NEW)
    assert main(["backup", "--keep-days", "30"]) == 2
    assert "may not do this" in capsys.readouterr().err
    assert main(["backup"]) == 0  # taking a backup is anyone's
    assert len(list_backups(database)) == 1


def test_an_unprotected_database_still_opens_with_a_reminder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OEND_DATABASE", str(tmp_path / "plain.db"))
    assert main(["db", "check"]) == 0
    assert "oend setup" in capsys.readouterr().err
