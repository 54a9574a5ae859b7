"""What the text says about each alliance and figure beyond its name: when an
alliance was founded, how many members it has (and as of when), the date a
figure holds at, and the country of an organization or an event.

These attributes are filled in after names, figures and events are found,
from the sentences that mention each alliance.
"""

from __future__ import annotations

import re

from tracker.extract.en.dates import DateMention
from tracker.extract.en.dating import CLAUSE_BREAK
from tracker.extract.en.lexicon import BEGINNING_DATE_PREFIX
from tracker.extract.en.places import (
    CHINESE_PLACE_NAMES,
    country_around,
    country_of_name,
    place_country,
)
from tracker.extract.facts import Alliance, Event, Figure, Organization
from tracker.extract.register import Ref
from tracker.extract.text import Sentence, by_sentence

FOUNDED = re.compile(r"\b(?:founded|established|set up|formed|created|inaugurated|"
                     r"establishment|inception|founding)\b", re.I)
YEARS_AGO = re.compile(r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|fifteen|twenty|thirty)\s+years\s+ago\b", re.I)
AS_OF = re.compile(r"\b(?:as of|by|until|as at|by the end of)\s+$", re.I)
_BEGINNING_DATE = re.compile(BEGINNING_DATE_PREFIX, re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30}


def fill_alliances(alliances: list[Alliance], sentences: list[Sentence], refs: list[Ref],
                   mentions: list[DateMention], figures: list[Figure],
                   published: str | None) -> None:
    """Founding date and member count of each alliance, from the sentences naming it."""
    by_name = {a.name: a for a in alliances}
    stated_total: set[str] = set()
    ref_buckets = by_sentence(sentences, [r.start for r in refs])
    date_buckets = by_sentence(sentences, [m.start for m in mentions])
    figure_buckets = by_sentence(sentences, [f.evidence.start if f.evidence else -1
                                             for f in figures])
    for sentence, ri, di, fi in zip(sentences, ref_buckets, date_buckets, figure_buckets,
                                    strict=True):
        named = [refs[i].entity.name for i in ri if refs[i].entity.is_alliance]
        # "taking its total membership to 125": a count of members is its alliance's
        # (`fill_subjects` ran first) even where the sentence does not name it.
        named += [figures[i].subject or "" for i in fi if figures[i].metric == "members"]
        if not named:
            continue
        alliance = by_name.get(named[0])
        if alliance is None:
            continue
        dates = [mentions[i] for i in di if mentions[i].iso()]
        founded = FOUNDED.search(sentence.text)
        if founded and alliance.founded is None:
            at = sentence.start + founded.start()
            after = [m for m in dates if 0 <= m.start - at <= 60]
            before = [m for m in dates if 0 <= at - m.end <= 25]
            ago = YEARS_AGO.search(sentence.text)
            if after or before:
                alliance.founded = (after or before)[0].iso()
            elif ago and published:
                n = ago.group("n").lower()
                alliance.founded = str(int(published[:4]) - int(_SMALL.get(n, n)))
        counts = [figures[i] for i in fi if figures[i].metric == "members"
                  and not _a_part(figures[i], sentence)]
        totals = [f for f in counts if _a_total(f, sentence)]
        if totals and alliance.name not in stated_total:
            stated_total.add(alliance.name)
            alliance.member_count = None  # "taking its total membership to 125" says it all
            counts = totals
        if counts and alliance.member_count is None:
            best = max(counts, key=lambda f: f.value)
            alliance.member_count = int(best.value)
            as_of = [m for m in dates if AS_OF.search(
                sentence.text[:m.start - sentence.start])]
            alliance.member_count_as_of = as_of[0].iso() if as_of else (
                published[:7] if published else None)


# Counts of some of an alliance's members, not of all: "20 new members", "the 13 other
# members", "the entry of two universities", "welcomed four institutions".
_PART_AFTER = re.compile(r"\s*(?:new|other|additional|more|further|newly)\b", re.I)
_PART_BEFORE = re.compile(r"(?:\b(?:entry|admission|addition|accession|arrival)\s+of\s+|"
                          r"\b(?:welcom\w*|admit\w*|add(?:s|ed|ing)?|approv\w*|other)\s+)"
                          r"(?:the\s+|its\s+)?$", re.I)
# The whole: "its total membership of 105", "taking its membership to 125", "now has 60
# members" ("a total of 20 universities joined" counts the newcomers).
_TOTAL_BEFORE = re.compile(r"(?:\btotal\s+membership\b[^.;,]{0,20}|\bmembership\s+(?:to|of)\s+|"
                           r"\bnow\s+(?:has|have|counts|numbers|comprises)\s+)"
                           r"(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$",
                           re.I)


def _number_at(figure: Figure, sentence: Sentence) -> tuple[str, str]:
    """The sentence's text before the figure's number, and after it."""
    if figure.evidence is None:
        return "", ""
    return (sentence.text[:figure.evidence.start - sentence.start],
            sentence.text[figure.evidence.end - sentence.start:])


def _a_part(figure: Figure, sentence: Sentence) -> bool:
    before, after = _number_at(figure, sentence)
    return bool(_PART_AFTER.match(after) or _PART_BEFORE.search(before[-40:]))


def _a_total(figure: Figure, sentence: Sentence) -> bool:
    return bool(_TOTAL_BEFORE.search(_number_at(figure, sentence)[0][-50:]))


def fill_figure_dates(figures: list[Figure], *, sentences: list[Sentence],
                      mentions: list[DateMention], events: list[Event],
                      published: str | None) -> None:
    """The as-of date of each figure (run after the figures' subjects are known): the date
    its sentence gives it (`_own_date`); else, for a count of an event (its participants,
    where they came from), the event's date, when the count held; else the page's year."""
    event_dates = {e.name: e.date for e in events if e.date}
    date_buckets = by_sentence(sentences, [m.start for m in mentions])
    index = by_sentence(sentences, [f.evidence.start if f.evidence else -1 for f in figures])
    for sentence, di, fi in zip(sentences, date_buckets, index, strict=True):
        dates = [mentions[j] for j in di if mentions[j].iso() and not _BEGINNING_DATE.search(
            sentence.text[:mentions[j].start - sentence.start])
            and not _IN_A_NAME.search(sentence.text[:mentions[j].start - sentence.start])]
        for i in fi:
            figure = figures[i]
            own = _own_date(figure, sentence, dates)
            figure.as_of = own or event_dates.get(figure.subject or "") or (
                published[:4] if published else None)


# "the Strategic Plan 2020", "Agenda 2063": a bare year right after a capitalised word is
# part of a name, not a date.
_IN_A_NAME = re.compile(r"(?<![.!?]\s)\b(?!(?:In|On|By|Since|From|Until|As|Of|During|Early|"
                        r"Late|Mid|Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][a-z]+\s+$")


def _own_date(figure: Figure, sentence: Sentence, dates: list[DateMention]) -> str | None:
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
        return stated_as_of[0].iso()
    before = [m for m in dates if m.end <= at]
    if before:
        return before[-1].iso()
    return after[0].iso() if after else None


def fill_events(events: list[Event], sentences: list[Sentence], refs: list[Ref],
                countries: list[tuple[str, tuple[int, int]]],
                organizations: list[Organization] | None = None) -> None:
    """The alliance an event belongs to and its country, from the event's sentence: its
    city's, else that of the organization its sentence says hosts it (run after the
    organizations' countries are known)."""
    org_country = {o.name: o.country for o in organizations or [] if o.country}
    for event in events:
        if event.evidence is None:
            continue
        at = event.evidence.start
        sentence = next((s for s in sentences if s.start <= at < s.end), None)
        if sentence is None:
            continue
        alliance = [r for r in refs if sentence.start <= r.start < sentence.end
                    and r.entity.is_alliance]
        if alliance:
            event.alliance = alliance[0].entity.name
        elif _AN_ALLIANCE.search(sentence.text):
            event.alliance = _main_alliance(refs)
        if _ONLINE.search(sentence.text) and not _IN_PERSON.search(sentence.text):
            event.city = event.country = None  # held online: its hosts' places are not its own
            continue
        if event.country is None and event.city in CHINESE_PLACE_NAMES:
            event.country = "CN"
        if event.country is None and event.city:
            event.country = _city_country(event.city, sentence.text)
        if event.country is None:
            event.country = _host_country(sentence, refs, org_country)


# "An alliance of ... was launched", "a network of 30 colleges": the body the article is
# about, not yet named ("a network of employers" is no body of institutions).
_AN_ALLIANCE = re.compile(r"\b[Aa]n?\s+(?:new\s+)?(?:alliance|consortium|league|network\s+of\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:universities|colleges|polytechnics|"
                          r"institutions|schools))\b")


def _main_alliance(refs: list[Ref]) -> str | None:
    """The alliance the article names most often."""
    counts: dict[str, int] = {}
    for ref in refs:
        if ref.entity.is_alliance:
            counts[ref.entity.name] = counts.get(ref.entity.name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


# An event held online ("an online signing ceremony", "the meeting took place virtually"),
# unless its sentence says it also met in person.
_ONLINE = re.compile(r"\b(?:online|virtual)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|signing|meeting|"
                     r"seminar|forum|conference|workshop|session|event|training|summit|launch)\b|"
                     r"\b(?:held|took\s+place|conducted|hosted|met)\s+(?:online|virtually)\b|"
                     r"\bvia\s+(?:Zoom|video\s*link|video\s*conference)", re.I)
_IN_PERSON = re.compile(r"\b(?:hybrid|offline|on-?site|in[- ]person|on\s+campus)\b", re.I)

# "hosted by X", "organised by the X", "at the X" before an organization; "X hosted",
# "X (XU) organized" after it: the organization where the event took place.
_HOST_BEFORE = re.compile(r"(?:\b(?:hosted|organi[sz]ed|held|convened)\s+by|\bat)\s+(?:the\s+)?$",
                          re.I)
_HOST_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:hosted|organi[sz]ed|held|convened)\b")


def _host_country(sentence: Sentence, refs: list[Ref],
                  org_country: dict[str, str]) -> str | None:
    """The country of the organizations the sentence says host its event, when they agree
    ("held at X and at Y" in two countries gives none)."""
    codes: set[str] = set()
    for ref in refs:
        if not sentence.start <= ref.start < sentence.end or ref.entity.is_alliance:
            continue
        code = org_country.get(ref.entity.name)
        if code is None or code in ("HK", "MO", "TW"):
            continue
        if _HOST_BEFORE.search(sentence.text, max(0, ref.start - sentence.start - 30),
                               ref.start - sentence.start) or _HOST_AFTER.match(
                sentence.text, ref.end - sentence.start):
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _city_country(city: str, sentence: str) -> str | None:
    """The country of an event's city: the place after it ("Abuja, Nigeria"), else the city
    itself if it names a province or state; never Hong Kong or Macao (not countries)."""
    after = re.search(rf"{re.escape(city)},\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)",
                      sentence)
    code = place_country(after.group("place")) if after else None
    code = code or place_country(city)
    return None if code in ("HK", "MO", "TW") else code


def fill_organizations(organizations: list[Organization], *, text: str,
                       refs: list[Ref]) -> None:
    """An organization's country: from its name, else from the words around a mention."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for ref in refs:
        spans.setdefault(ref.entity.name, []).append((ref.start, ref.end))
    for org in organizations:
        org.country = next((c for c in map(country_of_name, [org.name, *org.aliases]) if c),
                           None) or next((c for c in (country_around(text, a, b)
                                                       for a, b in spans.get(org.name, []))
                                          if c), None)
