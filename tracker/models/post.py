"""Posts held by people: a person of ours holding a post in an organization or an
alliance over time (a teacher on the board of an international body)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import RoleTermColumns, exactly_one, period_checks

if TYPE_CHECKING:
    from tracker.models.alliance import Alliance
    from tracker.models.organization import Organization
    from tracker.models.person import Person
    from tracker.models.role import Role
    from tracker.models.source import Source


class Post(RoleTermColumns, Timestamped, Base):
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

    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()
    alliance: Mapped[Alliance | None] = relationship()
    role: Mapped[Role | None] = relationship()
    source: Mapped[Source | None] = relationship()
