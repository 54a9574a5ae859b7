"""People: a title word followed by a name (校长李明出席…), with the organization before it.

>>> [(p.name, p.title) for p in find_people("青山大学校长王明远出席并致辞。")]
[('王明远', '校长')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.facts import Person
from tracker.extract.zh.context import Article
from tracker.extract.zh.words import ANAPHORA, TITLES

_AFTER_NAME = (r"(?=[、，,。；：（(\s]|出席|表示|致|主持|率队|率团|等|在|代表|和|与|及|指出|"
               r"进行|会谈|举行|签署|就|一同|共同|先后|访问|到访|来访|将|"
               r"说|介绍|讲话|陪同|参加|发表|作|热情|为|一行|院士|教授|博士|女士|先生|同志|首先|向|带领|也|对|"
               r"认为|强调|宣读|传达|提出|会见|分别|完成|当选|担任|获得|荣获|被|$)")
_PERSON = re.compile("(?P<title>" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")"
                     # a transliterated name (贝琳达·穆伦), a Chinese one, a Latin one
                     r"(?P<name>[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}?(?:·[\u4e00-\u9fff]{1,8}?)?"
                     r"(?:(?=通过|已|来|于|把|[^\u4e00-\u9fff·])|" + _AFTER_NAME + r")"
                     r"|[\u4e00-\u9fff]{2,3}?" + _AFTER_NAME
                     + r"|[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)+|[A-Z][a-z]{3,}(?![A-Za-z]))")
# Words that follow a title but are no names.
_NOT_NAMES = frozenset({"一行", "单位", "助理", "办公", "团队", "职务", "致辞", "出席", "主持",
                        "表示", "会议", "名单", "人选", "以及", "代表", "来访", "到访", "访问",
                        "率团", "率队", "会见", "讲话", "发言", "会谈", "来校", "到校", "莅临",
                        "莅校"})
# Adverbs that follow a title written after its name ("王明主席首先致辞"): no names either.
_ADVERBS_AFTER_TITLE = frozenset({"首先", "随后", "其次", "最后", "同时", "再次", "此外", "另外",
                                  "然后", "接着", "特别", "专门", "亲切", "热情", "详细", "充分",
                                  "高度", "分别", "共同", "随即", "简要", "重点"})
_BAD_NAME_CHARS = re.compile(r"[的了和与及在是为等会上下年月日单位坛盟赛班]")


def find_people(sentence: str) -> Iterator[Person]:
    """The titled persons of a sentence (organization filled in by the caller)."""
    for _, person in find_people_spans(sentence):
        yield person


# A person's organization and titles stand this close before the name.
TITLES_WITHIN_CHARS = 40
_TITLE_START = re.compile(r"[，,。；;：:（(\s]|由|在|和|与|及|等|了|的|是|为|向|对|会上|随后|首先|"
                          r"邀请到|到")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:]")
# Words by which the publisher names itself before a title: not part of the title.
_SELF_WORDS = frozenset({"我校", "我院", "学校", "学院", "本校", "本院"})
# Endings of the institutions an anaphora (该校, 该院) points back to.
INSTITUTION_ENDINGS = frozenset({"大学", "学院", "学校", "职业学院", "职业技术学院", "职业大学",
                                 "职业技术大学", "技术学院", "专科学校", "高等专科学校", "职院"})
_OURS_AFTER_COMMA = re.compile(r"、(?=我校|我院|本校|本院)")
_HONOUR_AFTER = re.compile(r"院士|教授")
_SELF_TITLE = re.compile(r"^(?:我校|我院|学校|学院|本校|本院|校|院)")


def people(article: Article) -> list[Person]:
    """The titled persons of the article; a person's titles are all the text between the
    organization (or the clause start) and the name: 会长、原副部长 of 某学会会长、原副部长李某."""
    out: dict[str, Person] = {}
    for sentence in article.sentences:
        mentions = [m for m in article.names_in(sentence)
                    if not m.internal and m.text not in article.alliance_names]
        previous_end = 0  # the end of the last person named in this sentence
        for match, person in find_people_spans(sentence.text):
            at = match.start("name")
            head_start = max(previous_end, at - TITLES_WITHIN_CHARS)
            previous_end = match.end("name")
            honour = _HONOUR_AFTER.match(sentence.text, previous_end)
            if honour:
                previous_end = honour.end()
            if person.name in out:
                continue
            name_start = sentence.start + at
            # the organizations of the unbroken run of titles before the name: the person's
            # is the nearest (but a former post, 原副部长, is not), the titles follow the first
            chain = [m for m in mentions if sentence.start + head_start <= m.start
                     and m.end <= name_start - len(person.title or "")
                     and not _CLAUSE_BREAK.search(article.text, m.end, name_start)]
            current = [m for m in chain if not article.text.startswith("原", m.end)
                       and not article.text.endswith("原", 0, m.start)]
            org = (current or chain)[-1] if chain else None
            if org is not None:
                person.organization = org.text
                title = article.text[chain[0].end:name_start]
            else:
                head = sentence.text[head_start:at]
                cut = max((m.end() for m in _TITLE_START.finditer(head)), default=0)
                title = head[cut:]
                # "外方代表、我院院长乙": a title of ours after an enumeration comma starts anew
                ours = max((m.end() for m in _OURS_AFTER_COMMA.finditer(title)), default=0)
                title = title[ours:].lstrip("、")
                own = _SELF_TITLE.match(title)
                if article.self_reference and own:
                    person.organization = article.self_reference
                    if own.group(0) in _SELF_WORDS:
                        title = title[own.end():]
            title = title.strip(" 、")
            if org is None and title.startswith(tuple(ANAPHORA)):
                # "该校副校长": of the institution last named before
                earlier = [m for m in article.names if m.end <= name_start and not m.internal
                           and m.text not in article.alliance_names
                           and m.ending in INSTITUTION_ENDINGS]
                person.organization = earlier[-1].text if earlier else None
                title = title[2:]
            person.title = title or person.title
            if honour and person.title:
                person.title = f"{person.title}、{honour.group(0)}"
            person.evidence = sentence.evidence(name_start, name_start + len(person.name))
            out[person.name] = person
    return list(out.values())


def find_people_spans(sentence: str) -> Iterator[tuple[re.Match[str], Person]]:
    """Like find_people, with the match each person was read from."""
    for match in _PERSON.finditer(sentence):
        name = match.group("name")
        if (name in _NOT_NAMES or name in _ADVERBS_AFTER_TITLE
                or (not name.isascii() and _BAD_NAME_CHARS.search(name))):
            continue
        yield match, Person(name=name, title=match.group("title"))


# Credits of a news page: "（记者 王明 通讯员 李华）", "编辑：张三", "【一审一校：陈彤】".
BYLINE_ROLES = ("责任编辑", "一审一校", "二审二校", "三审三校", "通讯员", "记者", "编辑", "责编",
                "审核", "审稿", "编审", "终审", "初审", "摄影", "作者", "校稿", "主编")
_BYLINE_ROLE = re.compile("|".join(BYLINE_ROLES))
_CREDITED = re.compile(r"[:：|｜\s]*([\u4e00-\u9fff\s、，,]*)")
_SPACED_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,2}$")
# An office credited as the author ("作者：国际处"): no person.
_OFFICE_ENDS = ("处", "办", "室", "部", "科", "社", "网", "站", "中心")
# Credit lines are short; a byline in a sentence stands in brackets.
BYLINE_LINE_MAX_CHARS = 80


def bylines(text: str) -> list[Person]:
    """The journalists, editors and photographers a page credits, each with that role."""
    out: list[Person] = []
    for line in text.split("\n"):
        if len(line.strip()) > BYLINE_LINE_MAX_CHARS and "（" not in line and "(" not in line:
            continue
        roles = list(_BYLINE_ROLE.finditer(line))
        if not roles:
            continue
        for role, following in zip(roles, [*roles[1:], None], strict=True):
            stop = following.start() if following else len(line)
            credited = _CREDITED.match(line, role.end(), stop)
            names = credited.group(1).strip() if credited else ""
            if _SPACED_NAME.match(names):  # "许    乐": a name spaced out to a width
                names = re.sub(r"\s+", "", names)
            for name in re.split(r"[\s、,，]+", names):
                if 2 <= len(name) <= 3 and not name.endswith(_OFFICE_ENDS):
                    out.append(Person(name=name, title=role.group(0)))
    return out
