"""Chinese award rules: who won which level at which international competition."""

from __future__ import annotations

import pytest

from tracker.extract.text import Sentence
from tracker.extract.zh.awards import find_awards


def _read(text: str) -> list[tuple[str | None, str | None, str | None, str, str | None]]:
    return [(a.winner, a.winner_kind, a.level, a.competition, a.date)
            for a in find_awards([Sentence(0, len(text), text)])]


@pytest.mark.parametrize(("text", "expected"), [
    ("我校学生在2023年国际焊接技能大赛中荣获金奖。",
     (None, "student", "gold", "国际焊接技能大赛", "2023")),
    ("在第三届金砖国家职业技能大赛上，我院教师团队斩获两项一等奖。",
     (None, "teacher", "first", "第三届金砖国家职业技能大赛", None)),
    ("近日，东湖职业技术学院代表队赴德国参加世界机器人挑战赛，勇夺银牌。",
     ("东湖职业技术学院", "student", "silver", "世界机器人挑战赛", None)),
    ("我院学子在日前举行的2024年亚洲数字创意大赛上获得铜奖。",
     (None, "student", "bronze", "亚洲数字创意大赛", "2024")),
])
def test_an_award_at_an_international_competition_is_read(
        text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize("text", [
    "我校学生在全国职业院校技能大赛中荣获一等奖。",  # national: not the table's
    "我校承办了世界职业院校技能大赛的开幕式。",  # hosted, nothing won
    "世界烹饪大赛金奖得主来校交流。",  # no verb of winning, no winner of ours
])
def test_no_award_is_read_without_a_winner_a_level_or_an_international_name(text: str) -> None:
    assert _read(text) == []
