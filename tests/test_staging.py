"""Staged files: written beside their output, swept at the next start only when their writer is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from oend import staging
from oend.config import data_dir


def _ended_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


def test_the_next_start_sweeps_only_leftovers_of_ended_runs(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    staging.new_path(out / "list.xlsx").unlink()  # remembers the folder, as any export does
    dead = _ended_pid()
    leftovers = [
        out / f".list.xlsx.{dead}-abcd1234.part",
        out / f".demo.db.{dead}-zz_9zz99.part.keys",
        data_dir() / f".oend.db.{dead}-abcdefgh.part-journal",
    ]
    kept = [
        out / f".list.xlsx.{os.getpid()}-abcd1234.part",  # a run still under way
        out / ".list.xlsx.abcd1234.part",  # not the program's naming
        out / "list.xlsx",
    ]
    for path in leftovers + kept:
        path.write_text("rows")
    assert sorted(staging.sweep_leftovers()) == sorted(leftovers)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in leftovers)


def test_staged_replaces_the_file_whole_or_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "r.pdf"
    with staging.staged(out) as tmp:
        tmp.write_bytes(b"whole")
    assert out.read_bytes() == b"whole"
    with pytest.raises(RuntimeError), staging.staged(out) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed")
    assert out.read_bytes() == b"whole" and os.listdir(out.parent) == ["r.pdf"]


class _Snooping:
    """A file object that notes what the folders hold while openpyxl writes the workbook into it."""

    def __init__(self, *folders: Path) -> None:
        self.folders = folders
        self.seen: list[set[str]] = [set() for _ in folders]
        self.position = 0

    def write(self, data: bytes) -> int:
        for seen, folder in zip(self.seen, self.folders, strict=True):
            seen.update(os.listdir(folder))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass


def test_openpyxl_scratch_files_go_beside_the_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system_temp, out = tmp_path / "system-temp", tmp_path / "out"
    system_temp.mkdir()
    out.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    workbook = Workbook()
    workbook.active.append(["Zoë", 1])
    sink = _Snooping(out, system_temp)
    with staging.spreadsheet_scratch_beside(out / "report.xlsx"):
        workbook.save(sink)  # type: ignore[arg-type]
    beside, in_temp = sink.seen
    assert any(name.startswith(".report.xlsx.") for name in beside), beside
    assert in_temp == set()
    assert os.listdir(out) == [] and os.listdir(system_temp) == []
