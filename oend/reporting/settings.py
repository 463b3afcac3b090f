"""Program settings the printed outputs read: name, logo, small-cell threshold, fiscal year start.

They live in the settings table under one key, so a coordinator changes them without code
(``oend.services.settings.change_reporting_settings``); this module only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oend.model import Setting
from oend.queries.settings import DEFAULT_FISCAL_START, DEFAULT_THRESHOLD
from oend.queries.settings import REPORTING_KEY as KEY

DEFAULT_PROGRAM_NAME = "Overdose Education and Naloxone Distribution Program"


@dataclass(frozen=True)
class ReportingSettings:
    program_name: str = DEFAULT_PROGRAM_NAME
    logo_path: Path | None = None
    suppression_threshold: int = DEFAULT_THRESHOLD
    fiscal_year_start_month: int = DEFAULT_FISCAL_START


def load(session: Session) -> ReportingSettings:
    """The current settings; missing ones take their defaults (a fresh program prints sensibly)."""
    stored: dict[str, Any] = {}
    program = session.get(Setting, "program")
    if program is not None and isinstance(program.value.get("name"), str):
        stored["program_name"] = program.value["name"]
    own = session.get(Setting, KEY)
    if own is not None:
        stored.update({k: v for k, v in own.value.items() if v is not None})
    logo = stored.get("logo_path")
    return ReportingSettings(
        program_name=str(stored.get("program_name") or DEFAULT_PROGRAM_NAME),
        logo_path=Path(logo) if logo else None,
        suppression_threshold=int(stored.get("suppression_threshold", DEFAULT_THRESHOLD)),
        fiscal_year_start_month=int(stored.get("fiscal_year_start_month", DEFAULT_FISCAL_START)),
    )
