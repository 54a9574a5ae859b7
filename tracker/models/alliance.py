"""Alliances: consortia, leagues, networks and associations of institutions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import PartialDateField, enum_column, period_checks
from tracker.models.enums import AllianceScope
from tracker.names import name_key

if TYPE_CHECKING:
    from tracker.models.country import Country
    from tracker.models.membership import Membership
    from tracker.models.organization import Alias, Organization


class Alliance(Timestamped, Base):
    __tablename__ = "alliance"
    __table_args__ = tuple(period_checks("founded", "dissolved"))

    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), unique=True)
    scope: Mapped[AllianceScope | None] = mapped_column(enum_column(AllianceScope, "scope"))
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    founded_date: Mapped[dt.date | None] = mapped_column(Date)
    founded_precision: Mapped[str | None] = mapped_column(String(5))
    dissolved_date: Mapped[dt.date | None] = mapped_column(Date)
    dissolved_precision: Mapped[str | None] = mapped_column(String(5))
    lead_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    website: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)

    founded = PartialDateField("founded", "first")
    dissolved = PartialDateField("dissolved", "last")

    country: Mapped[Country | None] = relationship()
    lead_organization: Mapped[Organization | None] = relationship()
    aliases: Mapped[list[Alias]] = relationship(
        back_populates="alliance", cascade="all, delete-orphan", order_by="Alias.name"
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="alliance", cascade="all, delete-orphan"
    )

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = name_key(value)
        return value
