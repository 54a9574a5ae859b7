"""Organizations (universities, colleges, companies, government bodies) and their aliases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import enum_column, exactly_one, partial_index
from tracker.models.enums import AliasKind, OrganizationKind
from tracker.names import name_key

if TYPE_CHECKING:
    from tracker.models.alliance import Alliance
    from tracker.models.country import Country
    from tracker.models.membership import Membership


class Organization(Timestamped, Base):
    __tablename__ = "organization"
    __table_args__ = (
        # at most one home institution: a unique index over the rows where is_home is true
        partial_index("uq_organization_home", "is_home", unique=True, where="is_home"),
    )

    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), unique=True)
    kind: Mapped[OrganizationKind] = mapped_column(
        enum_column(OrganizationKind, "kind"), default=OrganizationKind.OTHER
    )
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    province: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(500))
    is_home: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    country: Mapped[Country | None] = relationship()
    aliases: Mapped[list[Alias]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", order_by="Alias.name"
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organization",
        foreign_keys="Membership.organization_id",
        cascade="all, delete-orphan",
    )

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class Alias(Timestamped, Base):
    """Another name of exactly one organization or one alliance."""

    __tablename__ = "alias"
    __table_args__ = (exactly_one("organization_id", "alliance_id", "one_owner"),)

    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), unique=True)
    kind: Mapped[AliasKind] = mapped_column(enum_column(AliasKind, "kind"), default=AliasKind.OTHER)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    alliance_id: Mapped[int | None] = mapped_column(
        ForeignKey("alliance.id", ondelete="CASCADE"), index=True
    )

    organization: Mapped[Organization | None] = relationship(back_populates="aliases")
    alliance: Mapped[Alliance | None] = relationship(back_populates="aliases")

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = name_key(value)
        return value
