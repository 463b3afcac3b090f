"""The program's participant code scheme as the database sets it, and new codes that no one holds yet."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.participant_codes import SCHEME_SETTING, CodeInputs, CodeScheme, scheme_from_setting
from oend.model import Participant, Setting


def current_scheme(session: Session) -> CodeScheme:
    setting = session.get(Setting, SCHEME_SETTING)
    return scheme_from_setting(setting.value if setting else None)


def code_taken(session: Session, code: str) -> bool:
    return session.scalar(select(Participant.id).where(Participant.code == code)) is not None


def generate_code(session: Session, inputs: CodeInputs) -> str:
    """A new code in the program's scheme; a numeric suffix keeps two people with the same inputs apart."""
    scheme = current_scheme(session)
    base = scheme.make(inputs)
    if not code_taken(session, base):
        return base
    if scheme.name in ("random", "free"):
        return generate_code(session, inputs)
    suffix = 2
    while code_taken(session, f"{base}-{suffix}"):
        suffix += 1
    return f"{base}-{suffix}"
