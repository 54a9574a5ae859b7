"""Chinese sentences: 。！？ end a sentence with or without a space after; clauses split at ，；.

>>> [s.text for s in split_sentences("联盟成立。会议在京召开！\\n下一段")]
['联盟成立。', '会议在京召开！', '下一段']
"""

from __future__ import annotations

import re

from tracker.extract.text import Sentence, paragraphs

# A sentence: anything up to its end marks and the quotes or brackets that close after them.
_PIECE = re.compile(r"[^。！？!?]+(?:[。！？!?]+[”’」』)）]*)?|[。！？!?]+[”’」』)）]*")
_CLAUSE_END = re.compile(r"[，,；;：:]")


# Page furniture: menus ("首页 | 学校概况 | 新闻中心"), links to the next and previous
# articles (they name other news), editors' credits in brackets.
_MENU_SEPARATORS = re.compile(r"\s*[|｜>»›/]\s*")
_LINK_LINE = re.compile(r"^\s*(?:上一条|下一条|上一篇|下一篇|相关新闻|相关阅读|推荐阅读|责任编辑)")
_CREDIT_LINE = re.compile(r"^\s*【[^】]*(?:编辑|审|校|来源)[^】]*】\s*$")
# A menu item is this short; a menu has at least this many.
MENU_ITEM_MAX_CHARS = 8
MENU_MIN_ITEMS = 3


def is_page_chrome(line: str) -> bool:
    """Whether a line is a site's menu, a link to other articles or a credit, not text.

    >>> is_page_chrome("首页 | 学校概况 | 新闻中心 | 联系我们")
    True
    >>> is_page_chrome("下一条：青山学院举办技能大赛")
    True
    >>> is_page_chrome("联盟成立大会在青山召开，来自三所院校的代表参加。")
    False
    """
    if _LINK_LINE.match(line) or _CREDIT_LINE.match(line):
        return True
    items = [item for item in _MENU_SEPARATORS.split(line.strip()) if item]
    return (len(items) >= MENU_MIN_ITEMS and all(len(item) <= MENU_ITEM_MAX_CHARS for item in items)
            and not re.search(r"[。，！？]", line))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a Chinese text with their spans (a line break ends one too); page
    furniture (menus, links to other articles) is left out."""
    out: list[Sentence] = []
    for start, end in paragraphs(text):
        for line in re.finditer(r"[^\n]+", text[start:end]):
            base = start + line.start()
            chunk = line.group(0)
            if is_page_chrome(chunk):
                continue
            for piece in _PIECE.finditer(chunk):
                lead = len(piece.group(0)) - len(piece.group(0).lstrip())
                body = piece.group(0).strip()
                if body:
                    begin = base + piece.start() + lead
                    out.append(Sentence(begin, begin + len(body), body))
    return out


def clauses(sentence: str) -> list[tuple[int, int]]:
    """[start, end) of each clause of a sentence (split at commas and semicolons)."""
    spans = []
    begin = 0
    for mark in _CLAUSE_END.finditer(sentence):
        spans.append((begin, mark.start()))
        begin = mark.end()
    spans.append((begin, len(sentence)))
    return spans
