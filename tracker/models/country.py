"""Countries (ISO 3166-1, from pycountry) and groups of them (Belt and Road partners)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from tracker.db import Base, Timestamped
from tracker.models._columns import PartialDateField, period_checks
from tracker.names import name_key


class Country(Timestamped, Base):
    __tablename__ = "country"

    code: Mapped[str] = mapped_column(String(2), unique=True)  # ISO 3166-1 alpha-2
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    official_name: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(50), index=True)
    subregion: Mapped[str | None] = mapped_column(String(50))


class CountryGroup(Timestamped, Base):
    __tablename__ = "country_group"

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[CountryGroupMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class CountryGroupMember(Timestamped, Base):
    """A country's membership of a group, from joining to leaving."""

    __tablename__ = "country_group_member"
    __table_args__ = (
        UniqueConstraint("group_id", "country_id"),
        *period_checks("joined", "left"),
    )

    group_id: Mapped[int] = mapped_column(
        ForeignKey("country_group.id", ondelete="CASCADE"), index=True
    )
    country_id: Mapped[int] = mapped_column(ForeignKey("country.id"), index=True)
    joined_date: Mapped[dt.date | None] = mapped_column(Date)
    joined_precision: Mapped[str | None] = mapped_column(String(5))
    left_date: Mapped[dt.date | None] = mapped_column(Date)
    left_precision: Mapped[str | None] = mapped_column(String(5))
    source: Mapped[str | None] = mapped_column(Text)

    joined = PartialDateField("joined", "first")
    left = PartialDateField("left", "last")

    group: Mapped[CountryGroup] = relationship(back_populates="members")
    country: Mapped[Country] = relationship()
