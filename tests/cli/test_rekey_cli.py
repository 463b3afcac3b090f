"""``oend user disable`` and ``oend db rekey`` change the database key, showing how far they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.cli import main
from oend.security.keyslots import KeyFile
from oend.security.rekey import opens_with
from oend.services import accounts
from tests.security.support import PASSWORD

CORA = "a brand new long password"


def _admin_keys(program: Path) -> tuple[bytes, ...]:
    opened = KeyFile.beside(program).unlock_user("boss", PASSWORD)
    assert opened is not None
    return opened[0].candidates


def test_disabling_a_user_re_encrypts_with_a_new_key_and_shows_its_progress(
    program: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OEND_NEW_PASSWORD", CORA)
    assert main(["user", "add", "cora", "--name", "Cora Ordinator", "--role", "coordinator"]) == 0
    assert main(["backup"]) == 0
    before = _admin_keys(program)
    capsys.readouterr()

    assert main(["user", "disable", "cora"]) == 0
    out, err = capsys.readouterr()
    assert "disabled cora" in out
    assert "the database key was changed; 1 backups and copies were re-encrypted with it" in out
    assert err.rstrip().endswith("re-encrypting with a new key: 100%")
    assert not opens_with(program, before[0])
    accounts.sign_out(accounts.sign_in(str(program), "boss", PASSWORD))


def test_db_rekey_changes_the_key_for_everyone_signed_in_after(
    program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _admin_keys(program)
    assert main(["db", "rekey"]) == 0
    assert "the database key was changed" in capsys.readouterr().out
    after = _admin_keys(program)
    assert after != before and opens_with(program, after[0]) and not opens_with(program, before[0])


def test_only_an_administrator_may_change_the_key(
    program: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OEND_NEW_PASSWORD", CORA)
    assert main(["user", "add", "cora", "--name", "Cora Ordinator", "--role", "coordinator"]) == 0
    before = _admin_keys(program)
    monkeypatch.setenv("OEND_USER", "cora")
    monkeypatch.setenv("OEND_PASSWORD", CORA)
    capsys.readouterr()
    assert main(["db", "rekey"]) == 2
    assert "may not do this" in capsys.readouterr().err
    assert _admin_keys(program) == before
