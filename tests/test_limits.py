"""One set of input limits (tracker.limits): read from the columns, the same on every engine."""

from __future__ import annotations

import decimal

import pytest
from sqlalchemy import BigInteger, Column, Integer, Numeric, String, Text

from tracker.errors import InvalidInput
from tracker.limits import check_integer, check_number, check_text, check_value, looks_like_id


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (Column("n", String(10)), "x" * 11),
        (Column("n", String(10)), "a\x00b"),
        (Column("n", Text), "lone \udcff surrogate"),
        (Column("n", Integer), 2**31),
        (Column("n", Integer), -(2**31) - 1),
        (Column("n", BigInteger), 2**63),
        (Column("n", Numeric(20, 4)), decimal.Decimal("Infinity")),
        (Column("n", Numeric(20, 4)), decimal.Decimal("NaN")),
        (Column("n", Numeric(20, 4)), decimal.Decimal("1e16")),
        (Column("n", Numeric(20, 4)), decimal.Decimal("1e400")),
    ],
    ids=["long", "nul", "surrogate", "int32+1", "int32-1", "int64+1", "inf", "nan", "1e16",
         "1e400"],
)
def test_a_value_the_column_cannot_hold_is_refused(column, value):
    with pytest.raises(InvalidInput, match="^the thing "):
        check_value(column, value, "thing")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (Column("n", String(10)), "x" * 10),
        (Column("n", String(10)), "学院学院学院学院学院"),  # characters, not bytes
        (Column("n", Integer), 2**31 - 1),
        (Column("n", Integer), -(2**31)),
        (Column("n", BigInteger), 2**63 - 1),
        (Column("n", Numeric(20, 4)), decimal.Decimal("9999999999999999.9999")),
        (Column("n", Numeric(20, 4)), None),
    ],
)
def test_a_value_that_fits_passes(column, value):
    check_value(column, value, "thing")


def test_the_messages_name_the_field_and_the_limit():
    with pytest.raises(InvalidInput, match="the city is 5 characters long; the limit is 4"):
        check_text("Paris", "city", 4)
    with pytest.raises(InvalidInput, match=r"the headcount 2147483648 is out of range"):
        check_integer(2**31, "headcount")
    with pytest.raises(InvalidInput, match="the value must be a finite number, not inf"):
        check_number(float("inf"), "value")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("42", True), (" 7 ", True), ("²", False), ("٣", False), ("4a", False), ("", False),
     (str(10**30), True)],
)
def test_an_id_is_ascii_digits(text, expected):
    assert looks_like_id(text) is expected
