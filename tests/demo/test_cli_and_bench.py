"""``oend demo`` end to end through the command line, PostgreSQL, and the benchmark script's output."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.cli import main
from oend.core.actor import Actor
from oend.db import open_database
from oend.demo.spec import DemoSpec
from oend.model import Participant
from oend.services import maintenance
from oend.services.demo import generate_demo
from tests.bench import run as bench


def test_demo_command_then_db_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = str(tmp_path / "demo.db")
    assert main(["--database", target, "demo", "--participants", "300", "--seed", "2"]) == 0
    printed = capsys.readouterr().out
    login = re.search(r"demo administrator: (\S+)\s+password: (\S+)", printed)
    assert login, printed
    assert re.search(r"participants\s+300\b", printed)
    assert "events/s" in printed
    monkeypatch.setenv("OEND_USER", login[1])
    monkeypatch.setenv("OEND_PASSWORD", login[2])
    assert main(["--database", target, "db", "check"]) == 0
    assert "ok:" in capsys.readouterr().out


def test_generates_on_postgresql(pg_url: str, actor: Actor) -> None:
    db = open_database(pg_url)
    try:
        summary = generate_demo(db, actor, DemoSpec(participants=120, years=2, seed=4, end=dt.date(2026, 3, 31)))
        with db.session() as session:
            assert maintenance.check(session) == []
            assert session.scalar(select(func.count()).select_from(Participant)) == 120
        assert summary.events > 120
    finally:
        db.close()


def test_benchmark_prints_one_result_per_line(tmp_path: Path) -> None:
    lines: list[str] = []
    results = bench.run(["--scale", "tiny", "--folder", str(tmp_path)], out=lines.append)
    assert len(lines) == len(results) >= 5
    for line in lines:
        parsed = json.loads(line)
        assert set(parsed) == {"name", "value", "unit", "target", "ok"}
        assert isinstance(parsed["value"], (int, float)) and isinstance(parsed["ok"], bool)
    names = " ".join(r["name"] for r in results)
    expected_names = (
        "generation rate",
        "participant search",
        "kits per site",
        "reversals per quarter",
        "Today dashboard figures",
        "start-up, main window / bare window",
    )
    for expected in expected_names:
        assert expected in names
    assert "encrypted" in next(r["name"] for r in results if "Today dashboard figures" in r["name"])
    # A second run reuses the database it built, and its encrypted copy (the same key slots).
    built = (tmp_path / "demo-tiny.db").stat().st_mtime_ns
    slots = (tmp_path / "demo-tiny-encrypted.db.keys").read_text()
    bench.run(["--scale", "tiny", "--folder", str(tmp_path), "--only", "search"], out=lines.append)
    assert (tmp_path / "demo-tiny.db").stat().st_mtime_ns == built
    assert (
        json.loads((tmp_path / "demo-tiny-encrypted.db.keys").read_text())["recovery"] == json.loads(slots)["recovery"]
    )
