"""Chinese sentences: 。！？ end a sentence with or without a space after; clauses split at ，；.

>>> [s.text for s in split_sentences("联盟成立。会议在京召开！\\n下一段")]
['联盟成立。', '会议在京召开！', '下一段']
"""

from __future__ import annotations

import re

from tracker.extract.text import Sentence, paragraphs

_END = re.compile(r"[。！？!?]+[”’」』)）]*")
_CLAUSE_END = re.compile(r"[，,；;：:]")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a Chinese text with their spans (a line break ends one too)."""
    out: list[Sentence] = []
    for start, end in paragraphs(text):
        for line in re.finditer(r"[^\n]+", text[start:end]):
            base = start + line.start()
            chunk = line.group(0)
            begin = 0
            for mark in _END.finditer(chunk):
                _add(out, chunk, base, begin, mark.end())
                begin = mark.end()
            _add(out, chunk, base, begin, len(chunk))
    return out


def _add(out: list[Sentence], chunk: str, base: int, begin: int, stop: int) -> None:
    piece = chunk[begin:stop]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece:
        out.append(Sentence(base + begin + lead, base + begin + lead + len(piece), piece))


def clauses(sentence: str) -> list[tuple[int, int]]:
    """[start, end) of each clause of a sentence (split at commas and semicolons)."""
    spans = []
    begin = 0
    for mark in _CLAUSE_END.finditer(sentence):
        spans.append((begin, mark.start()))
        begin = mark.end()
    spans.append((begin, len(sentence)))
    return spans
