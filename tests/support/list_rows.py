"""Rows shaped like the dispensing list's, made up in any number, each told apart by its participant code.

They feed the real XLSX writer where a database of that many rows would take longer to build than to export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

START = dt.date(2025, 1, 1)


def dispensing_rows(count: int) -> Iterator[tuple[Any, ...]]:
    """``count`` rows in the dispensing list's columns, codes already in the words of their labels."""
    for i in range(count):
        refill = i % 5 == 0
        yield (
            START + dt.timedelta(days=i % 365),
            ("NORTH", "SOUTH", "JAIL")[i % 3],
            f"P-{i:07d}",
            "Person who uses drugs / at risk",
            "NAS4",
            "N-001",
            1 + i % 3,
            "Refill" if refill else "New",
            "Lost" if refill else None,
            "Outreach",
            None,
            "=1+1" if i % 1000 == 0 else (f"note {i}" if i % 50 == 0 else None),
        )
