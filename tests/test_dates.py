"""Partial dates: parsing what people type, printing at the given precision."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.dates import PartialDate, Precision, parse_partial_date
from tracker.errors import InvalidInput

EXAMPLES = [
    ("2023", "2023"),
    ("2023-11", "2023-11"),
    ("2023-11-17", "2023-11-17"),
    ("Nov 17, 2023", "2023-11-17"),
    ("17 November 2023", "2023-11-17"),
    ("November 2023", "2023-11"),
    ("Oct. 2023", "2023-10"),
    ("2023/11/17", "2023-11-17"),
    (" 2023 ", "2023"),
]


@pytest.mark.parametrize(("typed", "iso"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_parse(typed, iso):
    assert parse_partial_date(typed).iso() == iso


@pytest.mark.parametrize("typed", ["", "soon", "2023-13", "2023-02-30", "Nov 17", "0999", "20234"])
def test_refuse(typed):
    with pytest.raises(InvalidInput):
        parse_partial_date(typed)


def test_period_bounds():
    assert PartialDate.year(2022).last_day == dt.date(2022, 12, 31)
    february = parse_partial_date("2024-02")
    assert (february.first_day, february.last_day) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert february.overlaps(PartialDate.year(2024))
    assert not february.overlaps(PartialDate.year(2023))


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)),
       st.sampled_from(list(Precision)))
def test_iso_round_trip(day, precision):
    value = PartialDate(day, precision)
    value = PartialDate(parse_partial_date(value.iso()).first_day, precision)
    assert parse_partial_date(value.iso()).iso() == value.iso()


@given(st.text(max_size=40))
def test_never_crashes(text):
    with contextlib.suppress(InvalidInput):
        parse_partial_date(text)
