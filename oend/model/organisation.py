"""Sites where the program works and the staff who use the app."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oend.model.base import Base, Synced, code_enum
from oend.model.codes import PartnerCategory, Role, SiteKind

user_sites = Table(
    "user_sites",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("site_id", ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True),
)


class Partner(Synced, Base):
    """An organisation the program works with; its sites roll up to it in reports."""

    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[PartnerCategory] = mapped_column(code_enum(PartnerCategory))
    region: Mapped[str | None] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(default=True)


class Site(Synced, Base):
    """A place or team that trains and dispenses: an outreach van, a fixed site, a prison."""

    __tablename__ = "sites"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[SiteKind] = mapped_column(code_enum(SiteKind))
    region: Mapped[str | None] = mapped_column(String(80))
    partner: Mapped[str | None] = mapped_column(String(120))  # the partner's name, as reports group by it
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"))
    county: Mapped[str | None] = mapped_column(String(80))
    zip_code: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(default=True)


class User(Synced, Base):
    """A member of staff who signs in; role and sites bound what they may see and do."""

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(code_enum(Role))
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str | None] = mapped_column(Text)
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    #: The authority key's signature over role, sites, active and deleted (oend.services.authority).
    authority_signature: Mapped[str | None] = mapped_column(Text)
    sites: Mapped[list[Site]] = relationship(secondary=user_sites, lazy="selectin")

    @property
    def site_ids(self) -> set[uuid.UUID]:
        return {s.id for s in self.sites}
