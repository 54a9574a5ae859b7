"""The result types: ArticleFacts and its parts, each keeping its evidence.

The JSON shape is the contract of ../shared/articles/SCHEMA.md. Every item
also carries `evidence`: the character span in the article text it was read
from and the sentence around it, so that a reviewer can check it.
"""

from __future__ import annotations

import re
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
class Cooperation:
    """Cooperation of an organization (None: the home one) with a partner and/or a country.

    Not part of SCHEMA.md's contract (`to_json` leaves it out): spreadsheet rows state it
    (`tracker load`), and articles the exchanges the International Influence Table counts
    (training of people from abroad, our teachers or interns abroad), with a `direction`
    (a code of `tracker.vocab.CooperationDirection`) and the `days` it lasts; `others` as
    for `Site` (the importer knows which country is the publisher's own).
    """

    partner: str | None = None
    country: str | None = None
    kind: str = "other"
    title: str | None = None
    start: str | None = None
    end: str | None = None  # an MoU's expiry
    headcount: int | None = None
    organization: str | None = None
    evidence: Evidence | None = None
    direction: str | None = None
    days: int | None = None
    others: tuple[str, ...] = ()


@dataclass
class Participant:
    """An organization or person stated to take part in an event in a part (host, attendee...).

    Stated by a spreadsheet's event row, outside SCHEMA.md's contract; `evidence` is the
    event's own, which ties the two together.
    """

    event: str
    name: str
    role: str = "attendee"
    evidence: Evidence | None = None


@dataclass
class Award:
    """An award won at an international competition, as an article states it.

    Outside SCHEMA.md's contract (`to_json` leaves it out, so the scorer is unchanged):
    `winner` is the organization whose students or teachers won (None: the publisher's
    own, "our students"); `winner_kind` is "student" or "teacher"; `level` is a code of
    `tracker.vocab.AwardLevel`.
    """

    competition: str
    level: str | None = None
    winner: str | None = None
    winner_kind: str | None = None
    date: str | None = None
    title: str | None = None
    evidence: Evidence | None = None


@dataclass
class Post:
    """A post a person of the publisher's holds in an organization or alliance, as an
    article states it ("Professor X of our college was elected vice chair of the Y").

    Outside SCHEMA.md's contract like `Award`: `body` is the organization or alliance,
    `role` a code of the roles vocabulary when the post is one (None: an expert, an
    adviser...), `title` the post as written. The person is the publisher's.
    """

    person: str
    body: str
    role: str | None = None
    title: str | None = None
    start: str | None = None
    person_title: str | None = None  # "Professor": the person's, not the post's
    evidence: Evidence | None = None


@dataclass
class Site:
    """A teaching site of the publisher's abroad opening, as an article states it ("the
    Luban Workshop in Kenya, jointly built by our college and X, opened on ...").

    Outside SCHEMA.md's contract like `Award`: `kind` a code of `tracker.vocab.SiteKind`,
    `country` the host country's code, `partner` the organization it is built with.
    """

    name: str
    country: str
    kind: str = "other"
    partner: str | None = None
    opened: str | None = None
    evidence: Evidence | None = None
    # the other countries the sentence names, in order: the host when `country` turns out
    # to be the publisher's own (which the importer knows, the article does not say)
    others: tuple[str, ...] = ()


@dataclass
class StandardAdoption:
    """A programme or course standard the publisher developed, adopted abroad, as an
    article states it ("the teaching standard for X developed by our college was adopted
    by the Ministry of Education of Y").

    Outside SCHEMA.md's contract like `Award`: `kind` a code of `tracker.vocab.StandardKind`
    (a programme's teaching standard or a course's), `adopter` the institution or authority
    that adopted it, `country` its country's code with `others` as for `Site` (which one is
    the publisher's own the importer knows).
    """

    title: str
    kind: str
    adopter: str | None = None
    country: str | None = None
    adopted: str | None = None
    evidence: Evidence | None = None
    others: tuple[str, ...] = ()


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
    # not in the JSON contract: stated by spreadsheet rows (tracker load)
    cooperation: list[Cooperation] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    # not in the JSON contract: the International Influence Table's records
    awards: list[Award] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    standards: list[StandardAdoption] = field(default_factory=list)
    # facts stated one per row, not read from prose: no sentence is read for more of them
    tabular: bool = False

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


# --- the contract's vocabulary, and a check of it (score.py --validate rules) -----------

ROLES = {"chair", "vice_chair", "secretary_general", "secretariat", "executive_council_member",
         "council_member", "lead_member", "founding_member", "member", "observer"}
ORG_KINDS = {"university", "college", "enterprise", "government", "association", "other"}
EVENT_KINDS = {"meeting", "conference", "forum", "seminar", "training", "ceremony", "visit",
               "signing", "launch", "competition", "other"}
METRICS = {"members", "countries", "institutions", "participants", "experts", "trainees",
           "students", "sessions", "programs", "other"}
CATEGORIES = ("organizations", "alliances", "memberships", "events", "countries", "figures",
              "people")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def problems(facts: dict) -> list[str]:
    """What in an ArticleFacts JSON object breaks the SCHEMA.md contract (empty: valid)."""
    bad: list[str] = []

    def check(cond: bool, what: str) -> None:
        if not cond:
            bad.append(what)

    for cat in CATEGORIES:
        check(isinstance(facts.get(cat), list), f"{cat} must be a list")
    src = facts.get("source") or {}
    check(src.get("published") is None or bool(DATE.match(src["published"])), "published")
    for o in facts.get("organizations", []):
        check(o.get("kind") in ORG_KINDS, f"organization kind {o.get('kind')!r}")
        check(bool(o.get("name")), "organization name")
    for a in facts.get("alliances", []):
        check(a.get("founded") is None or bool(DATE.match(str(a["founded"]))), "founded")
    for m in facts.get("memberships", []):
        check(m.get("role") in ROLES, f"role {m.get('role')!r}")
        check(m.get("since") is None or bool(DATE.match(m["since"])), "since")
    for e in facts.get("events", []):
        check(e.get("kind") in EVENT_KINDS, f"event kind {e.get('kind')!r}")
        check(e.get("date") is None or bool(DATE.match(e["date"])), f"date {e.get('date')!r}")
    for c in facts.get("countries", []):
        check(isinstance(c, str) and len(c) == 2 and c.isupper(), f"country {c!r}")
    for f in facts.get("figures", []):
        check(f.get("metric") in METRICS, f"metric {f.get('metric')!r}")
        check(f.get("bound") in {"exact", "at_least"}, "bound")
        check(isinstance(f.get("value"), (int, float)) and not isinstance(f.get("value"), bool),
              "value")
    for cat in ("organizations", "alliances", "memberships", "events", "figures", "people"):
        for item in facts.get(cat, []):
            ev = item.get("evidence")
            check(ev is None or (0 <= ev["start"] <= ev["end"]), f"{cat} evidence span")
    return bad
