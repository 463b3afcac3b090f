"""Files written whole or not at all, and the leftovers of a killed run swept away at the next start.

Everything the program writes (an export, a report, a backup, a demo database) is first written under a
hidden name of its own beside the final file, then renamed over it. A run killed halfway leaves only such
a hidden file, never half a file under the real name and never rows in the system's temp folder: the
spreadsheet library's scratch files are moved beside the output too (``spreadsheet_scratch_beside``).

The hidden name carries the writer's process id. At the next start ``sweep_leftovers`` removes those
whose writer is gone, in the data folder and in every folder the program staged a file in (listed in
the data folder's ``staging-folders``); files of any other naming are never touched.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from oend.config import data_dir
from oend.errors import OendError

#: ``.<final name>.<pid>-<8 random>.part``, and files SQLite or the key store add to it (``-wal``, ``.keys``).
PATTERN = re.compile(r"^\..+\.(?P<pid>\d+)-[a-z0-9_]{8}\.part(?:[.-].*)?$")
JOURNAL = "staging-folders"
KEPT_FOLDERS = 100

log = logging.getLogger(__name__)
_scratch = threading.local()
_patch_lock = threading.Lock()


def new_path(out_path: Path) -> Path:
    """A new, empty hidden file beside ``out_path``, of the naming the next start knows to sweep.

    A folder that cannot take it is refused in plain words, naming the file the user asked for.
    """
    try:
        fd, name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.{os.getpid()}-", suffix=".part")
    except OSError as error:
        raise OendError(
            "{path} cannot be written there ({reason}): choose another folder",
            values={"path": out_path, "reason": error.strerror or error},
        ) from error
    os.close(fd)
    _remember(out_path.parent)
    return Path(name)


def discard(staged: Path) -> None:
    """Remove ``staged`` and the files named after it (a database's ``-wal``, ``.keys``, ``.lock``)."""
    with suppress(OSError):
        for entry in os.scandir(staged.parent):
            if entry.name.startswith(staged.name) and PATTERN.match(entry.name):
                Path(entry.path).unlink(missing_ok=True)


@contextmanager
def staged(out_path: Path) -> Iterator[Path]:
    """A hidden file beside ``out_path`` that replaces it when the block completes, and is gone otherwise."""
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OendError(
            "{path} cannot be written: its folder cannot be made ({reason})",
            values={"path": out_path, "reason": error.strerror or error},
        ) from error
    tmp = new_path(out_path)
    try:
        yield tmp
        os.replace(tmp, out_path)
    finally:
        discard(tmp)


@contextmanager
def scratch_folder(out_path: Path) -> Iterator[Path]:
    """A hidden folder beside ``out_path`` for a library's scratch files, removed with them when the block ends.

    Its name is of the staging naming, so a run killed before the block ends leaves it to the next start's sweep.
    """
    hidden = out_path.name if out_path.name.startswith(".") else f".{out_path.name}"  # beside a staged file: its name
    try:
        folder = Path(tempfile.mkdtemp(dir=out_path.parent, prefix=f"{hidden}.{os.getpid()}-", suffix=".part"))
    except OSError as error:
        raise OendError(
            "{path} cannot be written there ({reason}): choose another folder",
            values={"path": out_path, "reason": error.strerror or error},
        ) from error
    _remember(out_path.parent)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def spreadsheet_scratch_beside(out_path: Path) -> Iterator[None]:
    """While the block runs in this thread, openpyxl keeps each sheet's rows in a hidden file beside ``out_path``.

    openpyxl stages every sheet it saves in a plaintext file of the system's temp folder (``NamedTemporaryFile``),
    removed only after the save or at a normal exit: a killed export would leave participants' rows there.
    Other threads, and code outside such a block, keep openpyxl's own behaviour.
    """
    _redirect_openpyxl()
    outer = getattr(_scratch, "target", None), getattr(_scratch, "made", None)
    _scratch.target, _scratch.made = out_path, []
    try:
        yield
    finally:
        from openpyxl.worksheet import _writer

        for name in _scratch.made:
            Path(name).unlink(missing_ok=True)
            with suppress(ValueError):
                _writer.ALL_TEMP_FILES.remove(name)
        _scratch.target, _scratch.made = outer


def _redirect_openpyxl() -> None:
    from openpyxl.worksheet import _writer

    with _patch_lock:
        original = _writer.create_temporary_file
        if getattr(original, "oend_scratch", False):
            return

        def create_temporary_file(suffix: str = "") -> str:
            target = getattr(_scratch, "target", None)
            if target is None:
                return str(original(suffix))
            name = str(new_path(target))
            _writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it from this list when it deletes the file
            _scratch.made.append(name)
            return name

        create_temporary_file.oend_scratch = True  # type: ignore[attr-defined]
        _writer.create_temporary_file = create_temporary_file


# -- the next start ----------------------------------------------------------------------------------------


def _journal() -> Path:
    return data_dir() / JOURNAL


def _remembered() -> list[str]:
    try:
        return [line for line in _journal().read_text(encoding="utf-8").splitlines() if line]
    except (OSError, UnicodeDecodeError):
        return []


def _remember(folder: Path) -> None:
    """Add ``folder`` to the folders the next start sweeps; a journal that cannot be written only costs the sweep."""
    name = str(folder.resolve())
    try:
        if name not in _remembered():
            with _journal().open("a", encoding="utf-8") as journal:
                journal.write(name + "\n")
    except OSError as error:
        log.warning("cannot note the folder %s for clean-up: %s", name, error)


def process_alive(pid: int) -> bool:
    """True when a process ``pid`` runs (or may run: when in doubt, its files are left alone)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # ERROR_ACCESS_DENIED: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def leftovers(folders: Iterable[Path]) -> list[Path]:
    """Hidden files and scratch folders of the program's naming in ``folders`` whose writing process has ended."""
    found = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            match = PATTERN.match(entry.name)
            if match and not entry.is_symlink() and not process_alive(int(match["pid"])):
                found.append(Path(entry.path))
    return found


def sweep_leftovers() -> list[Path]:
    """Remove what killed runs left in the data folder and the folders files were staged in; returns it."""
    try:
        home = data_dir()
    except OSError:
        return []
    remembered = _remembered()
    folders = list(dict.fromkeys([str(home), str(home / "backups"), *remembered]))
    removed = []
    for path in leftovers(Path(f) for f in folders):
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
        except OSError as error:
            log.warning("cannot remove the leftover %s: %s", path, error)
    if removed:
        log.info("removed %d leftover file(s) of an interrupted run: %s", len(removed), ", ".join(map(str, removed)))
    kept = [f for f in remembered if Path(f).is_dir()][-KEPT_FOLDERS:]
    if kept != remembered:
        with suppress(OSError):
            _journal().write_text("".join(f + "\n" for f in kept), encoding="utf-8")
    return removed
