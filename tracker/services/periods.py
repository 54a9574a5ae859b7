"""The one condition for "at any time in this year" over a start/end column pair.

A missing start means "since before we know", a missing end "still going": both
count as overlapping, as the office reads an undated record as current.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, or_


def held_in_year(start: Any, end: Any, year: int) -> ColumnElement[bool]:
    """`start`/`end` (date columns) overlap the calendar year `year`."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return and_(or_(start.is_(None), start <= last), or_(end.is_(None), end >= first))


def dated_in_year(day: Any, year: int) -> ColumnElement[bool]:
    """A partial date column (stored as its first day) falls in `year`; undated never does."""
    return and_(day >= dt.date(year, 1, 1), day <= dt.date(year, 12, 31))
