"""People: a title word followed by a name (校长李明出席…), with the organization before it.

>>> [(p.name, p.title) for p in find_people("青山大学校长王明远出席并致辞。")]
[('王明远', '校长')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.facts import Person
from tracker.extract.zh.context import Article

TITLES = ("党委副书记", "党委书记", "纪委书记", "副书记", "常务副校长", "副校长", "校长",
          "常务副院长", "副院长", "院长", "副主任", "主任", "副处长", "处长", "副司长", "司长",
          "副局长", "局长", "副厅长", "厅长", "副部长", "部长", "副会长", "会长", "副理事长",
          "理事长", "副秘书长", "秘书长", "副主席", "执行主席", "主席", "董事长", "总经理",
          "副总裁", "总裁", "总干事", "巡视员", "参赞", "大使", "记者", "教授", "团长", "市长",
          "副市长", "区域经理", "经理")
_AFTER_NAME = (r"(?=[、，,。；：（(\s]|出席|表示|致|主持|率队|率团|等|在|代表|和|与|及|指出|"
               r"说|介绍|讲话|陪同|参加|发表|作|热情|为|一行|院士|教授|女士|先生|同志|首先|向|带领|也|对|"
               r"认为|强调|宣读|传达|提出|会见|分别|完成|$)")
_PERSON = re.compile("(?P<title>" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")"
                     r"(?P<name>[\u4e00-\u9fff]{2,3}?" + _AFTER_NAME
                     + r"|[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)+)")
# Words that follow a title but are no names.
_NOT_NAMES = frozenset({"一行", "单位", "助理", "办公", "团队", "职务", "致辞", "出席", "主持",
                        "表示", "会议", "名单", "人选", "以及", "代表"})
_BAD_NAME_CHARS = re.compile(r"[的了和与及在是为等会上下年月日单位]")


def find_people(sentence: str) -> Iterator[Person]:
    """The titled persons of a sentence (organization filled in by the caller)."""
    for match in _PERSON.finditer(sentence):
        name = match.group("name")
        if name in _NOT_NAMES or (not name.isascii() and _BAD_NAME_CHARS.search(name)):
            continue
        yield Person(name=name, title=match.group("title"))


# A person's organization and titles stand this close before the name.
TITLES_WITHIN_CHARS = 40
_TITLE_START = re.compile(r"[，,。；;：:（(\s]|由|在|和|与|及|等|了|的|是|为|向|对|会上|随后|首先")
_HONOUR_AFTER = re.compile(r"院士|教授")
_SELF_TITLE = re.compile(r"^(?:校|院|学校|我校|我院)")


def people(article: Article) -> list[Person]:
    """The titled persons of the article; a person's titles are all the text between the
    organization (or the clause start) and the name: 会长、原副部长 of 某学会会长、原副部长李某."""
    out: dict[str, Person] = {}
    for sentence in article.sentences:
        mentions = [m for m in article.names_in(sentence) if not m.internal]
        for person in find_people(sentence.text):
            if person.name in out:
                continue
            at = sentence.text.find(person.name, )
            name_start = sentence.start + at
            window_start = max(sentence.start, name_start - TITLES_WITHIN_CHARS)
            org = None
            for m in mentions:
                between = article.text[m.end:name_start]
                if window_start <= m.start and m.end <= name_start - len(person.title or "") \
                        and not re.search(r"[，,。；;：:]", between):
                    org = m
            if org is not None:
                person.organization = org.text
                title = article.text[org.end:name_start]
            else:
                head = sentence.text[:at]
                cut = max((m.end() for m in _TITLE_START.finditer(head)), default=0)
                title = head[cut:]
                if article.self_reference and _SELF_TITLE.match(title):
                    person.organization = article.self_reference
            person.title = title.strip(" 、") or person.title
            honour = _HONOUR_AFTER.match(sentence.text, at + len(person.name))
            if honour and person.title:
                person.title = f"{person.title}、{honour.group(0)}"
            person.evidence = sentence.evidence(name_start, name_start + len(person.name))
            out[person.name] = person
    return list(out.values())
