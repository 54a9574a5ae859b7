"""How many days a stated duration is: "a two-week course", "为期一个月的培训".

The International Influence Table counts person-days; a duration stated in weeks or
months is counted in days as offices fill in the table: a week is 7 days, a month 30.
"""

from __future__ import annotations

DAYS_PER_UNIT = {"day": 1, "week": 7, "month": 30}


def days_of(count: int | float, unit: str) -> int | None:
    """The days of `count` units (None for an unknown unit or a count that is not one).

    >>> days_of(2, "week"), days_of(1.5, "month"), days_of(15, "day"), days_of(3, "year")
    (14, 45, 15, None)
    """
    per = DAYS_PER_UNIT.get(unit)
    if per is None or count <= 0:
        return None
    return round(count * per)
