"""The audit log: every insert, update and delete, who made it and with which command."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from tracker.db import Base
from tracker.models._columns import enum_column
from tracker.models.enums import ChangeAction


class Change(Base):
    __tablename__ = "change"
    __table_args__ = (Index("ix_change_table_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), index=True
    )
    actor: Mapped[str] = mapped_column(String(100), index=True)
    # the PostgreSQL role the session logged in as (current_user); none on SQLite
    database_user: Mapped[str | None] = mapped_column(String(100))
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction, "action"))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    command: Mapped[str | None] = mapped_column(Text)
