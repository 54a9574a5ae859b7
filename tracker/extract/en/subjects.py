"""Which body or event a figure counts for.

- A count of members is an alliance's: the alliance the number is "of"
  ("41 member universities of the alliance"), else the one named nearest in
  its sentence, else the one the article names most.
- A count of the people at an event (participants, experts), or of where they
  came from ("from 40 countries"), is the event's when its sentence reports
  one, or speaks of who took part (then the article's first event); so is a
  count of institutions, countries, students or trainees the text says took
  part ("attended by 30 colleges", "90 students attended the forum"). A
  sentence that speaks of who took part but is dated to another year ("by
  2022, 1,600 experts attended its seminars") reports another happening.
- A sentence that points back at an event ("during the event", "this
  forum", "the three-day programme") speaks of the event it names last before
  it: its counts of people, institutions and countries are that event's, and
  so is any other count no body is named before.
- A group of people from a body ("a four-member delegation of X") is that
  body's.
- Otherwise the body named last before the number in its sentence; a sentence
  that opens with "It" speaks of the body the sentence before named first;
  else the article's default subject (its publisher).
"""

from __future__ import annotations

import re

from tracker.extract.facts import Event, Figure
from tracker.extract.register import Entity, Ref
from tracker.extract.text import Sentence, by_sentence

# "41 member universities of the alliance": the body right after the counted noun.
OF_BODY = re.compile(r"^[\w\s,-]{0,40}?\bof\s+(?:the\s+|its\s+)?$", re.I)
OF_WINDOW = 60
# Metrics that count the people at an event, and what they came from.
EVENT_PEOPLE = frozenset({"participants", "experts"})
EVENT_ORIGINS = frozenset({"countries", "institutions"})
# Counts that are the event's when the text says they took part ("122 students attended").
ATTENDING = EVENT_ORIGINS | {"students", "trainees"}
_FROM = re.compile(r"\bfrom\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+)?$", re.I)
# A sentence about who took part: its counts are the event's even when it names none.
_ATTENDANCE = re.compile(r"\b(?:attend(?:ed|ing|ees)?|particip\w+|gather(?:ed|ing)|delegates|"
                         r"t(?:ook|ake|aking)\s+part|"
                         r"representatives)\b", re.I)
# Institutions that took part: the agent of "attended by", or the subject of "attended".
_ATTENDED_BY = re.compile(r"\b(?:attended|joined)\s+by\s+(?:\w+\s+){0,2}$", re.I)
_THEN_ATTENDED = re.compile(r"[^.;:]{0,150}?\b(?:attended|participated|took\s+part)\b", re.I)
# A verb of its own in the count's clause ("which has ties with 300 institutions, attended")
# makes the count the object of that verb.
_OWN_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|with|signed|said)\b", re.I)
# "during the event", "this forum", "the 3-day programme": an event named before. A
# programme, course or workshop is one only with its length (a "Luban Workshop" is a centre
# and a "programme" may be of study).
_EVENT_ANAPHOR = re.compile(r"\b(?:this|the|that)\s+(?:(?:[\w-]+\s+)?(?:event|forum|seminar|"
                            r"webinar|conference|symposium|ceremony|summit|staff\s+week)|"
                            r"(?:\d+|one|two|three|four|five|six|seven|ten)[- ](?:day|week)\s+"
                            r"(?:programme|program|course|workshop|training))\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "a four-member delegation of X", "a 12-strong team from X": the body the group came from.
_GROUP_OF = re.compile(r"[\s-]*(?:member|person|strong)\s+(?:delegation|team|group)\s+"
                       r"(?:of|from)\s+(?:the\s+)?$", re.I)
_IT = re.compile(r"^(?:[A-Z][\w ,]{0,30},\s+)?(?:it|its)\b", re.I)


def fill_subjects(figures: list[Figure], *, sentences: list[Sentence], refs: list[Ref],
                  events: list[Event], default_subject: str | None) -> None:
    """Set `subject` of every figure (in place)."""
    alliances = [r.entity for r in refs if r.entity.is_alliance]
    main = max(alliances, key=lambda e: e.count) if alliances else None
    ref_buckets = by_sentence(sentences, [r.start for r in refs])
    figure_buckets = by_sentence(sentences, [f.evidence.start if f.evidence else -1
                                             for f in figures])
    event_buckets = by_sentence(sentences, [e.evidence.start if e.evidence else -1
                                            for e in events])
    previous: list[Ref] = []
    last_event: Event | None = None
    for sentence, ri, fi, ei in zip(sentences, ref_buckets, figure_buckets, event_buckets,
                                    strict=True):
        here = [refs[j] for j in ri]
        if ei:
            last_event = events[ei[-1]]
        if not fi:  # (no figure here: the event patterns below need not be read)
            previous = here or previous
            continue
        pointed = last_event if _EVENT_ANAPHOR.search(sentence.text) else None
        event = events[ei[0]] if ei else pointed or (
            events[0] if events and _ATTENDANCE.search(sentence.text)
            and not _another_year(sentence.text, events[0]) else None)
        for i in fi:
            figure = figures[i]
            at = figure.evidence.start if figure.evidence else sentence.start
            end = figure.evidence.end if figure.evidence else at
            subject = _subject(figure, at=at, end=end, sentence=sentence, here=here,
                               previous=previous, main=main, event=event,
                               pointed=pointed is not None)
            figure.subject = subject or default_subject
            if figure.metric == "institutions" and _counts_its_members(sentence, here, at):
                figure.metric = "members"
        if here:
            previous = here


def _subject(figure: Figure, *, at: int, end: int, sentence: Sentence, here: list[Ref],
             previous: list[Ref], main: Entity | None, event: Event | None,
             pointed: bool) -> str | None:
    if figure.metric == "members":
        body = _alliance_of(at, end, sentence, here) or main
        return body.name if body else None
    group_of = next((r for r in here if r.start >= end and _GROUP_OF.match(
        sentence.text, end - sentence.start, r.start - sentence.start)), None)
    if group_of is not None:
        return group_of.entity.name
    if event is not None and pointed and figure.metric in EVENT_PEOPLE | EVENT_ORIGINS and \
            not _OWN_VERB.search(sentence.text, _clause_start(sentence.text, at - sentence.start),
                                 at - sentence.start):
        return event.name
    if event is not None and (figure.metric in EVENT_PEOPLE or (
            figure.metric in EVENT_ORIGINS and _FROM.search(sentence.text[:at - sentence.start]))
            or (figure.metric in ATTENDING and _attended(sentence.text, at - sentence.start,
                                                          end - sentence.start))):
        return event.name
    before = [r for r in here if r.end <= at]
    if before:
        return before[-1].entity.name
    if event is not None and pointed:
        return event.name
    if _IT.match(sentence.text) and previous:
        return previous[0].entity.name
    return None


def _another_year(text: str, event: Event) -> bool:
    """Whether a sentence is dated to a year other than the event's."""
    year = (event.date or "")[:4]
    return any(y != year for y in _YEAR.findall(text))


def _attended(text: str, at: int, end: int) -> bool:
    """Whether the counted institutions (or countries) are said to have taken part."""
    if _ATTENDED_BY.search(text[:at]):
        return True
    then = _THEN_ATTENDED.match(text, end)
    if then is None:
        return False
    return not _OWN_VERB.search(text, _clause_start(text, at), then.end())


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1


# "The Network represents more than 800 universities": the institutions an alliance has.
_HAS = re.compile(r"\W*(?:\([^)]{1,20}\)\s*)?(?:now\s+|also\s+)?(?:represents|has|comprises|"
                  r"brings\s+together|unites|includes|counts|gathers|groups|numbers)\s+"
                  r"(?:\w+\s+){0,2}$", re.I)


def _counts_its_members(sentence: Sentence, here: list[Ref], at: int) -> bool:
    """Whether a count of institutions is what an alliance named just before has."""
    before = [r for r in here if r.end <= at]
    return bool(before) and before[-1].entity.is_alliance and bool(
        _HAS.fullmatch(sentence.text, before[-1].end - sentence.start, at - sentence.start))


def _alliance_of(at: int, end: int, sentence: Sentence, here: list[Ref]) -> Entity | None:
    """The alliance a count of members belongs to, named in the count's sentence."""
    alliances = [r for r in here if r.entity.is_alliance]
    for ref in alliances:
        if end <= ref.start <= end + OF_WINDOW and OF_BODY.match(
                sentence.text[end - sentence.start:ref.start - sentence.start]):
            return ref.entity
    before = [r for r in alliances if r.end <= at]
    if before:
        return before[-1].entity
    after = [r for r in alliances if r.start >= end]
    return after[0].entity if after else None
