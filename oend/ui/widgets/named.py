"""Name a widget where it is made: style sheets and tests find widgets by their object names.

PySide6 accepts ``objectName=`` as a constructor keyword, but its type stubs declare only each class's own
properties, so the name is set through this typed helper instead.
"""

from typing import TypeVar

from PySide6.QtCore import QObject

_Q = TypeVar("_Q", bound=QObject)


def named(obj: _Q, name: str) -> _Q:
    """``obj`` with its object name set to ``name``."""
    obj.setObjectName(name)
    return obj
