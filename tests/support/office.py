"""Files made by a real spreadsheet program: LibreOffice converting a small source in headless mode.

Each conversion gets a private LibreOffice profile, so tests running side by side do not share one.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

CSV_FILTER = "Text - txt - csv (StarCalc)"
#: LibreOffice's numbers for the character sets its CSV filter writes.
UTF8, WINDOWS_1252, UTF16 = 76, 1, 65535


def soffice() -> str:
    found = shutil.which("soffice")
    assert found, "LibreOffice (soffice) is installed by scripts/system-packages"
    return found


#: Token 12 of the CSV filter's options (LibreOffice 7.2+): -1 writes every sheet, each to ``<name>-<sheet>.csv``.
ALL_SHEETS = -1


def _run(source: Path, out_dir: Path, target: str, *, infilter: str | None = None, timeout: float = 180) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / ".profile"
    argv = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    if infilter:
        argv.append(f"--infilter={infilter}")
    argv += ["--convert-to", target, "--outdir", str(out_dir), str(source)]
    subprocess.run(argv, check=True, capture_output=True, timeout=timeout)


def convert(source: Path, out_dir: Path, target: str, *, infilter: str | None = None) -> Path:
    """``source`` saved by LibreOffice as ``target`` (``xlsx``, or ``csv:<filter>:<options>``) into ``out_dir``."""
    _run(source, out_dir, target, infilter=infilter)
    made = out_dir / f"{source.stem}.{target.split(':', 1)[0]}"
    assert made.exists(), f"LibreOffice did not write {made.name}"
    return made


def csv_from(workbook: Path, out_dir: Path, *, separator: str, charset: int) -> Path:
    """The first sheet of ``workbook`` saved as CSV, as "Save as... Text CSV" writes it."""
    return convert(workbook, out_dir, f"csv:{CSV_FILTER}:{ord(separator)},34,{charset}")


def every_sheet(workbook: Path, out_dir: Path, *, timeout: float = 180) -> dict[str, Path]:
    """Every sheet of ``workbook`` as LibreOffice opens it, saved as UTF-8 CSV: the CSV file of each sheet, by name."""
    _run(
        workbook,
        out_dir,
        f"csv:{CSV_FILTER}:44,34,{UTF8},1,,0,false,true,false,false,false,{ALL_SHEETS}",
        timeout=timeout,
    )
    prefix = f"{workbook.stem}-"
    made = {p.name.removeprefix(prefix).removesuffix(".csv"): p for p in out_dir.glob(f"{prefix}*.csv")}
    assert made, f"LibreOffice wrote no sheet of {workbook.name}"
    return made


def csv_rows(path: Path) -> Iterator[list[str]]:
    """The rows of a CSV file LibreOffice wrote, one at a time (a sheet may hold a million)."""
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.reader(f)
