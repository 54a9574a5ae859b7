"""Chinese post rules: a person of the publisher's elected or appointed to a body's post."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.text import Sentence
from tracker.extract.zh.posts import find_posts


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(p.person, p.person_title, p.role, p.title, p.body)
            for p in find_posts([Sentence(0, len(text), text)], [[]])]


@pytest.mark.parametrize(("text", "expected"), [
    ("我校机电学院李明教授当选为国际焊接联盟副理事长。",
     ("李明", "教授", "vice_chair", "副理事长", "国际焊接联盟")),
    ("近日，我院王红老师受聘为世界职业教育发展联盟专家委员会委员。",
     ("王红", "老师", "member", "委员", "世界职业教育发展联盟专家委员会")),
    ("我院教授张晓明被推选为东盟职业教育联盟常务理事。",
     ("张晓明", "教授", "executive_council_member", "常务理事", "东盟职业教育联盟")),
    ("我校李华担任国际港口培训网络秘书长。",
     ("李华", None, "secretary_general", "秘书长", "国际港口培训网络")),
])
def test_a_post_of_the_publishers_person_is_read(text: str, expected: tuple[Any, ...]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize("text", [
    "我校教师当选国际焊接联盟副理事长",  # no name: a title stands in its place
    "我校一名教授当选为亚洲物流协会理事。",  # no name
    "东湖学院王红老师受聘为世界职业教育发展联盟专家委员会委员。",  # not the publisher's
    "我校李华出席国际港口培训网络年会。",  # no election or appointment
])
def test_no_post_is_read_for_others_or_without_a_name(text: str) -> None:
    assert _read(text) == []
