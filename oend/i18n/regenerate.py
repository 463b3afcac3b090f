"""Refresh the translation sources from the code and forms, then compile them for the app.

    python oend/i18n/regenerate.py

``pyside6-lupdate`` adds new texts to ``oend_<lang>.ts`` (translations already made are kept);
translators fill them in with Qt Linguist (``pyside6-linguist oend/i18n/oend_es.ts``); ``pyside6-lrelease``
compiles each ``.ts`` into the ``.qm`` the app loads. Run it again after translating.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
LANGUAGES = ("es",)


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    files = sorted(PACKAGE.glob("ui/**/*.py")) + sorted(PACKAGE.glob("forms/*.ui"))
    return [str(f.relative_to(PACKAGE.parent)) for f in files if f.name != "icons_rc.py"]


def main() -> int:
    root = PACKAGE.parent
    for language in LANGUAGES:
        ts = HERE / f"oend_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts)], cwd=root, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
