"""Posts held by the publisher's people: "Professor Ana Ruiz of our college was elected
vice chair of the Andean Welding Association", "Dr. Lee, dean at Harbour College, has been
appointed to the board of the Global Port Skills Council".

A sentence states a post when a person the article names (people.py's reading), of the
publisher ("our college", the publisher's name, or the person's stated organization), is
elected, appointed or named to a post of a body with a proper name (capitalised words
ending in Association, Council, Alliance...). Anyone else's post is not the table's.
"""

from __future__ import annotations

import re

from tracker.extract.en.dates import DateMention
from tracker.extract.en.gates import may_hold
from tracker.extract.facts import Person, Post
from tracker.extract.text import Sentence

_WORD = r"[A-Z0-9][\w'&.-]*"
_LINK = r"(?:of|and|for|the|on|in|&)"
_BODY_END = (r"(?:Committee|Council|Association|Alliance|Federation|Network|Consortium|"
             r"Society|Board|Union|Organi[sz]ation|League|Commission|Foundation|Forum|Panel|"
             r"Chamber|Partnership|Platform)")
# a body's proper name, and once "of the" another one: "Expert Committee of the X Alliance"
_BODY = (rf"(?:{_WORD}\s+(?:{_LINK}\s+)*){{0,10}}?{_BODY_END}\b"
         rf"(?:\s+of\s+(?:the\s+)?(?:{_WORD}\s+(?:{_LINK}\s+)*){{0,10}}?{_BODY_END}\b)?")
_VERB = (r"(?i:\b(?:was|were|has\s+been|had\s+been|is|have\s+been)\s+(?:re-?)?"
         r"(?:elected|appointed|named|selected|nominated|chosen|confirmed)"
         r"(?:\s+(?:as|to\s+serve\s+as|to\s+be))?)")
_ROLE = (r"(?P<post>(?i:(?:vice|deputy)[- ]?(?:chair(?:man|woman|person)?|president)|"
         r"chair(?:man|woman|person)?|president|secretary[- ]general|"
         r"(?:executive|standing)\s+(?:board|council|committee)\s+member|"
         r"(?:board|council|committee)\s+member|director|expert|advis[eo]r|ambassador|"
         r"member))")
_POST = re.compile(
    rf"{_VERB}\s+(?:the\s+|a\s+|an\s+)?{_ROLE}\s+(?:of|on|to|in|at|for)\s+(?:the\s+)?"
    rf"(?P<body>{_BODY})"
    rf"|{_VERB}?\s+to\s+the\s+(?P<seat>(?i:(?:executive\s+)?(?:board|council|committee)))\s+"
    rf"of\s+(?:the\s+)?(?P<body2>{_BODY})")
# A word that every match of `_POST` holds (its post, or its seat): a sentence without one
# states no post (gates.py).
_POST_WORDS = ("chair", "president", "secretary", "member", "director", "expert", "advis",
               "ambassador", "board", "council", "committee")
_ROLES = (("vice", "vice_chair"), ("deputy", "vice_chair"), ("secretary", "secretary_general"),
          ("executive", "executive_council_member"), ("standing", "executive_council_member"),
          ("chair", "chair"), ("president", "chair"), ("board", "council_member"),
          ("council", "council_member"), ("committee", "member"), ("member", "member"))
_OURS = re.compile(r"\bour\b|\bthe (?:college|university|school|institute|polytechnic)'s\b",
                   re.I)


def find_posts(sentences: list[Sentence], *, people: list[Person], publisher: str | None,
               mentions: list[DateMention]) -> list[Post]:
    """The posts the publisher's people are stated to hold, in article order.

    >>> s = Sentence(0, 90, "Professor Ana Ruiz of our college was elected vice chair "
    ...                     "of the Andean Welding Association.")
    >>> [(p.person, p.role, p.body) for p in find_posts(
    ...     [s], people=[Person("Ana Ruiz")], publisher=None, mentions=[])]
    [('Ana Ruiz', 'vice_chair', 'Andean Welding Association')]
    """
    found: list[Post] = []
    for sentence in sentences:
        if not may_hold(sentence.text, _POST_WORDS):
            continue
        for match in _POST.finditer(sentence.text):
            post = _post(sentence, match, people=people, publisher=publisher,
                         mentions=mentions)
            if post is not None:
                found.append(post)
    return found


def _post(sentence: Sentence, match: re.Match[str], *, people: list[Person],
          publisher: str | None, mentions: list[DateMention]) -> Post | None:
    before = sentence.text[:match.start()]
    holder = next((p for p in people if p.name and p.name in before), None)
    if holder is None or not _ours(before, holder, publisher):
        return None
    body = (match.group("body") or match.group("body2")).strip()
    stated = (match.group("post") or match.group("seat")).strip()
    role = next((code for word, code in _ROLES if word in stated.lower()), None)
    span = (sentence.start + match.start(), sentence.start + match.end())
    when = next((m.iso() for m in mentions
                 if sentence.start <= m.start < sentence.end and m.iso()), None)
    return Post(person=holder.name, person_title=holder.title, body=body, role=role,
                title=stated.lower(), start=when, evidence=sentence.evidence(*span))


def _ours(before: str, holder: Person, publisher: str | None) -> bool:
    """Whether the person is the publisher's: said so, or their organization is it."""
    if _OURS.search(before) or (publisher and publisher in before):
        return True
    organization = holder.organization or ""
    return bool(organization) and (organization == publisher or _OURS.match(organization)
                                   is not None)
