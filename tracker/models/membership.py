"""Memberships of organizations in alliances, and the role terms held within them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db import Base, Timestamped
from tracker.models._columns import PartialDateField, RoleTermColumns, period_checks

if TYPE_CHECKING:
    from tracker.models.alliance import Alliance
    from tracker.models.organization import Organization
    from tracker.models.role import Role
    from tracker.models.source import Source


class Membership(Timestamped, Base):
    """An organization's place in an alliance, from joining to leaving."""

    __tablename__ = "membership"
    __table_args__ = (
        UniqueConstraint("organization_id", "alliance_id"),
        *period_checks("joined", "left"),
    )

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    alliance_id: Mapped[int] = mapped_column(
        ForeignKey("alliance.id", ondelete="CASCADE"), index=True
    )
    joined_date: Mapped[dt.date | None] = mapped_column(Date)
    joined_precision: Mapped[str | None] = mapped_column(String(5))
    left_date: Mapped[dt.date | None] = mapped_column(Date)
    left_precision: Mapped[str | None] = mapped_column(String(5))
    invited_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )

    joined = PartialDateField("joined", "first")
    left = PartialDateField("left", "last")

    organization: Mapped[Organization] = relationship(
        back_populates="memberships", foreign_keys=[organization_id]
    )
    alliance: Mapped[Alliance] = relationship(back_populates="memberships")
    invited_by: Mapped[Organization | None] = relationship(foreign_keys=[invited_by_id])
    source: Mapped[Source | None] = relationship()
    terms: Mapped[list[MembershipTerm]] = relationship(
        back_populates="membership",
        cascade="all, delete-orphan",
        # undated terms last on every engine: an undated role never goes before a dated one
        order_by="(MembershipTerm.start_date.is_(None), MembershipTerm.start_date, "
                 "MembershipTerm.id)",
    )


class MembershipTerm(RoleTermColumns, Timestamped, Base):
    """A role held within a membership from a start to an (open) end."""

    __tablename__ = "membership_term"
    __table_args__ = tuple(period_checks("start", "end"))

    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id"), index=True)

    membership: Mapped[Membership] = relationship(back_populates="terms")
    role: Mapped[Role] = relationship()
    source: Mapped[Source | None] = relationship()
