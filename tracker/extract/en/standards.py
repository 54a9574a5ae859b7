"""Standards of the publisher's adopted abroad: "The professional teaching standard for
Welding Technology developed by our college was adopted by the Ministry of Education of
Ghana", "Three course standards drafted by the college were incorporated into the
national curriculum of Nepal".

A sentence states one when it names a teaching standard (a programme's: "professional",
"programme", "major" or plain "teaching standard"; a course's: "course" or "curriculum
standard"), says it was adopted (adopted, incorporated into, included in, recognised,
approved, endorsed...), not that it will be, and says it is the publisher's ("our",
"developed by the college", its name). The adopter is the body named after "by"; the
country the one named after the verb, else the first named with the others kept (which
is the publisher's own the importer knows).
"""

from __future__ import annotations

import re

from tracker.extract.en.countries import find_countries
from tracker.extract.en.dates import DateMention
from tracker.extract.en.lexicon import NUMBER_WORDS
from tracker.extract.facts import StandardAdoption
from tracker.extract.text import Sentence
from tracker.vocab import StandardKind

_WORD = r"[A-Z][\w'&.-]*"
# "professional teaching standard", "programme standards", "curriculum standard"
_STANDARD = re.compile(
    r"\b(?:(?P<course>course|curriculum)|professional|programme|program|major|specialty|"
    r"speciality|teaching)(?:\s+teaching)?\s+standards?\b", re.I)
# what it standardises, after it: "for Welding Technology", "of the nursing programme";
# not whose it is ("of our college") nor the verb's words
# not a determiner or a count ("Three course standards")
_NOT_A_NAME = "|".join(["The", "Our", "A", "An", "Its", "This", "These", "Both", "All", "One",
                        *(w.capitalize() for w in NUMBER_WORDS if " " not in w)])
_NAMED_BEFORE = re.compile(rf"(?:(?!(?:{_NOT_A_NAME})\b)[A-Z][\w&'-]*\s+){{1,4}}$")
_SUBJECT = re.compile(r"\s+(?:for|of|in)\s+(?:the\s+)?(?P<subject>(?:(?!(?:developed|"
                      r"formulated|drafted|compiled|written|designed|created|by|was|were|"
                      r"has|have|had|which|that|and|is|are|\w+ly|our|its|their|college|university|school|"
                      r"institute|polytechnic)\b)[\w&'-]+\s*){1,6})")
_ADOPTED = re.compile(r"\b(?:adopted|incorporated\s+into|included\s+in(?:to)?|integrated\s+into|"
                      r"recogni[sz]ed|approved|accredited|endorsed|certified|officially\s+used|"
                      r"put\s+into\s+use)\b", re.I)
# a hope or a plan, not a fact: "will be adopted", "is expected to be approved"
_NOT_YET = re.compile(r"\b(?:will|would|could|may|might|to|shall|should)\s+(?:soon\s+|also\s+)?"
                      r"(?:be\s+|have\s+been\s+)?$", re.I)
_OURS = re.compile(r"\bour\b|\b(?:by|of)\s+the\s+(?:college|university|school|institute|"
                   r"polytechnic)\b|\bthe\s+(?:college|university|school|institute|"
                   r"polytechnic)'s\b", re.I)
_BY_US = re.compile(r"\s+by\s+(?:our\b|the\s+(?:college|university|school|institute|"
                    r"polytechnic)\b)", re.I)
# the adopter, right after the verb: "by the Ministry of Education of Ghana"
_ADOPTER = re.compile(rf"\s+by\s+(?:the\s+)?(?P<org>{_WORD}(?:\s+(?:(?:of|and|for|on|the)\s+)*"
                      rf"{_WORD}){{0,10}})")


def find_standards(sentences: list[Sentence], *, publisher: str | None,
                   mentions: list[DateMention]) -> list[StandardAdoption]:
    """The publisher's standards the sentences say were adopted abroad.

    >>> s = Sentence(0, 120, "The course standard for Solar Installation developed by our "
    ...              "college was adopted by the Ministry of Energy of Malawi.")
    >>> [(x.title, x.kind, x.adopter, x.country)
    ...  for x in find_standards([s], publisher=None, mentions=[])]
    [('Course standard for Solar Installation', 'course', 'Ministry of Energy of Malawi', 'MW')]
    """
    found: list[StandardAdoption] = []
    for sentence in sentences:
        found.extend(_standards_in(sentence, publisher, mentions))
    return found


def _standards_in(sentence: Sentence, publisher: str | None,
                  mentions: list[DateMention]) -> list[StandardAdoption]:
    text = sentence.text
    verb = next((m for m in _ADOPTED.finditer(text)
                 if not _NOT_YET.search(text[max(0, m.start() - 40):m.start()])), None)
    if verb is None or not (_OURS.search(text) or (publisher and publisher in text)):
        return []
    # adopted by us is another's standard come to us ("... were adopted by our college")
    if _BY_US.match(text, verb.end()) or (publisher and text.startswith(
            f" by {publisher}", verb.end())):
        return []
    named = find_countries(text)
    if not named:
        return []
    # the adopter's country: the one named after the verb ("by the Ministry of X", "into the
    # curriculum of X"), else the first, with the others kept for the importer
    after = find_countries(text[verb.end():])
    placed = after[0][0] if after else None
    country = placed or named[0][0]
    others = () if placed else tuple(code for code, _ in named if code != country)
    by = _ADOPTER.match(text, verb.end())
    # a sentence's full stop is not the adopter's ("... of Ghana.")
    adopter = by.group("org").rstrip(".") if by else None
    # a country alone ("adopted by Jordan") is the country, not a body of it
    if adopter and any(span == (0, len(adopter)) for _, span in find_countries(adopter)):
        adopter = None
    when = next((m.iso() for m in mentions
                 if sentence.start <= m.start < sentence.end and m.iso()), None)
    # each kind of standard named before the verb is one adoption: "two programme standards
    # and a course standard ... were adopted"
    kinds: dict[str, StandardAdoption] = {}
    for said in _STANDARD.finditer(text, 0, verb.start()):
        kind = StandardKind.COURSE if said.group("course") else StandardKind.PROGRAMME
        kinds.setdefault(kind, StandardAdoption(
            title=_title(text, said), kind=str(kind), adopter=adopter, country=country,
            adopted=when, others=others,
            evidence=sentence.evidence(sentence.start + said.start(),
                                       sentence.start + said.end())))
    return list(kinds.values())


def _title(text: str, said: re.Match[str]) -> str:
    """The standard as written, singular, with what it standardises when the sentence says.

    >>> t = "the teaching standards of the Nursing programme were approved"
    >>> _title(t, _STANDARD.search(t))
    'Teaching standard of Nursing programme'
    """
    head = re.sub(r"standards$", "standard", said.group(0), flags=re.I)
    # its name's capitalised words before it: "the Automotive Repair programme standard"
    named = _NAMED_BEFORE.search(text, 0, said.start())
    if named:
        head = f"{named.group(0)}{head}"
    subject = _SUBJECT.match(text, said.end())
    if subject:
        joint = subject.group(0)[:subject.start("subject") - said.end()]
        # "for Welding of our college": what it standardises ends before whose it is
        what = re.sub(r"(?:\s+(?:of|for|in|at|the|from))+\s*$", "",
                      subject.group("subject").strip())
        head += re.sub(r"\s+the\s+$", " ", joint) + what
    return head[:1].upper() + head[1:]
