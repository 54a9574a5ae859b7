"""Teaching sites of the publisher's abroad: "The Luban Workshop in Kenya, jointly built by
our college and Mombasa Polytechnic, opened on 3 May", "Our overseas branch campus in
Zambia was inaugurated".

A sentence states one when it names a site by a word of its kind (Luban Workshop, branch
campus, joint centre), an opening (opened, inaugurated, unveiled...), a country and the
publisher ("our", its name). The importer leaves out a site in the home organization's own
country: it is not abroad. The partner
is an institution built "with" or "and" the publisher.
"""

from __future__ import annotations

import re

from tracker.extract.en.countries import find_countries
from tracker.extract.en.dates import DateMention
from tracker.extract.en.gates import may_hold
from tracker.extract.facts import Site
from tracker.extract.text import Sentence
from tracker.vocab import SiteKind

_WORD = r"[A-Z][\w'&.-]*"
_KINDS = ((re.compile(r"Luban Workshop", re.I), SiteKind.LUBAN_WORKSHOP),
          (re.compile(r"(?:overseas|international|offshore)\s+branch"
                      r"(?:\s+(?:campus|school|college))?|(?:overseas|offshore)\s+campus|"
                      r"branch\s+(?:campus|school|college)", re.I), SiteKind.BRANCH),
          (re.compile(r"joint\s+(?:\w+\s+){0,2}?(?:cent(?:re|er)|institute|academy)", re.I),
           SiteKind.JOINT_CENTRE))
# A word every match of `_KINDS` holds: a sentence without one names no site (gates.py).
_KIND_WORDS = ("luban workshop", "branch", "campus", "joint")
_OPENED = re.compile(r"\b(?:opened|inaugurated|unveiled|launched|established|set up|"
                     r"founded|commissioned|started operation|began operation)\b", re.I)
# between a site's words and its country: "in", "in the", "in Nairobi,", "in Cape Town, "
_HOST = re.compile(rf"\s+in\s+(?:the\s+)?(?:(?:{_WORD}\s+){{0,2}}{_WORD},\s+)?")
_OURS = re.compile(r"\bour\b|\bthe (?:college|university|school|institute|polytechnic)'s\b",
                   re.I)
_PARTNER = re.compile(
    rf"\b(?:with|and|by)\s+(?:the\s+)?(?P<org>(?:{_WORD}\s+(?:of\s+|and\s+|for\s+)*){{0,8}}?"
    r"(?:College|University|Polytechnic|Institute|School|Academy|Company|Group|Corporation|"
    r"Ministry|Authority))\b")


def find_sites(sentences: list[Sentence], *, publisher: str | None,
               mentions: list[DateMention]) -> list[Site]:
    """The publisher's teaching sites abroad the sentences say opened.

    >>> s = Sentence(0, 90, "Our Luban Workshop in Peru, built with Andes Polytechnic, "
    ...                     "opened last week.")
    >>> [(x.name, x.kind, x.country, x.partner) for x in find_sites([s], publisher=None,
    ...                                                              mentions=[])]
    [('Luban Workshop in Peru', 'luban_workshop', 'PE', 'Andes Polytechnic')]
    """
    return [site for sentence in sentences
            if (site := _site_in(sentence, publisher, mentions)) is not None]


def _site_in(sentence: Sentence, publisher: str | None,
             mentions: list[DateMention]) -> Site | None:
    text = sentence.text
    if not may_hold(text, _KIND_WORDS):
        return None
    kind, said = next(((kind, m) for pattern, kind in _KINDS if (m := pattern.search(text))),
                      (None, None))
    if kind is None or said is None or not _OPENED.search(text):
        return None
    if not (_OURS.search(text) or (publisher and publisher in text)):
        return None
    named = find_countries(text)
    if not named:
        return None
    # the host is the country right after the site's words ("Luban Workshop in Kenya", "in
    # Nairobi, Kenya"); else the first one named, with the others kept: which country is the
    # publisher's own the importer knows (its home organization's), not the article, for a
    # college anywhere writes "our campus abroad"
    placed = next(((c, span) for c, span in named if _HOST.fullmatch(text[said.end():span[0]])),
                  None)
    code, (start, end) = placed or named[0]
    others = () if placed else tuple(dict.fromkeys(c for c, _ in named if c != code))
    partner = next((m.group("org") for m in _PARTNER.finditer(text)
                    if m.group("org") != publisher), None)
    when = next((m.iso() for m in mentions
                 if sentence.start <= m.start < sentence.end and m.iso()), None)
    return Site(name=_name(text, said, start, end), country=code, kind=str(kind),
                partner=partner, opened=when, others=others,
                evidence=sentence.evidence(sentence.start + said.start(),
                                           sentence.start + said.end()))


def _name(text: str, said: re.Match[str], start: int, end: int) -> str:
    """The site's name: its capitalised words, with "in <country>" when it follows."""
    words = re.search(rf"(?:{_WORD}\s+){{0,4}}$", text[:said.start()])
    head = text[words.start() if words else said.start():said.end()]
    head = re.sub(r"^(?:Our|The|A|An)\s+", "", head)
    if start >= said.end() and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[said.end():start]):
        return f"{head}{text[said.end():end]}"
    return head
