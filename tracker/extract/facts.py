"""The result types: ArticleFacts and its parts, each keeping its evidence.

The JSON shape is the contract of ../shared/articles/SCHEMA.md. Every item
also carries `evidence`: the character span in the article text it was read
from and the sentence around it, so that a reviewer can check it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: [start, end) in the article text, and its sentence."""

    start: int
    end: int
    sentence: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Source:
    title: str | None = None
    published: str | None = None
    publisher: str | None = None


@dataclass
class Organization:
    name: str
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    evidence: Evidence | None = None


@dataclass
class Alliance:
    name: str
    aliases: list[str] = field(default_factory=list)
    founded: str | None = None
    member_count: int | None = None
    member_count_as_of: str | None = None
    evidence: Evidence | None = None


@dataclass
class Membership:
    member: str
    alliance: str
    role: str = "member"
    since: str | None = None
    evidence: Evidence | None = None


@dataclass
class Event:
    name: str
    kind: str = "other"
    date: str | None = None
    city: str | None = None
    country: str | None = None
    alliance: str | None = None
    evidence: Evidence | None = None


@dataclass
class Figure:
    value: int | float
    metric: str = "other"
    bound: str = "exact"
    text: str = ""
    subject: str | None = None
    as_of: str | None = None
    evidence: Evidence | None = None


@dataclass
class Person:
    name: str
    title: str | None = None
    organization: str | None = None
    evidence: Evidence | None = None


@dataclass
class ArticleFacts:
    source: Source = field(default_factory=Source)
    organizations: list[Organization] = field(default_factory=list)
    alliances: list[Alliance] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    country_evidence: dict[str, Evidence] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The SCHEMA.md object; evidence as {"start", "end", "sentence"}."""
        out: dict[str, Any] = {"source": asdict(self.source)}
        for name in ("organizations", "alliances", "memberships", "events", "figures", "people"):
            out[name] = [_item_json(item) for item in getattr(self, name)]
        out["countries"] = list(self.countries)
        # Countries are bare codes in the contract; their evidence sits beside them.
        out["country_evidence"] = {code: ev.to_json() for code, ev in self.country_evidence.items()}
        return out


def _item_json(item: Any) -> dict[str, Any]:
    data = {k: v for k, v in item.__dict__.items() if k != "evidence"}
    if isinstance(data.get("aliases"), list):
        data["aliases"] = list(data["aliases"])
    data["evidence"] = item.evidence.to_json() if item.evidence else None
    return data


def empty_facts() -> ArticleFacts:
    """Facts of an empty article: every list empty, every field null."""
    return ArticleFacts()
