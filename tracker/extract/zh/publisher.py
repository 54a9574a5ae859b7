"""The publisher: who the page is by, and whom its 我校/我院/学校 stand for.

A source line names it ("来源：青山职业技术学院"); or the article states one
membership both of its self-reference and of a named institution (the title's
"我院当选…常务理事单位" and the body's "青山学院当选…常务理事单位"): the named one
is the publisher.
"""

from __future__ import annotations

import re

from tracker.extract.facts import Membership
from tracker.extract.zh.context import Article
from tracker.extract.zh.words import ANAPHORA, SELF_REFERENCES

_SOURCE_LINE = re.compile(r"(?:信息来源|新闻来源|来源|稿源|供稿)\s*[:：]\s*"
                          r"(?P<name>[^\s|｜/]{2,30})")
_INSTITUTION = ("大学", "学院", "学校", "职院")
_SELF = frozenset(SELF_REFERENCES) - ANAPHORA
# Only a first person says whose page it is (学校 alone may be any school).
_FIRST_PERSON = ("我校", "我院", "本校", "本院")
_TITLE_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:大学|学院|学校|职院)")
_GUEST_HEADLINE = re.compile(r"来访|到访|访问|考察|一行|代表团|" + "|".join(_FIRST_PERSON))


def source_line(article: Article) -> str | None:
    """The name a 来源 line gives, when the article names it as an organization too."""
    match = _SOURCE_LINE.search(article.text[:2000])
    if not match:
        return None
    name = match.group("name")
    # named in the text as well: a school inside the university credited alone is not it
    mentions = sum(1 for m in article.names if m.text == name and not m.internal)
    return name if mentions >= 2 or name in article.alliance_names else None


def publisher(article: Article, memberships: list[Membership],
              title: str | None = None) -> str | None:
    """The institution the article's self-references stand for, if the text tells."""
    source = source_line(article)
    if source and source.endswith(_INSTITUTION):
        return source
    own = {(m.alliance, m.role): _said_in(m) for m in memberships if m.member in _SELF}
    # stated apart (title and body): co-holders named in one sentence are two members
    named = [m.member for m in memberships
             if m.member not in _SELF and (m.alliance, m.role) in own
             and own[(m.alliance, m.role)] != _said_in(m) and m.member.endswith(_INSTITUTION)]
    if len(set(named)) == 1:
        return named[0]
    return _title_subject(article, title)


def _title_subject(article: Article, title: str | None) -> str | None:
    """A college's own news opens its headline with its name ("青山学院当选…") and speaks of
    itself as 我校 in the body. Not when the headline tells of a visit or itself says 我校:
    there the institution named first is a guest ("青山学院代表团来访")."""
    if not title or not any(word in article.text for word in _FIRST_PERSON):
        return None
    match = _TITLE_SUBJECT.match(title.strip())
    if match is None or _GUEST_HEADLINE.search(title):
        return None
    name = match.group(0)
    return name if any(m.text == name and not m.internal for m in article.names) else None


def _said_in(membership: Membership) -> str:
    return membership.evidence.sentence if membership.evidence else ""


def is_self_reference(name: str) -> bool:
    return name in _SELF
