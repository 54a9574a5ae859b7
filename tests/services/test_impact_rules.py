"""The small rules the International Influence Table rests on: how long cooperation
lasts, and what counts as 国（境）外."""

from __future__ import annotations

import pytest

from tracker.dates import parse_partial_date
from tracker.models import Cooperation, Country
from tracker.reports.impact import is_abroad


def _lasting(start: str | None, end: str | None, days: int | None = None) -> int | None:
    record = Cooperation(days=days)
    record.start = parse_partial_date(start) if start else None
    record.end = parse_partial_date(end) if end else None
    return record.duration_days()


@pytest.mark.parametrize(
    ("start", "end", "days", "expected"),
    [
        ("2023-05-08", "2023-05-19", None, 12),       # both days counted
        ("2023年5月8日", "2023年5月8日", None, 1),     # a one-day visit, Chinese dates
        ("2024-02-27", "2024-03-01", None, 4),        # across a leap day
        ("2023-05", "2023-06", None, None),           # months say nothing exact
        ("2023-05-08", None, None, None),             # open: unknown
        ("2023-05", None, 14, 14),                    # given days win
        ("2023-05-08", "2023-05-19", 5, 5),           # ... even over exact dates
    ],
)
def test_cooperation_days(start, end, days, expected):
    assert _lasting(start, end, days) == expected


@pytest.mark.parametrize(
    ("code", "abroad"),
    [("HK", True), ("MO", True), ("TW", True), ("KE", True), ("DE", True), ("CN", False)],
)
def test_abroad_means_anywhere_but_the_mainland(code, abroad):
    assert is_abroad(Country(code=code)) is abroad


def test_an_unknown_place_is_not_counted_abroad():
    assert is_abroad(None) is False
