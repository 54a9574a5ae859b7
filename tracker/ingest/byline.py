"""Who wrote an article: its byline, read from the text (the facts contract has no author).

Three forms; the first in the text is the author (a reporter before a correspondent):

- a labelled line: "By Ana Ruiz", "Author: Ana Ruiz", "Reporter: ...", "Text: ...";
- a paragraph closed by "(Name, Office)", as college news signs its items:
  "(Ana Ruiz, International Office)" -- the second part must name a unit;
- Chinese labels: "（文/张三）", "撰稿：张三", "作者：张三", "（记者 张三）".

    >>> author_of("The forum closed.\\n\\nBy Ana Ruiz\\n")
    'Ana Ruiz'
    >>> author_of("... cooperation and development. (Tomas Berg, Press Office)\\nAddress: 1 Road")
    'Tomas Berg, Press Office'
    >>> author_of("Members met (Skills Alliance, Lima).") is None
    True
    >>> author_of("会议圆满结束。（文/王小明 图/李华）")
    '王小明'
"""

from __future__ import annotations

import re

from tracker.config import MAX_NAME_LENGTH

# the label in any case; the name capitalised, two to four words, maybe ", its unit"
_LABELLED = re.compile(
    r"^[ \t]*(?i:by|written by|authors?|reporter|reported by|text(?: by)?|story by)"
    r"[ \t]*[:：]?[ \t]+([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:, [^\n]{2,60})?)[ \t]*$",
    re.M)
_UNIT = (r"(?:Office|Department|Dept\.?|Center|Centre|School|College|Division|Section|News|"
         r"Press|Bureau|Unit|Faculty|Institute|Communications?|Media)")
_SIGNED = re.compile(
    r"\(\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}),\s*((?:[A-Z][\w&'’-]*\s?){1,6}?" + _UNIT +
    r"(?:\s[A-Z][\w'’-]*){0,3})\s*\)\s*$", re.M)
# a Chinese name is two to four characters; the next label ("编辑：") is no name
_CHINESE = re.compile(r"(?:文|撰稿|供稿|作者|记者|通讯员)[ \t]*[/:：\s][ \t]*"
                      r"(?!编辑|来源|点击|摄影|责编)([\u4e00-\u9fff·]{2,4})(?![\u4e00-\u9fff])")


def author_of(text: str) -> str | None:
    """The article's byline, or None when it shows none."""
    found: list[tuple[int, str]] = []
    for match in _LABELLED.finditer(text):
        found.append((match.start(), match.group(1).strip()))
    for match in _SIGNED.finditer(text):
        found.append((match.start(), f"{match.group(1)}, {match.group(2).strip()}"))
    for match in _CHINESE.finditer(text):
        found.append((match.start(), match.group(1)))
    if not found:
        return None
    return min(found)[1][:MAX_NAME_LENGTH]
