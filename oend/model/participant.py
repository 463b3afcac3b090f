"""People the program serves, known by a pseudonymous code; names only where a program needs them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column

from oend.model.base import Base, Synced, code_enum
from oend.model.codes import AgeBand, Ethnicity, Gender, ParticipantCategory, Race, Residence
from oend.model.voidable import Voidable

#: What a name search reads beside the name: the code it orders by, and what decides whether a record is shown.
SEARCH_COVERS = ("code", "deleted", "merged_into_id", "home_site_id")


class Participant(Voidable, Synced, Base):
    __tablename__ = "participants"
    __table_args__ = (
        Index("ix_participants_home_site", "home_site_id"),
        # Covering: whether a person counted in a report is voided, checked per row without reading the person.
        Index("ix_participants_id_deleted", "id", "deleted"),
        # Name and date-of-birth lookups are range scans of these (names compared case-blind). The name indexes
        # cover a search: the first matches by code, and whether each may be shown, without reading the table.
        Index("ix_participants_last_name_search", func.lower(text("last_name")), *SEARCH_COVERS),
        Index("ix_participants_first_name_search", func.lower(text("first_name")), *SEARCH_COVERS),
        Index("ix_participants_date_of_birth", "date_of_birth"),
        Index("ix_participants_external_id", "external_id"),
    )

    # Stored upper-case, so a prefix search is a range scan of this unique index on any database.
    code: Mapped[str] = mapped_column(String(40), unique=True)
    first_name: Mapped[str | None] = mapped_column(String(80))
    last_name: Mapped[str | None] = mapped_column(String(80))
    # A facility's own inmate or booking number, so its rosters match the same person again.
    external_id: Mapped[str | None] = mapped_column(String(40))
    date_of_birth: Mapped[dt.date | None]
    birth_year: Mapped[int | None]
    age_band: Mapped[AgeBand | None] = mapped_column(code_enum(AgeBand))
    category: Mapped[ParticipantCategory] = mapped_column(code_enum(ParticipantCategory))
    gender: Mapped[Gender | None] = mapped_column(code_enum(Gender))
    race: Mapped[Race | None] = mapped_column(code_enum(Race))
    ethnicity: Mapped[Ethnicity | None] = mapped_column(code_enum(Ethnicity))
    zip_code: Mapped[str | None] = mapped_column(String(10))
    residence: Mapped[Residence | None] = mapped_column(code_enum(Residence))
    county: Mapped[str | None] = mapped_column(String(80))
    substances: Mapped[list[str]] = mapped_column(default=list)
    overdose_witnessed: Mapped[bool | None]
    overdose_experienced: Mapped[bool | None]
    home_site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    expected_release_date: Mapped[dt.date | None]
    released_on: Mapped[dt.date | None]
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participants.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    @property
    def display_name(self) -> str:
        """The name to print (certificates, rosters), or the code when no name is kept."""
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.code
