"""Memberships: who holds which role in which alliance, read by an ordered list of rules.

Each rule reads one sentence and yields (member, alliance, role) facts:

- role_word_rule: a role wording (常务理事单位, 成员单位…) after an alliance, its holders the
  organizations before it in the clause (or the publisher, after 当选/入选/成为/获批);
- initiator_rule: 由 A、B 和 C (共同)发起/牵头/倡议 … X联盟 gives each initiator lead_member;
- join_rule: A 加入 X联盟 gives member.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tracker.extract.facts import Membership
from tracker.extract.text import Sentence
from tracker.extract.zh.context import Article
from tracker.extract.zh.names import NameMention
from tracker.extract.zh.sentences import clauses
from tracker.extract.zh.words import (
    ANAPHORA,
    BRACKETED_ACRONYM,
    INITIATE_VERBS,
    MEMBERSHIP_BODY_ENDINGS,
    NOT_YET_WORDS,
    ROLE_WORDS,
    SELF_REFERENCES,
)
from tracker.vocab import role_rank

_ROLE_RE = re.compile("|".join(sorted(ROLE_WORDS, key=len, reverse=True)))
_INITIATE_RE = re.compile("|".join(sorted(INITIATE_VERBS, key=len, reverse=True)))
# 学校 is the publisher only as a word of its own, not the end of 职业学校.
_SELF_RE = re.compile("|".join(w if w != "学校" else r"(?<![\u4e00-\u9fff])学校"
                               for w in sorted(SELF_REFERENCES, key=len, reverse=True)))
# Verbs by which the publisher, unnamed in the clause, takes a role ("先后入选…理事单位").
_TAKES_ROLE = re.compile(r"当选|入选|成为|获批|加入|作为|接受|担任|荣膺")
_JOIN = re.compile(r"加入")
# (可由…牵头: a possibility, no more)
_FUTURE = re.compile("|".join(("可由", "可", *NOT_YET_WORDS)))
# How far an initiator's verb may stand from the alliance it founded, and a joiner's.
INITIATED_WITHIN_CHARS = 60
JOINED_WITHIN_CHARS = 30
# An application to join approved: "审议通过了…的入会申请", "批准…加入联盟的申请".
_ADMITTED = re.compile(r"(?:审议通过|批准|同意)(?:了)?(?P<who>[^。；]{2,60}?)的?"
                       r"(?:入会|入盟|加入联盟)申请")
# How far after 秘书处设在 its host is named.
HOST_WITHIN_CHARS = 20
# How far back 由 ("by") may open the list of initiators.
INITIATORS_WITHIN_CHARS = 120
# A role wording right after a short 联盟 ("联盟理事长单位") refers to the article's alliance.
_SHORT_ALLIANCE_BEFORE = re.compile(
    r"(?:联盟|学会|协会|分会|联合会)(?:的)?(?:首批|下一届|本届|新的?)?$")
_COLLEGE_ENDINGS = ("学院", "职院")
_INSTITUTION_ENDINGS = ("大学", "学院", "学校", "职院")
# A role given without the alliance's name: "当选为副理事长单位", "被授予“理事单位”牌匾".
_GIVEN_ROLE_BEFORE = re.compile(r"(?:当选|成为|入选|作为|授予|颁发|获得|荣获|获评|为|是|吸纳|吸收|"
                                r"接纳)(?:为|了)?"
                                r"[“\"「]?$")
# The secretariat hosted by a member: "秘书处设在青山学院", "秘书处挂靠我校".
_SECRETARIAT = re.compile(r"秘书处(?:设在|设于|挂靠|落户)(?:于)?")
# Opening words of a sentence that report from the meeting just described.
_NOT_A_ROLE_DATE_BEFORE = re.compile(r"(?:成立|创立|创建|组建|始建|建于|自|从)[于在]?$")
_NOT_A_ROLE_DATE_AFTER = re.compile(r"\s*(?:以来|起|开始|成立|创立|创建|组建)")
# ("大会选举产生了理事会", "经联盟理事会审议": the meeting's own acts are dated by it too.)
_AT_THE_MEETING = re.compile(r"^(?:会上|会议上|大会上|会议期间|论坛现场|签约现场|现场|开幕式上|"
                             r"此次|本次|"
                             r"经?(?:联盟)?(?:大会|会议|年会|常务理事会|理事会)(?:上)?"
                             r"(?:选举|审议|表决|决定|通过|投票|一致))")


@dataclass(frozen=True)
class Stated:
    member: str
    alliance: str
    role: str
    sentence: Sentence
    start: int  # article offset of the wording


Rule = Callable[[Article, Sentence, str | None], Iterator[Stated]]


def _members_in(article: Article, sentence: Sentence, lo: int, hi: int) -> list[str]:
    """Organizations and the publisher's self-references in sentence.text[lo:hi], in order."""
    items: list[tuple[int, str]] = []
    names = [m for m in article.names_in(sentence)
             if lo <= m.start - sentence.start and m.end - sentence.start <= hi]
    for m in names:
        if not m.internal and m.text not in article.alliance_names:
            items.append((m.start - sentence.start, m.text))
    for match in _SELF_RE.finditer(sentence.text, lo, hi):
        inside = any(m.start - sentence.start <= match.start() < m.end - sentence.start
                     for m in names)
        if not inside and not _is_possessive_part(sentence.text, match.end()):
            word = match.group(0)
            if word in ANAPHORA:  # 该院: the institution last named before it
                word = _antecedent(article, sentence.start + match.start(), word) or word
            items.append((match.start(), word))
    return [text for _, text in sorted(items)]


def _antecedent(article: Article, position: int, word: str) -> str | None:
    """The institution 该院 (a 学院) or 该校 (any school) points back to."""
    endings = _COLLEGE_ENDINGS if word == "该院" else _INSTITUTION_ENDINGS
    before = [m for m in article.names if m.end <= position and not m.internal
              and m.text.endswith(endings)]
    return before[-1].text if before else None


def _is_possessive_part(text: str, end: int) -> bool:
    """我校国际交流学院 speaks of a part of the publisher, not the publisher."""
    return bool(re.match(r"[\u4e00-\u9fff]{0,8}(?:学院|处|部|办公室|中心)", text[end:end + 10])) \
        and not re.match(r"(?:作为|当选|成为|入选|成功|正式|与|和|及|获批|加入)", text[end:end + 4])


# The alliance the article is about, named short: "加入联盟", "该联盟由…发起".
_SHORT_BODY = r"(?:该|本|此|这一)?(?:联盟|学会|协会|联合会|共同体)"
_SHORT_REFERENCE = re.compile(_SHORT_BODY + r"(?![\u4e00-\u9fff]{0,2}(?:大会|会议|年会|论坛))")
# (bare at a clause's start too: "联盟由甲与乙共同发起")
_SHORT_REFERENCE_BEFORE = re.compile(r"(?:该|本|此|这一|^|(?<=[，,；;]))"
                                     r"(?:联盟|学会|协会|联合会|共同体)(?:是|于[^，。]{0,12})?$")
# The members as partners of an act: "与联盟成员单位共同推进", "带领各成员单位".
_WITH_THE_MEMBERS = re.compile(r"(?:与|和|同|跟|向|带领|组织|联合)" + _SHORT_BODY
                               + r"?(?:的)?(?:其他|各|全体|广大)?$")
# A line announcing a list of new members: "新增成员单位包括：", "新成员单位名单如下：".
_LIST_OPENS = re.compile(r"(?:新增|新|首批|新加入的?)(?:成员|会员)(?:单位|院校)?[^，。]{0,8}"
                         r"(?:包括|如下|有|为|名单)[^，。]{0,4}[：:]\s*$")
# Words that make 会员 part of another noun (会员代表大会 members' congress, 会员费 dues).
_NOT_A_ROLE_AFTER = re.compile(r"代表|大会|费|制|证|国|服务|权益|管理")


def _alliance_before(article: Article, sentence: Sentence, at: int) -> NameMention | None:
    for m in sorted(article.names_in(sentence), key=lambda m: -m.end):
        end = m.end - sentence.start
        bracket = BRACKETED_ACRONYM.match(sentence.text, end)
        gap = at - (bracket.end() if bracket else end)
        if 0 <= gap <= 3 and m.text in article.alliance_names:
            return m
    return None


def role_word_rule(article: Article, sentence: Sentence, main: str | None) -> Iterator[Stated]:
    text = sentence.text
    spans = clauses(text)
    for match in _ROLE_RE.finditer(text):
        if _NOT_A_ROLE_AFTER.match(text, match.end()) and match.group(0) == "会员":
            continue  # 会员代表大会: the members' congress, no one's role
        role = ROLE_WORDS[match.group(0)]
        named = _alliance_before(article, sentence, match.start())
        if named is not None:
            alliance, subject_end = named.text, named.start - sentence.start
        elif _WITH_THE_MEMBERS.search(text, 0, match.start()):
            continue  # "与联盟成员单位共同推进": working with the members, no one's role
        elif main and (_SHORT_ALLIANCE_BEFORE.search(text[:match.start()])
                       or _GIVEN_ROLE_BEFORE.search(text[:match.start()])):
            alliance, subject_end = main, match.start()
        else:
            continue
        clause_start = max(lo for lo, _ in spans if lo <= match.start())
        members = _members_in(article, sentence, clause_start, subject_end)
        if not members:
            members = _sentence_subjects(article, sentence, before=clause_start)
        if not members and _TAKES_ROLE.search(text[:match.start()]) and article.self_reference:
            members = [article.self_reference]
        for member in members:
            yield Stated(member, alliance, role, sentence, sentence.start + match.start())


def _sentence_subjects(article: Article, sentence: Sentence, *, before: int) -> list[str]:
    """The organizations of the first clause that names any, if it comes before `before`."""
    for lo, hi in clauses(sentence.text):
        if lo >= before:
            break
        found = _members_in(article, sentence, lo, hi)
        if found:
            return found
    return []


def initiator_rule(article: Article, sentence: Sentence, main: str | None) -> Iterator[Stated]:
    text = sentence.text
    for verb in _INITIATE_RE.finditer(text):
        if text.startswith("单位", verb.end()):  # 发起单位: a role wording, read above
            continue
        by = text.rfind("由", max(0, verb.start() - INITIATORS_WITHIN_CHARS), verb.start())
        alliance = _alliance_after(article, sentence, verb.end()) or _alliance_told_before(
            article, sentence, verb.start()) or (
            main if by >= 0 and _SHORT_REFERENCE_BEFORE.search(text, 0, by) else None)
        if alliance is None:
            continue
        if by >= 0:
            lo = by + 1
        else:
            lo = max(start for start, _ in clauses(text) if start <= verb.start())
        if _FUTURE.search(text, max(0, lo - 3), verb.start()):
            continue  # "可由相关高校牵头组建…": a possibility, not a founding
        members = [m for m in _members_in(article, sentence, lo, verb.start()) if m != alliance]
        if members:
            article.alliance_names.add(alliance)
        for member in members:
            yield Stated(member, alliance, "lead_member", sentence, sentence.start + verb.start())


def _alliance_after(article: Article, sentence: Sentence, at: int) -> str | None:
    """The body an initiator founded: a 联盟 named soon after the verb, else a body that
    takes members (委员会, 协会…)."""
    near = [m for m in sorted(article.names_in(sentence), key=lambda m: m.start)
            if at <= m.start - sentence.start <= at + INITIATED_WITHIN_CHARS and not m.internal]
    for m in near:
        if m.text in article.alliance_names:
            return m.text
    for m in near:
        if m.ending in MEMBERSHIP_BODY_ENDINGS:
            return m.text
    return None


def _alliance_told_before(article: Article, sentence: Sentence, at: int) -> str | None:
    """"甲联盟成立于2018年，由乙学院牵头发起": the alliance the sentence is about."""
    before = [m for m in article.names_in(sentence)
              if m.end - sentence.start <= at and m.text in article.alliance_names]
    return before[-1].text if before else None


def join_rule(article: Article, sentence: Sentence, main: str | None) -> Iterator[Stated]:
    text = sentence.text
    for verb in _JOIN.finditer(text):
        if _FUTURE.search(text, max(0, verb.start() - 6), verb.start()):
            continue  # "将以加入联盟为契机": a plan
        named = None
        for m in sorted(article.names_in(sentence), key=lambda m: m.start):
            offset = m.start - sentence.start
            if verb.end() <= offset <= verb.end() + JOINED_WITHIN_CHARS \
                    and m.text in article.alliance_names:
                named = m
                break
        alliance = named.text if named is not None else (
            main if _SHORT_REFERENCE.match(text, verb.end()) else None)
        if alliance is None:
            continue
        lo = max(start for start, _ in clauses(text) if start <= verb.start())
        for member in _members_in(article, sentence, lo, verb.start()):
            yield Stated(member, alliance, "member", sentence, sentence.start + verb.start())


def secretariat_rule(article: Article, sentence: Sentence,
                     main: str | None) -> Iterator[Stated]:
    text = sentence.text
    for match in _SECRETARIAT.finditer(text):
        named = _alliance_told_before(article, sentence, match.start()) or main
        hosts = _members_in(article, sentence, match.end(), match.end() + HOST_WITHIN_CHARS)
        if named and hosts:
            yield Stated(hosts[0], named, "secretariat", sentence, sentence.start + match.start())


def admission_rule(article: Article, sentence: Sentence,
                   main: str | None) -> Iterator[Stated]:
    """"会议审议通过了包括甲在内的7所高校的入会申请": the admitted join the body."""
    if main is None:
        return
    for match in _ADMITTED.finditer(sentence.text):
        for member in _members_in(article, sentence, match.start("who"), match.end("who")):
            yield Stated(member, main, "member", sentence, sentence.start + match.start())


MEMBERSHIP_RULES: tuple[Rule, ...] = (role_word_rule, initiator_rule, join_rule,
                                      secretariat_rule, admission_rule)


def memberships(article: Article, *, main: str | None,
                event_dates: list[tuple[int, str]]) -> list[Membership]:
    """Every stated membership; one per member, alliance and role, 'member' dropped beside a
    higher role of the same statement."""
    found: dict[tuple[str, str, str], Membership] = {}
    index_of = {id(sentence): index for index, sentence in enumerate(article.sentences)}
    listing: Sentence | None = None  # the line that opened a list of new members
    for sentence in article.sentences:
        stated_here = [stated for rule in MEMBERSHIP_RULES
                       for stated in rule(article, sentence, main)]
        listing, listed = _listed_members(article, sentence, main, listing)
        for stated in (*stated_here, *listed):
            # a listed member is stated, and dated, by the line that opened the list
            index = index_of[id(stated.sentence)]
            key = (stated.member, stated.alliance, stated.role)
            if key in found:
                if found[key].since is None:  # the title states it, the body dates it
                    found[key].since = _since(article, index, stated.sentence, event_dates,
                                              stated_at=stated.start)
                continue
            found[key] = Membership(
                member=stated.member, alliance=stated.alliance, role=stated.role,
                since=_since(article, index, stated.sentence, event_dates,
                             stated_at=stated.start),
                evidence=stated.sentence.evidence(stated.start, stated.start + 2))
    out = list(found.values())
    # 'member' beside a higher role is the same statement, unless the text dates the two
    # apart (joined in 2019, became a council member in 2022: SCHEMA.md's rulings)
    higher: dict[tuple[str, str], list[Membership]] = {}
    for m in out:
        if role_rank(m.role) < role_rank("member"):
            higher.setdefault((m.member, m.alliance), []).append(m)
    return [m for m in out if m.role != "member" or not (above := higher.get(
        (m.member, m.alliance))) or (m.since and all(o.since and o.since != m.since
                                                       for o in above))]


def _listed_members(article: Article, sentence: Sentence, main: str | None,
                    listing: Sentence | None) -> tuple[Sentence | None, list[Stated]]:
    """ "新增成员单位包括：" then one institution per line: each is a member of the article's
    alliance. The list ends at the first line that names none."""
    if main is None:
        return None, []
    if _LIST_OPENS.search(sentence.text):
        return sentence, []
    if listing is None:
        return None, []
    members = _members_in(article, sentence, 0, len(sentence.text))
    if not members:
        return None, []
    return listing, [Stated(member, main, "member", listing, listing.start)
                     for member in members]


def _since(article: Article, index: int, sentence: Sentence,
           event_dates: list[tuple[int, str]], *, stated_at: int) -> str | None:
    """The date the sentence gives a role; in a paragraph told from a meeting (会上…), the
    meeting's date."""
    dated = [d.iso for d in article.dates[index] if d.iso and len(d.iso) == 10]
    if dated:
        return dated[0]
    # "我校于2021年加入联盟": a year or month dates the role when it comes before the role's
    # words (after them it is a plan's: "下一届…办好2025年…") and is no founding
    # (成立于2019年) or starting point (自2019年以来) of something else
    partial = [d for d in article.dates[index] if d.iso and d.end <= stated_at
               and not _NOT_A_ROLE_DATE_BEFORE.search(article.text[max(0, d.start - 4):d.start])
               and not _NOT_A_ROLE_DATE_AFTER.match(article.text, d.end)]
    # ("我院于2019年加入联盟，2022年当选为常务理事单位": each role takes the nearest before it.)
    if partial:
        return partial[-1].iso
    opening = index
    while opening > 0 and "\n" not in article.text[article.sentences[opening - 1].end:
                                                     article.sentences[opening].start]:
        opening -= 1
    if any(_AT_THE_MEETING.match(s.text) for s in article.sentences[opening:index + 1]):
        earlier = [iso for start, iso in event_dates if start < sentence.start]
        return earlier[-1] if earlier else None
    return None
