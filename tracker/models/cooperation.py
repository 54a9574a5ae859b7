"""Cooperation records: exchanges, trainings, joint programmes, MoUs..."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import PartialDateField, enum_column, non_negative, period_checks
from tracker.models.enums import CooperationDirection, CooperationKind

if TYPE_CHECKING:
    from tracker.models.country import Country
    from tracker.models.organization import Organization
    from tracker.models.source import Source


class Cooperation(Timestamped, Base):
    """Cooperation of an organization with a partner organization and/or a country.

    For an MoU the end is its expiry.
    """

    __tablename__ = "cooperation"
    __table_args__ = (
        *period_checks("start", "end"),
        non_negative("headcount"),
        non_negative("days"),
        CheckConstraint(
            "partner_organization_id IS NOT NULL OR country_id IS NOT NULL",
            name="has_partner",
        ),
    )

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    partner_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    kind: Mapped[CooperationKind] = mapped_column(
        enum_column(CooperationKind, "kind"), default=CooperationKind.OTHER
    )
    # incoming: people come to us; outgoing: our people go abroad; joint: both ways
    direction: Mapped[CooperationDirection | None] = mapped_column(
        enum_column(CooperationDirection, "direction")
    )
    title: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_precision: Mapped[str | None] = mapped_column(String(5))
    end_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_precision: Mapped[str | None] = mapped_column(String(5))
    headcount: Mapped[int | None] = mapped_column(Integer)
    # as given; None means "from the dates" (see `duration_days`)
    days: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )

    start = PartialDateField("start", "first")
    end = PartialDateField("end", "last")

    organization: Mapped[Organization] = relationship(foreign_keys=[organization_id])
    partner: Mapped[Organization | None] = relationship(foreign_keys=[partner_organization_id])
    country: Mapped[Country | None] = relationship()
    source: Mapped[Source | None] = relationship()

    def duration_days(self) -> int | None:
        """The days it lasts: as given, else from start to end when both are exact days
        (both counted), else unknown. Person-days are headcount x this."""
        if self.days is not None:
            return self.days
        start, end = self.start, self.end
        # "2023-05" to "2023-07" says nothing exact about days away: only exact days count
        if start is None or end is None or not start.precision == end.precision == "day":
            return None
        return (end.first_day - start.first_day).days + 1
