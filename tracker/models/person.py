"""People named in the records: a name, a title, an organization."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.names import name_key

if TYPE_CHECKING:
    from tracker.models.organization import Organization


class Person(Timestamped, Base):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    # not unique: two people may share a name; the key finds them by spelling
    name_key: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), index=True)
    title: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )

    organization: Mapped[Organization | None] = relationship()

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = name_key(value)
        return value
