"""The Chinese rules on news written in styles the development articles do not use: foreign
places inside names, list markers, numeric dates in the body, month-only date lines, attended
events, tallies, people with transliterated names. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

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
