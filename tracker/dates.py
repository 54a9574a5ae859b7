"""Partial dates: a date known to the year, the month or the day.

News says "in 2022", "as of October 2023", "on November 17". A `PartialDate`
keeps the first day of the period and its precision; it prints and compares
at that precision, and interval logic treats "2022" as the whole year.

>>> parse_partial_date("2023")
PartialDate(2023)
>>> parse_partial_date("Nov 17, 2023").iso()
'2023-11-17'
>>> parse_partial_date("October 2023").iso()
'2023-10'
>>> parse_partial_date("２０２３年１１月").iso()
'2023-11'
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
import unicodedata
from dataclasses import dataclass

from tracker.errors import InvalidInput


class Precision(enum.StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar period: a whole year, a whole month or one day."""

    first_day: dt.date
    precision: Precision

    @classmethod
    def year(cls, year: int) -> PartialDate:
        return cls(dt.date(year, 1, 1), Precision.YEAR)

    @property
    def last_day(self) -> dt.date:
        day = self.first_day
        if self.precision is Precision.YEAR:
            return dt.date(day.year, 12, 31)
        if self.precision is Precision.MONTH:
            return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        return day

    def iso(self) -> str:
        """ISO 8601 at this precision: 2023, 2023-11 or 2023-11-17."""
        day = self.first_day
        if self.precision is Precision.YEAR:
            return f"{day.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{day.year:04d}-{day.month:02d}"
        return day.isoformat()

    def __str__(self) -> str:
        return self.iso()

    def __repr__(self) -> str:
        return f"PartialDate({self.iso()})"

    def overlaps(self, other: PartialDate) -> bool:
        return self.first_day <= other.last_day and other.first_day <= self.last_day


# The forms a user may type, for help texts and error messages.
FORMS = "2023, 2023-11, 2023-11-17, 'Nov 17, 2023' or 2023年11月17日"

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
# Chinese: 2023年, 2023年11月, 2023年11月17日 (号 in speech); full-width digits are
# folded to ASCII by NFKC before this is tried.
_CHINESE = re.compile(r"^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?$")
_YEAR_MONTH_WORDS = re.compile(r"^[A-Za-z]+\.?\s*,?\s*\d{4}$|^\d{4}\s*[/.]\s*\d{1,2}$")
_HAS_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_HAS_CHINESE_DATE_WORD = re.compile(r"[年月日号]")
_YEAR_DIGITS = re.compile(r"\d{4}")
MIN_YEAR, MAX_YEAR = 1000, 2999


def parse_partial_date(text: str) -> PartialDate:
    """Read "2023", "2023-11", "2023-11-17", "Nov 17, 2023", "November 2023", "17/11/2023",
    "2023年", "2023年11月", "2023年11月17日" (full-width digits too).

    Raises InvalidInput with a message naming the accepted forms.
    """
    raw = text.strip()
    if not raw:
        raise InvalidInput(f"a date is empty; write it as {FORMS}")
    folded = unicodedata.normalize("NFKC", raw)
    match = _ISO.match(folded) or _CHINESE.match(folded)
    try:
        if match:
            year, month, day = (int(part) if part else None for part in match.groups())
            assert year is not None
            _check_year(year, raw)
            if month is None:
                return PartialDate(dt.date(year, 1, 1), Precision.YEAR)
            if day is None:
                return PartialDate(dt.date(year, month, 1), Precision.MONTH)
            return PartialDate(dt.date(year, month, day), Precision.DAY)
        if _HAS_CHINESE_DATE_WORD.search(folded):
            # dateutil would read the digits and drop the characters: "11月17日" must not
            # become a day of 1900
            missing = "" if _YEAR_DIGITS.search(folded) else " with a year"
            raise InvalidInput(f"'{raw}' is not a date{missing}; write it as {FORMS}")
        return _parse_words(folded, raw)
    except ValueError as error:
        raise InvalidInput(f"'{raw}' is not a real date ({error})") from None


def _parse_words(folded: str, raw: str) -> PartialDate:
    from dateutil import parser  # imported here: only commands that read dates pay for it

    default = dt.datetime(1900, 1, 1)
    # a run of digits beyond a year ("20231117", a timestamp, an id) is ambiguous or no date
    if re.fullmatch(r"\d{5,}", folded.strip()) or re.search(r"\d{9,}", folded):
        raise InvalidInput(f"'{raw}' is not a date; write it as {FORMS}")
    try:
        parsed, tokens = parser.parse(folded, default=default, fuzzy_with_tokens=True)
    except (parser.ParserError, OverflowError):
        raise InvalidInput(f"'{raw}' is not a date; write it as {FORMS}") from None
    if "".join(tokens).strip(" ,.") or parsed.year == default.year and "1900" not in folded:
        raise InvalidInput(f"'{raw}' is not a date with a year; write it as {FORMS}")
    _check_year(parsed.year, raw)
    without_year = folded.replace(str(parsed.year), " ")
    if _YEAR_MONTH_WORDS.match(folded) or not _HAS_DAY_NUMBER.search(without_year):
        return PartialDate(dt.date(parsed.year, parsed.month, 1), Precision.MONTH)
    return PartialDate(parsed.date(), Precision.DAY)


def _check_year(year: int, raw: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(f"'{raw}' has an implausible year {year}")


def parse_year(text: str) -> int:
    """A year as typed: "2023", "2023年" or full-width "２０２３".

    >>> parse_year("２０２３年")
    2023
    """
    folded = unicodedata.normalize("NFKC", text).strip().removesuffix("年").strip()
    if not re.fullmatch(r"\d{4}", folded):
        raise InvalidInput(f"'{text.strip()}' is not a year; write it as 2023 or 2023年")
    _check_year(int(folded), text.strip())
    return int(folded)


def parse_optional(text: str | None) -> PartialDate | None:
    """`parse_partial_date`, passing None and blank text through as None."""
    if text is None or not text.strip():
        return None
    return parse_partial_date(text)


def check_order(start: PartialDate | None, end: PartialDate | None, what: str = "end") -> None:
    """Refuse an end that lies wholly before its start."""
    if start and end and end.last_day < start.first_day:
        raise InvalidInput(f"the {what} {end} is before the start {start}")


def edited_period(
    start: str | None,
    end: str | None,
    current: tuple[PartialDate | None, PartialDate | None],
    what: str = "end",
) -> tuple[PartialDate | None, PartialDate | None]:
    """The period after an edit: None keeps a bound, "" clears it, text is parsed; the end
    is checked against the start."""
    first = parse_optional(start) if start is not None else current[0]
    last = parse_optional(end) if end is not None else current[1]
    check_order(first, last, what)
    return first, last
