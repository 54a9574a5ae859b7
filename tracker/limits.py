"""One set of input limits, read from the model's own columns and checked before any flush.

SQLite stores a 400-character name in a 300-character column, an integer of any
64-bit size in an INTEGER and a NUL in a TEXT; PostgreSQL refuses each with its own
error, and Python's sqlite3 raises OverflowError past 64 bits. So a value is checked
here, against the column it goes to, before either engine sees it: both engines then
refuse the same inputs with the same one line, and a SQLite database can always be
restored into PostgreSQL. The services' own checks (tracker.services.validate) come
first and name the option; this is the rule they share and the backstop for every
write, including ones a new command forgets to check.
"""

from __future__ import annotations

import decimal
import math
from typing import Any, TypeVar

from sqlalchemy import BigInteger, Float, Integer, Numeric, String, Text, event, inspect
from sqlalchemy.orm import Session, class_mapper

from tracker.config import INT32_MAX, INT64_MAX
from tracker.errors import InvalidInput

T = TypeVar("T")

# a Text column has no length of its own; an article's full text is the longest value kept
MAX_LONG_TEXT = 2_000_000


def integer_range(column_type: Any) -> int:
    """The largest magnitude an integer column holds on both engines."""
    return INT64_MAX if isinstance(column_type, BigInteger) else INT32_MAX


def check_text(value: str, field: str, limit: int | None = None) -> str:
    """`value` if it is text every engine stores unchanged: valid Unicode, no NUL, not longer
    than `limit` characters."""
    if "\x00" in value:
        raise InvalidInput(f"the {field} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # a lone surrogate: a command-line argument that was not valid UTF-8 ends up so
        raise InvalidInput(f"the {field} is not valid text (invalid UTF-8)") from None
    if limit is not None and len(value) > limit:
        raise InvalidInput(f"the {field} is {len(value)} characters long; the limit is {limit}")
    return value


def check_integer(value: int, field: str, largest: int = INT32_MAX) -> int:
    """`value` if it fits a column whose magnitude is at most `largest`."""
    if not -largest - 1 <= value <= largest:
        raise InvalidInput(f"the {field} {value} is out of range (at most {largest:,})")
    return value


def check_number(value: Any, field: str, *, digits: int | None = None, scale: int = 0) -> Any:
    """`value` if it is a finite number that fits NUMERIC(digits, scale) (any size if None)."""
    number = decimal.Decimal(value) if isinstance(value, int) else value
    finite = number.is_finite() if isinstance(number, decimal.Decimal) else math.isfinite(number)
    if not finite:
        raise InvalidInput(f"the {field} must be a finite number, not {value}")
    if digits is not None and abs(decimal.Decimal(number)) >= decimal.Decimal(10) ** (
        digits - scale
    ):
        raise InvalidInput(f"the {field} {value} is too large (under 10^{digits - scale})")
    return value


def looks_like_id(text: str) -> bool:
    """Whether `text` is written as a record id: ASCII digits only ('²' and '٣' are digits
    to Python, but int() refuses the first and no one types the second as an id)."""
    text = text.strip()
    return text.isascii() and text.isdigit()


def get_by_id(session: Session, model: type[T], text: str) -> T | None:
    """The row of `model` whose id `text` names, or None; an id no integer column can hold
    (10^30) finds nothing, instead of the driver's overflow error."""
    number = int(text.strip())
    largest = integer_range(class_mapper(model).primary_key[0].type)
    return session.get(model, number) if number <= largest else None


def check_value(column: Any, value: Any, field: str) -> None:
    """Refuse `value` if the column `column` could not hold it the same on both engines."""
    if value is None:
        return
    column_type = column.type
    if isinstance(value, str):
        limit = getattr(column_type, "length", None)
        if limit is None and isinstance(column_type, Text | String):
            limit = MAX_LONG_TEXT
        check_text(value, field, limit)
    elif isinstance(value, bool):
        return
    elif isinstance(value, int) and isinstance(column_type, Integer):
        check_integer(value, field, integer_range(column_type))
    elif isinstance(column_type, Numeric | Float) and isinstance(
        value, int | float | decimal.Decimal
    ):
        precision = None if isinstance(column_type, Float) else column_type.precision
        check_number(value, field, digits=precision, scale=column_type.scale or 0)


def check_row(obj: Any) -> None:
    """Check every column value of a row about to be written."""
    mapper = inspect(obj).mapper
    table = mapper.local_table.name.replace("_", " ")
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        check_value(column, getattr(obj, attr.key), f"{table} {attr.key.replace('_', ' ')}")


def _check_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        check_row(obj)


event.listen(Session, "before_flush", _check_before_flush)
