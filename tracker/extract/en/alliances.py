"""What the text says about each alliance and figure beyond its name: when an
alliance was founded, how many members it has (and as of when), the date a
figure holds at, and the country of an organization or an event.

These attributes are filled in after names, figures and events are found,
from the sentences that mention each alliance.
"""

from __future__ import annotations

import re

from tracker.extract.en.dates import DateMention
from tracker.extract.en.dating import CLAUSE_BREAK, INTRODUCED, RoleDates
from tracker.extract.en.figure_dates import AS_OF, is_earlier_state, span_iso
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
                     r"establishment|inception|inauguration|"
                     # "at its founding", not "a founding member" (a role, not the event)
                     r"founding(?!\s+(?:members?|partners?|institutions?|units?|universit(?:y|ies)|"
                     r"colleges?|president|chair\w*|director|dean|signator(?:y|ies)|fathers?))|"
                     # a body is launched at its inaugural meeting or a launch ceremony
                     r"inaugural\s+(?:meeting|ceremony|assembly|session|summit|conference)|"
                     r"launch(?:ing)?\s+ceremony|(?:was|were|been|officially|formally)\s+"
                     r"launched|"
                     # "the jointly initiated X League", "initiated by nine universities"
                     r"(?:jointly|co-?)[\s-]?initiated|initiated\s+by)\b", re.I)
# A date that opens its sentence ("On 9 July 2014, ...") dates the scene the sentence reports.
SENTENCE_OPENING = 5
# How far after the founding word its date may stand, in its clause ("the inaugural meeting
# of the X Network, held at Y in Z, on 29 April 2017"); past the first stretch a year must be
# brought by a preposition ("in 2015"), not qualify a noun ("held its 2023 meeting").
FOUNDING_DATE_NEAR = 60
FOUNDING_DATE_AFTER = 150
# "work towards the establishment of", "plans for the launch ceremony": not founded yet.
_TOWARDS = re.compile(r"\b(?:for|to|towards?|on|about|plan\w*|prepar\w*)\s+(?:the\s+)?"
                      r"(?:[\w-]+\s+)?$", re.I)
# "its 40th anniversary", "the 25th anniversary of the founding of": the years since founding.
ANNIVERSARY = re.compile(r"(?:\b(?:its|their)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b|"
                         r"\b(?P<m>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+|its\s+)?"
                         r"(?:founding|foundation|establishment|creation|inception)\b)", re.I)
YEARS_AGO = re.compile(r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|fifteen|twenty|thirty)\s+years\s+ago\b", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30}


def fill_alliances(alliances: list[Alliance], sentences: list[Sentence], refs: list[Ref],
                   mentions: list[DateMention], figures: list[Figure],
                   published: str | None, *, role_dates: RoleDates) -> None:
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
        if alliance.founded is None:
            alliance.founded = _founding_date(sentence, dates, published, role_dates)
        counts = [figures[i] for i in fi if figures[i].metric == "members"
                  and not _a_part(figures[i], sentence)
                  and not is_earlier_state(figures[i], sentence)]
        totals = [f for f in counts if _a_total(f, sentence)]
        if totals and alliance.name not in stated_total:
            stated_total.add(alliance.name)
            alliance.member_count = None  # "taking its total membership to 125" says it all
            counts = totals
        best = max(counts, key=lambda f: f.value) if counts else None
        if best is not None and alliance.member_count is None and not _kinds_apart(
                best, counts, sentence):
            alliance.member_count = int(best.value)
            as_of = [m for m in dates if AS_OF.search(
                sentence.text[:m.start - sentence.start])]
            alliance.member_count_as_of = as_of[0].iso() if as_of else (
                published[:7] if published else None)


def _founding_date(sentence: Sentence, dates: list[DateMention], published: str | None,
                   role_dates: RoleDates) -> str | None:
    """When a sentence naming an alliance says it was founded: "its Nth anniversary" or
    "N years ago" counted back from the page's year; the date beside the founding word;
    else, in a sentence with no date of its own that reports the founding (not one that
    works towards it), the date of the scene it belongs to ("On 5 May the delegates met ...
    This marked the official establishment of the network")."""
    anniversary = ANNIVERSARY.search(sentence.text)
    if anniversary and published:
        return str(int(published[:4]) - int(anniversary.group("n") or anniversary.group("m")))
    founded = FOUNDED.search(sentence.text)
    if founded is None:
        return None
    at = sentence.start + founded.start()
    after = [m for m in dates if 0 <= m.start - at <= FOUNDING_DATE_AFTER
             and not CLAUSE_BREAK.search(sentence.text, founded.end(), m.start - sentence.start)
             and (m.start - at <= FOUNDING_DATE_NEAR or m.month is not None
                  or INTRODUCED.search(sentence.text, 0, m.start - sentence.start))]
    before = [m for m in dates if 0 <= at - m.end <= 25 or (
        m.end <= at and m.start - sentence.start <= SENTENCE_OPENING
        and not CLAUSE_BREAK.search(sentence.text, m.end - sentence.start, founded.start()))]
    if after or before:
        return span_iso((after or before)[0])
    ago = YEARS_AGO.search(sentence.text)
    if ago and published:
        n = ago.group("n").lower()
        return str(int(published[:4]) - int(_SMALL.get(n, n)))
    if not dates and not _TOWARDS.search(sentence.text, 0, founded.start()):
        scene = role_dates.scene(sentence)
        return span_iso(scene) if scene else None
    return None


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


# "605 member universities (...) and 32 member organizations": counts of members of two
# kinds side by side, with no whole stated; "105 members, including 76 colleges and ..." and
# "40 members: 30 universities and ..." break the whole down.
_SIDE_BY_SIDE = re.compile(r"\band\b|&")
_BREAKDOWN = re.compile(r"\b(?:including|includes|of\s+which|of\s+whom|among\s+(?:them|which|"
                        r"whom)|such\s+as|namely|comprising)\b|[:(]", re.I)
_PARENTHESES = re.compile(r"\([^()]*\)")


def _kinds_apart(best: Figure, counts: list[Figure], sentence: Sentence) -> bool:
    """Whether the next count of members after the largest (one in brackets aside) stands
    beside it rather than inside it."""
    if best.evidence is None:
        return False
    later = sorted(c.evidence.start for c in counts if c.evidence is not None
                    and c.evidence.start >= best.evidence.end)
    for start in later:
        between = sentence.text[best.evidence.end - sentence.start:start - sentence.start]
        if between.count("(") > between.count(")"):
            continue  # "(24 of which are in Peru)"
        between = _PARENTHESES.sub(" ", between)
        return bool(_SIDE_BY_SIDE.search(between)) and not _BREAKDOWN.search(between)
    return False


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
