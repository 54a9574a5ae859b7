"""Organizations: names by their endings (大学, 学院, 公司, 教育厅, 部, 中心…) with a kind.

>>> [kind_of(n).value for n in ("蓝湖职业技术学院", "青山科学技术大学", "东岭市教育局")]
['college', 'university', 'government']
>>> [kind_of(n).value for n in ("云杉职业技术大学", "东岭职教集团", "青山学会职教分会")]
['college', 'other', 'association']
"""

from __future__ import annotations

import re

from tracker.extract.facts import Organization
from tracker.extract.text import Sentence
from tracker.extract.zh.alliances import GENERIC_ALLIANCE
from tracker.extract.zh.context import Article
from tracker.extract.zh.names import NameMention, find_names
from tracker.extract.zh.places import country_of, find_countries, starts_with_chinese_place
from tracker.extract.zh.words import (
    ALLIANCE_ENDINGS,
    COLLEGE_MARKS,
    GENERIC_MODIFIERS,
    MEMBERSHIP_BODY_ENDINGS,
    ORG_ENDINGS,
)
from tracker.vocab import OrganizationKind

ALL_ENDINGS = tuple(dict.fromkeys((*ORG_ENDINGS, *ALLIANCE_ENDINGS, *MEMBERSHIP_BODY_ENDINGS)))
# Generic phrases that end like a name but name nobody ("职业学校", "中高职学校").
_GENERIC_HEADS = ("职业", "行业", "中高职", "高职", "普通", "相关", "有关", "兄弟", "国内",
                  "各级", "地方")


_ALIAS_BEFORE = re.compile(r"简称[“\"]?$")
# Offices inside an institution (SCHEMA.md leaves them out): the party committee's, and
# the publicity, organisation, students' and media departments.
_INNER_UNIT = re.compile(r"党(?:委|总支)|(?:宣传|组织|统战|学工|全媒体|融媒体)部$")
_OWNER_BEFORE = re.compile(r".+(?:大学|学院|学校)$")
# (a ministry is named so: 教育部, 科技部 are bodies, not kinds of one)
_GENERIC_NAME = re.compile(
    "(?:" + "|".join(sorted(GENERIC_MODIFIERS, key=len, reverse=True)) + ")+"
    "(?:" + "|".join(sorted((e for e in ALL_ENDINGS
                             if ORG_ENDINGS.get(e) != OrganizationKind.GOVERNMENT),
                            key=len, reverse=True)) + ")")


def find_mentions(article: Article) -> list[NameMention]:
    """Every name mention of the article (organizations and alliances), in article offsets."""
    out: list[NameMention] = []
    for sentence in article.sentences:
        for m in find_names(sentence.text, ALL_ENDINGS):
            if m.text.startswith(_GENERIC_HEADS) and len(m.text) <= len(m.ending) + 3 \
                    or GENERIC_ALLIANCE.fullmatch(m.text) or _GENERIC_NAME.fullmatch(m.text):
                continue  # "职业学校", "产教联盟", "社区学院": a kind of body, nobody's name
            unit = _INNER_UNIT.search(m.text)
            if unit is not None:  # 党委宣传部, 全媒体部: an office inside, not a body
                owner = _OWNER_BEFORE.search(m.text, 0, unit.start())
                if owner is None:
                    continue
                # "青山学院党委宣传部": the institution whose office it is
                m = NameMention(m.start, m.start + owner.end(), m.text[:owner.end()],
                                owner.group(0), m.internal)
            if _ALIAS_BEFORE.search(sentence.text[max(0, m.start - 6):m.start]):
                continue  # (简称X): a short form of the name before it, read by alliances
            text, start = m.text, m.start
            if "暨" in text:  # 甲会暨乙联盟: two things joined, the name is the last
                cut = text.rindex("暨") + 1
                text = text[cut:]
                start = m.end - len(text)
            out.append(NameMention(sentence.start + start, sentence.start + m.end, text,
                                   m.ending, m.internal))
    return out


def kind_of(name: str) -> OrganizationKind:
    """The SCHEMA.md kind of an organization, from its ending."""
    for ending in sorted(ORG_ENDINGS, key=len, reverse=True):
        if name.endswith(ending):
            kind = OrganizationKind(ORG_ENDINGS[ending])
            # a 学院 that says it is vocational is a college; a 大学 is a university unless
            # its ending says otherwise (职业技术大学, 职业大学 are listed as colleges)
            if ending == "学院" and any(mark in name for mark in COLLEGE_MARKS):
                return OrganizationKind.COLLEGE
            return kind
    return OrganizationKind.OTHER


def _country_around(sentence: Sentence, mention: NameMention) -> str | None:
    """A name without a place of its own, told after a foreign country in its sentence, is
    of that country ("访问赞比亚，拜会了卢安夏铜业有限公司" -> ZM)."""
    if starts_with_chinese_place(mention.text):
        return None
    before = find_countries(sentence.text[:mention.start - sentence.start])
    if not before:
        return None
    nearest = max(before, key=before.__getitem__)
    return nearest if nearest != "CN" else None


def organizations(article: Article) -> list[Organization]:
    """The organizations of the article, alliances and inner parts left out."""
    out: dict[str, Organization] = {}
    for m in article.names:
        if m.internal or m.text in article.alliance_names or m.ending in ALLIANCE_ENDINGS:
            continue
        if m.text not in out:
            sentence = next(s for s in article.sentences if s.start <= m.start < s.end)
            out[m.text] = Organization(
                name=m.text, kind=kind_of(m.text),
                country=country_of(m.text) or _country_around(sentence, m) or "CN",
                evidence=sentence.evidence(m.start, m.end))
    if article.self_reference and article.self_reference not in out:
        out[article.self_reference] = Organization(
            name=article.self_reference, kind=OrganizationKind.COLLEGE, country="CN")
    return list(out.values())
