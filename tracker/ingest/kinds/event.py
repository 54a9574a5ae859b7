"""Events the article reports, and who took part in them.

An event matches a recorded one of the same date (or both undated) with a
close title, or on the same day of the same alliance. Its participants are the
article's organizations its sentence names; the words before a name give the part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import PartialDate, Precision, parse_optional
from tracker.ingest.context import PlanContext, clip, first_position, sentence, valid_date
from tracker.ingest.kinds.base import Kind, get_row
from tracker.ingest.plan import Action, Item, Matched
from tracker.ingest.resolve import MERGE_SCORE
from tracker.models import Event, EventParticipant, ParticipantRole, Source
from tracker.names import name_key
from tracker.services.event import add_event, add_participant

EVENT_TITLE_SCORE = 85.0  # same date and titles this close: the same event

# The word before an organization's name in an event's sentence gives its part in it;
# the last one before the name wins ("hosted by A and organized by B").
_PARTICIPANT_ROLES = (
    (re.compile(r"\bco[\s-]?(?:hosted|organi[sz]ed)\b", re.I), "co_host"),
    (re.compile(r"\b(?:hosted|host|hosts)\b", re.I), "host"),
    (re.compile(r"\b(?:organi[sz]ed|organi[sz]er|undertaken)\b", re.I), "organizer"),
    (re.compile(r"\b(?:sponsored|sponsor)\b", re.I), "sponsor"),
)


@dataclass
class EventFields:
    title: str | None = None
    kind: str | None = None
    date: str | None = None
    city: str | None = None
    country: str | None = None
    alliance: str | None = None


@dataclass
class ParticipantFields:
    event: str | None = None
    organization: str | None = None
    role: str | None = None


def plan(ctx: PlanContext) -> None:
    known = list(ctx.session.execute(
        select(Event.id, Event.title, Event.start_date, Event.start_precision, Event.alliance_id)
    ))
    seen: dict[tuple[str | None, str], str] = {}
    for fact in ctx.facts.events:
        title = clip(fact.name) or "(untitled event)"
        date = valid_date(fact.date)
        said = sentence(fact.evidence)
        alliance = ctx.find_ref(fact.alliance, "alliance") if fact.alliance else None
        alliance = alliance if ctx.live(alliance) else None
        fields = EventFields(title, fact.kind, date, clip(fact.city, 100),
                             ctx.country(fact.country), ctx.label_of(alliance))
        key = (date, name_key(title))
        if key in seen:  # the same event twice in one article
            ctx.add("event", Action.SKIP, title, fields, evidence=said,
                    note=f"not applied: restates {ctx.label_of(seen[key])}")
            continue
        matched = match_event(known, title, date, ctx.db_id(alliance))
        needs = {"alliance": alliance} if alliance else {}
        note = None if date else "the article gives no date; recorded undated"
        item = ctx.add("event", Action.MATCH if matched else Action.CREATE, title, fields,
                       evidence=said, matched=matched, needs=needs, note=note)
        seen[key] = item.ref
        _participants(ctx, item, said)


def match_event(known: list[Any], title: str, date: str | None,
                alliance_id: int | None) -> Matched | None:
    """An event of the same date (or both undated) with a close title or the same alliance."""
    from rapidfuzz import fuzz

    wanted = parse_optional(date) if date else None
    key = name_key(title)
    best: Matched | None = None
    for event_id, other_title, start, precision, other_alliance in known:
        if (start is None) != (wanted is None):
            continue
        if wanted is not None:
            held = PartialDate(start, Precision(precision))
            if not held.overlaps(wanted):
                continue
        score = float(fuzz.token_set_ratio(key, name_key(other_title)))
        same_day = (wanted is not None and wanted.precision.value == "day"
                    and precision == "day" and alliance_id is not None
                    and alliance_id == other_alliance)
        needed = EVENT_TITLE_SCORE if wanted is not None else MERGE_SCORE
        if (score >= needed or same_day) and (best is None or score > best.score):
            via = "same date and alliance" if same_day and score < needed else "same date, " \
                  "similar title" if wanted else "similar title"
            best = Matched("event", event_id, other_title, score, via)
    return best


def _participants(ctx: PlanContext, event: Item[EventFields], said: str | None) -> None:
    """Organizations the event's sentence names take part in it; their words give the role."""
    if not said:
        return
    existing: set[tuple[int | None, ParticipantRole]] = set()
    if event.action is Action.MATCH and event.matched:
        existing = set(ctx.session.execute(
            select(EventParticipant.organization_id, EventParticipant.role)
            .where(EventParticipant.event_id == event.matched.id)
        ).tuples())
    lowered = name_key(said)
    for ref, forms in ctx.refs("organization").items():
        position = first_position(lowered, forms)
        if position < 0:
            continue
        role = participant_role(lowered[:position])
        org_id = ctx.db_id(ref)
        org_label = ctx.label_of(ref)
        fields = ParticipantFields(event.label, org_label, role)
        needs = {"event": event.ref, "organization": ref}
        label = f"{org_label} at {event.label}"
        if org_id is not None and any(o == org_id and str(r) == role for o, r in existing):
            ctx.add("participant", Action.MATCH, label, fields, evidence=said, needs=needs,
                    matched=Matched("event_participant", 0, label, 100.0,
                                    "already a participant"))
        else:
            ctx.add("participant", Action.CREATE, label, fields, evidence=said, needs=needs)


def participant_role(before: str) -> str:
    """The part the last role word before the name gives; attendee when there is none."""
    best, where = "attendee", -1
    for pattern, role in _PARTICIPANT_ROLES:
        for found in pattern.finditer(before):
            if found.start() > where:
                best, where = role, found.start()
    return best


def apply(session: Session, item: Item[EventFields], deps: dict[str, Any],
          source: Source) -> Event:
    if item.action is not Action.CREATE:
        row: Event = get_row(session, Event, item)
        return row
    fields = item.fields
    return add_event(session, fields.title or "", fields.kind, fields.date, city=fields.city,
                     country=fields.country, alliance=deps.get("alliance"), source=source)


def apply_participant(session: Session, item: Item[ParticipantFields], deps: dict[str, Any],
                      _source: Source) -> EventParticipant:
    event, organization = deps["event"], deps["organization"]
    if item.action is Action.CREATE:
        return add_participant(session, event, organization, item.fields.role)
    return session.scalars(
        select(EventParticipant).where(EventParticipant.event_id == event.id,
                                       EventParticipant.organization_id == organization.id,
                                       EventParticipant.role == item.fields.role)
    ).one()


KIND = Kind("event", EventFields, apply, plan=plan, references={"alliance": ("alliance",)},
            model=Event)
PARTICIPANT = Kind("participant", ParticipantFields, apply_participant,
                   fixed=frozenset({"organization", "event"}), model=EventParticipant)
