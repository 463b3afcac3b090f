"""An export keeps everything it stages beside its output, never in the system's temp folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from oend.core.actor import Actor
from oend.exchange import export
from oend.reporting.progress import Cancelled
from oend.services.exports import export_list


def test_an_xlsx_export_stages_its_rows_beside_it_and_leaves_nothing_when_stopped(
    seeded, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _ = seeded
    system_temp, out_folder = tmp_path / "system-temp", tmp_path / "out"
    system_temp.mkdir()
    out_folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    monkeypatch.setattr(export, "BATCH", 1)  # progress after every row: the test looks while rows are written
    seen: list[tuple[list[str], list[str]]] = []

    def look(done: int, total: int) -> None:
        seen.append((os.listdir(system_temp), sorted(os.listdir(out_folder))))

    with pytest.raises(Cancelled), session.begin():
        export_list(session, actor, "dispensing", out_folder / "d.xlsx", progress=look, cancelled=lambda: len(seen) > 1)
    assert len(seen) == 2
    assert all(temp == [] for temp, _ in seen)
    staged = seen[-1][1]
    assert len(staged) == 2 and all(name.startswith(".d.xlsx.") and ".part" in name for name in staged), staged
    assert os.listdir(out_folder) == [] and os.listdir(system_temp) == []
