"""Countries, cities and names by their endings, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.zh.events import city_of
from tracker.extract.zh.names import find_names
from tracker.extract.zh.organizations import ALL_ENDINGS, kind_of
from tracker.extract.zh.places import find_countries


@pytest.mark.parametrize(("sentence", "expected"), [
    ("来自肯尼亚、秘鲁和老挝的代表出席。", {"KE", "PE", "LA"}),
    ("俄罗斯与越南的院校签约。", {"RU", "VN"}),
    ("中法两国院校合作，中柬职教交流。", {"FR", "KH"}),
    ("泰方代表与赞方校长会谈。", {"TH", "ZM"}),
    ("中国与印尼合作。", {"CN", "ID"}),
    ("中老年人学习中英文，香港、澳门、台湾学生参加。", set()),
    ("内蒙古与中非职业教育合作论坛。", set()),
], ids=["names", "short-forms", "pairs", "sides", "china-named", "not-pairs", "regions"])
def test_countries(sentence, expected) -> None:
    assert set(find_countries(sentence)) == expected


@pytest.mark.parametrize(("place", "expected"), [
    ("湖南长沙", "长沙"), ("长沙", "长沙"), ("沪", "上海"), ("京", "北京"),
    ("成都国际会议中心", "成都"), ("青山职业技术学院", None), ("长沙、武汉两地", None),
], ids=["province-city", "city", "沪", "京", "venue", "campus", "two-cities"])
def test_city_of_a_place(place, expected) -> None:
    assert city_of(place) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("青山职业技术学院与蓝湖大学签署协议。", ["青山职业技术学院", "蓝湖大学"]),
    ("蓝湖大学和东岭市教育局共同主办。", ["蓝湖大学", "东岭市教育局"]),
    ("由云杉国际交流与合作促进会主办。", ["云杉国际交流与合作促进会"]),
    ("会议在东岭举行，塔南共和国驻华大使馆代表出席。", ["塔南共和国驻华大使馆"]),
    ("我院继续教育学院院长出席。", ["继续教育学院"]),
    ("王明代表青山职业学院致辞。", ["青山职业学院"]),
    ("此举标志着蓝湖职院迈上新台阶。", ["蓝湖职院"]),
    ("代表团参观了Müller集团总部。", ["Müller集团"]),
], ids=["与", "和", "与-inside", "共和国", "inner-part", "代表", "标志着-职院", "latin-extended"])
def test_names_by_ending(sentence, expected) -> None:
    assert [n.text for n in find_names(sentence, ALL_ENDINGS)] == expected


def test_inner_part_and_counted_names_are_marked() -> None:
    found = {n.text: n.internal for n in find_names("我院继续教育学院与5所青山学院", ALL_ENDINGS)}
    assert found["继续教育学院"] is True
    assert all(internal for name, internal in found.items() if "5所" in name)


@pytest.mark.parametrize(("name", "kind"), [
    ("青山职业技术学院", "college"), ("蓝湖大学", "university"), ("云杉技师学院", "college"),
    ("东岭市教育局", "government"), ("青山智造有限公司", "enterprise"),
    ("蓝湖职业教育学会", "association"), ("云杉研究院", "other"),
], ids=["职业技术学院", "大学", "技师学院", "教育局", "有限公司", "学会", "研究院"])
def test_kind_by_ending(name, kind) -> None:
    assert kind_of(name) == kind


@pytest.mark.parametrize(("text", "name", "country"), [
    ("代表团访问肯尼亚，拜会了蓝湖矿业有限公司。", "蓝湖矿业有限公司", "KE"),
    ("代表团访问肯尼亚，拜会了湖南青山矿业有限公司。", "湖南青山矿业有限公司", "CN"),
    ("蓝湖大学与泰国清迈大学签约。", "蓝湖大学", "CN"),
], ids=["after-a-foreign-country", "chinese-place-first", "before-the-country"])
def test_country_of_an_organization_from_its_sentence(text, name, country) -> None:
    from tracker.extract import extract_text

    facts = extract_text("发布时间：2024-05-20\n" + text)
    assert next(o.country for o in facts.organizations if o.name == name) == country
