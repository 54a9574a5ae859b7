"""Figures: quantities a source states, about an organization, an alliance or neither.

A figure with no subject is still a fact of its source ("122 students from 23
countries took part"): the article names no organization or alliance it is about.
"""

from __future__ import annotations

import datetime as dt
import decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db import Base, Timestamped
from tracker.models._columns import (
    PartialDateField,
    at_most_one,
    enum_column,
    non_negative,
    partial_date_checks,
)
from tracker.models.enums import Bound, Metric

if TYPE_CHECKING:
    from tracker.models.alliance import Alliance
    from tracker.models.organization import Organization
    from tracker.models.source import Source


class Figure(Timestamped, Base):
    """ "Cooperation with 57 Belt and Road countries": metric, value, bound, as-of date."""

    __tablename__ = "figure"
    __table_args__ = (
        at_most_one("organization_id", "alliance_id", "at_most_one_subject"),
        non_negative("value"),
        *partial_date_checks("as_of"),
    )

    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    alliance_id: Mapped[int | None] = mapped_column(
        ForeignKey("alliance.id", ondelete="CASCADE"), index=True
    )
    metric: Mapped[Metric] = mapped_column(enum_column(Metric, "metric"))
    value: Mapped[decimal.Decimal] = mapped_column(Numeric(20, 4))
    bound: Mapped[Bound] = mapped_column(enum_column(Bound, "bound"), default=Bound.EXACT)
    as_of_date: Mapped[dt.date | None] = mapped_column(Date)
    as_of_precision: Mapped[str | None] = mapped_column(String(5))
    statement: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL"), index=True
    )

    as_of = PartialDateField("as_of", "first")

    organization: Mapped[Organization | None] = relationship()
    alliance: Mapped[Alliance | None] = relationship()
    source: Mapped[Source | None] = relationship()
