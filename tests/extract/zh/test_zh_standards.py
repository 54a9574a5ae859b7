"""Chinese standard rules: a programme or course standard of the publisher's adopted
abroad. Sentences written for these tests, two phrasings at least of each rule."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.text import Sentence
from tracker.extract.zh.standards import find_standards


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.title, s.kind, s.adopter, s.country, s.others)
            for s in find_standards([Sentence(0, len(text), text)], [[]])]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("我校开发的焊接技术专业教学标准被加纳教育部正式采用。",
                 [("焊接技术专业教学标准", "programme", "加纳教育部", "GH", ())],
                 id="programme-bei-caiyong"),
    pytest.param("由我校牵头研制的《机械制造与自动化专业教学标准》获坦桑尼亚职业教育与培训局认可。",
                 [("机械制造与自动化专业教学标准", "programme", "坦桑尼亚职业教育与培训局",
                   "TZ", ())], id="programme-huo-renke"),
    pytest.param("我院制定的3门课程标准纳入尼泊尔国民教育体系。",
                 [("课程标准", "course", None, "NP", ())], id="course-naru-tixi"),
    pytest.param("我校编制的光伏安装课程标准被马拉维劳动部采纳。",
                 [("光伏安装课程标准", "course", "马拉维劳动部", "MW", ())], id="course-bei-caina"),
    pytest.param("我校两个专业教学标准和五门课程标准被斐济采用。",
                 [("专业教学标准", "programme", None, "FJ", ()),
                  ("课程标准", "course", None, "FJ", ())], id="both-kinds-by-a-country"),
])
def test_a_standard_of_ours_adopted_abroad_is_read(text: str, expected: list[Any]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("我校开发的课程标准将被秘鲁教育部采用。", id="future"),
    pytest.param("我校专业教学标准有望纳入老挝国民教育体系。", id="hoped"),
    pytest.param("智利教育部采用了其他大学的课程标准。", id="not-ours"),
    pytest.param("我校制定的护理专业教学标准被省教育厅采用。", id="no-country"),
    pytest.param("德国的课程标准被我校引进使用。", id="adopted-by-us"),
    pytest.param("本校采用的奥地利专业教学标准获我院教学委员会认可。", id="approved-by-us"),
])
def test_no_standard_is_read_when_not_adopted_not_ours_or_nowhere(text: str) -> None:
    assert _read(text) == []


def test_the_country_of_the_adoption_is_the_adopters_and_else_all_are_kept() -> None:
    placed = "在中国驻蒙古国使馆支持下，我校编制的汽车维修专业标准被蒙古国劳动部采纳。"
    assert [x[3:] for x in _read(placed)] == [("MN", ())]
    unplaced = "我校与中国、牙买加企业共同开发的物流专业教学标准正式获认可并推广使用。"
    assert [x[3:] for x in _read(unplaced)] == [("CN", ("JM",))]
