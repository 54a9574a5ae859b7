"""Alliances: names ending 联盟/联合体 always; 协会, 学会, 分会, 中心… only where a membership
is stated of them (a role wording after the name, or 加入 before it).

>>> is_alliance_mention("蓝湖职教联盟", "")
True
>>> is_alliance_mention("青山学会", "常务理事单位")
True
>>> is_alliance_mention("青山学会", "主办")
False
>>> is_alliance_mention("行业产教联盟", "")
False
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.facts import Alliance
from tracker.extract.zh.context import Article
from tracker.extract.zh.names import NameMention, clean
from tracker.extract.zh.places import country_of
from tracker.extract.zh.words import (
    ALLIANCE_ENDINGS,
    BRACKETED_ACRONYM,
    MEMBERSHIP_BODY_ENDINGS,
    ROLE_WORDS,
)

# Two names of one alliance written this alike are one (the scorer's own threshold).
SAME_NAME_RATIO = 90
# A name is an alliance when a role wording follows it within this many characters (的, 首批).
ROLE_AFTER_CHARS = 3
_DEMONSTRATIVE = ("该", "本", "此", "各", "这", "下一届", "上一届", "首届")
_ALIAS = re.compile(r"[(（](?:以下)?简称[“\"]?(?P<alias>[^”\")）]{2,20})[”\"]?[)）]")
# A kind of alliance, not a name: "产教联盟", "行业职教联盟", "国际合作联盟".
GENERIC_ALLIANCE = re.compile(r"(?:职业教育|职教|产教融合|产教|校企|行业|区域|国际|合作|发展|教育|"
                               r"院校|高校|相关|各类|多个|该类)+联盟")
# Not bodies of members: a community of destiny, a community of development.
_NOT_BODIES = ("命运共同体", "发展共同体", "技能共同体", "教育共同体")
# "分会有455家会员单位", "学会现有会员单位300余家": a body counting its member units.
_COUNTED_MEMBERS = re.compile(r"(?P<body>[\u4e00-\u9fff]{1,30}?(?:会|联盟|中心|集团|联合体))"
                              r"(?:目前|现|已|共)?(?:有|拥有|现有|共有)(?:\d+[余多]?[家个所])?"
                              r"(?:会员|成员)(?:单位)?")


def is_alliance_mention(name: str, after: str) -> bool:
    """Whether a name is an alliance, given the text right after it."""
    if name.startswith(_DEMONSTRATIVE) or name.endswith(_NOT_BODIES):
        return False
    if name.startswith("新") and country_of(name) is None:  # "a new alliance", not a name
        return False
    if name.endswith(ALLIANCE_ENDINGS):
        return len(name) > 3 and not GENERIC_ALLIANCE.fullmatch(name)
    if name.endswith(MEMBERSHIP_BODY_ENDINGS):
        bracket = BRACKETED_ACRONYM.match(after)  # "联合会（AVEF）会员"
        after = after[bracket.end():] if bracket else after
        return any(after[:ROLE_AFTER_CHARS + len(w)].find(w) >= 0 for w in ROLE_WORDS)
    return False


def alliance_mentions(article: Article) -> list[NameMention]:
    """The mentions that name alliances: by ending and role wording, or a body whose member
    units the text counts ("学会现有会员单位300家", "分会有455家会员单位")."""
    counted = _bodies_with_members(article)
    return [m for m in article.names if not m.internal
            and (is_alliance_mention(m.text, article.text[m.end:m.end + 12])
                 or m.text in counted)]


def _bodies_with_members(article: Article) -> set[str]:
    short = {}
    for m in article.names:
        alias = _ALIAS.match(article.text, m.end)
        if alias and m.ending in MEMBERSHIP_BODY_ENDINGS:
            short[clean(alias.group("alias"))] = m.text
    out = set()
    for match in _COUNTED_MEMBERS.finditer(article.text):
        body = match.group("body")
        full = next((m.text for m in article.names if m.end == match.start("body") + len(body)
                     and m.ending in MEMBERSHIP_BODY_ENDINGS), None)
        # "学会现有…": the one 学会 the article names
        ending_of = {m.text for m in article.names
                     if m.text.endswith(body) and m.ending in MEMBERSHIP_BODY_ENDINGS}
        named = full or short.get(body) or next(
            (name for alias, name in short.items() if body.endswith(alias)), None) or (
            next(iter(ending_of)) if len(ending_of) == 1 else None)
        if named:
            out.add(named)
    return out


def short_forms(article: Article) -> dict[str, str]:
    """Alliance names that are another's end (产教联盟 of 甲地产教联盟) or its variant (one
    character apart in a long name) -> the name kept.

    The more often written form is kept; on a tie, the longer."""
    from rapidfuzz.fuzz import ratio

    counts = Counter(m.text for m in article.names if m.text in article.alliance_names)
    out: dict[str, str] = {}
    for short in counts:
        for full in counts:
            if short != full and (full.endswith(short) or (
                    len(full) >= len(short) and ratio(short, full) >= SAME_NAME_RATIO)):
                drop, keep = ((short, full) if (counts[full], len(full)) > (counts[short],
                                                                             len(short))
                              else (full, short))
                out[drop] = keep
    for name, kept in list(out.items()):
        while kept in out and out[kept] != name:
            kept = out[kept]
        out[name] = kept
    return out


def main_alliance(article: Article) -> str | None:
    """The alliance the article is most about: the most mentioned, the first on a tie."""
    counts = Counter(m.text for m in article.names if m.text in article.alliance_names)
    if not counts:
        return None
    first = {name: i for i, name in reversed(list(enumerate(
        m.text for m in article.names if m.text in article.alliance_names)))}
    return max(counts, key=lambda n: (counts[n], -first[n]))


def alliances(article: Article, *, member_counts: dict[str, int],
              founded: dict[str, str]) -> list[Alliance]:
    """The alliance records, with aliases from (简称…) and the short 联盟 the text uses."""
    out: dict[str, Alliance] = {}
    for m in article.names:
        if m.text not in article.alliance_names:
            continue
        record = out.get(m.text)
        if record is None:
            sentence = next(s for s in article.sentences if s.start <= m.start < s.end)
            record = out[m.text] = Alliance(name=m.text, evidence=sentence.evidence(m.start, m.end))
        alias = _ALIAS.match(article.text, m.end)
        if alias:
            short = clean(alias.group("alias"))
            if short and short not in record.aliases:
                record.aliases.append(short)
    for short, full in short_forms(article).items():
        if short in out and full in out:
            out[full].aliases.append(short)
            del out[short]
    aliases = {a for record in out.values() for a in record.aliases}
    for name in [n for n in out if n in aliases]:
        del out[name]
    main = main_alliance(article)
    for record in out.values():
        forms = (record.name, *record.aliases)  # a count or founding told of its short form
        record.member_count = next((member_counts[f] for f in forms if f in member_counts), None)
        record.founded = next((founded[f] for f in forms if f in founded), None)
        if main in forms and "联盟" not in record.aliases \
                and "联盟" in article.text.replace(record.name, ""):
            record.aliases.append("联盟")
    return list(out.values())
