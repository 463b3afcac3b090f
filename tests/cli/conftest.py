"""A program set up through ``oend setup`` in an empty data folder, signed in through the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.cli import main
from tests.security.support import PASSWORD


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """The database of a program set up from the command line, as a new program starts."""
    path = tmp_path / "data" / "oend.db"
    path.parent.mkdir()
    monkeypatch.setenv("OEND_DATABASE", str(path))
    monkeypatch.setenv("OEND_NEW_PASSWORD", PASSWORD)
    assert main(["setup", "--program", "Riverside OEND", "--admin", "boss", "--name", "Bo Boss"]) == 0
    monkeypatch.setenv("OEND_USER", "boss")
    monkeypatch.setenv("OEND_PASSWORD", PASSWORD)
    capsys.readouterr()
    return path
