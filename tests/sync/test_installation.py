"""The installation's device file: made once, and a damaged one gives way to a new device."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from oend.db.installation import FILE_NAME, Installation


def test_one_installation_started_many_times_at_once_is_one_device(tmp_path: Path) -> None:
    with ThreadPoolExecutor(8) as pool:
        ids = set(pool.map(lambda _: Installation.load(tmp_path).device_id, range(16)))
    assert len(ids) == 1
    assert json.loads((tmp_path / FILE_NAME).read_text())["device_id"] in ids


def test_a_damaged_file_is_set_aside_for_a_new_device(tmp_path: Path) -> None:
    first = Installation.load(tmp_path)
    (tmp_path / FILE_NAME).write_text('{"device_id": "', encoding="utf-8")
    again = Installation.load(tmp_path)
    assert again.device_id != first.device_id
    assert (tmp_path / f"{FILE_NAME}.damaged").exists()
    assert Installation.load(tmp_path).device_id == again.device_id


def test_numbers_noted_by_another_window_are_never_lowered(tmp_path: Path) -> None:
    one, two = Installation.load(tmp_path), Installation.load(tmp_path)
    assert one.hand_out("db", 5) == 0
    assert two.hand_out("db", 3) == 5, "the other window's note is read first"
    one.take_back("db", 0, 5)
    assert Installation.load(tmp_path).handed_out["db"] == 0
    two.hand_out("db", 7)
    one.take_back("db", 0, 5)  # its transaction rolled back, but the other window has handed out more since
    assert Installation.load(tmp_path).handed_out["db"] == 7
