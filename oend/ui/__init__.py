"""The desktop app (PySide6). Nothing outside this package imports it except the command line's launcher."""

from oend.ui.signal_emit import repair_signal_emit

repair_signal_emit()  # before any screen emits a signal
