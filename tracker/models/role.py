"""The role vocabulary: what place an organization holds in an alliance, ranked."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.db import Base, Timestamped


class Role(Timestamped, Base):
    """A role; a lower `rank` is a higher office (chair is 10, observer 100)."""

    __tablename__ = "role"

    code: Mapped[str] = mapped_column(String(50), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    rank: Mapped[int] = mapped_column(Integer)
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
