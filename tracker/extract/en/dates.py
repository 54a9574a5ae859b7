"""Dates in news text: mentions with spans, the page's date line, year resolution.

A mention keeps what the text gives (year, month, day, or a weekday, "this
year") and is resolved later against a reference date, so that "on November
17" takes the year of the page's date line.

>>> [m.iso() for m in find_dates("Founded in 2017, it met on 5 March 2020.")]
['2017', '2020-03-05']
>>> resolve(find_dates("on November 17")[0], reference="2023-12-01").iso()
'2023-11-17'
>>> resolve(find_dates("on Friday")[0], reference="2023-06-17").iso()
'2023-06-16'
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from tracker.extract.en.gates import may_hold

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_RANGE = r"\s*(?:-|–|—|to|through|till|until|and)\s*"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"

# A pattern that starts with \b is tried at every position; a lookahead for the
# first letters it can start with lets the engine skip to those first (the same
# matches, found faster). Under re.I (m_rel, rel) a class matches both cases.
_AT_MON = r"(?=[ADFJMNOS])\b"
_AT_DIGIT = r"(?=\d)\b"
_AT_PREP = r"(?=[IiBbSsDdUuEeLlMm])\b"  # m_only's "in", "by", "since", ... "mid"

# Each pattern yields named groups among: y, m, d (month name or number).
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"(?=[12])(?<![\d.])(?P<y>{_YEAR})[-/.](?P<mn>0?[1-9]|1[0-2])[-/.]"
                       rf"(?P<d>[12]\d|3[01]|0?[1-9])(?![\d])")),
    # "04.08.2017": day first, as the pages that write dates with dots do
    ("dmy_dots", re.compile(rf"(?=\d)(?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9])\."
                            rf"(?P<mn>0?[1-9]|1[0-2])\.(?P<y>{_YEAR})(?![\d.])")),
    ("mdy_range", re.compile(rf"{_AT_MON}(?P<m>{_MON})\s+(?P<d>{_DAY}){_RANGE}(?:{_MON}\s+)?{_DAY}"
                             rf"(?:,?\s*(?P<y>{_YEAR}))?\b")),
    ("dmy_range", re.compile(rf"{_AT_DIGIT}(?P<d>{_DAY}){_RANGE}{_DAY}\s+(?:of\s+)?(?P<m>{_MON})"
                             rf"(?:,?\s*(?P<y>{_YEAR}))?\b")),
    ("mdy", re.compile(rf"{_AT_MON}(?P<m>{_MON})\s+(?P<d>{_DAY})(?!\d)"
                       rf"(?:\s*,?\s*(?P<y>{_YEAR}))?\b")),
    ("dmy", re.compile(rf"{_AT_DIGIT}(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON})"
                       rf"(?:\s*,?\s*(?P<y>{_YEAR}))?\b")),
    ("my", re.compile(rf"{_AT_MON}(?P<m>{_MON})\s*,?\s+(?P<y>{_YEAR})\b")),
    # "in early November", "by late March": a month the page's year completes
    ("m_only", re.compile(rf"{_AT_PREP}(?:[Ii]n|[Bb]y|[Ss]ince|[Dd]uring|[Uu]ntil|"
                          rf"[Ee]arly|[Ll]ate|[Mm]id)"
                          rf"[\s-]+(?:(?:early|late|mid)[\s-]+)?(?P<m>{_MON})(?![\w.]|\s*\d)"
                          # ("in April last year" is `m_rel`'s)
                          rf"(?!\s+(?:of\s+)?(?:this|last|next)\s+year)")),
    ("m_rel", re.compile(rf"{_AT_MON}(?P<m>{_MON})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
                         re.I)),
    ("rel", re.compile(r"(?=[tln])\b(?P<rel>this|last|next)\s+year\b", re.I)),
    ("rel_month", re.compile(r"(?=[tln])\b(?P<rel>this|last|next)\s+month\b", re.I)),
    ("weekday", re.compile(rf"(?=[olt])\b(?:on|last|this)\s+(?P<wd>{_WEEKDAY})\b(?!\s*,?\s*\d)")),
    ("ordinal_day", re.compile(r"(?=[Oo])\b[Oo]n\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])"
                               r"(?:st|nd|rd|th)\b"
                               r"(?!\s+(?:of|anniversary|session|century|meeting|annual))")),
    ("year", re.compile(rf"(?=[12])(?<![\d.,/$-])(?P<y>{_YEAR})(?![\d%]|[.,/]\d|-\d)")),
)

# Words that label a page's own date line ("Date: Nov 17, 2023", "published: ...").
# "Posted on November 30, 2017 at 1:13 pm" too.
_DATE_LABEL = re.compile(r"(?:date|published|posted|release(?:d)?|updated|time|发布)"
                         r"(?:\s*[:：]|\s+on)?\s*$", re.I)
_LINE_NOISE = re.compile(
    r"\b(?:source|hits|views|clicks|number of clicks|resource|author|editor|by|"
    r"comment|share|am|pm|gmt|utc|bjt)\b|[^A-Za-z\s]", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date as written: whatever of year, month, day the text gives."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # "this"/"last"/"next" year
    weekday: int | None = None
    kind: str = ""

    def iso(self) -> str | None:
        """ISO 8601 at the precision known; None without a year."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> int:
        return 0 if self.year is None else 1 + (self.month is not None) + (self.day is not None)


# What a text must hold for a pattern to match in it, tested far faster than the pattern is
# tried at every position (gates.py): a word read case-insensitively, a word as written, or a
# shape of digits that each match contains.
_NEEDS_WORD = {"m_rel": ("year",), "rel": ("year",), "rel_month": ("month",)}
_NEEDS_CASED = {"weekday": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_NEEDS_SHAPE = {
    "iso": re.compile(r"\d\d\d\d[-/.]\d\d?[-/.]\d"),
    "dmy_dots": re.compile(r"\d\.\d\d?\.\d\d\d\d"),
    "ordinal_day": re.compile(r"\d(?:st|nd|rd|th)\b"),
}


def _may_match(kind: str, text: str) -> bool:
    if kind in _NEEDS_WORD:
        return may_hold(text, _NEEDS_WORD[kind])
    if kind in _NEEDS_CASED:
        return any(word in text for word in _NEEDS_CASED[kind])
    return kind not in _NEEDS_SHAPE or _NEEDS_SHAPE[kind].search(text) is not None


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every date mention in `text`, left to right, longest first where they overlap."""
    found: list[DateMention] = []
    for kind, pattern in PATTERNS:
        if not _may_match(kind, text):
            continue
        for match in pattern.finditer(text):
            mention = _mention(kind, match, offset)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[DateMention] = []
    last_end = -1
    for mention in found:
        if mention.start >= last_end:
            out.append(mention)
            last_end = mention.end
    return out


def _mention(kind: str, match: re.Match[str], offset: int) -> DateMention | None:
    groups = match.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    month = None
    if groups.get("m"):
        month = MONTHS.get(groups["m"].rstrip(".").lower())
    elif groups.get("mn"):
        month = int(groups["mn"])
    day = int(re.sub(r"\D", "", groups["d"])) if groups.get("d") else None
    weekday = None
    if groups.get("wd"):
        key = groups["wd"].lower()
        weekday = next((n for name, n in WEEKDAYS.items() if name.startswith(key[:3])), None)
    text = match.group(0)
    # "May" is also a verb: without a year, demand the day directly beside it.
    if kind in ("mdy", "dmy") and year is None and groups.get("m", "").startswith("May") \
            and not re.match(r"May\s+\d", text) and not re.search(r"\d\s+(?:of\s+)?May", text):
        return None
    if day is not None and month is not None:
        try:
            dt.date(year or 2000, month, day)
        except ValueError:
            return None
    return DateMention(offset + match.start(), offset + match.end(), text, year, month, day,
                       (groups.get("rel") or "").lower() or None, weekday, kind)


def resolve(mention: DateMention, reference: str | None = None,
            context_year: int | None = None) -> DateMention:
    """Fill a missing year (and weekday dates) from the reference date or year."""
    ref_date = _parse_iso(reference)
    ref_year = ref_date[0] if ref_date else context_year
    if mention.relative and mention.kind == "rel_month":
        # "last month" needs the page's month: without it the text gives no date
        if not ref_date or ref_date[1] is None:
            return mention
        months = ref_date[0] * 12 + ref_date[1] - 1 + {"this": 0, "last": -1, "next": 1}[
            mention.relative]
        return replace(mention, year=months // 12, month=months % 12 + 1)
    if mention.relative:
        if ref_year is None:
            return mention
        shift = {"this": 0, "last": -1, "next": 1}[mention.relative]
        return replace(mention, year=ref_year + shift)
    if mention.weekday is not None:
        if not ref_date or ref_date[2] is None:
            return mention
        day = dt.date(*ref_date)  # type: ignore[arg-type]
        back = (day.weekday() - mention.weekday) % 7
        hit = day - dt.timedelta(days=back)
        return replace(mention, year=hit.year, month=hit.month, day=hit.day)
    if mention.year is None and mention.day is not None and mention.month is None:
        if not ref_date or ref_date[1] is None:
            return mention
        return replace(mention, year=ref_date[0], month=ref_date[1])
    if mention.year is None and ref_year is not None:
        return replace(mention, year=ref_year)
    return mention


def _parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


@dataclass(frozen=True)
class DateLine:
    """The page's own date line: its date and the span of the line."""

    iso: str
    mention: DateMention
    line_start: int
    line_end: int


def find_date_line(text: str, mentions: list[DateMention],
                   head_chars: int = 1500) -> DateLine | None:
    """The first short line near the top that is mostly a full date, or is labelled one."""
    for mention in mentions:
        if mention.start > head_chars:
            break
        if mention.year is None or mention.month is None or mention.day is None:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:mention.start]
        labelled = bool(_DATE_LABEL.search(before))
        rest = before + " " + text[mention.end:line_end]
        words = [w for w in _LINE_NOISE.sub(" ", rest).split()
                 if w.lower() not in WEEKDAYS and w.lower()[:3] not in
                 ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
        if labelled or len(words) <= 4:
            return DateLine(mention.iso() or "", mention, line_start, line_end)
    return None


def most_common_year(mentions: list[DateMention]) -> int | None:
    """The year the text speaks of most (ties: the latest)."""
    years = Counter(m.year for m in mentions if m.year is not None)
    if not years:
        return None
    best = max(years.values())
    return max(y for y, n in years.items() if n == best)
