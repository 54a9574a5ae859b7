"""Chinese exchange rules: people from abroad trained, our teachers abroad training, our
students interning abroad, with headcount, direction and days. Sentences written for
these tests, two phrasings at least of each rule."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.text import Sentence
from tracker.extract.zh.cooperation import find_cooperation
from tracker.extract.zh.dates import find_dates


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(c.kind, c.direction, c.headcount, c.days, c.country, c.partner)
            for c in find_cooperation([Sentence(0, len(text), text)], [[]])]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("学校为40名泰国学员举办为期15天的焊接技术培训。",
                 ("short_training", "incoming", 40, 15, "TH", None), id="incoming-wei"),
    pytest.param("来自老挝的25名技术人员在我校参加为期两周的电力运维研修。",
                 ("short_training", "incoming", 25, 14, "LA", None), id="incoming-laizi"),
    pytest.param("本期培训班学员来自不丹，共培训学员36人，为期10天。",
                 ("short_training", "incoming", 36, 10, "BT", None), id="incoming-count-after"),
    pytest.param("我校选派3名教师赴柬埔寨开展为期一个月的培训。",
                 ("teaching_abroad", "outgoing", 3, 30, "KH", None), id="teachers-fu"),
    pytest.param("5名骨干教师前往赞比亚，为当地教师开展为期20天的技术指导。",
                 ("teaching_abroad", "outgoing", 5, 20, "ZM", None), id="teachers-qianwang"),
    pytest.param("我校20名学生赴马来西亚槟城电子公司开展为期三个月的顶岗实习。",
                 ("internship_abroad", "outgoing", 20, 90, "MY", "马来西亚槟城电子公司"),
                 id="internship-named"),
    pytest.param("12名毕业生前往肯尼亚某电力公司开展为期半个月的实习。",
                 ("internship_abroad", "outgoing", 12, 15, "KE", None),
                 id="internship-unnamed-enterprise"),
    pytest.param("我校15名学生赴沙特阿拉伯实习半年。",
                 ("internship_abroad", "outgoing", 15, 180, "SA", None), id="internship-half-year"),
    pytest.param("我校教师一行4人赴埃塞俄比亚开展为期两周的焊接技术培训。",
                 ("teaching_abroad", "outgoing", 4, 14, "ET", None), id="teachers-yixing"),
    pytest.param("学校派出3名骨干教师前往泰国，为当地职业院校教师授课。",
                 ("teaching_abroad", "outgoing", 3, None, "TH", None), id="teachers-shouke"),
])
def test_an_exchange_is_read_with_its_direction_headcount_and_days(
        text: str, expected: tuple[Any, ...]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize("text", [
    pytest.param("学校将选派5名教师赴秘鲁开展培训。", id="future"),
    pytest.param("我校计划为30名尼泊尔官员举办培训班。", id="planned"),
    pytest.param("我校教师赴泰国访问交流。", id="no-count"),
    pytest.param("学校今年培训学员500人。", id="no-country"),
    pytest.param("我校6名教师赴智利参加学术会议。", id="abroad-not-to-train"),
    # our teachers trained abroad are not teachers abroad giving training
    pytest.param("学校选派5名教师赴德国参加为期两周的培训。", id="canjia-peixun"),
    pytest.param("我校6名教师赴芬兰接受为期一个月的职业教育师资研修。", id="jieshou-yanxiu"),
])
def test_no_exchange_without_a_count_a_direction_or_a_country(text: str) -> None:
    assert _read(text) == []


def test_the_sentence_date_is_the_start() -> None:
    text = "2024年3月4日，我校18名学生赴卡塔尔开展为期两个月的实习。"
    sentence = Sentence(0, len(text), text)
    [fact] = find_cooperation([sentence], [find_dates(text, year=None, month=None, offset=0)])
    assert (fact.start, fact.days, fact.headcount) == ("2024-03-04", 60, 18)


@pytest.mark.parametrize("text", [
    "我校9名学生赴中国路桥公司加纳项目部开展为期三个月的实习。",
    "我校8名学生前往中国企业在加纳的工厂开展为期两个月的顶岗实习。",
])
def test_china_placed_first_keeps_the_other_country_for_the_importer(text: str) -> None:
    [fact] = find_cooperation([Sentence(0, len(text), text)], [[]])
    assert (fact.country, fact.others) == ("CN", ("GH",))
