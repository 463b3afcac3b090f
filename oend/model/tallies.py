"""Running tallies the database keeps itself, so the Today page need not re-read millions of rows.

Triggers (``oend.db.tallies``, made by migration 0009) bring them up to date in the same transaction as
every write to the rows they sum, whoever writes: a service, a merge, a sync. The app only reads them. They
are derived, so they live outside ``Base.metadata``: they never travel between machines and are not
part of a program's records.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, Index, Integer, MetaData, Table, Uuid

TALLIES = MetaData()

#: Kits of each lot at each site: live stock movements less live dispensings (``queries.stock``).
stock_on_hand = Table(
    "stock_on_hand",
    TALLIES,
    Column("site_id", Uuid(), primary_key=True),
    Column("lot_id", Uuid(), primary_key=True),
    Column("on_hand", Integer(), nullable=False),
)

#: Per person, over their live records: the latest expiry of a kit they were given, the day of their
#: latest kit and of the latest overdose they reported (the rule of ``queries.refill_due``).
kit_holders = Table(
    "kit_holders",
    TALLIES,
    Column("participant_id", Uuid(), primary_key=True),
    Column("expiry", Date()),
    Column("last_kit", Date()),
    Column("reported", Date()),
    # Counting those due is a range count of one of these; a person with no kit has no expiry.
    Index("ix_kit_holders_expiry", "expiry"),
    Index("ix_kit_holders_reported", "reported", "last_kit"),
)

#: The same per person and site, for the Today page of some sites: the latest expiry of a kit given there,
#: and the latest overdose reported there (kits since a report count wherever they were given).
kit_holders_at_site = Table(
    "kit_holders_at_site",
    TALLIES,
    Column("site_id", Uuid(), primary_key=True),
    Column("participant_id", Uuid(), primary_key=True),
    Column("expiry", Date()),
    Column("reported", Date()),
    sqlite_with_rowid=False,  # one B-tree, in site order: a site's people are one range of it
)
