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
        return entity


def _similar(a: str, b: str, alliance: bool) -> bool:
    from rapidfuzz import fuzz

    ka, kb = name_key(a), name_key(b)
    if len(ka) >= 12 and len(kb) >= 12 and (ka.startswith(kb) or kb.startswith(ka)):
        return True
    if alliance:
        return fuzz.token_sort_ratio(ka, kb) >= 85 or (
            fuzz.token_set_ratio(ka, kb) == 100 and min(len(ka.split()), len(kb.split())) >= 3)
    return fuzz.token_sort_ratio(ka, kb) >= 92
