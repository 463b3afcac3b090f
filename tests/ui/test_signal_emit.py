"""Emitting a signal from Python leaves ``True`` as it found it, so the process does not abort on its way out.

PySide6 6.12.0 returned ``True`` from ``SignalInstance.emit`` without a reference of its own: every emit took one
from ``True``, and the process aborted at exit (``bool_dealloc``) once a session had emitted enough. pyproject.toml
excludes that release; this test fails on any release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    flag = Signal(bool)


def test_emitting_keeps_the_reference_count_of_true() -> None:
    sender = Sender()
    received: list[bool] = []
    sender.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        sender.flag.emit(False)
    assert sys.getrefcount(True) >= before, "each emit took a reference from True"
    assert received == [False] * 500
