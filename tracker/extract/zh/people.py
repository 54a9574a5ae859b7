"""People: a title word followed by a name (校长李明出席…), with the organization before it.

>>> [(p.name, p.title) for p in find_people("青山大学校长王明远出席并致辞。")]
[('王明远', '校长')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.facts import Person

TITLES = ("党委副书记", "党委书记", "纪委书记", "副书记", "常务副校长", "副校长", "校长",
          "常务副院长", "副院长", "院长", "副主任", "主任", "副处长", "处长", "副司长", "司长",
          "副局长", "局长", "副厅长", "厅长", "副部长", "部长", "副会长", "会长", "副理事长",
          "理事长", "副秘书长", "秘书长", "副主席", "执行主席", "主席", "董事长", "总经理",
          "副总裁", "总裁", "总干事", "巡视员", "参赞", "大使", "记者", "教授", "团长", "市长",
          "副市长", "区域经理", "经理")
_AFTER_NAME = (r"(?=[、，,。；：（(\s]|出席|表示|致辞|主持|率队|率团|等|在|代表|和|与|及|指出|说|介绍|"
               r"讲话|陪同|参加|发表|作|热情|为|一行|院士|教授|女士|先生|同志|首先|向|带领|也|对|"
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
