"""``oend report check FILE``: a template validated without a database, each problem on the line it is on."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from oend.cli import main


def test_a_good_template_is_said_good(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = resources.files("oend.reports")
    for name in ("quarterly_oend.toml", "federal_naloxone.toml"):
        path = tmp_path / name
        path.write_text((shipped / name).read_text(encoding="utf-8"), encoding="utf-8")
        assert main(["report", "check", str(path)]) == 0
        assert f"{path}: good: " in capsys.readouterr().out


def test_a_broken_template_lists_each_problem_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'title = "Mine"\n[[tables]]\nid = "a"\ntitle = "A"\nmeasure = "kitz"\nrows = "site"\n'
        '[[tables]]\nid = "b"\ntitle = "B"\nmeasure = "kits"\nrows = "site"\nfilters = { supply_type = ["refil"] }\n',
        encoding="utf-8",
    )
    assert main(["report", "check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:5: tables[1].measure: unknown measure 'kitz'")
    assert out[1] == f"{path}:12: tables[2].filters.supply_type: 'refil' is not one of: new, refill"
    assert out[2] == f"{path}: refused (2 problems)"


def test_a_wrong_spanish_setting_is_refused_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'title = "Mine"\ntitle_es = "Mío"\n[[tables]]\nid = "a"\ntitle = "A"\ntitle_es = 7\nmeasure = "kits"\n'
        'rows = "site"\nnote_es = "Sin nota en inglés"\n',
        encoding="utf-8",
    )
    assert main(["report", "check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:6: tables[1].title_es: must be text in quotes",
        f"{path}:9: tables[1].note_es: needs the English 'note' beside it",
        f"{path}: refused (2 problems)",
    ]


def test_a_report_without_its_options_says_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "-t", "quarterly_oend"]) != 0
    assert "missing: --period, --out" in capsys.readouterr().err
