"""Who took part in an article's events, and in what part.

Two readings, both on name keys (lower case, no punctuation):

- the event's own sentence: every organization of the article it names takes
  part; the role word before the name gives the part ("hosted by A and
  organized by B"), attendee when there is none;
- presence sentences: a sentence where someone "attended", "spoke at",
  "received the award at" ... the event (a word for the event, such as the
  noun of its title, follows the verb closely). The people of the article named
  before the verb take part, with their organizations, and so does the nearest
  organization named before it ("our university ... accepted the award at this
  year's activity" makes the publisher the awardee);
- passive sentences: "the forum was attended by A, B and C" -- everyone of the
  article named after the verb took part.

An event of several in the article is the one whose nouns the sentence uses,
the nearest one before the sentence when several do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.ingest.context import PlanContext, first_position
from tracker.ingest.kinds.base import Kind
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import EventParticipant, Organization, Source
from tracker.names import name_key
from tracker.vocab import ParticipantRole

# The word before an organization's name in an event's sentence gives its part in it;
# the last one before the name wins ("hosted by A and organized by B").
_ROLE_BEFORE_NAME = (
    (re.compile(r"\bco[\s-]?(?:hosted|organi[sz]ed)\b"), ParticipantRole.CO_HOST),
    (re.compile(r"\b(?:hosted|host|hosts)\b"), ParticipantRole.HOST),
    (re.compile(r"\b(?:organi[sz]ed|organi[sz]er|undertaken)\b"), ParticipantRole.ORGANIZER),
    (re.compile(r"\b(?:sponsored|sponsor)\b"), ParticipantRole.SPONSOR),
)
# Presence verbs, strongest part first; each must be followed within _OBJECT_WORDS words
# by a word for the event ("attended the meeting", "accepted the award at the forum").
_SPOKE = (r"spoke at|addressed|delivered (?:a|the) (?:speech|keynote|report|presentation|address)"
          r"|gave (?:a|the) (?:speech|keynote|talk|presentation|lecture)"
          r"|made (?:a|the) (?:speech|presentation)")
_AWARDED = (r"(?:received|accepted|won|collected) (?:the |an |a )?(?:\w+ )?"
            r"(?:award|prize|plaque|certificate|honou?r)s?|was awarded|were awarded")
_ATTENDED = (r"attended|participated in|took part in|joined in|was present at|were present at"
             r"|was invited to|were invited to|visited")
_PRESENCE = (
    (ParticipantRole.HOST, re.compile(r"\b(?:hosted|presided over|chaired)\b")),
    (ParticipantRole.ORGANIZER, re.compile(r"\borgani[sz]ed\b")),
    (ParticipantRole.SPEAKER, re.compile(rf"\b(?:{_SPOKE})\b")),
    (ParticipantRole.AWARDEE, re.compile(rf"\b(?:{_AWARDED})\b")),
    (ParticipantRole.ATTENDEE, re.compile(rf"\b(?:{_ATTENDED})\b")),
)
_OBJECT_WORDS = 8
# "The conference was attended by A, B and C": the event is named before the verb, within
# _SUBJECT_WORDS words, and everyone of the article named after it took part
_PASSIVE = (
    (ParticipantRole.SPEAKER, re.compile(r"\b(?:was|were) addressed by\b")),
    (ParticipantRole.ATTENDEE, re.compile(r"\b(?:was|were) (?:attended|joined) by\b")),
)
_SUBJECT_WORDS = 6
# nouns by which a sentence refers to an event; the event's own title nouns and kind count
_EVENT_NOUNS = frozenset({
    "event", "activity", "activities", "meeting", "conference", "forum", "seminar", "ceremony",
    "session", "assembly", "summit", "workshop", "symposium", "training", "visit", "exhibition",
    "competition", "fair", "festival", "celebration", "launch", "signing", "dialogue",
    "congress", "convention", "meetings", "conferences", "forums", "seminars",
})
# every event may be called "the event"; ceremonies inside an event are folded into it
_ANY_EVENT = frozenset({"event", "ceremony"})
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n\s*\n")
# one part per participant and event: the strongest the article gives
_PRIORITY: dict[str, int] = {role.value: n for n, role in enumerate((
    ParticipantRole.HOST, ParticipantRole.CO_HOST, ParticipantRole.ORGANIZER,
    ParticipantRole.SPONSOR, ParticipantRole.SPEAKER, ParticipantRole.AWARDEE,
    ParticipantRole.ATTENDEE))}


@dataclass
class ParticipantFields:
    event: str | None = None
    organization: str | None = None
    person: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Presence:
    """Someone (a ref of the plan) present at an event in a part, and the sentence saying so."""

    ref: str
    role: str
    sentence: str


def event_nouns(title: str, kind: str | None) -> frozenset[str]:
    """The words by which a sentence may refer to this event."""
    words = set(name_key(title).split()) & _EVENT_NOUNS
    if kind:
        words.add(kind)
    return frozenset(words | _ANY_EVENT)


def sentences(text: str) -> list[tuple[int, str]]:
    """The text's sentences with their start offsets (white space folded)."""
    found, start = [], 0
    for cut in [*_SENTENCE_END.finditer(text), None]:
        end = cut.start() if cut else len(text)
        chunk = " ".join(text[start:end].split())
        if chunk:
            found.append((start, chunk))
        start = cut.end() if cut else len(text)
    return found


def presences(lowered: str, nouns: frozenset[str]) -> list[tuple[int, str]]:
    """(position, role) of each presence verb whose object names the event."""
    found = []
    for role, pattern in _PRESENCE:
        for match in pattern.finditer(lowered):
            after = lowered[match.end():].split()[:_OBJECT_WORDS]
            if nouns & set(after):
                found.append((match.start(), role))
    return sorted(found)


def passives(lowered: str, nouns: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, role) of each passive presence verb whose subject names the event."""
    found = []
    for role, pattern in _PASSIVE:
        for match in pattern.finditer(lowered):
            if nouns & set(lowered[:match.start()].split()[-_SUBJECT_WORDS:]):
                found.append((match.start(), match.end(), role))
    return sorted(found)


def present_after(ctx: PlanContext, lowered: str, end: int, role: str) -> list[Presence]:
    """Who a passive sentence lists after its verb: people (with their organizations) and
    organizations."""
    after = lowered[end:]
    found: list[Presence] = []
    for ref, forms in ctx.refs("person").items():
        if first_position(after, forms) >= 0:
            found.extend(_with_organization(ctx, ref, role))
    found.extend(Presence(ref, role, lowered) for ref, forms in ctx.refs("organization").items()
                 if first_position(after, forms) >= 0)
    return found


def _with_organization(ctx: PlanContext, person: str, role: str) -> list[Presence]:
    """A person present, and the organization the article gives them (it took part too)."""
    found = [Presence(person, role, "")]
    item = ctx.entity_of(person)
    org = item.needs.get("organization") if item else None
    if org is not None and ctx.live(org):
        found.append(Presence(org, role, ""))
    return found


def role_before_name(before: str) -> str:
    """The part the last role word before the name gives; attendee when there is none."""
    best: str = ParticipantRole.ATTENDEE
    where = (-1, 0)
    for pattern, role in _ROLE_BEFORE_NAME:
        for found in pattern.finditer(before):
            # the last word wins; of two ending together the longer ("co hosted", not "hosted")
            if (found.end(), -found.start()) > where:
                best, where = role, (found.end(), -found.start())
    return best


def present_in(ctx: PlanContext, lowered: str, verb_at: int, role: str) -> list[Presence]:
    """Who a presence sentence says was there: people before the verb, with their
    organizations, and the organization named nearest before it."""
    before = lowered[:verb_at]
    found: list[Presence] = []
    for ref, forms in ctx.refs("person").items():
        if first_position(before, forms) >= 0:
            found.extend(_with_organization(ctx, ref, role))
    nearest: tuple[int, str] | None = None
    for ref, forms in ctx.refs("organization").items():
        positions = [m.end() for form in forms if len(form) >= 3
                     for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", before)]
        if positions and (nearest is None or max(positions) > nearest[0]):
            nearest = (max(positions), ref)
    if nearest is not None:
        found.append(Presence(nearest[1], role, ""))
    return found


def plan_participants(ctx: PlanContext, events: list[tuple[Item[Any], int, str | None]]) -> None:
    """Participants of the article's events: (event item, its offset, its sentence) each."""
    if ctx.facts.tabular:  # a spreadsheet states its participants; no sentence is read
        _plan_stated(ctx, events)
        return
    by_event: dict[str, dict[str, Presence]] = {item.ref: {} for item, _at, _said in events}
    for item, _at, said in events:
        if not said:
            continue
        lowered = name_key(said)
        for ref, forms in ctx.refs("organization").items():
            position = first_position(lowered, forms)
            if position >= 0:
                by_event[item.ref][ref] = Presence(ref, role_before_name(lowered[:position]), said)
    if not events:
        return
    nouns = {item.ref: event_nouns(item.fields.title or "", item.fields.kind)
             for item, _at, _said in events}
    every_noun = frozenset().union(*nouns.values())
    for offset, text in sentences(ctx.plan.source.text):
        lowered = name_key(text)
        readings = [(set(lowered[at:].split()[:_OBJECT_WORDS + 3]),
                     present_in(ctx, lowered, at, role))
                    for at, role in presences(lowered, every_noun)]
        readings += [(set(lowered[:start].split()[-_SUBJECT_WORDS:]),
                      present_after(ctx, lowered, end, role))
                     for start, end, role in passives(lowered, every_noun)]
        for window, present in readings:
            meant = [(at, item) for item, at, _said in events if nouns[item.ref] & window]
            if not meant:
                continue
            earlier = [pair for pair in meant if pair[0] <= offset]
            event = max(earlier, key=lambda p: p[0])[1] if earlier else meant[0][1]
            for presence in present:
                held = by_event[event.ref].get(presence.ref)
                if held is None or _PRIORITY[presence.role] < _PRIORITY[held.role]:
                    by_event[event.ref][presence.ref] = Presence(presence.ref, presence.role,
                                                                 text)
    for item, _at, _said in events:
        for presence in by_event[item.ref].values():
            _add(ctx, item, presence)


def _plan_stated(ctx: PlanContext, events: list[tuple[Item[Any], int, str | None]]) -> None:
    """The participants rows state, each with the event of the same row (same evidence)."""
    at_offset = {at: item for item, at, _said in events}
    chosen: dict[tuple[str, str], Presence] = {}
    for fact in ctx.facts.participants:
        event = at_offset.get(fact.evidence.start if fact.evidence else -1)
        said = fact.evidence.sentence if fact.evidence else ""
        ref = ctx.local.get(("person", name_key(fact.name))) or ctx.named_ref(
            fact.name, "organization", fact.evidence)
        if event is None or ref is None or not ctx.live(ref) or fact.role not in _PRIORITY:
            continue
        held = chosen.get((event.ref, ref))
        if held is None or _PRIORITY[fact.role] < _PRIORITY[held.role]:
            chosen[(event.ref, ref)] = Presence(ref, fact.role, said)
    for (event_ref, _ref), presence in chosen.items():
        event = ctx.entity_of(event_ref)
        assert event is not None
        _add(ctx, event, presence)


def _add(ctx: PlanContext, event: Item[Any], presence: Presence) -> None:
    who = ctx.entity_of(presence.ref)
    assert who is not None
    is_person = who.kind == "person"
    fields = ParticipantFields(event.label, None if is_person else who.label,
                               who.label if is_person else None, presence.role)
    needs = {"event": event.ref, who.kind: presence.ref}
    label = f"{who.label} at {event.label} as {presence.role}"
    matched = None
    who_id = ctx.db_id(presence.ref)
    if event.action is Action.MATCH and event.matched and who_id is not None:
        column = EventParticipant.person_id if is_person else EventParticipant.organization_id
        found = ctx.session.scalar(select(EventParticipant.id).where(
            EventParticipant.event_id == event.matched.id, column == who_id,
            EventParticipant.role == presence.role))
        if found is not None:
            matched = Matched("event_participant", found, label, 100.0, "already a participant")
    ctx.add("participant", Action.MATCH if matched else Action.CREATE, label, fields,
            evidence=presence.sentence, needs=needs, matched=matched)


def apply(session: Session, item: Item[ParticipantFields], deps: dict[str, Any],
          _source: Source) -> EventParticipant:
    from tracker.services.event import add_participant

    event = deps["event"]
    who = deps["organization"] if "organization" in deps else deps["person"]
    if item.action is Action.CREATE:
        return add_participant(session, event, who, item.fields.role)
    column = EventParticipant.organization_id if isinstance(who, Organization) \
        else EventParticipant.person_id
    return session.scalars(select(EventParticipant).where(
        EventParticipant.event_id == event.id, column == who.id,
        EventParticipant.role == item.fields.role)).one()


KIND = Kind("participant", ParticipantFields, apply,
            fixed=frozenset({"organization", "person", "event"}), model=EventParticipant)
