"""Records a correction may void: kept with their audit history, counted nowhere, and saying why."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column


class Voidable:
    """A void sets the row's ``deleted`` flag (so it travels to other laptops like any change) and keeps
    the reason, when and who beside it: a funder's figure that drops can be explained record by record."""

    void_reason: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[dt.datetime | None]
    voided_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())
