"""Sources (news articles, documents) and the citations that tie facts to them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.config import MAX_NAME_LENGTH
from tracker.db import Base, Timestamped
from tracker.models._columns import PartialDateField, partial_date_checks


class Source(Timestamped, Base):
    """One article or document; the same content is one source (unique hash)."""

    __tablename__ = "source"
    __table_args__ = tuple(partial_date_checks("published"))

    title: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    publisher: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    published_date: Mapped[dt.date | None] = mapped_column(Date)
    published_precision: Mapped[str | None] = mapped_column(String(5))
    author: Mapped[str | None] = mapped_column(String(MAX_NAME_LENGTH))
    content_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    text: Mapped[str | None] = mapped_column(Text)

    published = PartialDateField("published", "first")

    citations: Mapped[list[Citation]] = relationship(
        back_populates="source", cascade="all, delete-orphan"
    )


class Citation(Timestamped, Base):
    """A fact (any row of any table) that a source states, with the sentence behind it.

    A record keeps the source that created it in its own `source_id`; a later
    article that restates the fact adds a citation, so no evidence is lost.
    """

    __tablename__ = "citation"
    __table_args__ = (UniqueConstraint("source_id", "subject_table", "subject_id"),)

    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    subject_table: Mapped[str] = mapped_column(String(50))
    subject_id: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str | None] = mapped_column(Text)

    source: Mapped[Source] = relationship(back_populates="citations")
