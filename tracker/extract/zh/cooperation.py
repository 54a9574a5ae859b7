"""Exchanges the International Influence Table counts, as Chinese articles state them:
people from abroad trained ("为40名泰国学员举办为期15天的培训"), our teachers abroad
training or guiding ("选派3名教师赴柬埔寨开展为期一个月的培训"), our students' internships
abroad ("20名学生赴马来西亚开展为期三个月的顶岗实习").

Only what a sentence states: a count of people (3名教师, 学员40人) and which way they go
(赴/前往 a country to train or to intern: outgoing; people of a country, 来自 one, or come
to us (来校, 来华) to be trained: incoming). Without a count or a direction there is no
record; 为期… gives the days, a date in the sentence the start. Going abroad is read
first: "教师赴X培训当地教师" names foreign trainees too.
"""

from __future__ import annotations

import re

from tracker.extract.durations import days_of
from tracker.extract.facts import Cooperation
from tracker.extract.text import Sentence
from tracker.extract.zh.dates import DateMention
from tracker.extract.zh.numerals import NUMERAL, to_number
from tracker.extract.zh.places import find_countries
from tracker.extract.zh.words import NOT_YET_WORDS
from tracker.vocab import CooperationDirection, CooperationKind

_TEACHERS = r"专任教师|骨干教师|青年教师|教师|老师|专家|讲师|教职工"
_STUDENTS = r"在校生|毕业生|学生|学子|实习生"
_TRAINEES = r"学员|官员|技术人员|管理人员|校长|员工|人员|教师|老师|师生|青年|学生"
# "3名教师", "40名泰国学员"; "学员40人"
_COUNTED = re.compile(rf"(?P<n>{NUMERAL})(?:名|位)(?P<adj>[^，。；、\d]{{0,10}}?)"
                      rf"(?P<who>{_TEACHERS}|{_STUDENTS}|{_TRAINEES})|"
                      rf"(?P<adj2>[^，。；、\d]{{0,10}}?)(?P<who2>{_TRAINEES}|{_STUDENTS})"
                      rf"(?:一行)?(?P<n2>{NUMERAL})(?:余|多)?(?:人|名)")
_GONE = re.compile(r"赴|前往|远赴|奔赴|到达|抵达|派往|走进")
# giving training, not receiving it: 开展/举办…培训, 为…培训, 培训当地…, 指导, 授课; not
# 参加/接受培训, 进修, 研修 (our teachers trained abroad are not indicator 4's)
_TEACHING = re.compile(r"(?:开展|举办|实施|组织|承担|提供)[^，。；]{0,12}?(?:培训|教学|指导)|"
                       r"为(?!期)[^，。；]{1,16}?(?:培训|授课)|培训(?:当地|了|[0-9一二两三四五六七八九十百]+)|"
                       r"指导|授课|讲学|支教|任教")
_INTERNSHIP = re.compile(r"实习")
_TRAINING = re.compile(r"培训|研修|进修|训练营|研习")
_COME = re.compile(r"来自|来华|来校|来我校|来到我校|来访|赴我校|到我校")
_NOT_YET = re.compile("|".join(NOT_YET_WORDS))
# 为期一个月, 15天的培训, 实习半年
_DURATION = re.compile(rf"为期(?P<n>{NUMERAL}|半)(?P<unit>天|日|周|星期|个月|月|年)|"
                       rf"(?P<n2>{NUMERAL})(?P<unit2>天|日|周|个月)(?:的)?(?:[^，。；]{{0,10}}?)"
                       r"(?:培训|研修|实习|指导|授课)|"
                       rf"(?:实习|培训|研修|任教|支教|指导)(?P<n3>{NUMERAL}|半)(?P<unit3>天|周|个月|年)")
_UNITS = {"天": "day", "日": "day", "周": "week", "星期": "week", "个月": "month", "月": "month"}
MONTHS_A_YEAR = 12  # a year abroad counted in months (半年: six)
# where they go: "赴马来西亚槟城电子公司开展…"; an unnamed one (某公司) is no partner
_PARTNER = re.compile(r"(?:赴|前往|到|在)(?P<org>[^，。；、某]{2,20}?(?:公司|集团|企业|大学|学院|"
                      r"学校|部|局))(?:开展|进行|参加|实习|顶岗|任教|授课|指导)")


def find_cooperation(sentences: list[Sentence],
                     dates: list[list[DateMention]]) -> list[Cooperation]:
    """The exchanges the sentences state, one a sentence at most.

    >>> s = Sentence(0, 30, "学校为40名泰国学员举办为期15天的焊接技术培训。")
    >>> [(c.kind, c.direction, c.headcount, c.days, c.country)
    ...  for c in find_cooperation([s], [[]])]
    [('short_training', 'incoming', 40, 15, 'TH')]
    """
    found: list[Cooperation] = []
    for sentence, mentions in zip(sentences, dates, strict=False):
        fact = _outgoing(sentence) or _incoming(sentence)
        if fact is not None:
            fact.start = next((m.iso for m in mentions if m.iso), None)
            found.append(fact)
    return found


def _people(text: str) -> list[tuple[int, str, str, re.Match[str]]]:
    """(count, who, the words before who, the match) of each counted group of people."""
    out = []
    for m in _COUNTED.finditer(text):
        n = to_number(m.group("n") or m.group("n2"))
        if n is None or not float(n).is_integer() or n <= 0:
            continue
        out.append((int(n), m.group("who") or m.group("who2"),
                    m.group("adj") if m.group("who") else m.group("adj2"), m))
    return out


def _outgoing(sentence: Sentence) -> Cooperation | None:
    text = sentence.text
    for count, who, _, said in _people(text):
        gone = _GONE.search(text, said.end())
        if gone is None or gone.start() - said.end() > 6:
            continue
        if _NOT_YET.search(text[max(0, said.start() - 6):gone.start()]):
            return None
        after = text[gone.end():]
        if re.fullmatch(_TEACHERS, who) and _TEACHING.search(after):
            kind = CooperationKind.TEACHING_ABROAD
        elif re.fullmatch(_STUDENTS, who) and _INTERNSHIP.search(after):
            kind = CooperationKind.INTERNSHIP_ABROAD
        else:
            continue
        return _fact(sentence, said, count, kind, CooperationDirection.OUTGOING,
                     placed=find_countries(after))
    return None


def _incoming(sentence: Sentence) -> Cooperation | None:
    text = sentence.text
    trained = _TRAINING.search(text)
    if trained is None or _NOT_YET.search(text[:trained.start()]):
        return None
    for count, who, adj, said in _people(text):
        if not re.fullmatch(_TRAINEES, who):
            continue
        # their country in the words before them (40名泰国学员) or 来自 it (来自老挝的…)
        come = _COME.search(text, max(0, said.start() - 20), said.end() + 8)
        placed = find_countries(adj) or (find_countries(text[come.end():said.start()])
                                          if come else {})
        if placed:
            return _fact(sentence, said, count, CooperationKind.SHORT_TRAINING,
                         CooperationDirection.INCOMING, placed=placed)
    return None


def _fact(sentence: Sentence, said: re.Match[str], count: int, kind: CooperationKind,
          direction: CooperationDirection, *, placed: dict[str, int]) -> Cooperation | None:
    """The fact, its country the first placed by the rule, else the first the sentence
    names, the others named kept after it; none named: no record (abroad is not stated)."""
    text = sentence.text
    named = sorted(find_countries(text).items(), key=lambda found: found[1])
    if not named:
        return None
    country = min(placed, key=placed.__getitem__) if placed else named[0][0]
    # the others kept even when placed (中国企业 before the host): which country is ours
    # the importer knows
    others = tuple(code for code, _ in named if code != country)
    partner = _PARTNER.search(text, said.end())
    return Cooperation(
        partner=partner.group("org") if partner and kind is not CooperationKind.SHORT_TRAINING
        else None,
        country=country, kind=str(kind), direction=str(direction), headcount=count,
        days=_days(text), others=others,
        evidence=sentence.evidence(sentence.start + said.start(), sentence.start + said.end()))


def _days(text: str) -> int | None:
    """The days of the sentence's first duration (为期一个月: 30, 15天的培训: 15)."""
    said = _DURATION.search(text)
    if said is None:
        return None
    numeral = said.group("n") or said.group("n2") or said.group("n3")
    count = 0.5 if numeral == "半" else to_number(numeral)
    unit = said.group("unit") or said.group("unit2") or said.group("unit3")
    if count is None:
        return None
    if unit == "年":
        return days_of(count * MONTHS_A_YEAR, "month")
    return days_of(count, _UNITS[unit])
