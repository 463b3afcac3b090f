"""``oend import roster --map``: columns named from the command line, remembered for the program's next file."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.cli import main

ROSTER = "Riverside roster\n\nDIN No.,Surname,Given,Born\n7001,Reed,Tom,12/31/1980\n7002,Kay,Ann,1/2/1985\n"


def test_mapping_from_the_command_line_is_remembered(
    program: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["site", "add", "JAIL", "--name", "County Jail", "--kind", "correctional_facility"]) == 0
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    argv = ["import", "roster", str(roster), "--category", "leaving_custody", "--site", "JAIL"]
    maps = ["--map", "external_id=DIN No.", "--map", "last_name=Surname", "--map", "first_name=Given"]
    assert main([*argv, *maps, "--map", "date_of_birth=Born"]) == 0, capsys.readouterr()
    out = capsys.readouterr().out
    assert "headers on row 3" in out and "external_id <- 'DIN No.'" in out and "imported: 2 enrolled" in out
    assert main(argv) == 0  # the same layout again: the program's mapping is remembered
    out = capsys.readouterr().out
    assert "date_of_birth <- 'Born'" in out and "0 to enrol, 2 already enrolled" in out
    assert main(["export", "participants", "--out", str(tmp_path / "p.csv")]) == 0
    exported = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "TORE1980U" in exported and "ANKA1985U" in exported  # codes made by the program's scheme


@pytest.mark.parametrize("bad", ["code", "=DIN", "code="])
def test_a_malformed_mapping_is_refused_on_one_line(
    program: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, bad: str
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["import", "roster", str(roster), "--map", bad])
    assert exited.value.code == 2 and "FIELD=COLUMN" in capsys.readouterr().err


def test_a_mapping_to_a_field_that_does_not_exist_is_refused(
    program: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert main(["import", "roster", str(roster), "--map", "shoe_size=Born", "--dry-run"]) == 2
    assert "shoe_size" in capsys.readouterr().err


def test_history_comes_in_from_the_command_line_after_a_dry_run(
    program: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["site", "add", "VAN1", "--name", "Outreach van", "--kind", "outreach"]) == 0
    sheet = tmp_path / "trainings.csv"
    sheet.write_text(
        "Classes we taught\nDate,Site,Format,Trainer,Topics\n"
        "2026-03-02,VAN1,Group,Rosa,naloxone_use\n2026-03-09,VAN1,Group,Rosa,naloxone_use\n",
        encoding="utf-8",
    )
    assert main(["import", "history", "sessions", str(sheet), "--dry-run"]) == 0, capsys.readouterr()
    assert "would import 2 sessions from 2 rows (dry run: nothing written)" in capsys.readouterr().out
    assert main(["import", "history", "sessions", str(sheet)]) == 0
    assert "imported 2 sessions from 2 rows" in capsys.readouterr().out
    assert main(["sessions", "list"]) == 0
    assert capsys.readouterr().out.count("VAN1") == 2
    assert main(["import", "history", "sessions", str(sheet)]) == 2  # the same file again changes nothing
    again = capsys.readouterr().out
    assert "this file was imported already" in again and "rows refused" not in again
