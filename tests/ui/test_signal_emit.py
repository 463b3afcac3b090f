"""Emitting a signal from Python leaves ``True`` as it found it, so the process does not abort on its way out."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from oend.ui.signal_emit import emit_drops_a_reference  # loading oend.ui repairs emit


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
    assert not emit_drops_a_reference()
