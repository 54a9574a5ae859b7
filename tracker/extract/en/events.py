"""Events: a dated happening (meeting, ceremony, visit...) in one sentence.

A date makes an event when an event word stands near it in the same
sentence and nothing marks it as a plan ("will take place", "next").

>>> from tracker.extract.text import split_sentences
>>> from tracker.extract.en.dates import find_dates
>>> text = "The forum was held in Nairobi on 3 May 2022. The next one will be in 2024."
>>> [(e.date, e.kind, e.city) for e in find_events(text, split_sentences(text), find_dates(text))]
[('2022-05-03', 'forum', 'Nairobi')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.en.alternation import literal_alternation
from tracker.extract.en.dates import DateMention
from tracker.extract.en.gazetteer import WORLD_CITIES
from tracker.extract.en.lexicon import (
    ALLIANCE_HEADS,
    EVENT_KEYWORDS,
    FUTURE_MARKERS,
    NON_EVENT_DATE_PREFIX,
    ORG_HEADS,
    VENUE_HEADS,
)
from tracker.extract.facts import Event
from tracker.extract.text import Sentence, by_sentence

KEYWORDS = tuple((re.compile(rf"\b(?:{pattern})\b", re.I), kind)
                 for pattern, kind in EVENT_KEYWORDS)
FUTURE = re.compile(FUTURE_MARKERS, re.I)
NOT_EVENT_DATE = re.compile(NON_EVENT_DATE_PREFIX, re.I)
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "ACCRA, June 16 (Xinhua) --", "MACAU, March 28 -", "Nanning, China – On ...",
# "Nairobi, 12 October 2023 –", "LIMA, June 5, 2024 —": the month and day in either order.
DATELINE = re.compile(
    rf"(?m)^\s*(?:date\s+\S+\s+)?(?P<city>[A-Z][A-Za-z’'.]+(?:[ -][A-Z][A-Za-z]+){{0,2}}),\s+"
    rf"(?:(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?"
    rf"(?P<date>(?:{_MON}\s+{_DAY}|{_DAY}\s+{_MON})(?:,?\s+\d{{4}})?)?\s*"
    rf"(?:\([^)]{{0,30}}\))?\s*(?:--|–|—|-)\s")
HELD_IN = re.compile(
    r"\b(?:held|hosted|took place|convened|opened|launched|met|meets|gathered|signed|organi[sz]ed|"
    r"visited|arrived)\s+(?:[a-z]+\s+){0,3}?(?:in|at)\s+(?:the\s+(?:city|capital)\s+of\s+)?"
    r"(?P<city>[A-Z][a-z’'\-]+(?:\s[A-Z][a-z]+)?)\b(?!\s+(?:[A-Z]|University|College))")
_SERIES_START = re.compile(r"\b(?:began|begun|started|starts|begins)\s+to\b|\bsince\b", re.I)
TITLE_PLACE = re.compile(r"\b(?:in|at)\s+(?P<city>[A-Z][a-z’'\-]+(?:\s[A-Z][a-z]+)?)\s*$")
# "in Kumasi, Ghana" / "the Ugandan capital Kampala": a place named with its country.
CITY_COMMA_COUNTRY = re.compile(
    r"\b(?:in|at)\s+(?P<city>[A-Z][a-z’'\-]+(?:\s[A-Z][a-z]+)?),\s+(?P<country>[A-Z][\w’' ]{2,30}?)"
    r"(?=[\s,.;)]|$)")
CAPITAL_CITY = re.compile(r"\bcapital(?:\s+city)?(?:\s+of\s+\w+)?,?\s+(?P<city>[A-Z][a-z’'\-]+)\b")
# A place word, or the head of an organization's name ("held at Lakeside Polytechnic in ..."),
# is no city.
_NOT_CITY_WORDS = frozenset({"Province", "Campus", "Hall", "Centre", "Center", "Hotel", "The",
                             "School", "Building", "Room", "Conference"}) | frozenset(ORG_HEADS)


@dataclass(frozen=True)
class Dateline:
    city: str | None
    date_span: tuple[int, int] | None


def find_dateline(text: str) -> Dateline | None:
    """The news-agency dateline at the start of a line, if any."""
    for match in DATELINE.finditer(text[:3000]):
        city = match.group("city")
        if not (match.group("date") or match.group("country") or city.isupper()):
            continue
        if len(city) < 3:
            continue
        span = (match.start("date"), match.end("date")) if match.group("date") else None
        return Dateline(city.title() if city.isupper() else city, span)
    return None


@lru_cache(maxsize=1)
def _city_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + literal_alternation(WORLD_CITIES) + r")(?![\w-])")


def find_cities(sentence: str) -> list[tuple[int, str]]:
    """(position, city) in a sentence: known cities not inside a name, and "held in X"."""
    out: list[tuple[int, str]] = []
    for match in _city_pattern().finditer(sentence):
        before = sentence[max(0, match.start() - 40):match.start()]
        after = sentence[match.end():match.end() + 30]
        if re.search(r"(?:University|College|Institute|School|Academy|Polytechnic) of (?:the )?$",
                     before):
            continue
        if re.match(r" (?:[A-Z][a-z]+|[A-Z]{2,})\b", after) and not re.match(
                r" (?:on|in|at|from|to|and|with|On|In)\b", after):
            continue
        out.append((match.start(), match.group(0)))
    from tracker.extract.en.countries import country_table

    table = country_table()
    for match in CITY_COMMA_COUNTRY.finditer(sentence):
        city, country = match.group("city"), match.group("country").strip()
        if country in table and city not in table and city.split()[0] not in _NOT_CITY_WORDS \
                and not any(c == city for _, c in out):
            out.append((match.start("city"), city))
    for match in CAPITAL_CITY.finditer(sentence):
        city = match.group("city")
        if city not in table and not any(c == city for _, c in out):
            out.append((match.start("city"), city))
    for match in HELD_IN.finditer(sentence):
        city = match.group("city")
        if city.split()[0] in _NOT_CITY_WORDS or city.split()[-1] in _NOT_CITY_WORDS:
            continue
        if not any(c == city for _, c in out):
            out.append((match.start("city"), city))
    return out


def find_events(text: str, sentences: list[Sentence], mentions: list[DateMention],
                excluded: list[tuple[int, int]] | None = None,
                dateline: Dateline | None = None,
                countries_of: dict[str, str] | None = None) -> list[Event]:
    """Events of an article from its resolved date mentions."""
    excluded = excluded or []
    events: list[Event] = []
    undated_done = False
    buckets = by_sentence(sentences, [m.start for m in mentions])
    for sentence, indexes in zip(sentences, buckets, strict=True):
        dates = [mentions[i] for i in indexes
                 if not any(s <= mentions[i].start < e for s, e in excluded)]
        if not dates:
            continue
        words = [(kw.start(), kw.end(), kind) for pattern, kind in KEYWORDS
                 for kw in pattern.finditer(sentence.text)
                 if not _names_a_body(sentence.text, kw.start(), kw.end())]
        if not words:
            continue
        cities = find_cities(sentence.text)
        for mention in dates:
            a, b = mention.start - sentence.start, mention.end - sentence.start
            if NOT_EVENT_DATE.search(sentence.text[max(0, a - 25):a]):
                continue
            if mention.month is None and _SERIES_START.search(sentence.text):
                continue  # "began to hold annual meetings in 2018": a series, not one event
            near = _nearest(words, a, b, 45 if mention.month is None else 220)
            if near is None:
                continue
            near = _head_keyword(sentence.text, words, near)
            lo, hi = min(a, near[0]), max(b, near[1])
            if FUTURE.search(sentence.text[:a]) or FUTURE.search(sentence.text[lo:hi]):
                continue
            iso = mention.iso()
            if iso is None:
                if undated_done:
                    continue
                undated_done = True
            city = _pick_city(cities, near[0], sentence.text, dateline)
            country = (countries_of or {}).get(city or "")
            if city is not None and city in _country_table():
                country = _place_is_a_country(sentence.text, city)
                city = None
            events.append(Event(
                name=_event_name(sentence.text, near),
                kind=near[2],
                date=iso,
                city=city,
                country=country,
                evidence=sentence.evidence(mention.start, mention.end),
            ))
    return _dedupe(events)


def _nearest(words: list[tuple[int, int, str]], a: int, b: int,
             limit: int) -> tuple[int, int, str] | None:
    best = None
    best_key = None
    for start, end, kind in words:
        distance = start - b if start >= b else a - end if end <= a else 0
        if distance > limit:
            continue
        key = (kind == "other", distance)  # a specific event word beats "held"
        if best_key is None or key < best_key:
            best, best_key = (start, end, kind), key
    return best


# The words a titled run may hold before the head of a body's name ("Skills Training Centre").
_NAME_RUN = re.compile(r"(?:\s+(?:[A-Z][\w'’.-]*|and|&))*?\s+(?P<head>[A-Z][\w'’.-]*)")
_BODY_HEADS = frozenset(ORG_HEADS) | ALLIANCE_HEADS | VENUE_HEADS


def _names_a_body(sentence: str, start: int, end: int) -> bool:
    """Whether a capitalised event word is part of a body's or a venue's name.

    "the Regional Training Alliance", "the Forum Secretariat", "the Conference Hall":
    the titled run after the word ends on the head of an organization's or a place's
    name, so the word names no happening.
    """
    if not sentence[start:start + 1].isupper():
        return False
    run = _NAME_RUN.match(sentence, end)
    while run is not None:
        if run.group("head") in _BODY_HEADS:
            return True
        run = _NAME_RUN.match(sentence, run.end())
    return False


def _head_keyword(sentence: str, words: list[tuple[int, int, str]],
                  near: tuple[int, int, str]) -> tuple[int, int, str]:
    """The head of the titled name an event word sits in, else the word itself.

    In "the Seminar on Vocational Education and Training" the seminar is the event;
    "Training" only belongs to its "on ..." tail.
    """
    if near[2] != "ceremony" and not any(w[1] <= near[0] for w in words):
        return near  # no word before it to head it, and nothing to fold into
    tokens = _tokens(sentence)
    head = near
    for word in sorted(words):
        if word[1] > near[0]:
            break
        if _tail_of(tokens, word)[1] >= near[1]:
            head = word
            break
    if head[2] != "ceremony":
        return head
    # A ceremony is folded into the event it opens or closes (SCHEMA.md's rulings): "the
    # opening ceremony of the Coastal Skills Forum" is the forum.
    tail_start, tail_end = _tail_of(tokens, head)
    inner = [w for w in words if tail_start <= w[0] and w[1] <= tail_end
             and w[2] not in {"ceremony", "other"}]
    return inner[-1] if inner else head


def _tail_of(tokens: list[tuple[int, int, str]], word: tuple[int, int, str]) -> tuple[int, int]:
    """The span from an event word's end to the end of its titled "of/on ..." tail."""
    inside = [i for i, (a, b, _w) in enumerate(tokens) if a < word[1] and b > word[0]]
    if not inside:
        return word[1], word[1]
    return word[1], tokens[_tail_end(tokens, inside[-1])][1]


# "in Ghana and Togo", "in Kenya, Ghana and Togo": several countries, the event is in none
# alone.
_PLACE_PAIR = re.compile(r"\b(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:,|,?\s+and)\s+"
                         r"(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")


def _country_table() -> dict[str, str]:
    from tracker.extract.en.countries import country_table

    return country_table()


def _place_is_a_country(sentence: str, place: str) -> str | None:
    """The country an event was held in when its place is a country ("held in Kenya"); none
    when the sentence names it with a second one ("visited universities in Ghana and Togo")."""
    table = _country_table()
    if any(pair.group("a") == place and pair.group("b") in table
           for pair in _PLACE_PAIR.finditer(sentence)):
        return None
    return table[place]


def _pick_city(cities: list[tuple[int, str]], at: int, sentence: str,
               dateline: Dateline | None) -> str | None:
    if dateline and dateline.city and re.search(r"\bhere\b", sentence):
        return dateline.city
    if not cities:
        return None
    return min(cities, key=lambda c: abs(c[0] - at))[1]


# An event's name is the noun phrase around its keyword: modifiers before it
# ("2024 Annual", "16th", "inaugural") and a titled "of ..." tail after it
# ("of the Silk Road TVET Cooperation Network"). Lower-case words other than
# these connectors and "-al" adjectives end the phrase.
_TOKEN = re.compile(r"[\w'’&+-]+(?:\.(?=\w))?[\w'’&+-]*|[^\w\s]")
_CONNECTORS = frozenset({"of", "the", "and", "&", "on", "for", "between", "to", "in"})
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth)$", re.I)
_NAME_MAX = 160
_MONTH = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)$")
_VERB_FORM = re.compile(r"(?:ed|^visiting|^launching|^meets|^met|^visits|^took place)$", re.I)


_QUOTES = frozenset("“”\"")
# Gerunds that name a kind of event with its noun ("working meeting", "closing session").
_EVENT_GERUNDS = frozenset({"opening", "closing", "signing", "working", "planning",
                            "networking", "briefing", "launching", "awarding", "matchmaking"})


def _is_title_word(word: str) -> bool:
    """A capitalised word, a number or a quote mark (names quote their parts)."""
    return word[:1].isupper() or word[:1].isdigit() or word in _QUOTES


def _is_modifier(word: str) -> bool:
    lowered = word.lower()
    return (_is_title_word(word) or bool(_ORDINAL.match(word))
            or (lowered.endswith("al") and len(lowered) > 4) or lowered in _EVENT_GERUNDS)


def _continues_title(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the token at `index` may continue a titled name.

    "in" continues only as "in the ..." ("Cooperation in the Field of ..."); before a
    bare capitalised word it introduces the place ("... Alliance in Lima").
    """
    word = tokens[index][2]
    if word.lower() == "in":
        return index + 1 < len(tokens) and tokens[index + 1][2].lower() == "the"
    if word.lower() == "on" and index + 1 < len(tokens) and _MONTH.match(tokens[index + 1][2]):
        return False  # "... Partners on September 12": the date, not the name
    return word.lower() in _CONNECTORS or _is_title_word(word)


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]


def _tail_end(tokens: list[tuple[int, int, str]], last: int) -> int:
    """The last token of the titled "of/on/for/between ..." tail after token `last`."""
    end = last
    if last + 1 < len(tokens) and tokens[last + 1][2].lower() in {"of", "on", "for", "between"}:
        probe = last + 1
        while probe + 1 < len(tokens) and _continues_title(tokens, probe + 1):
            probe += 1
            if _is_title_word(tokens[probe][2]):
                end = probe  # the tail ends on a titled word, never on a connector
    return end


def _event_name(sentence: str, near: tuple[int, int, str]) -> str:
    tokens = _tokens(sentence)
    inside = [i for i, (a, b, _w) in enumerate(tokens) if a < near[1] and b > near[0]]
    if not inside or _VERB_FORM.search(sentence[near[0]:near[1]]):
        return _clause_name(sentence, near)  # a verb ("visited", "held"): no noun phrase
    first, last = inside[0], inside[-1]
    while first > 0 and _is_modifier(tokens[first - 1][2]) and tokens[first - 1][2] != "The":
        first -= 1
    end = _tail_end(tokens, last)
    name = sentence[tokens[first][0]:tokens[end][1]].strip(" “”\"")
    if name.count("“") != name.count("”") or name.count('"') % 2:
        name = name.replace("“", "").replace("”", "").replace('"', "")  # a quote cut in half
    if end == last and first == inside[0] and " " not in name:
        return _clause_name(sentence, near)  # a bare "meeting" says too little
    return name[:_NAME_MAX]


def _clause_name(sentence: str, near: tuple[int, int, str]) -> str:
    """The comma-delimited clause around the keyword, when no noun phrase stands out."""
    start = max(0, sentence.rfind(",", 0, near[0]) + 1)
    end = sentence.find(",", near[1])
    end = len(sentence) if end < 0 else end
    return sentence[start:end].strip()[:_NAME_MAX]


def _dedupe(events: list[Event]) -> list[Event]:
    """One event a date; a year or month folds into a more precise date inside it."""
    by_date: dict[str | None, Event] = {}
    for event in events:
        kept = by_date.get(event.date)
        if kept is None:
            by_date[event.date] = event
        elif kept.city is None and event.city:
            kept.city = event.city
    dates = [d for d in by_date if d]
    out = []
    for date, event in by_date.items():
        if date and any(other != date and other.startswith(date) for other in dates):
            continue
        out.append(event)
    return out
