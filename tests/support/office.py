"""Files made by a real spreadsheet program: LibreOffice converting a small source in headless mode.

Each conversion gets a private LibreOffice profile, so tests running side by side do not share one.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CSV_FILTER = "Text - txt - csv (StarCalc)"
#: LibreOffice's numbers for the character sets its CSV filter writes.
UTF8, WINDOWS_1252, UTF16 = 76, 1, 65535


def soffice() -> str:
    found = shutil.which("soffice")
    assert found, "LibreOffice (soffice) is installed by scripts/system-packages"
    return found


def convert(source: Path, out_dir: Path, target: str, *, infilter: str | None = None) -> Path:
    """``source`` saved by LibreOffice as ``target`` (``xlsx``, or ``csv:<filter>:<options>``) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / ".profile"
    argv = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    if infilter:
        argv.append(f"--infilter={infilter}")
    argv += ["--convert-to", target, "--outdir", str(out_dir), str(source)]
    subprocess.run(argv, check=True, capture_output=True, timeout=180)
    made = out_dir / f"{source.stem}.{target.split(':', 1)[0]}"
    assert made.exists(), f"LibreOffice did not write {made.name}"
    return made


def csv_from(workbook: Path, out_dir: Path, *, separator: str, charset: int) -> Path:
    """The first sheet of ``workbook`` saved as CSV, as "Save as... Text CSV" writes it."""
    return convert(workbook, out_dir, f"csv:{CSV_FILTER}:{ord(separator)},34,{charset}")
