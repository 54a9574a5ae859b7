"""Sentences with character spans, and the small text helpers every rule uses.

>>> [s.text for s in split_sentences("Dr. Li came. He left on Nov. 3.\\nMenu")]
['Dr. Li came.', 'He left on Nov. 3.', 'Menu']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tracker import names
from tracker.extract.facts import Evidence

# Words whose final period does not end a sentence.
ABBREVIATIONS = frozenset({
    "dr", "mr", "mrs", "ms", "prof", "st", "no", "co", "ltd", "inc", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc",
    "e.g", "i.e", "hon", "h.e", "hj", "jr", "sr", "dept", "univ", "approx", "gen", "rev",
    "u.s", "u.k", "p.r", "mt", "ft", "vol", "fig", "ph.d", "a.a", "s.a", "plc",
})

_SENTENCE_END = re.compile(r"[.!?。！？]+[”\"’')\]]*(?=\s+|$)")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[”\"’')\]]*$")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    def evidence(self, start: int | None = None, end: int | None = None) -> Evidence:
        """Evidence for [start, end) in article coordinates (the whole sentence by default)."""
        return Evidence(self.start if start is None else start,
                        self.end if end is None else end, self.text)


def normalize_text(text: str) -> str:
    """NFC, unify line ends and odd spaces; keep character offsets meaningful."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return text


# A line goes on in the next when it stops on a comma or a small word, or the next line
# starts in lower case ("joined the alliance as a" / "council member."); one ending in a
# full stop or a colon stands alone, unless the text is hard-wrapped (below).
_OPEN_END = re.compile(r"(?:,|\b(?:a|an|the|of|and|or|as|in|on|at|to|for|with|by|from|its|"
                       r"their|our|his|her|is|are|was|were|has|have|will|which|that))$")
_CLOSED_END = re.compile(r"[.!?。！？:;]+[”\"’')\]]*$")
_LOWER_START = re.compile(r"[a-z]")
# A line of a bulleted, dashed or numbered list.
LIST_ITEM_START = re.compile(r"^\s*(?:[-•*–·▪]|\(?\d{1,2}[.)])(?:\s|$)")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_FIRST_WORD = re.compile(r"\S+")
# Text wrapped at a fixed width (e-mail, plain-text releases, Markdown) has most lines
# just under that width, 60 to 100 columns in practice; one paragraph per line gives much
# longer lines, a list of names much shorter ones.
WRAP_WIDTHS = range(50, 121)
WIDTH_SPREAD = 8


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of lines that belong together.

    Besides `_OPEN_END`, in hard-wrapped text a line was broken where it was because
    the next line's first word did not fit: the way a wrapping program decides it, so
    a short headline above a date line stays apart, and so does a headline longer than
    the wrapping width.
    """
    lines = list(_LINE.finditer(text))
    width = _wrap_width([len(line.group(0).rstrip()) for line in lines])
    spans: list[tuple[int, int]] = []
    for line in lines:
        if spans and _continues(text, spans[-1], line, width):
            spans[-1] = (spans[-1][0], line.end())
        else:
            spans.append((line.start(), line.end()))
    return spans


def _wrap_width(lengths: list[int]) -> int | None:
    """The width the text seems wrapped at (most lines are no longer), or None."""
    if len(lengths) < 4:
        return None
    width = sorted(lengths)[len(lengths) * 3 // 4]
    if width not in WRAP_WIDTHS:
        return None
    # No wrapped line is longer than the width: the longest line, when it is near the
    # others, is the width itself (a quarter of the lines may sit right at it).
    longest = max(lengths)
    return longest if longest - width <= WIDTH_SPREAD and longest in WRAP_WIDTHS else width


def _continues(text: str, previous: tuple[int, int], line: re.Match[str],
               width: int | None) -> bool:
    if line.start() != previous[1] + 1:  # a blank line (or more) between them
        return False
    last_line_start = max(previous[0], text.rfind("\n", previous[0], previous[1]) + 1)
    before = text[last_line_start:previous[1]].rstrip()
    after = line.group(0).strip()
    if not before or not after or LIST_ITEM_START.match(after):
        return False  # (a list's item starts a line of its own, however long the one above)
    first_word = _FIRST_WORD.match(after)
    if (width and first_word and len(before) <= width
            and len(before) + 1 + len(first_word.group(0)) > width):
        return True
    if _CLOSED_END.search(before):
        return False
    # a wrapping program also breaks after a word's hyphen ("AUN-" / "QA)")
    return bool(_OPEN_END.search(before) or _LOWER_START.match(after)
                or _HYPHEN_END.search(before))


def split_sentences(text: str) -> list[Sentence]:
    """Split each paragraph into sentences; wrapped lines read as one line (offsets kept)."""
    out: list[Sentence] = []
    for start, end in paragraphs(text):
        base = start
        chunk = text[start:end].replace("\n", " ")
        begin = 0
        for end_mark in _SENTENCE_END.finditer(chunk):
            stop = end_mark.end()
            if _is_abbreviation(chunk, end_mark.start()):
                continue
            _add(out, chunk, base, begin, stop)
            begin = stop
        _add(out, chunk, base, begin, len(chunk))
    return out


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if chunk[dot] != ".":
        return False
    before = _WORD_BEFORE.search(chunk[max(0, dot - 40): dot + 1])
    if not before:
        return False
    word = before.group(1).rstrip(".").lower()
    if word in ABBREVIATIONS:
        return True
    # An initial ("A. Smith", "A.A.Raka") or a one-letter token.
    if len(word) == 1 and word.isalpha():
        return True
    # A number followed by a lower-case word continues the sentence ("No. 3 in").
    rest = chunk[dot + 1:].lstrip()
    return bool(rest) and rest[0].islower()


def _add(out: list[Sentence], chunk: str, base: int, begin: int, stop: int) -> None:
    piece = chunk[begin:stop]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece:
        out.append(Sentence(base + begin + lead, base + begin + lead + len(piece), piece))


def clean_name(name: str) -> str:
    """Drop quotes, brackets at the edges and extra spaces from a name.

    >>> clean_name('the “Belt and Road” Alliance,')
    'Belt and Road Alliance'
    """
    name = re.sub(r"[“”\"«»]", "", name)
    name = _SPACES.sub(" ", name).strip(" ,;:.-–—()[]'’")
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    return name.strip()


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """`tracker.names.name_key`, cached: the extractor compares the same names often."""
    return names.name_key(name)


def by_sentence(sentences: list[Sentence], starts: list[int]) -> list[list[int]]:
    """Indexes of the positions that fall in each sentence (positions sorted or not)."""
    import bisect

    bounds = [s.start for s in sentences]
    out: list[list[int]] = [[] for _ in sentences]
    for index, position in enumerate(starts):
        i = bisect.bisect_right(bounds, position) - 1
        if i >= 0 and position < sentences[i].end:
            out[i].append(index)
    return out


def sentence_at(sentences: list[Sentence], position: int) -> Sentence:
    """The sentence holding a position (an empty one between sentences)."""
    import bisect

    i = bisect.bisect_right([s.start for s in sentences], position) - 1
    if i >= 0 and position < sentences[i].end:
        return sentences[i]
    return Sentence(position, position, "")
