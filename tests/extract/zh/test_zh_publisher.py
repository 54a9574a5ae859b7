"""Whom 我校/我院 stand for, on articles written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text


@pytest.mark.parametrize("text", [
    "我院当选云杉职教联盟常务理事单位\n发布时间：2024-03-02\n"
    "3月1日，云杉职教联盟年会在长沙召开，青山职业技术学院当选联盟常务理事单位。",
    "我校成为东岭产教联盟理事单位\n发布时间：2024-03-02\n"
    "近日，青山职业技术学院成为东岭产教联盟理事单位。",
], ids=["当选", "成为"])
def test_title_and_body_name_one_member(text) -> None:
    facts = extract_text(text)
    assert {m.member for m in facts.memberships} == {"青山职业技术学院"}
    record = next(o for o in facts.organizations if o.name == "青山职业技术学院")
    assert set(record.aliases) & {"我院", "我校"}
    assert facts.source.publisher == "青山职业技术学院"


def test_co_initiators_of_one_sentence_stay_two() -> None:
    text = ("发布时间：2024-03-02\n会上，我院与蓝湖职业学院共同作为云杉职教联盟发起单位，"
            "接受了授牌。")
    members = {m.member for m in extract_text(text).memberships}
    assert members == {"我院", "蓝湖职业学院"}


@pytest.mark.parametrize(("text", "publisher"), [
    ("青山学院举办文化节\n来源：青山职业技术学院\n近日，青山职业技术学院举办文化节。",
     "青山职业技术学院"),
    ("文化节开幕\n来源：国际交流学院\n近日，学校举办文化节。", None),
], ids=["named-twice", "inner-school-once"])
def test_source_line(text, publisher) -> None:
    assert extract_text(text).source.publisher == publisher


@pytest.mark.parametrize("text", [
    "松溪职业学院加入南岭职教联盟\n发布时间：2024-06-02\n"
    "6月1日，南岭职教联盟理事会在桂林召开。会上，我校正式成为联盟理事单位。",
    "松溪职业学院与北岸大学签署合作协议\n发布时间：2024-06-02\n"
    "6月1日，北岸大学副校长林海一行与我院领导举行会谈，双方签署合作协议。",
], ids=["加入", "签署"])
def test_headline_subject_is_the_publisher_that_says_we(text) -> None:
    assert extract_text(text).source.publisher == "松溪职业学院"


@pytest.mark.parametrize("text", [
    "北岸大学代表团访问松溪\n发布时间：2024-06-02\n6月1日，北岸大学代表团来到我校交流。",
    "北岸大学到访\n发布时间：2024-06-02\n6月1日，北岸大学副校长林海来我院交流。",
    "北岸大学加入南岭职教联盟\n发布时间：2024-06-02\n6月1日，北岸大学成为联盟理事单位。",
], ids=["代表团", "到访", "no-we"])
def test_headline_subject_is_not_the_publisher_of_a_visit_or_a_report(text) -> None:
    assert extract_text(text).source.publisher is None
