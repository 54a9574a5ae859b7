"""Awards won by our students or teachers at competitions (events of kind competition)."""

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
    partial_date_checks,
)
from tracker.models.enums import AwardLevel, AwardWinner

if TYPE_CHECKING:
    from tracker.models.event import Event
    from tracker.models.organization import Organization
    from tracker.models.person import Person
    from tracker.models.source import Source


class Award(Timestamped, Base):
    """An award won by our students or teachers at a competition (an event of kind
    competition)."""

    __tablename__ = "award"
    __table_args__ = tuple(partial_date_checks("awarded"))

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    level: Mapped[AwardLevel | None] = mapped_column(enum_column(AwardLevel, "level"))
    winner: Mapped[AwardWinner | None] = mapped_column(enum_column(AwardWinner, "winner"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    awarded_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    awarded_precision: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )

    awarded = PartialDateField("awarded", "first")

    organization: Mapped[Organization] = relationship()
    event: Mapped[Event] = relationship()
    person: Mapped[Person | None] = relationship()
    source: Mapped[Source | None] = relationship()
