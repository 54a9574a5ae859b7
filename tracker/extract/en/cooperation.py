"""Exchanges the International Influence Table counts, as English articles state them:
people from abroad trained ("a two-week training course for 30 officials from Laos"), our
teachers abroad training or guiding ("five teachers went to Cambodia for 20 days to train
local teachers"), our students' internships abroad ("12 students began a six-month
internship at a power company in Kenya").

Only what a sentence states: a count of people, and which way they go (people from a
country, or a demonym, trained: incoming; people sent or gone to a country to train or to
intern: outgoing). Without a count or a direction there is no record; a duration gives
the days, a date in the sentence the start. The rules run in order, the first hit wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tracker.extract.durations import days_of
from tracker.extract.en.countries import find_countries
from tracker.extract.en.dates import DateMention
from tracker.extract.en.gates import may_hold
from tracker.extract.en.lexicon import NUMBER_WORDS
from tracker.extract.facts import Cooperation
from tracker.extract.text import Sentence
from tracker.vocab import CooperationDirection, CooperationKind

_COUNTS = {**NUMBER_WORDS, "one": 1}
# "a two-week course", "a month": a duration may be counted by an article, people not
_SPANS = {**_COUNTS, "a": 1, "an": 1}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "twenty-five" whole: never its "five" alone
_NUMBER = rf"(?<![\w-])(?:\d+|{_TENS}-{_UNITS}|" + \
    "|".join(sorted(map(re.escape, _COUNTS), key=len, reverse=True)) + ")"
_SPAN = r"\d+|" + "|".join(sorted(map(re.escape, _SPANS), key=len, reverse=True))
# "30 officials", "five young teachers", "30 Laotian government officials"
_PEOPLE = re.compile(
    rf"(?P<n>{_NUMBER})\s+(?P<adjectives>(?:[\w-]+\s+){{0,3}}?)"
    r"(?P<who>officials|teachers|lecturers|instructors|trainers|trainees|students|participants|"
    r"technicians|engineers|staff(?:\s+members)?|educators|principals|managers|workers|"
    r"interns|experts|learners|administrators|faculty(?:\s+members)?)\b", re.I)
_TEACHERS = re.compile(r"teachers|lecturers|instructors|trainers|experts|staff|educators|"
                       r"faculty", re.I)
_STUDENTS = re.compile(r"students|interns|learners|trainees", re.I)
_TRAINING = re.compile(r"\b(?:training|trained|course|workshop|programme|program|class|"
                       r"seminar|bootcamp)\b", re.I)
# giving training, not receiving it: "to train local teachers", "gave lectures", "to
# guide", "delivered a course"; not "for training", "to attend a course", "to be trained"
_TEACHING = re.compile(
    r"\bto\s+(?:(?:help|jointly)\s+)?(?:train|teach|guide|instruct|coach|mentor|lecture|"
    r"tutor)\b|\b(?:taught|guided|coached|mentored|tutored|lectured)\b|"
    r"\btrain(?:ed|ing)?\s+(?:(?:\d+|the|local|their|its)\b)|"
    r"\b(?:g[ai]ve|giving|deliver(?:ed|ing)?|conduct(?:ed|ing)?|provid(?:e|ed|ing)|"
    r"offer(?:ed|ing)?|ran|running|hold|held)\s+(?:[\w-]+\s+){0,3}?(?:training|courses?|"
    r"lectures?|classes|guidance|workshops?|instruction)\b", re.I)
_INTERNSHIP = re.compile(r"\bintern(?:ship|ships|ed|ing)?\b", re.I)
# gone abroad: "went to", "were sent to", "travelled to", "arrived in", "left for"
_GONE = re.compile(r"\b(?:went|go(?:ne)?|travell?ed|were\s+(?:sent|dispatched|assigned|"
                   r"seconded|selected\s+to\s+go)|have\s+been\s+sent|flew|headed|arrived|"
                   r"departed|left|set\s+off)\s+(?:\w+\s+){0,3}?(?:to|for|in)\b", re.I)
# sent by us: "the college sent five teachers to ..."
_SENT = re.compile(r"\b(?:sent|dispatched|despatched|seconded|assigned|selected)\s+$", re.I)
_SENT_TO = re.compile(r"\s+(?:\w+\s+){0,4}?to\b", re.I)
_GOING_LATER = re.compile(r"\b(?:will|would|plans?\s+to|planning\s+to|is\s+to|are\s+to|"
                          r"shall|expected\s+to)\b[^.]{0,40}$", re.I)
_FROM = re.compile(r"[^,;]{0,40}?\bfrom\s+(?:the\s+)?(?:respectively\s+)?", re.I)
# a proper name after "from": its capitalised words ("Royal Academy of Cambodia")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'&.-]*(?:\s+(?:of|and|for|the|in)\s+|\s+)?)+")
# "two-week", "20 days", "half a month", "a week-long" (one unit)
_DURATION = re.compile(rf"\b(?:(?P<n>{_SPAN}|half\s+a)[-\s])?(?P<unit>day|week|month)"
                       r"(?:s\b|\b(?(n)|-long\b))", re.I)
_PARTNER = re.compile(
    r"\b(?:at|with|by)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w'&.-]*\s+(?:of\s+|and\s+|for\s+)*){0,6}?"
    r"(?:Company|Group|Corporation|Co\.|Ltd\.?|Limited|Enterprise|University|College|"
    r"Polytechnic|Institute|Ministry|Authority|Centre|Center))")


def find_cooperation(sentences: list[Sentence], *,
                     mentions: list[DateMention]) -> list[Cooperation]:
    """The exchanges the sentences state, one a sentence at most.

    >>> s = Sentence(0, 90, "Our college held a two-week training course for 30 officials "
    ...              "from Laos.")
    >>> [(c.kind, c.direction, c.headcount, c.days, c.country)
    ...  for c in find_cooperation([s], mentions=[])]
    [('short_training', 'incoming', 30, 14, 'LA')]
    """
    found: list[Cooperation] = []
    for sentence in sentences:
        for rule in RULES:
            if (fact := rule(sentence)) is not None:
                fact.start = next((m.iso() for m in mentions
                                   if sentence.start <= m.start < sentence.end and m.iso()), None)
                found.append(fact)
                break
    return found


def _outgoing(sentence: Sentence) -> Cooperation | None:
    """Our teachers gone abroad to train or guide, our students gone to intern."""
    text = sentence.text
    for people in _people_in(text):
        gone = _SENT_TO.match(text, people.end()) if _SENT.search(text[:people.start()]) \
            else _GONE.search(text, people.end())
        if gone is None or gone.start() - people.end() > 60 or _whence(text, people):
            continue
        if _GOING_LATER.search(text[:gone.start()]):
            return None
        after = text[gone.end():]
        if _teachers(people) and _TEACHING.search(after):
            kind = CooperationKind.TEACHING_ABROAD
        elif _students(people) and _INTERNSHIP.search(text):
            kind = CooperationKind.INTERNSHIP_ABROAD
        else:
            continue
        return _fact(sentence, people, kind, CooperationDirection.OUTGOING,
                     find_countries(after), offset=gone.end())
    return None


def _internship(sentence: Sentence) -> Cooperation | None:
    """Our students interning abroad, no going said: "12 students began internships at a
    power company in Kenya"."""
    text = sentence.text
    people = next((p for p in _people_in(text) if _students(p)
                   and not _whence(text, p)), None)
    said = _INTERNSHIP.search(text, people.end()) if people else None
    if people is None or said is None or _GOING_LATER.search(text[:said.start()]):
        return None
    return _fact(sentence, people, CooperationKind.INTERNSHIP_ABROAD,
                 CooperationDirection.OUTGOING, find_countries(text[said.end():]),
                 offset=said.end())


def _incoming(sentence: Sentence) -> Cooperation | None:
    """People from abroad trained: "30 officials from Laos", "25 Ghanaian technicians"."""
    text = sentence.text
    counted = _people_in(text)
    if not counted:  # (asked first: it is cached and gated, and most sentences count no one)
        return None
    trained = _TRAINING.search(text)
    if trained is None or _GOING_LATER.search(text[:trained.start()]):
        return None
    for people in counted:
        named = _whence(text, people) or find_countries(people.group("adjectives"))
        if named:
            return _fact(sentence, people, CooperationKind.SHORT_TRAINING,
                         CooperationDirection.INCOMING, named, offset=people.end())
    return None


# The words `_PEOPLE` ends with, lower-cased: a sentence without one has no counted people,
# and `in` finds that far faster than the pattern tried at every position.
_WHO_WORDS = ("officials", "teachers", "lecturers", "instructors", "trainers", "trainees",
              "students", "participants", "technicians", "engineers", "staff", "educators",
              "principals", "managers", "workers", "interns", "experts", "learners",
              "administrators", "faculty")


@lru_cache(maxsize=64)
def _people_in(text: str) -> tuple[re.Match[str], ...]:
    """`_PEOPLE`'s matches in a sentence, read once for all the rules that ask."""
    return tuple(_PEOPLE.finditer(text)) if may_hold(text, _WHO_WORDS) else ()


def _whence(text: str, people: re.Match[str]) -> list[tuple[str, tuple[int, int]]]:
    """The country the people come from, when "from" a country or a body named with one
    follows them ("30 officials from Laos", "60 teachers from the Royal Academy of
    Cambodia"; not "teachers from our college")."""
    whence = _FROM.match(text, people.end())
    name = _NAME_RUN.match(text, whence.end()) if whence else None
    if name is None:
        return []
    return find_countries(name.group(0))[:1]


def _teachers(people: re.Match[str]) -> bool:
    return bool(_TEACHERS.fullmatch(people.group("who").split()[0]))


def _students(people: re.Match[str]) -> bool:
    return bool(_STUDENTS.fullmatch(people.group("who")))


def _fact(sentence: Sentence, people: re.Match[str], kind: CooperationKind,
          direction: CooperationDirection, placed: list[tuple[str, tuple[int, int]]], *,
          offset: int) -> Cooperation | None:
    """The fact, its country the one placed by the rule, else the first the sentence names,
    the others named kept after it; none named: no record (abroad is not stated)."""
    text = sentence.text
    named = [code for code, _ in find_countries(text)]
    if not named:
        return None
    country = placed[0][0] if placed else named[0]
    # the others kept even when placed: "at a Chinese enterprise in Kenya" places a
    # demonym first, and which country is ours the importer knows
    others = tuple(code for code in named if code != country)
    headcount = _count(people.group("n"))
    partner = next((m.group("org") for m in _PARTNER.finditer(text, offset)), None)
    return Cooperation(
        partner=partner, country=country, kind=str(kind), direction=str(direction),
        headcount=headcount, days=_days(text), others=others,
        evidence=sentence.evidence(sentence.start + people.start(),
                                   sentence.start + people.end()))


def _count(said: str) -> int:
    """A count as written: "30", "five", "twenty-five"."""
    said = said.lower()
    if said.isdigit():
        return int(said)
    tens, _, units = said.partition("-")
    return _COUNTS[tens] + (_COUNTS[units] if units else 0)


def _days(text: str) -> int | None:
    """The days of the sentence's first duration ("two-week": 14, "for 20 days": 20)."""
    said = _DURATION.search(text)
    if said is None:
        return None
    n = (said.group("n") or "one").lower()
    count = 0.5 if n.startswith("half") else int(n) if n.isdigit() else _SPANS[n]
    return days_of(count, said.group("unit").lower())


# first hit wins: going abroad is read before training, for "teachers went to X to train
# local teachers" names foreign trainees too
RULES: tuple[Callable[[Sentence], Cooperation | None], ...] = (_outgoing, _internship, _incoming)
