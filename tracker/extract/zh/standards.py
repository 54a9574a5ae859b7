"""Standards of the publisher's adopted abroad: "我校开发的焊接技术专业教学标准被加纳
教育部正式采用", "我院制定的3门课程标准纳入尼泊尔国民教育体系", "…专业教学标准获…认可".

A sentence states one when the publisher (我校, 我院...) names a teaching standard (a
programme's: 专业教学标准, 专业标准, 教学标准; a course's: 课程标准) that was adopted (被…
采用/采纳/认可/纳入, 纳入…体系, 获…认可), not that it will be (将, 拟, 有望...). The adopter
is the body that adopts it; the country the one in the adopter or in what it entered, else
the first one named with the others kept (which is the publisher's own the importer knows).
"""

from __future__ import annotations

import re

from tracker.extract.facts import StandardAdoption
from tracker.extract.text import Sentence
from tracker.extract.zh.dates import DateMention
from tracker.extract.zh.places import country_names, find_countries
from tracker.extract.zh.words import NOT_YET_WORDS
from tracker.vocab import StandardKind

_KIND_WORDS = r"专业教学标准|专业标准|课程标准|教学标准"
# a title in 《》 whole ("《机械制造与自动化专业教学标准》"), else the words before the kind
_STANDARD = re.compile(rf"《(?P<book>[^》]{{0,40}}?(?P<bkind>{_KIND_WORDS}))》|"
                       rf"(?P<plain>[^，。；、“”《》的被由与和及将获在]{{0,16}}?(?P<pkind>{_KIND_WORDS}))")
_ADOPT_VERB = r"(?:正式)?(?:采用|采纳|认可|认证|批准|引进|使用|纳入|列入|收录)"
# 被 or 获 the adopter and its verb; or entering a system: 纳入/列入 …体系
_ADOPTED = re.compile(
    rf"(?:被|获得?|得到)(?P<adopter>[^，。；]{{2,30}}?){_ADOPT_VERB}|"
    r"(?:纳入|列入|进入)(?P<into>[^，。；]{2,24}?)(?:国民教育体系|教育体系|职业教育体系|"
    r"课程体系|国家标准|标准体系)")
# (a standard being applied for, 正在/争取, is not adopted yet either)
_NOT_YET = re.compile("|".join((*NOT_YET_WORDS, "正在", "争取")))
_OURS = re.compile(r"我校|我院|本校|本院|学校(?=牵头|主持|开发|制定|研制|编制)")
_COUNT = re.compile(r"^[0-9一二两三四五六七八九十]+(?:门|个|项|套|部|份)")
_KINDS = {"课程标准": StandardKind.COURSE}


def find_standards(sentences: list[Sentence],
                   dates: list[list[DateMention]]) -> list[StandardAdoption]:
    """The publisher's standards the sentences say were adopted abroad.

    >>> s = Sentence(0, 40, "我校开发的焊接技术专业教学标准被加纳教育部正式采用。")
    >>> [(x.title, x.kind, x.adopter, x.country) for x in find_standards([s], [[]])]
    [('焊接技术专业教学标准', 'programme', '加纳教育部', 'GH')]
    """
    found: list[StandardAdoption] = []
    for sentence, mentions in zip(sentences, dates, strict=False):
        found.extend(_standards_in(sentence, mentions))
    return found


def _standards_in(sentence: Sentence, mentions: list[DateMention]) -> list[StandardAdoption]:
    text = sentence.text
    if not _OURS.search(text):
        return []
    adopted = next((m for m in _ADOPTED.finditer(text)
                    if not _NOT_YET.search(text[max(0, m.start() - 4):m.start()])), None)
    if adopted is None:
        return []
    named = sorted(find_countries(text).items(), key=lambda found: found[1])
    if not named:
        return []
    # the country in the adopter or in the system it entered, else the first named
    in_adoption = find_countries(adopted.group(0))
    placed = min(in_adoption, key=in_adoption.__getitem__) if in_adoption else None
    country = placed or named[0][0]
    others = () if placed else tuple(code for code, _ in named if code != country)
    adopter = adopted.group("adopter")
    # adopted by us (被我校采用) is another's standard come to us
    if adopter is not None and _OURS.search(adopter):
        return []
    # a country alone (被泰国采用) is the country, not a body of it
    if adopter is not None and adopter in country_names():
        adopter = None
    when = next((m.iso for m in mentions if m.iso), None)
    kinds: dict[str, StandardAdoption] = {}
    for said in _STANDARD.finditer(text, 0, adopted.start()):
        kind = _KINDS.get(said.group("bkind") or said.group("pkind"), StandardKind.PROGRAMME)
        kinds.setdefault(kind, StandardAdoption(
            title=_title(said), kind=str(kind), adopter=adopter, country=country,
            adopted=when, others=others,
            evidence=sentence.evidence(sentence.start + said.start(),
                                       sentence.start + said.end())))
    return list(kinds.values())


def _title(said: re.Match[str]) -> str:
    """The standard's name: its title in 《》, else the words before its kind, less a
    count ("3门课程标准" is 课程标准) and the publisher's word for itself."""
    return said.group("book") or _COUNT.sub("", _OURS.sub("", said.group("plain")))
