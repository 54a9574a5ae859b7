"""Column helpers shared by the models: partial dates, enums, checks.

A partial date is two columns, `<name>_date` and `<name>_precision`. A start
stores the first day of its period and an end stores the last day, so the
database can check `end >= start` and answer interval-overlap queries with
plain comparisons ("held at any time in 2023" is start <= 2023-12-31 and
end >= 2023-01-01).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, Literal

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.dates import PartialDate, Precision

PRECISIONS = ", ".join(f"'{p.value}'" for p in Precision)
Anchor = Literal["first", "last"]


def _first_day_of(day: dt.date, precision: Precision) -> dt.date:
    if precision is Precision.YEAR:
        return dt.date(day.year, 1, 1)
    if precision is Precision.MONTH:
        return dt.date(day.year, day.month, 1)
    return day


class PartialDateField:
    """A `PartialDate` attribute over the columns `<prefix>_date` and `<prefix>_precision`."""

    def __init__(self, prefix: str, anchor: Anchor = "first") -> None:
        self.prefix = prefix
        self.anchor = anchor

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        day = getattr(obj, f"{self.prefix}_date")
        precision = getattr(obj, f"{self.prefix}_precision")
        if day is None or precision is None:
            return None
        precision = Precision(precision)
        return PartialDate(_first_day_of(day, precision), precision)

    def __set__(self, obj: Any, value: PartialDate | None) -> None:
        if value is None:
            setattr(obj, f"{self.prefix}_date", None)
            setattr(obj, f"{self.prefix}_precision", None)
            return
        day = value.first_day if self.anchor == "first" else value.last_day
        setattr(obj, f"{self.prefix}_date", day)
        setattr(obj, f"{self.prefix}_precision", value.precision.value)


def partial_date_checks(prefix: str) -> list[CheckConstraint]:
    """Both columns set or both empty, and a known precision."""
    date, precision = f"{prefix}_date", f"{prefix}_precision"
    return [
        CheckConstraint(f"({date} IS NULL) = ({precision} IS NULL)", name=f"{prefix}_complete"),
        CheckConstraint(
            f"{precision} IS NULL OR {precision} IN ({PRECISIONS})", name=f"{prefix}_precision"
        ),
    ]


def period_checks(start: str, end: str) -> list[CheckConstraint]:
    """Checks for a start/end pair: each complete, and the end not before the start."""
    order = CheckConstraint(
        f"{end}_date IS NULL OR {start}_date IS NULL OR {end}_date >= {start}_date",
        name=f"{end}_not_before_{start}",
    )
    return [*partial_date_checks(start), *partial_date_checks(end), order]


def enum_column(enum_class: type[enum.StrEnum], name: str) -> Enum:
    """A StrEnum stored by value as text, with a named CHECK constraint."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
    )


def non_negative(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {column} >= 0", name=f"{column}_not_negative")


def exactly_one(first: str, second: str, name: str) -> CheckConstraint:
    return CheckConstraint(f"({first} IS NULL) <> ({second} IS NULL)", name=name)


def at_most_one(first: str, second: str, name: str) -> CheckConstraint:
    return CheckConstraint(f"{first} IS NULL OR {second} IS NULL", name=name)


# Partial indexes, and whether a PostgreSQL engine has been made in this process.
_PARTIAL_INDEXES: list[tuple[Index, str]] = []
_postgresql_in_use = False


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """An index over the rows where `where` holds, on SQLite and on PostgreSQL.

    The SQLite condition is set here. The PostgreSQL one is set when a
    PostgreSQL engine is made (`use_postgresql`): naming `postgresql_where`
    here makes SQLAlchemy import the whole PostgreSQL dialect to check the
    option's name, 20-70 ms of every command run on SQLite. The migrations
    create both conditions; the engine a process talks to decides which one
    the models carry.
    """
    index = Index(name, *columns, unique=unique, sqlite_where=text(where))
    _PARTIAL_INDEXES.append((index, where))
    if _postgresql_in_use:
        index.dialect_kwargs["postgresql_where"] = text(where)
    return index


def use_postgresql() -> None:
    """Give every partial index its PostgreSQL condition (the dialect is loaded by now)."""
    global _postgresql_in_use
    _postgresql_in_use = True
    for index, where in _PARTIAL_INDEXES:
        index.dialect_kwargs["postgresql_where"] = text(where)


class RoleTermColumns:
    """The columns of a role held over a term, alike for an organization's role in an
    alliance (`MembershipTerm`) and a person's post (`Post`): a start and an (open) end as
    partial dates, the source cited and its evidence. The table adds
    `*period_checks("start", "end")`; the role itself differs (a post may have a title
    instead)."""

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
