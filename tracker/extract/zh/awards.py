"""Awards won at international competitions: "我校学生在2023年国际焊接技能大赛中荣获金奖",
"某某职业学院代表队参加世界机器人挑战赛，斩获两项一等奖".

A sentence states an award when it has a winning verb with a level (金奖, 一等奖...) and
a competition's name (ending in 大赛, 竞赛...) that says it is international (国际, 世界...);
who won is the publisher's own students or teachers (我校学生) or a named school's. A
sentence naming no winner is not read: the award may be anyone's.
"""

from __future__ import annotations

import re

from tracker.extract.facts import Award
from tracker.extract.text import Sentence
from tracker.vocab import AwardLevel

# The name runs back from its ending to a word that opens it (在/于/参加...) or a stop.
_COMPETITION = re.compile(
    r"(?:在|于|参加|参与|出征|举办的|举行的|[，、：:；“\"《])"
    r"(?P<name>[^，。；！？、在于的“”\"《》]{2,40}?"
    r"(?:大赛|竞赛|比赛|锦标赛|技能赛|挑战赛|奥林匹克|邀请赛|技能节))")
# a verb inside the run opens the name later: "代表队赴德国参加世界…大赛"
_OPENS = re.compile(r"参加|参与|出征|举办|举行|亮相|角逐")
_INTERNATIONAL = re.compile(r"国际|世界|全球|亚洲|亚太|东盟|金砖|一带一路|欧洲|非洲|中外|"
                            r"海外|国（境）外|国外|境外|跨国|环球")
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*年(?:度)?")
_VERB = re.compile(r"荣获|获得|斩获|摘得|夺得|喜获|勇夺|获评|获颁|赢得|捧得|取得|包揽|获")
_LEVEL = re.compile(r"(?P<level>特等|金|银|铜|一等|二等|三等|优秀|特|第一名|第二名|第三名)"
                    r"(?:奖|牌)?")
_LEVELS = {"特等": AwardLevel.SPECIAL, "特": AwardLevel.SPECIAL, "金": AwardLevel.GOLD,
           "银": AwardLevel.SILVER, "铜": AwardLevel.BRONZE, "一等": AwardLevel.FIRST,
           "第一名": AwardLevel.FIRST, "二等": AwardLevel.SECOND, "第二名": AwardLevel.SECOND,
           "三等": AwardLevel.THIRD, "第三名": AwardLevel.THIRD, "优秀": AwardLevel.EXCELLENCE}
# the level right after the verb, a count between: "荣获金奖", "斩获两项一等奖"
_WON = re.compile(
    rf"(?:{_VERB.pattern})(?:了)?(?:[0-9一二两三四五六七八九十]+(?:项|枚|个|块))?"
    r"(?P<level>特等奖|金奖|银奖|铜奖|一等奖|二等奖|三等奖|优秀奖|特等奖|金牌|银牌|铜牌|"
    r"第一名|第二名|第三名)")
_PEOPLE = r"(?:学生|学子|师生|教师|老师|选手|代表队|参赛队|团队|战队)"
_OURS = re.compile(rf"(?:我校|我院|本校|本院)(?:[^，。；]{{0,8}}?){_PEOPLE}")
_NAMED = re.compile(rf"(?P<org>[\u4e00-\u9fff]{{2,24}}?(?:大学|学院|学校|职业技术学院))"
                    rf"(?:的)?{_PEOPLE}")
_TEACHERS = re.compile(r"教师|老师")


def find_awards(sentences: list[Sentence]) -> list[Award]:
    """The awards the sentences state, in article order.

    >>> s = Sentence(0, 40, "北港职业学院学生参加2022年世界数控技能大赛，荣获银奖。")
    >>> [(a.winner, a.level, a.competition, a.date) for a in find_awards([s])]
    [('北港职业学院', 'silver', '世界数控技能大赛', '2022')]
    """
    return [award for sentence in sentences if (award := _award_in(sentence)) is not None]


def _award_in(sentence: Sentence) -> Award | None:
    text = sentence.text
    won = _WON.search(text)
    if won is None:
        return None
    contest = next((m for m in _COMPETITION.finditer(text)
                    if _INTERNATIONAL.search(m.group("name"))), None)
    if contest is None:
        return None
    ours = _OURS.search(text)
    named = None if ours else _NAMED.search(text)
    if ours is None and named is None:
        return None
    who = (ours or named).group(0)  # type: ignore[union-attr]
    level = _LEVEL.match(won.group("level"))
    name, date = _dated(contest.group("name"))
    return Award(competition=name,
                 level=str(_LEVELS.get(level.group("level") if level else "", AwardLevel.OTHER)),
                 winner=named.group("org") if named else None,
                 winner_kind="teacher" if _TEACHERS.search(who) else "student",
                 date=date, title=won.group("level"),
                 evidence=sentence.evidence(sentence.start + contest.start("name"),
                                            sentence.start + contest.end("name")))


def _dated(name: str) -> tuple[str, str | None]:
    """A leading year is the edition's date, not part of the name."""
    name = _OPENS.split(name)[-1]
    match = _YEAR.match(name)
    if match is None:
        return name, None
    return name[match.end():], match.group("year")
