"""The records the International Influence Table (国际影响表) counts beyond cooperation:
posts our people hold abroad, standards adopted abroad, awards at competitions, and
teaching sites abroad."""

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
    exactly_one,
    partial_date_checks,
    period_checks,
)
from tracker.models.enums import AwardLevel, AwardWinner, SiteKind, StandardKind

if TYPE_CHECKING:
    from tracker.models.alliance import Alliance
    from tracker.models.country import Country
    from tracker.models.event import Event
    from tracker.models.organization import Organization
    from tracker.models.person import Person
    from tracker.models.role import Role
    from tracker.models.source import Source


class Post(Timestamped, Base):
    """A person holding a post in an organization or an alliance from a start to an (open)
    end: the shape of a membership's role term, held by a person."""

    __tablename__ = "post"
    __table_args__ = (
        *period_checks("start", "end"),
        exactly_one("organization_id", "alliance_id", "one_body"),
        CheckConstraint("role_id IS NOT NULL OR title IS NOT NULL", name="has_role"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    alliance_id: Mapped[int | None] = mapped_column(
        ForeignKey("alliance.id", ondelete="CASCADE"), index=True
    )
    # the role vocabulary where it fits (vice chair, council member), else the post's own title
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    start_precision: Mapped[str | None] = mapped_column(String(5))
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_precision: Mapped[str | None] = mapped_column(String(5))
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )
    evidence: Mapped[str | None] = mapped_column(Text)

    start = PartialDateField("start", "first")
    end = PartialDateField("end", "last")

    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()
    alliance: Mapped[Alliance | None] = relationship()
    role: Mapped[Role | None] = relationship()
    source: Mapped[Source | None] = relationship()


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
