"""Standards adopted abroad: a programme or course standard we developed, adopted by an
institution or authority of another country."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import (
    PartialDateField,
    enum_column,
    partial_date_checks,
)
from tracker.models.enums import StandardKind

if TYPE_CHECKING:
    from tracker.models.country import Country
    from tracker.models.organization import Organization
    from tracker.models.source import Source


class StandardAdoption(Timestamped, Base):
    """A programme or course standard an organization of ours developed, adopted by an
    institution or authority of another country."""

    __tablename__ = "standard_adoption"
    __table_args__ = (
        *partial_date_checks("adopted"),
        CheckConstraint(
            "adopter_organization_id IS NOT NULL OR country_id IS NOT NULL", name="has_adopter"
        ),
    )

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[StandardKind] = mapped_column(enum_column(StandardKind, "kind"))
    title: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    adopter_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    adopted_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    adopted_precision: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )

    adopted = PartialDateField("adopted", "first")

    organization: Mapped[Organization] = relationship(foreign_keys=[organization_id])
    adopter: Mapped[Organization | None] = relationship(foreign_keys=[adopter_organization_id])
    country: Mapped[Country | None] = relationship()
    source: Mapped[Source | None] = relationship()
