"""People: a personal name made certain by a cue, with the title and body the text gives.

Cues: an honorific ("Dr.", "Professor"), a title just before ("Vice
President Li Yue") or a title just after ("Tang Lixia, Director of ...").
"""

from __future__ import annotations

import re
import string

from tracker.extract.en.alternation import first_letters, literal_alternation
from tracker.extract.en.headline import is_title_case
from tracker.extract.en.lexicon import COMMON_CAPS, HONORIFICS, ORG_HEADS, TITLE_WORDS, UNIT_HEADS
from tracker.extract.facts import Person
from tracker.extract.register import Ref
from tracker.extract.text import Sentence, by_sentence, name_key

_NAME = (r"(?P<name>[A-Z][a-z]+(?:[-’'][A-Za-z][a-z]+)?(?:\s+(?:[A-Z]\.\s?)?[A-Z][a-z]+"
         r"(?:-[a-z]+)?){1,3}|[A-Z][a-z]+\s[A-Z]\.\s?[A-Z][a-z]+|[A-Z]\.[A-Z]\.\s?[A-Z][a-z]+"
         r"(?:\s[A-Z][a-z]+)?)")
_HONORIFIC = literal_alternation(HONORIFICS)
_TITLE_WORDS = [t for t in TITLE_WORDS if len(t) > 3 and t[0].isupper()]
_TITLE_WORDS_RE = literal_alternation(_TITLE_WORDS)
BY_HONORIFIC = re.compile(rf"{first_letters(HONORIFICS)}(?<![\w])(?:{_HONORIFIC})\.?\s*"
                          rf"(?:(?:Prof|Dr)\.?\s+)?{_NAME}")
# A series of areas inside a post, its items one word each (a person's name has two or
# more): "Education, Culture and Tourism", "Higher Education, Research, Science & Technology".
_SERIES = r",\s[A-Z][a-z]+(?=(?:,\s[A-Z][a-z]+)*,?\s(?:and|&)\s[A-Z])"
# "Nigeria's Minister of Education, Mallam Adamu Adamu, ..." (title, then the name); the
# country of the post may stand between ("the Principal Secretary for X, Kenya, Dr Y").
_COMMA_POSTS = ["counselor", "counsellor", "minister", "president", "director", "secretary",
                "ambassador", "consul"]
_COMMA_POST = (rf"{first_letters([*_TITLE_WORDS, *_COMMA_POSTS])}"
               rf"\b(?P<title>(?:{_TITLE_WORDS_RE}|{'|'.join(_COMMA_POSTS)})\b(?:[^,.;()]|{_SERIES}){{0,80}})")
_COMMA_NAME = (r",\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon|Mallam|H\.E)\.?\s+)*"
               rf"{_NAME}(?=\s*(?:,|\.|;|\s+who\b|\s+said\b|\s+stated\b|$))")
BY_TITLE_COMMA = re.compile(rf"{_COMMA_POST}(?:,\s+(?:[Tt]he\s+)?(?P<place>[A-Z][a-z]+"
                            rf"(?:\s[A-Z][a-z]+)?))?{_COMMA_NAME}")
# (read again without a place when the words between are no country: "the Dean, Jane Doe,
# Dr John Roe")
_BY_TITLE_COMMA_ONLY = re.compile(rf"{_COMMA_POST}(?P<place>){_COMMA_NAME}")
# (the title words and, lower-case, the posts written in running text: one tree of letters)
_POSTS = ["president", "director", "secretary", "minister", "dean", "rector", "chairman",
          "principal"]
_TITLE_OR_POST = literal_alternation([*_TITLE_WORDS, *_POSTS])
# (where a match can start: a capital, a lower-case qualifier below, or a post)
_BEFORE_STARTS = first_letters([*string.ascii_uppercase, "vice", "deputy", "executive",
                                "assistant", "associate", "chief", *_POSTS])
# "the Labour Minister Jane Doe": an area before a government post is part of it.
BY_TITLE_BEFORE = re.compile(
    rf"{_BEFORE_STARTS}(?P<title>(?:(?<=[Tt]he\s)[A-Z][a-z]+\s+(?=(?:Minister|Secretary|Commissioner)\b))?"
    rf"(?:(?:[Vv]ice|[Dd]eputy|[Ee]xecutive|[Aa]ssistant|[Aa]ssociate|Prime|State|"
    rf"First-Level|[Cc]hief|General)[- ])*(?:{_TITLE_OR_POST}))\s+"
    rf"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?{_NAME}")
# What every match of BY_TITLE_BEFORE holds: a sentence without it is spared that pattern,
# whose optional opening parts are tried at every position (this one's first letters let the
# engine skip to where a title can start).
_TITLE_GATE = re.compile(rf"(?:{_TITLE_OR_POST})\s")
# "our vice president Jane Doe": the publisher's.
_OUR = re.compile(r"\b[Oo]ur\s+$")
# "Professor Jane Doe, Dean of ...": honorifics and ranks before the name are not part of it.
# At most three ("Prof. Dr. Vice Rector"): an unbounded run would be tried again from each of
# its words, and a page of "Dr. Dr. Dr. ..." would take hours.
# (An abbreviation's period may stand for the space: "Mr.Jane Doe".)
_RANKS_BEFORE = (rf"(?:(?:{_HONORIFIC}|Vice|Deputy|Assistant|Associate|{_TITLE_WORDS_RE})"
                 rf"(?:\.\s*|\s+)){{0,3}}")
# A post's words: no comma, except in a series of areas (`_SERIES`: "Director of Education,
# Culture and Tourism Division"), and a qualifier in parentheses that is no acronym ("Deputy
# Principal (Academic)").
_POST_TEXT = (rf"(?:[^,;()]|{_SERIES}"
              r"|\((?:[a-z][^()]{1,28}|[A-Z][a-z]+(?:\s[a-z]+){0,3})\))")
# The post is read ahead, not consumed: in "A, Dr. B, Director of X" the phrase after A is
# not a post, and B's must still be tried.
# (A dash may also join the name and a post's first word: "Jane Doe-Secretary General".)
# (each match opens with a rank or a name, both capitalised)
BY_TITLE_AFTER = re.compile(rf"(?=[A-Z])(?<![\w.]){_RANKS_BEFORE}{_NAME}(?=\s*(?:,|\s[-–]\s|"
                            rf"[-–](?=(?:{_TITLE_WORDS_RE})\b))\s*"
                            rf"(?P<title>{_POST_TEXT}{{3,140}}))")
_STOP_TOKENS = frozenset(COMMON_CAPS) | frozenset(ORG_HEADS) | TITLE_WORDS | {
    "Alliance", "Network", "League", "Consortium", "Federation", "Province", "Provincial",
    "Education", "Vocational", "Technical", "International", "Belt", "Road", "Initiative",
    "Council", "Committee", "Government", "National", "Affairs", "Exchange", "Cooperation",
    "Development", "Office", "Department", "School", "Faculty", "Centre", "Center",
    "Institute", "Foundation", "Association", "Society", "Union", "Ministry", "Embassy",
    "Conference", "Forum", "Seminar", "Meeting", "Summit", "Ceremony", "Week", "Day",
    "Award", "Program", "Programme", "Project", "Plan", "Strategic", "Higher", "Science",
    "Technology", "Research", "Studies", "Macao", "Macau", "Greater", "Bay",
    "Area", "Silk", "New", "Online", "Offline", "Photo", "File", "Source", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Covid", "Party", "Communist", "Republic", "Standing",
    "People's", "People’s", "Chinese", "Language", "Culture", "Asia", "Africa",
    "Europe", "America", "Global", "Regional", "World", "Joint", "Annual", "Opening",
}




def find_people(sentences: list[Sentence], refs: list[Ref], *,
                publisher: str | None = None, publisher_is_school: bool = False) -> list[Person]:
    """The people the sentences name, with title and organization. A head of a school named
    without a body ("president Jane Doe", "Jane Doe, dean") is the publisher's when the
    publisher is a school (`publisher_is_school`)."""
    people: list[Person] = []
    seen: set[str] = set()
    buckets = by_sentence(sentences, [r.start for r in refs])
    for sentence, indexes in zip(sentences, buckets, strict=True):
        here = [refs[i] for i in indexes]
        found: list[tuple[int, int, str, str | None, str | None]] = []
        for match in BY_HONORIFIC.finditer(sentence.text):
            found.append((match.start("name"), match.end("name"), match.group("name"), None,
                          None))
        headline = is_title_case(sentence.text)
        before_name = not headline and _TITLE_GATE.search(sentence.text)
        for match in (BY_TITLE_BEFORE.finditer(sentence.text) if before_name else []):
            org = _ref_before(here, sentence, sentence.start + match.start("title"))
            if org is None and _OUR.search(sentence.text, 0, match.start("title")):
                org = publisher
            found.append((match.start("name"), match.end("name"), match.group("name"),
                          _job_title(_without_country(match.group("title"))), org))
        for each in BY_TITLE_COMMA.finditer(sentence.text):
            comma: re.Match[str] | None = each
            if each.group("place") and not _is_country(each.group("place")):
                comma = _BY_TITLE_COMMA_ONLY.match(sentence.text, each.start())
            if comma is None:
                continue
            at = sentence.start + comma.start("title")
            title = comma.group("title").strip()
            org = None
            # Only a post that opens its phrase is this name's ("Kenya's Minister of Health,
            # Jane Doe"); in a list ("Jane Doe, Dean of X, John Roe, ...") it is the name's
            # before.
            if _OPENS_A_PHRASE.search(sentence.text, 0, comma.start("title")):
                org = _ref_inside(here, at, at + len(title))
                title = _title_before_body(title, at, here)
            else:
                title = ""
            found.append((comma.start("name"), comma.end("name"), comma.group("name"),
                          title or None, org))
        for match in BY_TITLE_AFTER.finditer(sentence.text):
            title = match.group("title").strip()
            if not _looks_like_title(title):
                continue
            title = _CLAUSE_AFTER_POST.split(title)[0]
            at = sentence.start + match.start("title")
            at, title = _post_at_the_body(title, at, here)
            inner = _ref_inside(here, at, at + len(title))
            after = _ref_after_comma(here, sentence, at + len(title))
            # "Director of the Cultural Office, Embassy of X": the unit named before a body is
            # part of the post, and the body is the person's.
            unit_of_body = bool(inner and after and inner.split()[-1] in _UNIT_WORDS)
            org = after if unit_of_body else inner or after
            owner = _OWNER.match(title)
            if owner:  # "Ghana's Minister of Education": the country is not part of the post
                at, title = at + owner.end(), title[owner.end():]
            if not unit_of_body:
                title = _title_before_body(title, at, here)
            if org is None and _bare_post(title):
                area = _area_after(here, sentence, at + len(title))
                title = f"{title}, {area}" if area else title
            found.append((match.start("name"), match.end("name"), match.group("name"), title,
                          org))
        for start, end, raw, title, org in sorted(found, key=lambda f: f[0]):
            name = _clean(raw)
            if name is None:
                continue
            if org is None:
                org = _body_after_name(here, sentence, sentence.start + end) or _delegation_of(
                    here, sentence, sentence.start + start)
            if org is None and publisher_is_school and _heads_a_school(title) and \
                    not _of_a_state(sentence.text[max(0, start - 40):start]):
                org = publisher
            key = name_key(name)
            if key in seen:
                existing = next(p for p in people if name_key(p.name) == key)
                if (existing.title is None or existing.title in _ACADEMIC_RANKS) and title:
                    existing.title = title  # a post says more than an academic rank
                existing.organization = existing.organization or org
                continue
            seen.add(key)
            people.append(Person(name=name, title=title, organization=org,
                                 evidence=sentence.evidence(sentence.start + start,
                                                            sentence.start + end)))
    _link_ministers(people, refs)
    _units_to_their_bodies(people, refs)
    return people


def _units_to_their_bodies(people: list[Person], refs: list[Ref]) -> None:
    """A person credited to a unit named after a body the text knows ("the XU Secretariat",
    "the Lakeside Polytechnic Office") is that body's: a unit inside a body is no
    organization of its own (SCHEMA.md)."""
    bodies = {name_key(form): ref.entity.name for ref in refs for form in ref.entity.forms()}
    for person in people:
        words = (person.organization or "").split()
        if len(words) >= 2 and words[-1] in UNIT_HEADS:
            owner = bodies.get(name_key(" ".join(words[:-1])))
            person.organization = owner or person.organization


# "Minister of Education of X" or "Education Minister" names the subject of a ministry.
_MINISTER_OF = re.compile(r"\bMinister\s+(?:of|for)\s+(?P<subject>.+)$")
_AREA_MINISTER = re.compile(r"\b(?P<subject>[A-Z][a-z]+)\s+Minister\b")
_MINISTRY_OF = re.compile(r"^Ministry\s+(?:of|for)\s+(?P<subject>.+)$")
_SUBJECT_WORD = re.compile(r"[\w&'’-]+")


def _subject_words(subject: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _SUBJECT_WORD.findall(subject) if w.lower() != "the")


def _link_ministers(people: list[Person], refs: list[Ref]) -> None:
    """A minister named without a body serves the ministry of the post's subject when the
    text names exactly one ("Deputy Minister of Education" and "the Ministry of Education of
    X"; "the Labour Minister" and "the Ministry of Labour")."""
    ministries: dict[str, tuple[str, ...]] = {}
    for ref in refs:
        found = _MINISTRY_OF.match(ref.entity.name)
        if found and not ref.entity.is_alliance:
            ministries[ref.entity.name] = _subject_words(found.group("subject"))
    if not ministries:
        return
    for person in people:
        post = person.title and (_MINISTER_OF.search(person.title)
                                 or _AREA_MINISTER.search(person.title))
        if person.organization is not None or not post:
            continue
        subject = _subject_words(post.group("subject"))
        hits = [name for name, words in ministries.items()
                if subject and words and (words[:len(subject)] == subject
                                          or subject[:len(words)] == words)]
        if len(hits) == 1:
            person.organization = hits[0]


def _is_country(words: str) -> bool:
    from tracker.extract.en.countries import country_table

    return words in country_table()


def _without_country(title: str) -> str:
    """ "Kenyan Minister" is a minister: the country is not part of the post."""
    first, _, rest = title.partition(" ")
    from tracker.extract.en.countries import country_table

    return rest if rest and first in country_table() else title


# Where a post read after a name ends: "and" before a lower-case word starts another clause,
# before an honorific another person ("..., Rector of X and Mr. Y"); "and" between capitalised
# words joins two posts or a name's words ("Cooperation and Exchange").
_CLAUSE_AFTER_POST = re.compile(r"\s+(?:and(?=\s+(?:[a-z]|(?:Mr|Ms|Mrs|Dr|Prof)\.?\s))|who|said|"
                                r"delivered|attended|stated|,)\s")
# Honorifics read where a title stands: a rank ("Prof." is "Professor") or nothing.
_HONORIFIC_TITLES = {"Prof.": "Professor", "Prof": "Professor", "Professor": "Professor"}
_NOT_TITLES = frozenset({"Dr.", "Dr", "Hon.", "Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Mrs", "H.E."})
# Academic ranks: a post named elsewhere says more.
_ACADEMIC_RANKS = frozenset({"Professor", "Assistant Professor", "Associate Professor",
                             "Lecturer", "Senior Lecturer"})
_OF_SOMETHING = re.compile(r"\s+(?:of|at|in)\s+(?:the\s+)?(?=[A-Z])")


# Posts held only at the head of a school or of its faculties.
_SCHOOL_HEAD = re.compile(r"(?:(?:vice|deputy|first|assistant|associate|pro|executive)[- ])*"
                          r"(?:president|rector|vice-rector|chancellor|vice-chancellor|provost|"
                          r"dean)\b", re.I)
# "His Excellency, President X": a head of state, not of a school.
_STATE_HONOUR = re.compile(r"\b(?:Excellency|H\.\s?E\.)", re.I)


_WORD = re.compile(r"[A-Z][\w'’-]*")


def _of_a_state(before: str) -> bool:
    """Whether the words before a name make its post a state's: an honour of state ("His
    Excellency") or a country ("Kenyan President", "President of Kenya")."""
    from tracker.extract.en.countries import country_table

    table = country_table()
    return bool(_STATE_HONOUR.search(before)) or any(
        w.group(0) in table for w in _WORD.finditer(before[-25:]))


def _heads_a_school(title: str | None) -> bool:
    return bool(title and _SCHOOL_HEAD.match(title))


def _job_title(title: str) -> str | None:
    if title in _NOT_TITLES:
        return None
    return _HONORIFIC_TITLES.get(title, title)


# "Chair of the committee and President of Lakeside College": "and" before a title word
# joins two posts.
_NEXT_POST = re.compile(rf"\s+and\s+(?=(?:(?:Vice|Deputy|Executive|Assistant|Associate)[- ])?"
                        rf"(?:{_TITLE_WORDS_RE})\b)")


def _post_at_the_body(title: str, at: int, refs: list[Ref]) -> tuple[int, str]:
    """Of two posts joined by "and", the one at the organization the person serves (the
    last that names one; an alliance or a committee is where they hold a second post):
    its start in the article and its text."""
    cuts = [0, *(m.end() for m in _NEXT_POST.finditer(title))]
    if len(cuts) == 1 or not re.search(r"\s(?:of|at)\s", title[:cuts[-1]]):
        return at, title  # "Vice Chairman and Secretary General of X": both posts at X
    ends = [m.start() for m in _NEXT_POST.finditer(title)] + [len(title)]
    posts = list(zip(cuts, ends, strict=True))
    for start, end in reversed(posts):
        if any(at + start <= r.start < at + end and not r.entity.is_alliance for r in refs):
            return at + start, title[start:end]
    return at, title


def _title_before_body(title: str, at: int, refs: list[Ref]) -> str:
    """A title ends where the body the person serves is named ("Director of the Lakeside
    Polytechnic"); an office or department inside it stays part of the title ("Director of
    the Global Affairs Office")."""
    for cut in _OF_SOMETHING.finditer(title):
        start = at + cut.end()
        if any(r.start <= start < r.end or r.start == start for r in refs):
            return title[:cut.start()]
    return title


def _clean(raw: str) -> str | None:
    words = raw.split()
    while words and words[0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr", "Prof"):
        words = words[1:]
    if len(words) < 2 and not (words and "." in words[0]):
        return None
    if any(w.strip(".,") in _STOP_TOKENS for w in words if len(w.strip(".,")) > 1):
        return None
    # "Hong" is a common given name and surname ("Li Hong"); only "Hong Kong" is a place
    if "Hong Kong" in " ".join(words):
        return None
    from tracker.extract.en.countries import country_table

    table = country_table()
    if any(w in table for w in words):
        return None
    return " ".join(words)


def _looks_like_title(phrase: str) -> bool:
    words = phrase.split()[:4]
    return any(w.strip(",.").capitalize() in TITLE_WORDS
               or any(part.capitalize() in TITLE_WORDS for part in w.strip(",.").split("-"))
               for w in words)


# Between a body and the post it owns: nothing, its acronym, a possessive ("SUN executive
# director X", "Lakeside Authority (LA) Chairman X", "the network's vice president X"); a
# comma ends the body's phrase ("..., the Lakeside Ministry, Professor X" is a list).
_OWNS_THE_POST = re.compile(r"(?:\s*\([A-Z][\w&-]{1,15}\))?(?:['’]s?)?\s{1,3}")


def _ref_before(refs: list[Ref], sentence: Sentence, position: int) -> str | None:
    """The body named right before a post, owning it (an alliance's officer serves the
    alliance: "the network's executive director X")."""
    options = [r for r in refs if r.end <= position and _OWNS_THE_POST.fullmatch(
        sentence.text, r.end - sentence.start, position - sentence.start)]
    return options[-1].entity.name if options else None


_OPENS_A_PHRASE = re.compile(r"(?:^|[.;:]\s*|\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|"
                             r"Honou?rable)\s+|[A-Z][\w-]*['’]s\s+)$")
# "Sierra Leone's Minister of ...", "the University's Dean ...": an owner before the post.
_OWNER = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?=[A-Z])")
# "Jane Doe from the University of X", "Jane Doe of X", "Jane Doe at X".
_FROM_BODY = re.compile(r"\s+(?:from|of|at)\s+(?:the\s+)?")


def _body_after_name(refs: list[Ref], sentence: Sentence, end: int) -> str | None:
    """The body named right after a person's name ("Prof. Jane Doe from Lakeside
    College")."""
    cue = _FROM_BODY.match(sentence.text, end - sentence.start)
    if cue is None:
        return None
    at = sentence.start + cue.end()
    return next((r.entity.name for r in refs if r.start == at), None)


_UNIT_WORDS = UNIT_HEADS | {"Bureau"}
# "a delegation from X led by (its president) Jane Doe": the leader is X's.
_DELEGATION_FROM = re.compile(r"\b(?:delegation|team|group)\s+(?:from|of)\s+(?:the\s+)?$", re.I)
_LED_BY = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:which\s+was\s+|was\s+)?led\s+by\s+"
                     r"(?:(?:its|their|the)\s+)?(?:[\w.-]+,?\s+){0,4}$", re.I)


def _delegation_of(refs: list[Ref], sentence: Sentence, start: int) -> str | None:
    """The body whose delegation the person named at `start` leads."""
    for ref in reversed([r for r in refs if r.end <= start]):
        if _LED_BY.fullmatch(sentence.text, ref.end - sentence.start, start - sentence.start):
            before = sentence.text[:ref.start - sentence.start]
            return ref.entity.name if _DELEGATION_FROM.search(before) else None
    return None


# "dean, International Education;": the area of a bare post, set off by a comma and closing
# its item of a list (a semicolon, the sentence's end or ", and" follows).
_AREA_AFTER = re.compile(r"\s*,\s+(?P<area>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|"
                         r"the|&)){0,6})\s*(?=;|\.(?:\s|$)|$|,\s+and\b)")


def _bare_post(title: str) -> bool:
    """A post of title words alone ("vice-president", "Dean"), no body or area named."""
    return all(part.capitalize() in TITLE_WORDS for word in title.split()
               for part in word.split("-"))


def _area_after(refs: list[Ref], sentence: Sentence, end: int) -> str | None:
    """The area a bare post covers, named after it ("Jane Doe, dean, Student Affairs;"),
    unless what follows is a body the text names (then it is the person's)."""
    found = _AREA_AFTER.match(sentence.text, end - sentence.start)
    if found is None:
        return None
    at = sentence.start + found.start("area")
    if found.group("area").isupper() or any(
            at <= r.start < sentence.start + found.end("area") for r in refs):
        return None  # a body's acronym or name, not an area
    return found.group("area")


def _ref_after_comma(refs: list[Ref], sentence: Sentence, end: int) -> str | None:
    """The body named right after a post, set off by a comma ("Jane Doe, Dean, Lakeside
    College, said")."""
    comma = re.compile(r"\s*,\s*(?:the\s+)?").match(sentence.text, end - sentence.start)
    if comma is None:
        return None
    at = sentence.start + comma.end()
    return next((r.entity.name for r in refs if r.start == at), None)


def _ref_inside(refs: list[Ref], start: int, end: int) -> str | None:
    options = [r for r in refs if start <= r.start < end]
    return options[0].entity.name if options else None
