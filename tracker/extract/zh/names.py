"""Names found by their endings (…大学, …联盟, …论坛), their start found by reading leftwards.

Chinese runs words together: a name begins after the last punctuation mark,
preposition, conjunction or reporting verb before its ending (NAME_STOPS).

>>> [n.text for n in find_names("我院与蓝湖职业技术学院签约。", ("职业技术学院",))]
['蓝湖职业技术学院']
>>> [n.text for n in find_names("由“丝路”工匠联盟主办", ("联盟",))]
['丝路工匠联盟']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.zh.words import (
    ALLIANCE_ENDINGS,
    EVENT_NOUNS,
    FOREIGN_PLACES_WITH_STOPS,
    LEADING_NOISE,
    MEMBERSHIP_BODY_ENDINGS,
    NAME_STOP_EXCEPTIONS,
    NAME_STOPS,
    NOT_MINISTRY_BEFORE_BU,
    ORG_ENDINGS,
    PARTIES,
    REFERENCE_DETERMINERS,
    ROLE_WORDS,
    SELF_REFERENCES,
    TITLES,
)

MAX_NAME_CHARS = 40
_NAME_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z\u00c0-\u024f0-9·—\-–()（）“”《》&]")
# Role wordings end a name too: "甲协会理事单位乙联盟" lists two bodies without a comma.
_STOPS = tuple(sorted(set(NAME_STOPS) | set(SELF_REFERENCES) | set(ROLE_WORDS) | {"单位"},
                      key=len, reverse=True))
_STOPS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _stop in _STOPS:
    _STOPS_BY_LAST[_stop[-1]] = (*_STOPS_BY_LAST.get(_stop[-1], ()), _stop)


@lru_cache(maxsize=1)
def _exceptions_re() -> re.Pattern[str]:
    """Words across a stop that belong to a name: NAME_STOP_EXCEPTIONS and the places that hold
    a stop's character (成都, 太原, 呼和浩特, 维也纳), built once from the division table."""
    from tracker.extract.zh.places import cities

    singles = {stop for stop in NAME_STOPS if len(stop) == 1}
    places = {c for c in cities() if singles.intersection(c)} | set(FOREIGN_PLACES_WITH_STOPS)
    words = sorted({*NAME_STOP_EXCEPTIONS, *places}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))

_CONJ_THEN_ENDING = re.compile(r"[和与及]")
_CONJUNCTIONS = frozenset({"与", "和", "及", "同"})
_NAME_ENDS = tuple(sorted({*ORG_ENDINGS, *ALLIANCE_ENDINGS, *MEMBERSHIP_BODY_ENDINGS, *EVENT_NOUNS,
                           *SELF_REFERENCES, "我院", "我校", "办公室"}, key=len, reverse=True))
# A titled person (校长王明) before a conjunction: the conjunction joins two parties.
_TITLED_PERSON = re.compile("(?:" + "|".join(sorted(TITLES, key=len, reverse=True))
                            + r")[\u4e00-\u9fff]{2,3}$")
_OPEN_FOR = {")": "(", "）": "（", "”": "“", "》": "《"}
# A count before a name makes it part of a figure ("6所理工学院"), not a name.
_COUNTED = re.compile(r"[\d零一二两三四五六七八九十百千万]+[余多]?[所家个名位次届批]")
# Characters after an ending that show it is the start of another word (大学生, 部长).
_NOT_ENDING_BEFORE = {
    "大学": "生城堂", "部": "长门分署队落件位署级委", "学院": "长派", "中心": "城思",
    "学校": "长", "集团": "化", "学会": "了到", "协会": "长", "公司": "司",
    "职院": "校",  # 高职院校: colleges in general
}
# Characters before an ending that make it part of another word (磋商会 is no 商会).
_NOT_ENDING_AFTER = {"商会": "磋协洽", "中心": "核重",
                     "部": "".join(sorted(NOT_MINISTRY_BEFORE_BU))}
_DATE_IN_NAME = re.compile(r".*(?:\d{4}年(?!度)|\d{1,2}月|\d{1,2}日)")
_ORDINAL_LEAD = re.compile(r"第[\d一二三四五六七八九十百]+(?:届|次|期|轮)")
_QUOTES = re.compile(r"[“”\"《》「」]")


@dataclass(frozen=True)
class NameMention:
    """A name in a text: [start, end) in that text, its cleaned form, and how it ends."""

    start: int
    end: int
    text: str
    ending: str
    # Inside the publisher or another institution (我院继续教育学院), or part of a count.
    internal: bool = False


@lru_cache(maxsize=16)
def _ending_re(endings: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True)))


def find_names(text: str, endings: tuple[str, ...], *, min_chars: int = 2) -> list[NameMention]:
    """Every name of `text` that ends in one of `endings`; a name inside a longer one is dropped."""
    found: list[NameMention] = []
    for match in _ending_re(endings).finditer(text):
        after = text[match.end():match.end() + 1]
        if after and after in _NOT_ENDING_BEFORE.get(match.group(0), ""):
            continue
        before = text[match.start() - 1:match.start()]
        if before and before in _NOT_ENDING_AFTER.get(match.group(0), ""):
            continue
        mention = name_ending_at(text, match.start(), match.end(), match.group(0))
        if mention is not None and len(mention.text) >= len(match.group(0)) + min_chars - 1:
            found.append(mention)
    return _outermost(found)


def name_ending_at(text: str, ending_start: int, end: int, ending: str) -> NameMention | None:
    """The name whose ending is text[ending_start:end], or None when nothing precedes it."""
    floor = max(0, ending_start - MAX_NAME_CHARS)
    i = ending_start
    while i > floor:
        if _stop_before(text, i):
            break
        char = text[i - 1]
        if char in _OPEN_FOR:  # a bracket or quote: take it whole when it closes nearby
            opening = text.rfind(_OPEN_FOR[char], floor, i - 1)
            if opening < 0 or "。" in text[opening:i]:
                break
            i = opening
            continue
        if not _NAME_CHAR.match(char) or char in "(（“《":
            break
        i -= 1
    start = i
    while start < ending_start and text[start] in "“《(（-—":
        start += 1
    dated = _DATE_IN_NAME.match(text, start, ending_start)
    # a date before a name is cut off ("2024年5月东岭论坛"); one that leaves the ending alone
    # belongs to the name ("东岭联盟2024年年会"), never to the publisher's word for itself
    if dated and (end - dated.end() > len(ending) or ending in SELF_REFERENCES):
        start = dated.end()
    raw = text[start:end]
    for noise in LEADING_NOISE:
        if raw.startswith(noise) and len(raw) - len(noise) > len(ending):
            raw = raw[len(noise):]
            start += len(noise)
            break
    ordinal = _ORDINAL_LEAD.match(raw)
    if ordinal and ending not in EVENT_NOUNS and len(raw) - ordinal.end() > len(ending):
        # "第二届东岭联盟大会": the edition is the meeting's, not the alliance's
        raw = raw[ordinal.end():]
        start += ordinal.end()
    name = clean(raw)
    if _CONJ_THEN_ENDING.search(name) and name.endswith(ending):
        tail = re.split("[和与及]", name)[-1]
        if len(tail) <= len(ending):  # "…领导和联盟": "and the alliance", no name
            return None
    if any(name == noise + ending for noise in LEADING_NOISE):
        return None
    if name[:-len(ending)] in (*REFERENCE_DETERMINERS, "其"):  # 该联盟 "that alliance": no name
        return None
    if len(name) <= len(ending) - (0 if len(ending) > 1 else -1) and ending not in ORG_ENDINGS:
        return None
    if not name or name == ending:
        return None
    before = text[max(0, start - 6):start]
    internal = (any(before.endswith(s) for s in SELF_REFERENCES)
                or any(name.startswith(s) and len(name) > len(s) + len(ending)
                       for s in SELF_REFERENCES)
                or bool(_COUNTED.search(name))
                or _after_institution(before))
    return NameMention(start, end, name, ending, internal)


def _after_institution(before: str) -> bool:
    """A name straight after an institution's name is one of its parts (大学医学院)."""
    return before.endswith(("大学", "学院", "学校"))


def _stop_before(text: str, i: int) -> bool:
    for stop in _STOPS_BY_LAST.get(text[i - 1], ()):
        if text.endswith(stop, 0, i):
            if stop in _CONJUNCTIONS and not _complete_before(text, i - len(stop)):
                continue  # 院校与企业交流协会: a conjunction inside a name
            window_start = max(0, i - 8)
            stop_span = (i - len(stop), i)
            for hit in _exceptions_re().finditer(text, window_start, i + 6):
                a, b = hit.span()
                if a < stop_span[1] and b > stop_span[0] and (a, b) != stop_span:
                    return False
            return True
    return False


def _complete_before(text: str, at: int) -> bool:
    """Whether text[:at] ends a name or a self-reference (so a conjunction there joins names)."""
    before = text[max(0, at - 8):at]
    if not before or not _NAME_CHAR.match(before[-1]) or before[-1] in ")）”》":
        return True
    return (before.endswith(_NAME_ENDS) or before.endswith(PARTIES)
            or bool(_TITLED_PERSON.search(text, max(0, at - 14), at))
            or bool(_place_at_end_re().search(before)))


@lru_cache(maxsize=1)
def _place_at_end_re() -> re.Pattern[str]:
    """A city just before a conjunction ("在成都与…签约"): the conjunction joins two parties."""
    from tracker.extract.zh.places import cities

    places = sorted({*cities(), *FOREIGN_PLACES_WITH_STOPS}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in places) + ")$")


def clean(name: str) -> str:
    """A name without quotes and outer spaces (the scorer drops quotes too)."""
    return _QUOTES.sub("", name).strip(" -—·")


def _outermost(mentions: list[NameMention]) -> list[NameMention]:
    out = []
    for m in mentions:
        if any(o is not m and o.start <= m.start and m.end <= o.end
               and (o.end - o.start) > (m.end - m.start) for o in mentions):
            continue
        out.append(m)
    return out
