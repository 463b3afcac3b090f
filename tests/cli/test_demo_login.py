"""A demo database opens with its published login; a real program's never does."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.cli import main
from oend.services import accounts
from tests.security.support import PASSWORD


def test_commands_after_demo_sign_in_with_the_demo_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.db"
    monkeypatch.setenv("OEND_DATABASE", str(path))
    assert main(["demo", "--participants", "60"]) == 0
    login = accounts.demo_login(str(path))
    assert login is not None and login.username == "demo-admin"
    assert f"password: {login.password}" in capsys.readouterr().out
    assert main(["db", "check"]) == 0
    assert "ok: integrity check passed" in capsys.readouterr().out
    monkeypatch.setenv("OEND_USER", "demo-admin")
    monkeypatch.setenv("OEND_PASSWORD", "not the demo password")
    assert main(["db", "check"]) == 2  # explicit credentials are still checked


def test_a_real_program_publishes_no_login(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    accounts.setup_program(str(path), "Riverside OEND", "boss", "Bo Boss", PASSWORD)
    assert accounts.demo_login(str(path)) is None
    assert PASSWORD not in path.with_name("oend.db.keys").read_text()
