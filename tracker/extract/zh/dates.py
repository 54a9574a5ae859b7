"""Dates as Chinese news write them, resolved against the page's date line.

>>> [d.iso for d in find_dates("6月4日至5日，会议召开。", year=2023)]
['2023-06-04']
>>> [d.iso for d in find_dates("2019年9月25日成立，今年3月改名。", year=2021)]
['2019-09-25', '2021-03']
>>> find_dates("11月19-20日举行", year=None)[0].iso is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.zh.numerals import to_number

# A full date anywhere: 2023年11月17日, 2023-11-17, 2023/11/17, 2023.11.17.
_FULL = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*"
                   r"(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
                   r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d))")
# Every date expression of a body, most precise alternatives first.
_DATE = re.compile(
    r"(?<![\d第])(?=\d|今年|去年|明年|同年|当年)(?:(?P<year>(?:19|20)\d\d)年(?!会)|(?P<rel>今年|去年|明年|同年|当年))?"
    r"(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})(?:日|(?=[-—–~至到]\d{1,2}日)))?"
    r"|(?P<dayonly>(?<!月)\d{1,2})日)?"
    r"(?P<range>(?:[-—–~至到]\d{1,2}(?:月\d{1,2})?日?))?")
# A date written in characters, as formal notices do: 二〇二四年三月八日.
_WRITTEN = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})\s*年"
                      r"\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月(?:\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日)?")
# A date that starts a span: "自2012年以来", "成立于1999年".
_SINCE = re.compile(r"以来|起|至今")
_FROM = re.compile(r"(?:自|从|成立于|始于)$")
# The day of a dateline, with or without its year.
_DAY_IN_DATELINE = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")
# A wire's dateline: "东岭2020年5月6日电", "…9月28日 /美通社/".
_WIRE_MARK = re.compile(r"\s*(?:电|讯|/)")
# A date line that gives only a month ("2024年3月" alone on its line, or labelled).
_MONTH_LINE = re.compile(r"^\s*(?:(?:发布时间|发布日期|日期|时间)\s*[:：]\s*)?"
                         r"(?P<y>(?:19|20)\d\d)\s*(?:年\s*(?P<m>\d{1,2})\s*月|[-/.](?P<m2>\d{1,2}))\s*$")
# The month of the date line, said as such ("本月上旬", "当月").
_THIS_MONTH = re.compile(r"本月|当月")
_DATE_LINE_LABEL = re.compile(r"(?:发布时间|发布日期|日期|时间|更新时间|发稿时间)\s*[:：]")
# A header line holding a date: short, or labelled as the page's date.
HEADER_LINES = 12
DATE_LINE_MAX_CHARS = 90
_RELATIVE_YEAR = {"今年": 0, "当年": 0, "同年": 0, "去年": -1, "明年": 1}
# Days said relatively, as news written the next morning do ("昨日，论坛举行"); counted from
# the page's date line. 当天 and 同日 are the day last written (events.py), not the page's.
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}
_RELATIVE_DAY = re.compile("|".join(_RELATIVE_DAYS))


@dataclass(frozen=True)
class DateMention:
    """A date in the text: its span and ISO value (None when its year is unknown)."""

    start: int
    end: int
    iso: str | None
    month_day: str | None = None  # "09-11" when month and day are stated, year or not


def date_line(text: str) -> tuple[str | None, int | None]:
    """The page's own date (ISO) and its offset: a short header line that gives a full date.

    >>> date_line("标题\\n发布时间:2020-11-25  点击:[]\\n正文")[0]
    '2020-11-25'
    >>> date_line("德国科隆2023年9月28日 /美通社/ -- 日前，任务团到访。")[0]
    '2023-09-28'
    """
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number >= HEADER_LINES:
            break
        match = _FULL.search(line)
        if match and (len(line) <= DATE_LINE_MAX_CHARS or _DATE_LINE_LABEL.search(line)
                      or _WIRE_MARK.match(line, match.end())):
            return _iso_full(match), offset + match.start()
        written = _WRITTEN.search(line)
        if written and (len(line) <= DATE_LINE_MAX_CHARS or _DATE_LINE_LABEL.search(line)) \
                and written.group("d") and _written_iso(written):
            return _written_iso(written), offset + written.start()
        month = _MONTH_LINE.match(line)
        if month and 1 <= int(month.group("m") or month.group("m2")) <= 12:
            return (f"{month.group('y')}-{int(month.group('m') or month.group('m2')):02d}",
                    offset + month.start("y"))
        offset += len(line) + 1
    return None, None


def wire_place(text: str) -> str | None:
    """The place a wire's dateline names before its date ("德国科隆2023年9月28日 /美通社/",
    "新华社北京5月6日电"), as written; None without such a dateline.

    >>> wire_place("德国科隆2023年9月28日 /美通社/ -- 日前，任务团到访。")
    '德国科隆'
    >>> wire_place("标题\\n发布时间:2020-11-25\\n正文") is None
    True
    """
    for line in text.split("\n")[:HEADER_LINES]:
        match = _DAY_IN_DATELINE.search(line)
        if match and _WIRE_MARK.match(line, match.end()):
            place = line[:match.start()].strip()
            return place[-12:] or None
    return None


def is_starting_point(sentence: str, start: int, end: int) -> bool:
    """A date that starts a span ("自2012年以来", "成立于1999年"), not one that dates a fact."""
    return bool(_SINCE.match(sentence, end) or _FROM.search(sentence[:start]))


def _iso_full(match: re.Match[str]) -> str:
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    return f"{match.group('y')}-{int(month):02d}-{int(day):02d}"


def find_dates(sentence: str, *, year: int | None, month: int | None = None,
               offset: int = 0, today: str | None = None) -> list[DateMention]:
    """Every date of a sentence; a date without its year takes `year` (the date line's), and
    a day said relatively (昨日, 今天) counts from `today`, the date line's full date.

    >>> [d.iso for d in find_dates("昨日，论坛举行。", year=2023, month=3, today="2023-03-01")]
    ['2023-02-28']
    """
    out: list[DateMention] = []
    if today:
        out.extend(_relative_days(sentence, today, offset))
    # whole dates the general pattern would misread first: 2024.3.8, 2024-03-08, a date
    # spaced out (2024 年 3 月 8 日) or written in characters (二〇二四年三月八日)
    whole = _whole_dates(sentence)
    out.extend(DateMention(offset + start, offset + end, iso, iso[5:] if len(iso) == 10 else None)
               for start, end, iso in whole)
    if year and month:
        out.extend(DateMention(offset + m.start(), offset + m.end(), f"{year}-{month:02d}")
                   for m in _THIS_MONTH.finditer(sentence))
    for match in _DATE.finditer(sentence):
        if any(start <= match.start() < end for start, end, _ in whole):
            continue
        if not match.group(0) or not (match.group("year") or match.group("rel")
                                      or match.group("month") or match.group("dayonly")):
            continue
        if match.group("dayonly") and not (match.group("year") or match.group("rel")):
            # "17日" alone: the date line's month (a bare number of days is not a date)
            iso = (f"{year}-{month:02d}-{int(match.group('dayonly')):02d}"
                   if year and month else None)
            if sentence[match.end("dayonly"):match.end("dayonly") + 1] in "内前后起":
                continue
            out.append(DateMention(offset + match.start(), offset + match.end(), iso))
            continue
        month_day = None
        if match.group("month") and match.group("day"):
            month_day = f"{int(match.group('month')):02d}-{int(match.group('day')):02d}"
        out.append(DateMention(offset + match.start(), offset + match.end(),
                               _iso(match, year), month_day))
    return sorted(out, key=lambda d: d.start)


def _whole_dates(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO) of the dates _DATE cannot read whole."""
    out = []
    for match in _FULL.finditer(sentence):
        month = int(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
        if (match.group("m2") or any(c.isspace() for c in match.group(0))) \
                and 1 <= month <= 12 and 1 <= day <= 31:
            out.append((match.start(), match.end(), _iso_full(match)))
    for match in _WRITTEN.finditer(sentence):
        iso = _written_iso(match)
        if iso:
            out.append((match.start(), match.end(), iso))
    return out


def _written_iso(match: re.Match[str]) -> str | None:
    """The ISO form of a date written in characters, None for a month out of range."""
    written_year = to_number(match.group("y"))
    written_month = to_number(match.group("m"))
    written_day = to_number(match.group("d")) if match.group("d") else None
    if not (isinstance(written_month, int) and 1 <= written_month <= 12):
        return None
    iso = f"{written_year}-{written_month:02d}"
    if isinstance(written_day, int) and 1 <= written_day <= 31:
        iso += f"-{written_day:02d}"
    return iso


def _relative_days(sentence: str, today: str, offset: int) -> list[DateMention]:
    from datetime import date, timedelta

    out = []
    for match in _RELATIVE_DAY.finditer(sentence):
        day = date.fromisoformat(today) + timedelta(days=_RELATIVE_DAYS[match.group(0)])
        out.append(DateMention(offset + match.start(), offset + match.end(), day.isoformat(),
                               day.isoformat()[5:]))
    return out


def _iso(match: re.Match[str], year: int | None) -> str | None:
    if match.group("year"):
        the_year: int | None = int(match.group("year"))
    elif match.group("rel"):
        the_year = year + _RELATIVE_YEAR[match.group("rel")] if year else None
    else:
        the_year = year
    if the_year is None:
        return None
    if not match.group("month"):
        return str(the_year)
    month = int(match.group("month"))
    if not 1 <= month <= 12:
        return None
    if not match.group("day"):
        return f"{the_year}-{month:02d}"
    day = int(match.group("day"))
    return f"{the_year}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
