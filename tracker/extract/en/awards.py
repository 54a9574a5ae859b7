"""Awards won at international competitions: "students of X won the gold award at the
2023 World Skills Competition", "At the International Welding Contest, our team took
two silver medals".

A sentence states an award when it has a winning verb, a level ("gold", "first prize"),
and a competition's proper name (capitalised words ending in Competition, Contest...)
that says it is international; who won is an organization's students or teachers, or
"our" ones (the publisher's). A sentence naming no winner is not read: the award may be
anyone's.
"""

from __future__ import annotations

import re

from tracker.extract.en.gates import may_hold
from tracker.extract.facts import Award
from tracker.extract.text import Sentence
from tracker.vocab import AwardLevel

_WORD = r"[A-Z0-9][\w'&.-]*"
_LINK = r"(?:of|and|for|the|in|on|&)"
# A competition's proper name: capitalised words (small linking words between) ending
# in a word for a contest.
_COMPETITION = re.compile(
    rf"(?P<name>(?:{_WORD}\s+(?:{_LINK}\s+)*){{1,12}}?"
    r"(?:Competitions?|Contests?|Championships?|Olympiads?|Challenge|Hackathon|Skills Cup|Cup))\b")
# The name says the contest is beyond one country.
_INTERNATIONAL = re.compile(
    r"\b(?:International|World|Worldwide|Global|Asian|Asia|Asia-Pacific|ASEAN|BRICS|"
    r"European|Europe|African|Africa|Pan-\w+|Continental|Intercontinental|Transnational|"
    r"Belt and Road|Commonwealth|Americas|Latin American|Arab|Nordic)\b")
_LEAD = re.compile(r"^(?:(?:At|In|During|On|From|The|the)\s+)+")
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})\s+")
_VERB = re.compile(
    r"\b(?:won|win|wins|winning|claimed|took|takes|received|earned|secured|bagged|captured|"
    r"clinched|scooped|picked up|brought home|were awarded|was awarded|awarded)\b", re.I)
_LEVEL = re.compile(
    r"\b(?P<level>gold|silver|bronze|first|second|third|1st|2nd|3rd|special|grand|"
    r"excellence)(?:[- ](?:place|class|grade|prize))?\s+(?:award|medal|prize)s?\b"
    r"|\b(?:award|prize)s? of (?P<of>excellence)\b"
    r"|\b(?P<mention>honou?rable mentions?)\b", re.I)
# What every match of _LEVEL holds: a sentence without any of these words is spared the
# pattern (gates.py), as most sentences are.
_LEVEL_GATE = ("award", "medal", "prize", "mention")
_LEVELS = {"gold": AwardLevel.GOLD, "silver": AwardLevel.SILVER, "bronze": AwardLevel.BRONZE,
           "first": AwardLevel.FIRST, "1st": AwardLevel.FIRST, "second": AwardLevel.SECOND,
           "2nd": AwardLevel.SECOND, "third": AwardLevel.THIRD, "3rd": AwardLevel.THIRD,
           "special": AwardLevel.SPECIAL, "grand": AwardLevel.SPECIAL,
           "excellence": AwardLevel.EXCELLENCE}
_ORG_END = r"(?:College|University|Polytechnic|Institute|Academy|School)"
_ORG = rf"(?:{_WORD}\s+(?:{_LINK}\s+)*){{0,8}}?{_ORG_END}(?:\s+of\s+(?:{_WORD}\s*){{1,4}})?"
_PEOPLE = (r"(?P<who>(?i:students?|teachers?|lecturers?|instructors?|trainees?|faculty|"
           r"teams?))")
# "students of Harbour College", "a team from Harbour College", "Harbour College students"
_WINNER = re.compile(
    rf"\b{_PEOPLE}\s+(?:of|from)\s+(?:the\s+)?(?P<org>{_ORG})"
    rf"|(?P<org2>{_ORG})(?:'s)?\s+{_PEOPLE.replace('who', 'who2')}\b")
# "our students", "the college's team": the publisher's own
_OURS = re.compile(
    rf"\b(?:our|the (?:college|university|school|institute|polytechnic)'s)\s+(?:\w+\s+)?"
    rf"{_PEOPLE.replace('who', 'who3')}\b", re.I)
_TEACHERS = re.compile(r"teacher|lecturer|instructor|faculty", re.I)


def find_awards(sentences: list[Sentence]) -> list[Award]:
    """The awards the sentences state, in article order.

    >>> s = Sentence(0, 80, "Students of Harbour College won a silver medal at the "
    ...                     "2022 Global Robotics Challenge.")
    >>> [(a.winner, a.level, a.competition, a.date) for a in find_awards([s])]
    [('Harbour College', 'silver', 'Global Robotics Challenge', '2022')]
    """
    return [award for sentence in sentences if (award := _award_in(sentence)) is not None]


def _award_in(sentence: Sentence) -> Award | None:
    text = sentence.text
    level = _LEVEL.search(text) if may_hold(text, _LEVEL_GATE) else None
    if level is None or _VERB.search(text) is None:
        return None
    contest = next((m for m in _COMPETITION.finditer(text)
                    if _INTERNATIONAL.search(m.group("name"))), None)
    if contest is None:
        return None
    name, date = _dated(contest.group("name"))
    winner = _WINNER.search(text)
    ours = _OURS.search(text)
    if winner is None and ours is None:
        return None
    organization = (winner.group("org") or winner.group("org2")) if winner else None
    who = (winner.group("who") or winner.group("who2")) if winner else ours.group("who3")  # type: ignore[union-attr]
    code = (level.group("level") or level.group("of") or "").lower()
    return Award(competition=name, level=str(_LEVELS.get(code, AwardLevel.OTHER)),
                 winner=organization.strip() if organization else None,
                 winner_kind="teacher" if _TEACHERS.search(who) else "student",
                 date=date, title=level.group(0),
                 evidence=sentence.evidence(sentence.start + contest.start("name"),
                                            sentence.start + contest.end("name")))


def _dated(name: str) -> tuple[str, str | None]:
    """A leading year is the edition's date, not part of the name: ("2023 World X", ...)."""
    name = _LEAD.sub("", name)
    match = _YEAR.match(name)
    if match is None:
        return name.strip(), None
    return name[match.end():].strip(), match.group("year")
