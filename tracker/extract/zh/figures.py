"""Figures: a count with its measure word (家, 所, 个, 名, 人, 位, 项, 期, 届…) and the noun
after it, which gives the metric (国家 -> countries, 成员单位 -> members, 院校 -> institutions…).

>>> [(f.value, str(f.metric), f.bound) for f in find_figures("来自27个国家的逾500名嘉宾参加。")]
[(27, 'countries', 'exact'), (500, 'participants', 'at_least')]
>>> [(f.value, f.metric) for f in find_figures("第十届论坛于2021年举办，数千个项目。")]
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.facts import Figure
from tracker.extract.zh.numerals import (
    AT_LEAST_BEFORE,
    EXACT_BEFORE,
    NUMERAL,
    parse_count,
)
from tracker.extract.zh.words import DURATION_MEASURES, FIGURE_NOUNS, MEASURE_METRIC
from tracker.vocab import Metric

_HEDGE_BEFORE = "|".join(sorted((*AT_LEAST_BEFORE, *EXACT_BEFORE), key=len, reverse=True))
_MEASURES = "|".join(sorted(MEASURE_METRIC, key=len, reverse=True))
_FIGURE = re.compile(rf"(?P<before>{_HEDGE_BEFORE})?(?P<num>{NUMERAL})(?P<approx>余|多)?"
                     rf"(?P<wan>万)?(?P<mw>{_MEASURES})(?P<plus>以上)?")
# What may not stand before a count: an ordinal, a vague "several", a longer number.
_NOT_BEFORE = re.compile(r"[第数几若\d.．下上每本首新该同这]$")
# How far after its measure word a figure's noun is looked for, and its phrase runs.
NOUN_WITHIN_CHARS = 14
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
# 大 is a measure word only before these ("两大主题"); "十九大" is a congress.
_BIG_NOUNS = re.compile(r"(?:主题|方面|领域|板块|任务|类|平台|工程|行动|计划|举措|成果|项目|模块)")
_PERSON_MEASURES = frozenset({"名", "人", "位", "人次"})
_PERSON_METRICS = frozenset({Metric.STUDENTS, Metric.TRAINEES, Metric.EXPERTS,
                             Metric.PARTICIPANTS, Metric.OTHER})
_MEMBER_VERBS = re.compile(r"单位(?:参与|共同)?(?:组建|加入|组成)|加入联盟|发起")
# A noun before a count stands this close ("学校和企业超过100个").
BEFORE_NOUN_CHARS = 8
_MEMBER_NOUN_BEFORE = re.compile(r"(?:成员单位|会员单位|盟员单位|成员|会员)(?:数|总数)?"
                                 r"(?:达|共|已达|有)?$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_TRAINING = re.compile(r"培训|研修|进修")
# Persons counted as the ones trained: "参加培训", "接受研修", "参训" after them ...
_TRAINED = re.compile(r"(?:参加|接受|完成)(?:了)?[^，。；]{0,16}?(?:培训|研修|进修)(?![中基机])"
                      r"|参训")
# ... or the training verb before them: "培训各类人员超过1.2万人次".
_TRAINED_BEFORE = re.compile(r"(?:培训|研修)[\u4e00-\u9fff]{0,6}?(?:超过|逾|共|达|累计|近)?$")
# Bodies said to make up what they are counted in: "由…100余所院校和企业组成" (not persons
# counted between, not a delegation: "20家院校共37位代表组成的任务团").
_MAKE_UP = re.compile(r"^[^，。；\d]{0,12}?(?:组成|构成|组建而成)(?!部分|的[^，。；]{0,10}团)")
# 国 right after the measure word: 个国家, 个国 (not 个国家级平台, 个国际组织, 个国内项目).
_COUNTRY_NOUN = re.compile(r"国(?!家级|家队|家标准|际|内|外|企|有|资|赛)")
# Countries qualified by a region or a group: "12个非洲国家", "8个一带一路沿线国家".
_QUALIFIED_COUNTRIES = re.compile(r"[\u4e00-\u9fff“”\"]{0,8}?(?:洲|欧|亚|美|沿线|周边|发展中|"
                                  r"东盟|中东|阿拉伯|语|一带一路[”\"]?|金砖|上合组织)"
                                  r"国家(?!级|队|标准)")


def find_figures(sentence: str, *, offset: int = 0) -> Iterator[Figure]:
    """Every count of a sentence, with its metric and bound."""
    for match in _FIGURE.finditer(sentence):
        figure = _figure(sentence, match)
        if figure is not None:
            yield figure


def _figure(sentence: str, match: re.Match[str]) -> Figure | None:
    start = match.start("before") if match.group("before") else match.start("num")
    if _NOT_BEFORE.search(sentence[:start]):
        return None
    numeral, measure = match.group("num"), match.group("mw")
    if (numeral == "一" or numeral in ("两", "二") and measure not in ("届", "期", "大")) \
            and not sentence[:start].endswith("为期"):
        return None  # "一个", "两国": an article or both sides, not a count
    if measure in DURATION_MEASURES and not sentence[:start].endswith("为期"):
        return None
    after = sentence[match.end():]
    if measure == "大" and not _BIG_NOUNS.match(after):
        return None
    if measure == "届" and _YEAR.fullmatch(numeral):
        return None  # "2024届毕业生": a graduating class, no count
    if measure == "国" and after.startswith("际"):
        return None  # "2024国际交流周": 国际 is "international", no count of countries
    parsed = parse_count(numeral, hedge_before=match.group("before") or "",
                         hedge_after=match.group("approx") or match.group("plus") or "",
                         wan=bool(match.group("wan")))
    if parsed is None:
        return None
    value, bound = parsed
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    window = clause[:NOUN_WITHIN_CHARS]
    # the noun may also come first: "成员单位174家", "学校和企业超过100个"
    before = _CLAUSE_END.split(sentence[:start])[-1][-NOUN_WITHIN_CHARS:]
    metric = _metric(measure, window, sentence, before=before)
    if measure in _PERSON_MEASURES and metric in (Metric.PARTICIPANTS, Metric.OTHER) \
            and _TRAINED.search(clause):
        metric = Metric.TRAINEES  # "12名教师赴塔南参加“双元制”师资培训": they are trained
    elif measure not in _PERSON_MEASURES and metric == Metric.INSTITUTIONS \
            and _MAKE_UP.search(clause):
        metric = Metric.MEMBERS  # "由100余所院校和企业组成": the bodies that make it up
    stop = _CLAUSE_END.search(sentence, match.end())
    phrase_end = min(stop.start() if stop else len(sentence), match.end() + NOUN_WITHIN_CHARS)
    return Figure(value=value, metric=metric, bound=bound,
                  text=sentence[start:phrase_end])


def _metric(measure: str, window: str, sentence: str, *, before: str = "") -> str:
    if measure in DURATION_MEASURES:
        return Metric.OTHER
    if measure == "国" or _COUNTRY_NOUN.match(window) or _QUALIFIED_COUNTRIES.match(window):
        return Metric.COUNTRIES
    if _MEMBER_VERBS.search(window) or _MEMBER_NOUN_BEFORE.search(before):
        return Metric.MEMBERS
    best = _first_noun(measure, window)
    if best is None and len(window) <= 1:  # nothing after the count: its noun came first
        best = _first_noun(measure, before[-BEFORE_NOUN_CHARS:][::-1], reverse=True)
    metric = best[1] if best else MEASURE_METRIC[measure]
    if measure in _PERSON_MEASURES and metric == Metric.PARTICIPANTS \
            and _TRAINING.search(sentence) and re.search(r"学员|官员|技术人员|人员", window):
        return Metric.TRAINEES
    if measure in _PERSON_MEASURES and metric in (Metric.PARTICIPANTS, Metric.OTHER) \
            and _TRAINED_BEFORE.search(before):
        return Metric.TRAINEES  # "25名教师参加培训": whoever the count is, they are trained
    return metric


def _first_noun(measure: str, window: str, *, reverse: bool = False) -> tuple[int, str] | None:
    """The metric of the first count noun in a window (read backwards when `reverse`)."""
    best: tuple[int, str] | None = None
    for nouns, metric in FIGURE_NOUNS:
        if metric == Metric.COUNTRIES or (measure in _PERSON_MEASURES
                                     and metric not in _PERSON_METRICS):
            continue
        for noun in nouns:
            at = window.find(noun[::-1] if reverse else noun)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, metric)
    return best
