"""Chinese numerals and dates, on phrases written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.zh.dates import date_line, find_dates
from tracker.extract.zh.numerals import parse_count, to_number


@pytest.mark.parametrize(("numeral", "before", "after", "wan", "expected"), [
    ("三十", "", "余", False, (30, "at_least")),
    ("1600", "", "余", False, (1600, "at_least")),
    ("百", "近", "", False, (100, "exact")),
    ("百", "逾", "", False, (100, "at_least")),
    ("两", "", "", False, (2, "exact")),
    ("十二", "", "多", False, (12, "at_least")),
    ("2.5", "", "", True, (25000, "exact")),
    ("四十五", "超过", "", False, (45, "at_least")),
    ("80", "", "以上", False, (80, "at_least")),
], ids=["三十余", "1600余", "近百", "逾百", "两", "十二多", "2.5万", "超过四十五", "80以上"])
def test_counts(numeral, before, after, wan, expected) -> None:
    assert parse_count(numeral, hedge_before=before, hedge_after=after, wan=wan) == expected


def test_not_a_numeral() -> None:
    assert to_number("万万千") is None or isinstance(to_number("万万千"), int)
    assert to_number("十") == 10


@pytest.mark.parametrize(("sentence", "year", "month", "expected"), [
    ("2024年3月8日，青山学院举行典礼。", None, None, ["2024-03-08"]),
    ("3月8日，青山学院举行典礼。", 2024, 5, ["2024-03-08"]),
    ("8日上午，论坛在东岭开幕。", 2024, 5, ["2024-05-08"]),
    ("7月9日至11日，研修班开班。", 2022, 7, ["2022-07-09"]),
    ("10月3-5日举行年会。", 2021, 11, ["2021-10-03"]),
    ("2019年12月，协会换届。", None, None, ["2019-12"]),
    ("今年4月，联盟揭牌。", 2023, 9, ["2023-04"]),
    ("去年，联盟成立。", 2023, 9, ["2022"]),
    ("3月8日，青山学院举行典礼。", None, None, [None]),
], ids=["full", "month-day", "day-only", "range", "dash-range", "year-month", "今年", "去年",
        "no-year"])
def test_dates(sentence, year, month, expected) -> None:
    assert [d.iso for d in find_dates(sentence, year=year, month=month)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("青山学院新闻\n发布时间：2022-06-30 阅读：12\n正文开始。", "2022-06-30"),
    ("云杉职教联盟年会召开\n2021年10月08日 10:20 来源：东岭日报\n正文。", "2021-10-08"),
    ("东岭2020年5月6日电 记者从青山学院获悉，学院加入联盟。", "2020-05-06"),
    ("青山学院加入联盟\n学院近日加入联盟，院长表示欢迎。", None),
], ids=["labelled", "date-and-source", "wire-dateline", "none"])
def test_date_line(text, expected) -> None:
    assert date_line(text)[0] == expected
