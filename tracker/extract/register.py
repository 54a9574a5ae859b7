"""The article's register of named entities: one entity per organization or alliance,
however many spellings the text uses. Language-independent: a rule set finds the
mentions, the register merges them and records where each one refers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.extract.facts import Evidence
from tracker.extract.text import name_key


@dataclass
class Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    count: int = 0
    # The kind each mention was given: a rule set decides the entity's kind over all of
    # them (and the context), not by the first mention alone.
    votes: list[str] = field(default_factory=list)

    @property
    def is_alliance(self) -> bool:
        return self.kind == "alliance"

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Ref:
    """A reference to an entity at a place in the text."""

    start: int
    end: int
    entity: Entity


class Register:
    """The article's entities; `find` merges spellings of one name."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []

    def find(self, name: str, kind: str | None = None) -> Entity | None:
        key = name_key(name)
        for entity in self.entities:
            if any(name_key(f) == key for f in entity.forms()):
                return entity
        for entity in self.entities:
            if kind is not None and (kind == "alliance") != entity.is_alliance:
                continue
            if _similar(name, entity.name, entity.is_alliance):
                return entity
        return None

    def add(self, name: str, kind: str, *, evidence: Evidence,
            acronym: str | None = None) -> Entity:
        """The entity `name` refers to, created when new; the fullest spelling becomes its name."""
        entity = self.find(name, kind)
        if entity is None:
            entity = Entity(name, kind, evidence=evidence)
            self.entities.append(entity)
        elif name_key(name) not in {name_key(f) for f in entity.forms()}:
            if len(name) > len(entity.name) and not entity.name.isupper():
                entity.aliases.append(entity.name)
                entity.name = name
            else:
                entity.aliases.append(name)
        known = {name_key(f) for f in entity.forms()}
        if acronym and name_key(acronym) not in known:
            entity.aliases.append(acronym)
        entity.count += 1
        entity.votes.append(kind)
        return entity


# Two spellings of one name differ by variants of a word ("Asia"/"Asian",
# "Province"/"Provincial", "Transport"/"Transportation"); names that differ by a word of
# their own ("Japan ... National" against "International") are different bodies.
_VARIANT_RATIO = 75
_SAME_RATIO = 92


def _similar(a: str, b: str, alliance: bool) -> bool:
    """Whether two spellings name one body.

    >>> _similar("Central Asia Transport Alliance", "Central Asian Transportation Alliance", True)
    True
    >>> _similar("Central Asia Transport Alliance", "Central Asian Five Transportation Alliance",
    ...          True)
    True
    >>> _similar("Lakeland Association of Public Universities",
    ...          "International Association of Universities", True)
    False
    """
    from rapidfuzz import fuzz

    ka, kb = name_key(a), name_key(b)
    if len(ka) >= 12 and len(kb) >= 12 and (ka.startswith(kb) or kb.startswith(ka)):
        return True
    if alliance:
        # "Universities Alliance" for "Asian Universities Alliance" (a name cut at a line end)
        short, long = sorted((ka, kb), key=len)
        if len(short.split()) >= 2 and long.endswith(" " + short):
            return True
        if fuzz.token_set_ratio(ka, kb) == 100 and min(len(ka.split()), len(kb.split())) >= 3:
            return True
        return _variants_only(ka.split(), kb.split())
    return fuzz.token_sort_ratio(ka, kb) >= _SAME_RATIO


def _variants_only(a: list[str], b: list[str]) -> bool:
    """Every word of the shorter name is in the longer one, or a variant of one of its words
    ("Asia" of "Asian"); the longer may add words only when the shorter has three or more."""
    from rapidfuzz import fuzz

    short, long = sorted((a, b), key=len)
    missing = [w for w in short if w not in long]
    spare = [w for w in long if w not in short]
    if not missing or len(missing) * 2 > len(short) or (len(long) > len(short) and len(short) < 3):
        return False
    for word in missing:
        variant = next((w for w in spare if fuzz.ratio(word, w) >= _VARIANT_RATIO
                        and (word.startswith(w[:4]) or w.startswith(word[:4]))), None)
        if variant is None:
            return False
        spare.remove(variant)
    return True
