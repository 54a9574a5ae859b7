"""What every Chinese rule reads: the article's sentences, date line and name mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.extract.text import Sentence
from tracker.extract.zh.dates import DateMention
from tracker.extract.zh.names import NameMention


@dataclass
class Article:
    """One article as the rules see it; mentions are in article offsets."""

    text: str
    sentences: list[Sentence]
    published: str | None = None
    date_line_at: int | None = None  # offset of the page's own date line
    names: list[NameMention] = field(default_factory=list)
    dates: list[list[DateMention]] = field(default_factory=list)  # per sentence
    self_reference: str | None = None  # how the publisher speaks of itself (我校)
    alliance_names: set[str] = field(default_factory=set)

    @property
    def year(self) -> int | None:
        return int(self.published[:4]) if self.published else None

    @property
    def month(self) -> int | None:
        return int(self.published[5:7]) if self.published and len(self.published) >= 7 else None

    def names_in(self, sentence: Sentence) -> list[NameMention]:
        return [n for n in self.names if sentence.start <= n.start < sentence.end]
