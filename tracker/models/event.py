"""Events (meetings, forums, trainings, visits...), their series and participants."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import (
    PartialDateField,
    enum_column,
    exactly_one,
    non_negative,
    partial_date_checks,
    partial_index,
    period_checks,
)
from tracker.models.enums import EventKind, ParticipantRole
from tracker.names import name_key

if TYPE_CHECKING:
    from tracker.models.alliance import Alliance
    from tracker.models.country import Country
    from tracker.models.organization import Organization
    from tracker.models.person import Person
    from tracker.models.source import Source


class EventSeries(Timestamped, Base):
    """A recurring event ("the Belt and Road seminar"), whose events carry an edition."""

    __tablename__ = "event_series"
    __table_args__ = (
        *partial_date_checks("started"),
        *partial_date_checks("editions_as_of"),
        CheckConstraint("editions IS NULL OR editions >= 1", name="editions_positive"),
    )

    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), unique=True)
    alliance_id: Mapped[int | None] = mapped_column(
        ForeignKey("alliance.id", ondelete="SET NULL"), index=True
    )
    # who holds the series when it is not the alliance ("has hosted the seminar since 2018")
    host_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    started_date: Mapped[dt.date | None] = mapped_column(Date)
    started_precision: Mapped[str | None] = mapped_column(String(5))
    # how many editions were held by `editions_as_of` ("6 sessions by 2023")
    editions: Mapped[int | None] = mapped_column(Integer)
    editions_as_of_date: Mapped[dt.date | None] = mapped_column(Date)
    editions_as_of_precision: Mapped[str | None] = mapped_column(String(5))

    started = PartialDateField("started", "first")
    editions_as_of = PartialDateField("editions_as_of", "first")

    alliance: Mapped[Alliance | None] = relationship()
    host: Mapped[Organization | None] = relationship()
    events: Mapped[list[Event]] = relationship(back_populates="series")

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class Event(Timestamped, Base):
    __tablename__ = "event"
    __table_args__ = (
        *period_checks("start", "end"),
        non_negative("participants_count"),
        non_negative("countries_count"),
        CheckConstraint("edition IS NULL OR edition >= 1", name="edition_positive"),
    )

    title: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "kind"), default=EventKind.OTHER)
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_precision: Mapped[str | None] = mapped_column(String(5))
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_precision: Mapped[str | None] = mapped_column(String(5))
    city: Mapped[str | None] = mapped_column(String(100))
    province: Mapped[str | None] = mapped_column(String(100))
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    is_online: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    alliance_id: Mapped[int | None] = mapped_column(
        ForeignKey("alliance.id", ondelete="SET NULL"), index=True
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_series.id", ondelete="SET NULL"), index=True
    )
    edition: Mapped[int | None] = mapped_column(Integer)
    participants_count: Mapped[int | None] = mapped_column(Integer)
    countries_count: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )

    start = PartialDateField("start", "first")
    end = PartialDateField("end", "last")

    country: Mapped[Country | None] = relationship()
    alliance: Mapped[Alliance | None] = relationship()
    series: Mapped[EventSeries | None] = relationship(back_populates="events")
    source: Mapped[Source | None] = relationship()
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class EventParticipant(Timestamped, Base):
    """An organization or a person taking part in an event, in one role."""

    __tablename__ = "event_participant"
    __table_args__ = (
        exactly_one("organization_id", "person_id", "one_participant"),
        partial_index(
            "uq_event_participant_organization",
            "event_id",
            "organization_id",
            "role",
            unique=True,
            where="organization_id IS NOT NULL",
        ),
        partial_index(
            "uq_event_participant_person",
            "event_id",
            "person_id",
            "role",
            unique=True,
            where="person_id IS NOT NULL",
        ),
        # covers "which events did this organization take part in"
        Index("ix_event_participant_organization_event", "organization_id", "event_id"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE")
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[ParticipantRole] = mapped_column(
        enum_column(ParticipantRole, "role"), default=ParticipantRole.ATTENDEE
    )

    event: Mapped[Event] = relationship(back_populates="participants")
    organization: Mapped[Organization | None] = relationship()
    person: Mapped[Person | None] = relationship()
