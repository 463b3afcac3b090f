"""``oend`` with only global options opens the app without loading the commands; anything else is a command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from oend.cli import app_options, main


def test_no_command_means_the_app_with_its_database() -> None:
    opened = app_options([])
    assert opened is not None and opened.database is None
    opened = app_options(["--database", "clinic.db"])
    assert opened is not None and opened.database == "clinic.db"


@pytest.mark.parametrize(
    "argv", [["db", "check"], ["--database", "clinic.db", "db", "check"], ["--help"], ["--database"]]
)
def test_a_command_help_or_mistake_goes_to_the_full_parser(argv: list[str]) -> None:
    assert app_options(argv) is None


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for command in ("db", "report", "user", "backup", "demo"):
        assert f"    {command}" in listed


def test_a_missing_database_value_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--database"])
    assert exited.value.code == 2
    assert "--database: expected one argument" in capsys.readouterr().err


def test_the_entry_point_loads_no_command_until_one_is_given() -> None:
    check = "import sys, oend.cli; print(sorted(m for m in sys.modules if m.startswith('oend.cli.')))"
    loaded = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
