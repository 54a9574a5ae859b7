"""Organization and alliance names: capitalised phrases classified by their head word.

>>> [(m.name, m.kind) for m in find_name_mentions("Guangdong Industry Polytechnic joined "
...     "the Asian Universities Alliance (AUA) with the Ministry of Education.")]
... # doctest: +NORMALIZE_WHITESPACE
[('Guangdong Industry Polytechnic', 'college'), ('Asian Universities Alliance', 'alliance'),
 ('Ministry of Education', 'government')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.en.lexicon import (
    ALLIANCE_HEADS,
    COMMON_CAPS,
    GOVERNING_ORGANS,
    GOVERNMENT_MARKERS,
    HEAD_INITIAL,
    INSTITUTION_PLURALS,
    MEMBER_BODY_HEADS,
    ORG_HEADS,
    TITLE_WORDS,
    UNIT_HEADS,
    VENUE_HEADS,
)

_WORD = r"(?:[A-Z][\w’'\-]*(?:\.(?=[\s,]))?|[A-Z]\.(?:[A-Z]\.)+)"
_CONNECTOR = r"(?:of|the|for|and|in|on|at|de|du|des|la|le|&|für|y|del|di|van|von)"
NAME_SPAN = re.compile(
    rf"[“\"]?{_WORD}[”\"]?(?:(?:\s+|\s*-\s*)(?:{_CONNECTOR}\s+){{0,3}}[“\"]?{_WORD}[”\"]?){{0,20}}"
    rf"(?:,\s*(?:Ltd|Inc|LLC|Limited|Plc)\.?)?")
ACRONYM_AFTER = re.compile(r"^\s*\(\s*(?P<acr>[A-Z][A-Za-z&\-]{1,12})\s*\)")
# The same, matched at a position of the whole sentence (no copy of its rest per name).
_ACRONYM_AT = re.compile(ACRONYM_AFTER.pattern.removeprefix("^"))
_QUOTES = re.compile(r"[“”\"]")
_TITLE_THEN_OF = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
_TRAILING_MONTH = re.compile(
    r"(?:\s+(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\.?)$")
_MEDIA = re.compile(r"\b(?:Television|TV|News|Media|Broadcasting|Radio|Press|Times|Daily)\b")
_CONTINUATIONS = frozenset({"of", "for", "in", "on", "at", "and", "&", "de", "di", "du", "des",
                            "del", "della", "van", "von", "la", "le", "y", "für", "do", "da"})
# Heads that "General" follows as part of the name ("Consulate General of X in Y").
_GENERAL_HEADS = frozenset({"Consulate", "Secretariat"})
_EVENT_WORD = re.compile(r"\b(?:Ceremony|Meeting|Forum|Seminar|Conference|Summit|Course|Fair|"
                         r"Exhibition|Workshop|Opening|Launch|Week|Session)\b")
# Patterns of the name splitter and classifier, compiled once.
_SPACE = re.compile(r"\s")
_OPENER = re.compile(r"[“\"]?([\w’'.\-]+)[”\"]?\s+")
_LEADING_CONNECTORS = re.compile(r"(?:(?:of|and|the|for|in|on|at|&)\s+)+")
_ABBREVIATED_END = re.compile(r"\b(?:Co|Ltd|Inc|Corp|St)\.$")
_TOKEN = re.compile(r"[^\s]+")
_UNIT_OF = re.compile(r"\s+(?:of|at|under|the|for)\s+(?:the\s+)?")
_LEADING_THE = re.compile(r"^The\s+")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z&\-]{1,10}")
_SPACES = re.compile(r"\s+")
_POSSESSOR = re.compile(r"^[A-Z][\w-]*['’]s\s+")
_TRAILING_CONNECTORS = re.compile(r"(?:\s+(?:of|and|the|for|in|on|at|&))+$")
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")
_VOCATIONAL = re.compile(r"Vocational|Technical|Polytechnic|Commerce")
# A university that names itself vocational or polytechnic teaches as a college does
# (SCHEMA.md: vocational and polytechnic schools are colleges).
_VOCATIONAL_UNIVERSITY = re.compile(r"\b(?:Vocational|Polytechnic)\b")
# "Institute of Technology", "Institute of Economics": an institute named for an academic
# discipline awards degrees in it, as a university does.
_ACADEMIC_INSTITUTE = re.compile(r"\bInstitute\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){0,3}"
                                 r"(?:Technology|Sciences?|Economics|Engineering|Management|"
                                 r"Medicine|Law|Business|Finance)\b")
# "X Petroleum Institute", "Oil and Gas Institute": an institute named after an industry's
# trade trains for it, as a vocational college does.
_TRADE_INSTITUTE = re.compile(r"\b(?:Petroleum|Oil|Gas|Mining|Railway|Aviation|Maritime|"
                              r"Textile|Construction)\s+(?:and\s+\w+\s+)?Institute\b")
# "Institute for the Development of ...", "Institute for Vocational Education": an institute
# for a field serves it (research, policy), it does not teach in it.
_INSTITUTE_FOR = re.compile(r"\bInstitute\s+for\b")
# "Academy of Sciences", "Royal Academy of <Country>": a learned society, not a school.
_LEARNED_ACADEMY = re.compile(r"\bAcademy\s+of\s+(?:(?:the\s+)?(?:Social\s+)?Sciences\b|"
                              r"(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$)")
_PARTY = re.compile(r"\bParty\b|\bCPC\b")
_IN_PLACE_END = re.compile(r"\s+in\s+[A-Z][\w’' -]+$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
_VENUE = re.compile(
    r"\b(?:Conference|Convention|Exhibition|Expo|Sports|Activity)\s+(?:Center|Centre)\b")


# A body of institutions whose name alone does not say whether it is an alliance or an
# association that joins one ("Association of ... Universities", "... Universities"):
# `bodies.settle_kinds` decides over all its mentions.
BODY = "body"
# A name headed by a plural ("... Research Universities"): an alliance when the text
# speaks of its members, else not a body's name at all.
GROUP = "group"


@dataclass
class NameMention:
    """One mention of an organization or alliance in the text."""

    name: str
    kind: str  # an organization kind, "alliance", or BODY (decided later)
    start: int
    end: int
    acronym: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


# "the universities of Leeds, Lagos and Lima": one name per place.
_COORDINATED = re.compile(
    r"\b[Tt]he\s+(?P<head>universities|colleges|polytechnics)\s+of\s+"
    r"(?P<places>[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*)*\s*,?\s+and\s+[A-Z][\w'’-]*)")
_PLACE_WORD = re.compile(r"[A-Z][\w'’-]*")
_SINGULAR = {"universities": ("University", "university"), "colleges": ("College", "college"),
             "polytechnics": ("Polytechnic", "college")}


def _coordinated(text: str) -> list[NameMention]:
    """ "The universities of A, B and C" names "University of A", "University of B", ...

    >>> [m.name for m in _coordinated("The universities of Leeds, Lagos and Lima met.")]
    ['University of Leeds', 'University of Lagos', 'University of Lima']
    """
    out = []
    for match in _COORDINATED.finditer(text):
        head, kind = _SINGULAR[match.group("head")]
        for place in _PLACE_WORD.finditer(match.group("places")):
            start = match.start("places") + place.start()
            out.append(NameMention(f"{head} of {place.group(0)}", kind, start,
                                   start + len(place.group(0))))
    return out


def find_name_mentions(text: str, offset: int = 0) -> list[NameMention]:
    """Organization and alliance mentions of a sentence, left to right."""
    out: list[NameMention] = []
    for place in _coordinated(text):
        place.start += offset
        place.end += offset
        out.append(place)
    for match in NAME_SPAN.finditer(text):
        for a, b in _split_run(match.group(0)):
            start, end = match.start() + a, match.start() + b
            mention = classify(text[start:end], start, end, text)
            if mention is None:
                continue
            acr = _ACRONYM_AT.match(text, end)
            if acr and sum(c.isupper() for c in acr.group("acr")) >= 2:
                mention.acronym = acr.group("acr")
                _country_after_acronym(mention, text, acr.end())
            mention.start += offset
            mention.end += offset
            out.append(mention)
    out.sort(key=lambda m: m.start)
    return _join_inner_acronyms(text, out, offset)


# "Ministry of Mines (MM) of Peru": the country after the acronym ends the name.
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _country_after_acronym(mention: NameMention, text: str, at: int) -> None:
    """Extend a name whose acronym stands before its "of <country>" tail (in place)."""
    tail = _OF_COUNTRY.match(text, at)
    if tail is None:
        return
    from tracker.extract.en.countries import country_table

    if tail.group("place") in country_table():
        mention.name = f"{mention.name} {tail.group(0).strip()}"


# "Association of Southeast Asian Nations (ASEAN) University Network – Quality Assurance
# (AUN-QA)": a name that goes on after its first part's acronym, and a dash subtitle that
# its own acronym closes.
_SUBTITLE = re.compile(r"\s+[–—-]\s+(?P<words>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                       # (a hyphenated acronym may be broken at a line end: "AUN-\nQA")
                       r"(?=\s*\(\s*(?P<acr>[A-Z][A-Za-z&]*(?:-\s?[A-Z][A-Za-z&]*){0,3})\s*\))")


_INNER_ACRONYM = re.compile(r"(?P<first>[A-Z][\w'’-]*)\s*\(\s*(?P<acr>[A-Z][A-Za-z&\-]{1,12})\s*\)"
                            r"\s*$")


def _join_inner_acronyms(text: str, mentions: list[NameMention],
                         offset: int) -> list[NameMention]:
    """Merge "First Part (FP) Rest Of Name" into one mention named "FP Rest Of Name"."""
    out: list[NameMention] = []
    for mention in mentions:
        window = max(0, mention.start - offset - 60), mention.start - offset
        # (the pattern ends in ")": a window without one is not searched)
        inner = _INNER_ACRONYM.search(text, *window) if text.find(")", *window) >= 0 else None
        if inner is None or mention.name.startswith(inner.group("acr")):
            out.append(mention)
            continue
        start = inner.start("acr") + offset
        if out and out[-1].end - offset >= inner.start("first") - 1:
            start = out.pop().start  # the first part was read as a name of its own
        out.append(NameMention(f"{inner.group('acr')} {mention.name}", mention.kind, start,
                               mention.end, mention.acronym))
    for mention in out:
        subtitle = _SUBTITLE.match(text, mention.end - offset)
        if subtitle and mention.acronym is None:
            mention.name = f"{mention.name} – {subtitle.group('words')}"
            mention.end = subtitle.end("words") + offset
            mention.acronym = _SPACE.sub("", subtitle.group("acr"))
    return out


@lru_cache(maxsize=4096)
def _split_run(run: str) -> tuple[tuple[int, int], ...]:
    """`_split_span` of a whole run, offsets within it: cached, as the runs of an article
    (its bodies' names) come back sentence after sentence."""
    return tuple(_split_span(run, 0, len(run)))


def _split_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a capitalised run into names: drop openers and titles, split lists and "X of Y"."""
    span = text[start:end]
    # Drop leading common words ("During", "The", month names...).
    while True:
        m = _OPENER.match(span)
        if not m or (m.group(1) not in COMMON_CAPS and not _is_month(m.group(1))):
            break
        start += m.end()
        span = text[start:end]
    lead = _LEADING_CONNECTORS.match(span)
    if lead:
        start += lead.end()
        span = text[start:end]
    # Trailing sentence period (not of "Co." / "Ltd.").
    if span.endswith(".") and not _ABBREVIATED_END.search(span):
        end -= 1
        span = span[:-1]
    if not span:
        return []
    tokens = list(_TOKEN.finditer(span))
    # A title inside the run: "SZPU Vice President Li Yue" -> "SZPU"; "Vice Chancellor of X" -> X.
    for i, tok in enumerate(tokens):
        word = _QUOTES.sub("", tok.group(0)).rstrip(",")
        if word in TITLE_WORDS and word not in ("General", "Executive", "Member", "Party",
                                                "Associate", "Assistant", "Chief"):
            before = (start, start + tokens[i - 1].end()) if i else None
            rest = span[tok.start():]
            of = _TITLE_THEN_OF.search(rest)
            parts = [before] if before else []
            if of:
                parts.append((start + tok.start() + of.end(), end))
            out = []
            for a, b in parts:
                out.extend(_split_span(text, a, b))
            return out
    # "Unit of Body": keep the body ("Global Affairs Office at UM" -> "UM").
    for m in _UNIT_OF.finditer(span):
        left, right = span[:m.start()], span[m.end():]
        lhead = _head(left)[0]
        rhead = _head(right)[0]
        conn = m.group(0).split()[0]
        if not (rhead or (_is_acronym(right) and conn != "the")):
            continue
        # (a unit of a government itself is a public body: "Education Department of the
        # Lakeside Provincial Government" is named whole)
        if lhead in UNIT_HEADS and not _government(left) and rhead != "Government" or (
                _LEADING_THE.sub("", left) in GOVERNING_ORGANS and rhead):
            return _split_span(text, start + m.end(), end)
        if lhead is None and _words(left)[-1:] and _words(left)[-1] in MEMBER_BODY_HEADS and set(
                _words(right)) & INSTITUTION_PLURALS:
            continue  # "Forum of Sahel Universities": one body
        if lhead is None and (conn != "for" or _EVENT_WORD.search(left)):
            return _split_span(text, start + m.end(), end)
        if conn == "at" and lhead:
            return [(start, start + m.start())] + _split_span(text, start + m.end(), end)
    # "Skills Alliance in Zhuhai": a known place after an alliance's name says where it met,
    # not what it is called (an institution's "University in Cairo" is left whole)
    where = _IN_PLACE.search(span)
    if where and _head(span[:where.start()])[0] in ALLIANCE_HEADS and _is_place(
            where.group("place")):
        return _split_span(text, start, start + where.start())
    # "A and B" where both are full names.
    for m in _AND.finditer(span):
        left, right = span[:m.start()], span[m.end():]
        lhead = _head(left)[0] or ("ACR" if _is_acronym(left) else None)
        if lhead and _head(right)[0] and not lhead.endswith("s"):
            return (_split_span(text, start, start + m.start())
                    + _split_span(text, start + m.end(), end))
    return [(start, end)]


_IN_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})$")


def _is_place(name: str) -> bool:
    from tracker.extract.en.countries import country_table
    from tracker.extract.en.gazetteer import CHINESE_PROVINCES, WORLD_CITIES

    return name in WORLD_CITIES or name in CHINESE_PROVINCES or name in country_table()


def _is_city(name: str) -> bool:
    from tracker.extract.en.gazetteer import CHINESE_PROVINCES, WORLD_CITIES

    return name in WORLD_CITIES or name in CHINESE_PROVINCES


def _is_month(word: str) -> bool:
    return word.rstrip(".").lower() in {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday"}


def _is_acronym(word: str) -> bool:
    word = word.strip()
    return bool(_ACRONYM_WORD.fullmatch(word)) and \
        sum(c.isupper() for c in word) >= 2


def _words(name: str) -> list[str]:
    return [w.strip(",") for w in _QUOTES.sub("", name).split()]


@lru_cache(maxsize=4096)
def _head(name: str) -> tuple[str | None, int]:
    """The head word: the last kind word before the first "of"/"for"/"in" tail."""
    words = _words(name)
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in", "on", "at") and i),
               len(words))
    core = words[:cut]
    counts_institutions = bool(set(words) & INSTITUTION_PLURALS)
    for i in range(len(core) - 1, -1, -1):
        w = core[i]
        if w in ORG_HEADS or w in ALLIANCE_HEADS or w in UNIT_HEADS or w in VENUE_HEADS or (
                counts_institutions and w in MEMBER_BODY_HEADS):
            return w, i
    for i in range(len(words) - 1, cut - 1, -1):
        if words[i] in ORG_HEADS or words[i] in ALLIANCE_HEADS or words[i] in INSTITUTION_PLURALS:
            return words[i], i
    return None, -1


def _mask_countries(name: str) -> str:
    """Hide country names that contain head words ("Russian Federation")."""
    for country in _head_countries():
        if country in name:
            name = name.replace(country, "Countryland")
    return name


@lru_cache(maxsize=1)
def _head_countries() -> tuple[str, ...]:
    from tracker.extract.en.countries import country_table

    heads = set(ORG_HEADS) | ALLIANCE_HEADS
    names = sorted(country_table(), key=len, reverse=True)
    return tuple(n for n in names if " " in n and set(n.split()) & heads)


def _of_states(word: str) -> bool:
    """A country or a region of countries opening a name: "Korean International Cooperation
    Agency", "European Union" are bodies of states, not of people or firms."""
    from tracker.extract.en.countries import country_table
    from tracker.extract.en.gazetteer import REGIONS_OF_STATES

    return word in country_table() or word in REGIONS_OF_STATES


def _learned_academy(name: str) -> bool:
    found = _LEARNED_ACADEMY.search(name)
    if found is None:
        return False
    if found.group("place") is None:
        return True
    from tracker.extract.en.countries import country_table

    return found.group("place") in country_table()


def _government(name: str) -> bool:
    words = set(_words(name))
    return bool(words & GOVERNMENT_MARKERS) or "Foreign Affairs" in name


def classify(raw: str, start: int, end: int, sentence: str) -> NameMention | None:
    """A name mention from a capitalised phrase, or None if it names no body."""
    found = _classify(raw)
    if found is None:
        return None
    name, kind, at = found
    # The mention covers the name kept, not the words cut from the run ("X University and
    # ABC Board": "ABC" is free to be read as a name of its own).
    if at >= 0:
        start, end = start + at, start + at + len(name)
    return NameMention(name, kind, start, end)


@lru_cache(maxsize=4096)
def _classify(raw: str) -> tuple[str, str, int] | None:
    """The name, kind and place in `raw` of the body a phrase names (None if none): a pure
    function of the phrase, cached, as an article names its bodies again and again."""
    name = _QUOTES.sub("", raw).strip(" ,;:")
    name = _SPACES.sub(" ", name)
    name = _POSSESSOR.sub("", name)  # "China's Tsinghua University"
    name = _TRAILING_MONTH.sub("", name)
    name = _TRAILING_CONNECTORS.sub("", name)
    name = _POSSESSIVE_END.sub("", name)  # "the Network's", "the Universities'"
    words = _words(name)
    if len(words) < 2 or _VENUE.search(name):
        return None
    head, _ = _head(_mask_countries(name))
    if head is None or head in VENUE_HEADS:
        return None
    if head in ALLIANCE_HEADS and _MEDIA.search(name):
        kind = "other"  # "... Television Network": a broadcaster
    elif head in ALLIANCE_HEADS:
        kind = "alliance"
    elif head in MEMBER_BODY_HEADS and set(words) & INSTITUTION_PLURALS:
        kind = BODY  # "Association of ... Universities": alliance or member, by context
    elif head in INSTITUTION_PLURALS and words[-1] == head and not _EVENT_WORD.search(name):
        kind = GROUP  # "Mainstream Research Universities": an alliance only in member context
    elif head in UNIT_HEADS and not _government(name) and head not in ("Center", "Centre",
                                                                       "Committee", "Secretariat"):
        return None
    else:
        kind = ORG_HEADS.get(head, "other")
        if head in UNIT_HEADS and _government(name):
            kind = "government"
        if head == "Institute" and _ACADEMIC_INSTITUTE.search(name):
            kind = "university"
        if head == "Institute" and (_VOCATIONAL.search(name) or _TRADE_INSTITUTE.search(name)):
            kind = "college"
        if head == "Institute" and _INSTITUTE_FOR.search(name):
            kind = "other"
        if head == "University" and _VOCATIONAL_UNIVERSITY.search(name):
            kind = "college"
        if head == "Academy" and _learned_academy(name):
            kind = "other"
        if head in ("Agency", "Union") and _of_states(words[0]):
            kind = "government"
        if head == "Committee" and _PARTY.search(name):
            kind = "other"
        if kind == "enterprise" and head not in ("Co.", "Co", "Ltd.", "Ltd", "Company",
                                                 "Corporation", "Corp.", "Inc.", "Limited",
                                                 "LLC", "Bank", "Holdings", "Group", "Plc"):
            kind = "enterprise"
    of_institutions = kind in ("alliance", BODY, GROUP)
    if head.endswith("s") and head not in INSTITUTION_PLURALS and not of_institutions:
        return None
    if not of_institutions and head in ("Universities", "Colleges", "Polytechnics", "Institutions",
                                       "Schools", "Institutes", "Academies"):
        return None
    # Words after the head that do not continue the name ("... Network Expands").
    head_at = max(i for i, w in enumerate(words) if w == head)
    tail = words[head_at + 1:]
    if tail and tail[0] not in _CONTINUATIONS and head not in HEAD_INITIAL \
            and not (head in _GENERAL_HEADS and tail[0] == "General") \
            and tail[0].rstrip(".,") not in ("Co", "Ltd", "Inc", "Limited", "LLC") \
            and not _is_acronym(tail[0]) and tail[0] not in ORG_HEADS:
        name = " ".join(words[:head_at + 1])
    # "X Polytechnic and Chinese": a trailing "and ..." without a head is not part of the name.
    words = _words(name)
    if words[head_at + 1:head_at + 2] == ["and"] and not any(
            w in ORG_HEADS or w in ALLIANCE_HEADS for w in words[head_at + 2:]):
        name = " ".join(words[:head_at + 1])
    # "Tsinghua University in Beijing": a place after a university or college.
    if kind in ("university", "college"):
        name = _IN_PLACE_END.sub("", name)
    elif kind == "alliance":  # "... Alliance in Xi'an": the place it met, when a city
        place = _IN_PLACE_END.search(name)
        if place and _is_city(place.group(0).split(" in ", 1)[1].strip()):
            name = name[:place.start()]
    if len(_words(name)) < 2:
        return None
    name = _LEADING_ARTICLE.sub("", name)
    return name, kind, raw.find(name)
