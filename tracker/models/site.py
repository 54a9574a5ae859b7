"""Teaching sites abroad: overseas branches, Luban Workshops, joint centres of ours."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import (
    PartialDateField,
    enum_column,
    period_checks,
)
from tracker.models.enums import SiteKind

if TYPE_CHECKING:
    from tracker.models.country import Country
    from tracker.models.organization import Organization
    from tracker.models.source import Source


class TeachingSite(Timestamped, Base):
    """A teaching site of ours abroad (overseas branch, Luban Workshop, joint centre) with
    its host country and partner, opened and closed."""

    __tablename__ = "teaching_site"
    __table_args__ = tuple(period_checks("opened", "closed"))

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    kind: Mapped[SiteKind] = mapped_column(enum_column(SiteKind, "kind"), default=SiteKind.OTHER)
    country_id: Mapped[int] = mapped_column(ForeignKey("country.id"), index=True)
    partner_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    opened_date: Mapped[dt.date | None] = mapped_column(Date)
    opened_precision: Mapped[str | None] = mapped_column(String(5))
    closed_date: Mapped[dt.date | None] = mapped_column(Date)
    closed_precision: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )

    opened = PartialDateField("opened", "first")
    closed = PartialDateField("closed", "last")

    organization: Mapped[Organization] = relationship(foreign_keys=[organization_id])
    partner: Mapped[Organization | None] = relationship(foreign_keys=[partner_organization_id])
    country: Mapped[Country] = relationship()
    source: Mapped[Source | None] = relationship()
