"""A repair for PySide6 6.12.0, whose ``SignalInstance.emit`` returns ``True`` without owning a reference to it.

Every ``emit`` called from Python then takes one reference from ``True`` that was never given, so after enough
signals ``True`` is freed while still in use and the process aborts ("bool_dealloc: deallocating True or False"),
usually on its way out. The repair hands back the missing reference, and only where the fault is seen, so a fixed
PySide is left alone.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBES = 8  # emits that must each take a reference: a stray one taken elsewhere is not mistaken for the fault


class _Probe(QObject):
    ping = Signal()


def emit_drops_a_reference() -> bool:
    """True when emitting a signal from Python takes a reference from ``True`` (the faulty PySide)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= PROBES


def repair_signal_emit() -> None:
    """Wrap ``SignalInstance.emit`` to give back the reference it takes, where it takes one; once per process."""
    if getattr(SignalInstance.emit, "__wrapped__", None) is not None or not emit_drops_a_reference():
        return
    faulty = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = faulty(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))  # the reference emit returned but never owned
        return result

    emit.__wrapped__ = faulty  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
