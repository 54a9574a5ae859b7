"""When a role began: the date the text gives for the statement, if it gives one.

In order: a date right after the statement ("became a member in 2022"); the
nearest date before it in its sentence ("In 2022, X joined"); a date after it
in the same clause; for a role taken (not one merely stated), the date of the
scene its paragraph opens with ("On 17 November the assembly met ... X was
admitted") or of the next sentence that reports it ("This was announced at
... in December 1997"). The page's date line is not among the mentions
(SCHEMA.md: it alone does not date a role); no date is better than a wrong one.

>>> from tracker.extract.en.dates import find_dates
>>> from tracker.extract.text import split_sentences
>>> text = ("On 4 May 2021 the network met in Quito. The assembly admitted Lakeside "
...         "College as a member.")
>>> sentences = split_sentences(text)
>>> dates = RoleDates(text, sentences, find_dates(text))
>>> dates.since(sentences[1], at=sentences[1].start + 13)
'2021-05-04'
>>> dates.since(sentences[1], at=sentences[1].start + 13, starts=False) is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from tracker.extract.en.dates import DateMention
from tracker.extract.text import Sentence, paragraphs

# How close a date must follow the statement to be its own ("joined the Alliance (XA) in 2022").
RIGHT_AFTER = 20
# A sentence opens with its scene's date within this many characters ("On November 17, ...").
SCENE_OPENING = 40
# How many sentences back a paragraph's scene is looked for.
SCENE_REACH = 6
# Words that start another clause: a date after them dates something else.
CLAUSE_BREAK = re.compile(r"\b(?:which|who|whose|that|where|while|when|after|before|since|"
                          r"until|however|but)\b|[;]")
# A date after the statement dates it when a preposition brings it ("in 2019"), not when it
# qualifies a noun ("its 2023 annual meeting").
INTRODUCED = re.compile(r"\b(?:in|on|since|from|as\s+of)\s+(?:the\s+)?$", re.I)
# "This was announced at the meeting held in Bangkok in December 1997."
_REPORTED = re.compile(r"^(?:This|It|The\s+(?:decision|announcement|admission|approval|"
                       r"application|vote))\s+(?:was|were|had\s+been)\s+(?:announced|decided|"
                       r"approved|made|confirmed|taken|agreed|adopted|endorsed)\b", re.I)


class RoleDates:
    """The dates of one article, read for the start of roles."""

    def __init__(self, text: str, sentences: list[Sentence],
                 mentions: list[DateMention]) -> None:
        self.text = text
        self.sentences = sentences
        self.mentions = [m for m in mentions if m.iso()]
        self._starts = [m.start for m in self.mentions]
        self._index = {id(s): i for i, s in enumerate(sentences)}

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in paragraphs(self.text)]

    def _inside(self, sentence: Sentence) -> list[DateMention]:
        first = bisect_right(self._starts, sentence.start - 1)
        last = bisect_right(self._starts, sentence.end - 1)
        return self.mentions[first:last]

    def since(self, sentence: Sentence, *, at: int, end: int | None = None,
              starts: bool = True) -> str | None:
        """The start of a role stated at `at` (its statement ending at `end`).

        `starts` is False for a role the text states rather than reports taken
        ("X, as the lead member, ..."): only a date right after it counts then.
        """
        inside = self._inside(sentence)
        end = at if end is None else end
        # (a name's span may run into the date: "the Network in March 2020")
        right_after = [m for m in inside if m.start >= at and m.end > end
                       and m.start - end <= RIGHT_AFTER]
        if right_after:
            return right_after[0].iso()
        if not starts:
            return None
        before = [m for m in inside if m.start < at]
        if before:
            return before[-1].iso()
        after = [m for m in inside if m.start >= end
                 and INTRODUCED.search(self.text, max(end, m.start - 12), m.start)
                 and not CLAUSE_BREAK.search(self.text, end, m.start)]
        if after:
            return after[0].iso()
        return self._scene(sentence) or self._reported(sentence)

    def _scene(self, sentence: Sentence) -> str | None:
        scene = self.scene(sentence)
        return scene.iso() if scene else None

    def scene(self, sentence: Sentence) -> DateMention | None:
        """The date an earlier sentence of the paragraph opens with."""
        index = self._index[id(sentence)]
        paragraph = self._paragraph_starts[bisect_right(self._paragraph_starts,
                                                        sentence.start) - 1]
        for earlier in reversed(self.sentences[max(0, index - SCENE_REACH):index]):
            if earlier.start < paragraph:
                break
            opening = [m for m in self._inside(earlier)
                       if m.start - earlier.start <= SCENE_OPENING and m.day is not None]
            if opening:
                return opening[0]
        return None

    def _reported(self, sentence: Sentence) -> str | None:
        reported = self.reported(sentence)
        return reported.iso() if reported else None

    def reported(self, sentence: Sentence) -> DateMention | None:
        """The date of the next sentence when it reports this one ("This was announced ...")."""
        index = self._index[id(sentence)]
        if index + 1 >= len(self.sentences):
            return None
        following = self.sentences[index + 1]
        if not _REPORTED.match(following.text):
            return None
        dated = self._inside(following)
        return dated[-1] if dated else None
