"""Posts held by the publisher's people: "我校机电学院李明教授当选为国际焊接联盟副理事长",
"我院王红老师受聘为世界职业教育发展联盟专家委员会委员".

A sentence states a post when the publisher's self-reference (我校, 我院...) opens a person
(a unit and a title around a two-to-four-character name), who is elected or appointed
(当选, 受聘为...) to a post (副理事长, 委员...) of a body whose name ends in 联盟, 协会,
委员会... Anyone else's post is not the table's.
"""

from __future__ import annotations

import re

from tracker.extract.facts import Person, Post
from tracker.extract.text import Sentence
from tracker.extract.zh.dates import DateMention

_TITLES = (r"副教授|教授|老师|教师|博士|副院长|院长|副校长|校长|副书记|书记|副主任|主任|研究员|"
           r"讲师|副处长|处长|同志|先生|女士|专家")
_VERB = (r"当选为|当选|被选为|受聘为|被聘为|获聘为|获聘|受聘|聘任为|被任命为|任命为|被推选为|"
         r"推选为|出任|担任|荣任")
_BODY_END = r"联盟|协会|委员会|组织|联合会|学会|理事会|论坛|网络|基金会|共同体|分会|中心"
_ROLE = (r"常务副理事长|副理事长|理事长|副秘书长|秘书长|常务理事|理事|副主席|主席|副会长|会长|"
         r"副主任委员|主任委员|副主任|主任|委员|专家|顾问|成员")
_POST = re.compile(
    rf"(?P<self>我校|我院|本校|本院)(?P<who>[^，。；：、]{{2,24}}?)(?:{_VERB})"
    rf"(?P<body>[^，。；、]{{2,40}}(?:{_BODY_END}))(?:的)?(?P<role>{_ROLE})")
# who: a unit before the name ("机电学院"), a title before or after it ("教授")
_UNIT = re.compile(r"^.*(?:学院|系|部|中心|处|办公室|教研室|专业|团队)")
_NAME = re.compile(rf"^(?P<t1>{_TITLES})?(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?P<t2>{_TITLES})?$")
# words that stand where a name would but are none: "我校教师当选…", "我校一名教授…"
_NOT_NAME = re.compile(
    rf"^(?:{_TITLES}|学生|师生|团队|代表|教职工|干部)$|[一二两三四五六七八九十几多名位]")
_ROLES = {"常务副理事长": "vice_chair", "副理事长": "vice_chair", "副主席": "vice_chair",
          "副会长": "vice_chair", "副主任委员": "vice_chair", "副主任": "vice_chair",
          "理事长": "chair", "主席": "chair", "会长": "chair", "主任委员": "chair",
          "主任": "chair", "秘书长": "secretary_general",
          "常务理事": "executive_council_member", "理事": "council_member",
          "委员": "member", "成员": "member"}


def find_posts(sentences: list[Sentence], dates: list[list[DateMention]]) -> list[Post]:
    """The posts the publisher's people are stated to hold, in article order.

    >>> s = Sentence(0, 30, "我校机电学院李明教授当选为国际焊接联盟副理事长。")
    >>> [(p.person, p.person_title, p.role, p.body) for p in find_posts([s], [[]])]
    [('李明', '教授', 'vice_chair', '国际焊接联盟')]
    """
    found: list[Post] = []
    for sentence, mentions in zip(sentences, dates, strict=False):
        when = next((m.iso for m in mentions if m.iso), None)
        for match in _POST.finditer(sentence.text):
            person = _person(match.group("who"))
            if person is None:
                continue
            evidence = sentence.evidence(sentence.start + match.start(),
                                         sentence.start + match.end())
            found.append(Post(person=person.name, person_title=person.title,
                              body=match.group("body"),
                              role=_ROLES.get(match.group("role")),
                              title=match.group("role"), start=when, evidence=evidence))
    return found


def _person(who: str) -> Person | None:
    """The name in "机电学院李明教授", with its title; None when none is there."""
    match = _NAME.match(_UNIT.sub("", who))
    if match is None or _NOT_NAME.search(match.group("name")):
        return None
    return Person(match.group("name"), match.group("t1") or match.group("t2"))
