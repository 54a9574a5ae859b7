"""The Chinese rules on news written in styles the development articles do not use: foreign
places inside names, list markers, numeric dates in the body, month-only date lines, attended
events, tallies, people with transliterated names. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.zh.dates import date_line, find_dates
from tracker.extract.zh.names import find_names
from tracker.extract.zh.organizations import ALL_ENDINGS


@pytest.mark.parametrize(("sentence", "expected"), [
    ("成都职业技术学院与蓝湖大学签署协议。", ["成都职业技术学院", "蓝湖大学"]),
    ("代表团访问了太原理工大学。", ["太原理工大学"]),
    ("副院长率团访问维也纳应用科学大学。", ["维也纳应用科学大学"]),
    ("双方与都柏林技术学院签约。", ["都柏林技术学院"]),
    ("代表团在都柏林与云杉大学签署协议。", ["云杉大学"]),
    ("考察团在成都与青山职业学院座谈。", ["青山职业学院"]),
], ids=["chengdu", "taiyuan", "vienna", "dublin", "city-then-and", "chengdu-then-and"])
def test_a_place_holding_a_stop_character_is_no_stop(sentence, expected) -> None:
    assert [n.text for n in find_names(sentence, ALL_ENDINGS)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("双方与云杉职业学院签约。", ["云杉职业学院"]),
    ("双方就共建青山工坊交换了意见。", ["青山工坊"]),
    ("各方与蓝湖大学代表座谈。", ["蓝湖大学"]),
], ids=["parties-and", "parties-about", "all-parties"])
def test_the_parties_are_no_part_of_a_name(sentence, expected) -> None:
    assert [n.text for n in find_names(sentence, ALL_ENDINGS)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2024.4.15，研修班在东岭开班。", ["2024-04-15"]),
    ("2023-08-29，代表团出席年会。", ["2023-08-29"]),
    ("会议于2022/11/3在蓝湖召开，11月5日闭幕。", ["2022-11-03", "2022-11-05"]),
], ids=["dotted", "dashed", "slashed-then-chinese"])
def test_numeric_dates_in_the_body(sentence, expected) -> None:
    assert [d.iso for d in find_dates(sentence, year=2022, month=11)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("国际处召开推进会\n2024年3月\n本月上旬，国际处召开推进会。", "2024-03"),
    ("青山学院举办讲座\n发布日期：2021-07\n讲座于8日举行。", "2021-07"),
    ("标题\n2024年3月8日\n正文", "2024-03-08"),
], ids=["month-alone", "month-labelled", "full-date-still"])
def test_a_date_line_that_gives_only_a_month(text, expected) -> None:
    assert date_line(text)[0] == expected


def test_a_day_and_this_month_take_a_month_only_date_line() -> None:
    assert [d.iso for d in find_dates("本月上旬，处里召开推进会；8日，代表团来访。",
                                      year=2024, month=3)] == ["2024-03", "2024-03-08"]
