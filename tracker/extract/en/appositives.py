"""Alliances named without a head word, told by the phrase beside them.

"EduBridge Asia, a platform of 40 vocational colleges" or "UNEVOC, UNESCO's network
of vocational institutions": the name says nothing of what it is, the appositive
after it does. Such a name is an alliance; a known name the rules read as an
organization is turned into one, a name no rule read is added with its mentions.

>>> from tracker.extract.register import Register
>>> text = "Lakeside College has joined EduBridge Asia, a network of 40 colleges."
>>> register, refs = Register(), []
>>> add_appositive_alliances(text, register, refs)
>>> [(e.name, e.kind) for e in register.entities], [(r.start, r.end) for r in refs]
([('EduBridge Asia', 'alliance')], [(28, 42)])
"""

from __future__ import annotations

import re

from tracker.extract.en.lexicon import COMMON_CAPS
from tracker.extract.en.organizations import BODY, GROUP
from tracker.extract.facts import Evidence
from tracker.extract.register import Entity, Ref, Register

_BODY_NOUNS = r"(?:network|platform|alliance|consortium|association|federation|league|" \
              r"community|coalition|partnership|grouping|union)"
_INSTITUTIONS = r"(?:universities|colleges|polytechnics|institutions|institutes|schools|" \
                r"academies|members|campuses)"
_COUNT = r"(?:(?:more\s+than|over|some|about|nearly|around)\s+)?(?:\d[\d,]*|[a-z]+ty|[a-z]+teen)"
# Lower-case words before the noun ("a regional network"), no verb ("the IAU is the ...").
# Nor "a member of the network of ...": the name is then a member, not the network.
_ADJECTIVE = r"(?!(?:is|was|are|were|has|have|had|will|and|of|member|members|part|one|partner)" \
             r"\b)[a-z][\w-]*"
APPOSITIVE = re.compile(
    # the name: capitalised words (an acronym alone too), not starting a sentence's "The"
    r"(?<![\w-])(?P<name>(?:[A-Z][\w&'’.-]*)(?:\s+(?:of|for|and|de|in)?\s*[A-Z][\w&'’.-]*){0,6})"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z&-]{1,10})\))?"
    r",\s+(?:a|an|the|[A-Z][\w.-]*['’]s?)\s+(?:" + _ADJECTIVE + r"\s+){0,3}?" + _BODY_NOUNS
    + r"\s+(?:of|for|that\s+(?:links|unites|brings\s+together|connects))\s+(?:"
    + _COUNT + r"\s+)?(?:[\w-]+\s+){0,4}?" + _INSTITUTIONS + r"\b")
# Kinds a name's head word leaves open ("other"; bodies and groups the context decides).
_UNSURE_KINDS = frozenset({"other", BODY, GROUP, "association", "alliance"})
# Words that open a sentence or a clause, not a name.
_NOT_NAME_WORDS = frozenset(COMMON_CAPS) | {"Besides", "Now"}


# What every appositive holds ("network of", "platform for", "alliance that links"): a text
# without it is not scanned with APPOSITIVE, which tries every capitalised word as a name.
_BODY_NOUN_THEN = re.compile(rf"\b{_BODY_NOUNS}\s+(?:of|for|that\s)")


def add_appositive_alliances(text: str, register: Register, refs: list[Ref]) -> None:
    if _BODY_NOUN_THEN.search(text) is None:
        return
    for match in APPOSITIVE.finditer(text):
        name = match.group("name")
        words = name.split()
        while words and words[0] in _NOT_NAME_WORDS:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        start = match.end("name") - len(name)
        entity = register.find(name)
        if entity is None:
            entity = Entity(name, "alliance", evidence=Evidence(start, match.end("name"), ""))
            register.entities.append(entity)
            _refer(text, name, entity, refs)
        elif entity.kind in _UNSURE_KINDS:
            entity.kind = "alliance"
        else:
            continue  # a university or a ministry by its head word stays one
        acronym = match.group("acronym")
        if acronym and acronym not in entity.forms():
            entity.aliases.append(acronym)
            _refer(text, acronym, entity, refs)


def _refer(text: str, form: str, entity: Entity, refs: list[Ref]) -> None:
    """A reference at every whole-word mention of `form` not already covered."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
        if not any(r.start <= found.start() < r.end for r in refs):
            refs.append(Ref(found.start(), found.end(), entity))
            entity.count += 1
