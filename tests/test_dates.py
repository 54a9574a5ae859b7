"""Partial dates: parsing what people type, printing at the given precision."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.dates import PartialDate, Precision, parse_partial_date, parse_year
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
    ("2023年11月17日", "2023-11-17"),
    ("2023年11月17号", "2023-11-17"),
    ("2023 年 3 月 5 日", "2023-03-05"),
    ("２０２３年１１月１７日", "2023-11-17"),
    ("2023年11月", "2023-11"),
    ("2023年", "2023"),
    ("２０２３", "2023"),
    ("２０２３-１１", "2023-11"),
]


@pytest.mark.parametrize(("typed", "iso"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_parse(typed, iso):
    assert parse_partial_date(typed).iso() == iso


@pytest.mark.parametrize("typed", ["", "soon", "2023-13", "2023-02-30", "Nov 17", "0999", "20234",
                                   "20231117", "16470311204919", "Nov 17, 2023 16470311"])
def test_refuse(typed):
    with pytest.raises(InvalidInput):
        parse_partial_date(typed)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("11月17日", "'11月17日' is not a date with a year; write it as 2023,"),
        ("17日", "'17日' is not a date with a year"),
        ("2023年11", "'2023年11' is not a date; write it as"),
        ("2023年13月", "'2023年13月' is not a real date"),
        ("2023年2月30日", "'2023年2月30日' is not a real date"),
        ("0999年", "'0999年' has an implausible year 999"),
    ],
    ids=lambda value: value,
)
def test_refuse_chinese_with_a_clear_message(typed, message):
    with pytest.raises(InvalidInput) as refused:
        parse_partial_date(typed)
    assert str(refused.value).startswith(message)
    assert "\n" not in str(refused.value)


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


@pytest.mark.parametrize(("typed", "year"), [("2023", 2023), ("2023年", 2023), (" ２０２３ 年", 2023)])
def test_parse_year(typed, year):
    assert parse_year(typed) == year


@pytest.mark.parametrize("typed", ["", "23", "2023-11", "2023年11月", "nineteen", "0999"])
def test_refuse_year(typed):
    with pytest.raises(InvalidInput):
        parse_year(typed)
