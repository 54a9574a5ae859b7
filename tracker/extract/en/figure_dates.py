"""When a figure holds (its `as_of`): the date the text gives it, else the page's.

In order:

- a figure the sentence gives as an earlier state ("grew from 54 to 105
  members": the 54) holds at the start of the change: the date "since" brings,
  or the founding of the body it counts for ("since its establishment"); else
  the text does not say when, and it has none;
- the date its own sentence gives it (`own_date`), or, for a sentence with
  none, the next sentence when it reports this one ("This was announced at
  the assembly in May 2021");
- for a count of an event (its participants, where they came from), the
  event's date;
- else the page's date (`page_date`): its date line, or, on a page without
  one, the date of the scene its opening paragraph reports. A page with neither
  dates none of its figures: no date is better than a wrong one.

A count made over a span of days ("from 13 to 22 March", a three-day event
dated "14-16 June") holds over the whole span, not on its first day: it is
dated by the span's month (its year where the span crosses a month).

>>> from tracker.extract.en.dates import find_dates
>>> [span_iso(m) for m in find_dates("on 3 May 2021, from 14 to 16 June 2023, on July 4 "
...                                   "and July 5, 2019, from June 28 to July 2, 2020")]
['2021-05-03', '2023-06', '2019-07', '2020']
"""

from __future__ import annotations

import re

from tracker.extract.en.dates import MONTHS, DateMention
from tracker.extract.en.dating import CLAUSE_BREAK, RoleDates
from tracker.extract.en.lexicon import BEGINNING_DATE_PREFIX, NON_EVENT_DATE_PREFIX
from tracker.extract.facts import Alliance, Event, Figure
from tracker.extract.text import Sentence, by_sentence, paragraphs, sentence_at

AS_OF = re.compile(r"\b(?:as of|by|until|as at|by the end of)\s+$", re.I)
_BEGINNING_DATE = re.compile(BEGINNING_DATE_PREFIX, re.I)
_NOT_A_SCENE = re.compile(rf"(?:{BEGINNING_DATE_PREFIX})|(?:{NON_EVENT_DATE_PREFIX})|"
                          rf"\b(?:will|shall|to\s+be)\s+(?:\w+\s+){{0,3}}(?:in|on)\s+$", re.I)
# "the Strategic Plan 2020", "Agenda 2063": a bare year right after a capitalised word is
# part of a name, not a date.
_IN_A_NAME = re.compile(r"(?<![.!?]\s)\b(?!(?:In|On|By|Since|From|Until|As|Of|During|Early|"
                        r"Late|Mid|Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][a-z]+\s+$")
_RANGES = frozenset({"mdy_range", "dmy_range"})
_WORD = re.compile(r"[A-Za-z]+")
# A paragraph of running text (not a headline, a caption or a byline) has at least this
# many words.
BODY_WORDS = 15
# "has grown from eight universities (...) to 40", "expanded its membership from 54 to
# 105": what stands between "from" and "to" in a change is the earlier state.
_CHANGE = re.compile(r"\b(?:gr[eo]w|grown|growing|expand\w*|increas\w*|r[io]se|risen|went|"
                     r"climb\w*|jump\w*|doubled|tripled|f[ae]ll|fallen|dropp\w*|decreas\w*|"
                     r"declin\w*|shr[au]nk|reduc\w*)\b[^.;]{0,40}?\bfrom\s+"
                     r"(?P<earlier>(?:(?!\bto\b)[^.;]){1,150}?)\s+to\b", re.I)
# "Since its establishment (seven years ago), ...": the start of the change is the founding.
_SINCE_FOUNDING = re.compile(r"\bsince\s+(?:its|their|the\s+\w+['’]s)\s+(?:establishment|"
                             r"founding|foundation|inception|creation|launch|formation)\b", re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def span_iso(mention: DateMention) -> str | None:
    """The date a mention gives to what held over it: a span of days is dated by its
    month, or by its year when it crosses a month."""
    iso = mention.iso()
    if iso is None or mention.kind not in _RANGES:
        return iso
    months = {MONTHS[w.lower()] for w in _WORD.findall(mention.text) if w.lower() in MONTHS}
    return iso[:4] if len(months) > 1 else iso[:7]


def page_date(text: str, mentions: list[DateMention], date_line: str | None) -> str | None:
    """The date a page's figures hold at when they give none: the date line, else the first
    date (with at least its month) of the first paragraph of running text: the scene the
    report opens with, not a meeting it mentions further down, nor a beginning or a plan it
    dates ("Founded in March 2010, ...", "until June 2025")."""
    if date_line:
        return date_line
    start, end = next(((a, b) for a, b in paragraphs(text) if len(text[a:b].split()) >= BODY_WORDS
                       and re.search(r"[.!?]", text[a:b])), (0, 0))
    return next((span_iso(m) for m in mentions
                 if start <= m.start < end and m.month is not None and m.iso()
                 and not _NOT_A_SCENE.search(text, max(start, m.start - 40), m.start)), None)


def earlier_states(sentence: Sentence) -> list[tuple[int, int]]:
    """The spans (article coordinates) of the states the sentence's changes started from."""
    if "from" not in sentence.text:
        return []
    return [(sentence.start + m.start("earlier"), sentence.start + m.end("earlier"))
            for m in _CHANGE.finditer(sentence.text)]


def is_earlier_state(figure: Figure, sentence: Sentence) -> bool:
    """Whether the sentence gives the figure as the state a change started from."""
    return figure.evidence is not None and any(
        a <= figure.evidence.start < b for a, b in earlier_states(sentence))


def fill_figure_dates(figures: list[Figure], *, sentences: list[Sentence],
                      mentions: list[DateMention], events: list[Event],
                      alliances: list[Alliance], page: str | None,
                      role_dates: RoleDates) -> None:
    """The as-of date of each figure (run after the figures' subjects and the alliances'
    founding dates are known); `page` is `page_date`'s."""
    event_dates = {e.name: _event_date(e, sentences, mentions) for e in events if e.date}
    founded = {a.name: a.founded for a in alliances if a.founded}
    date_buckets = by_sentence(sentences, [m.start for m in mentions])
    index = by_sentence(sentences, [f.evidence.start if f.evidence else -1 for f in figures])
    for sentence, di, fi in zip(sentences, date_buckets, index, strict=True):
        dates = [mentions[j] for j in di if mentions[j].iso() and not _BEGINNING_DATE.search(
            sentence.text[:mentions[j].start - sentence.start])
            and not _IN_A_NAME.search(sentence.text[:mentions[j].start - sentence.start])]
        earlier = earlier_states(sentence) if fi else []
        for i in fi:
            figure = figures[i]
            at = figure.evidence.start if figure.evidence else -1
            part = next(((a, b) for a, b in earlier if a <= at < b), None)
            if part is not None:
                figure.as_of = _start_of_change(sentence, part, [mentions[j] for j in di],
                                                founded.get(figure.subject or ""))
                continue
            # A date inside the earlier state of a change ("from 9 in 2018 to 40") is its own.
            own = own_date(figure, sentence, [m for m in dates if not any(
                a <= m.start < b for a, b in earlier)])
            if own is None and not dates:
                # "X admitted four members. This was announced at its assembly in May 2021."
                reported = role_dates.reported(sentence)
                own = span_iso(reported) if reported else None
            figure.as_of = own or event_dates.get(figure.subject or "") or (
                page[:4] if page else None)


def _event_date(event: Event, sentences: list[Sentence],
                mentions: list[DateMention]) -> str | None:
    """An event's date, as its counts hold: its span's month where the sentence that dates it
    gives a span of days ("held from 4 to 6 May")."""
    if event.evidence is None:
        return event.date
    sentence = sentence_at(sentences, event.evidence.start)
    spans = [m for m in mentions if sentence.start <= m.start < sentence.end
             and m.kind in _RANGES and m.iso() == event.date]
    return span_iso(spans[0]) if spans else event.date


def _start_of_change(sentence: Sentence, part: tuple[int, int], mentions: list[DateMention],
                     founded: str | None) -> str | None:
    """When the change a sentence states began: the date of its earlier state ("from 9 in
    2018"), "since 2015", "since its founding"."""
    inside = [m for m in mentions if part[0] <= m.start < part[1] and m.iso()]
    if inside:
        return span_iso(inside[0])
    since = [m for m in mentions if m.iso() and _SINCE.search(
        sentence.text[:m.start - sentence.start])]
    if since:
        return span_iso(since[0])
    return founded if _SINCE_FOUNDING.search(sentence.text) else None


def own_date(figure: Figure, sentence: Sentence, dates: list[DateMention]) -> str | None:
    """The date a figure's sentence gives it: one that says so after the number in its
    clause ("40 members as of May 2023", "held 6 sessions by 2023"); else the last one before
    the number ("In 2023 it had 40 members"); else the first after it in its clause. A date
    after a clause break ("40 universities, which met on 5 May") dates something else."""
    if figure.evidence is None:
        return None
    at, end = figure.evidence.start, figure.evidence.end
    after = [m for m in dates if m.start >= end
             and not CLAUSE_BREAK.search(sentence.text, end - sentence.start,
                                         m.start - sentence.start)]
    stated_as_of = [m for m in after if AS_OF.search(sentence.text[:m.start - sentence.start])]
    if stated_as_of:
        return span_iso(stated_as_of[0])
    before = [m for m in dates if m.end <= at]
    if before:
        return span_iso(before[-1])
    return span_iso(after[0]) if after else None
