"""Events and their participants."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import check_order, parse_optional
from tracker.errors import InvalidInput
from tracker.models import Event, EventKind, EventParticipant, Organization, ParticipantRole, Person
from tracker.models import Source
from tracker.services import resolve
from tracker.services.validate import choice, non_negative, optional_text, required_text


def add_event(
    session: Session,
    title: str,
    kind: str | None = None,
    start: str | None = None,
    end: str | None = None,
    city: str | None = None,
    province: str | None = None,
    country: str | None = None,
    alliance: str | None = None,
    online: bool = False,
    participants_count: int | None = None,
    countries_count: int | None = None,
    description: str | None = None,
    source: Source | None = None,
) -> Event:
    start_date, end_date = parse_optional(start), parse_optional(end)
    check_order(start_date, end_date)
    event = Event(
        title=required_text(title, "event title"),
        kind=choice(EventKind, kind, "event kind") or EventKind.OTHER,
        city=optional_text(city, "city", 100),
        province=optional_text(province, "province", 100),
        country=resolve.optional_country(session, country),
        alliance=resolve.optional_alliance(session, alliance),
        is_online=online,
        participants_count=non_negative(participants_count, "participants count"),
        countries_count=non_negative(countries_count, "countries count"),
        description=optional_text(description, "description", MAX_TEXT_LENGTH),
        source=source,
    )
    event.start, event.end = start_date, end_date
    session.add(event)
    return event


def add_participant(
    session: Session,
    event: Event,
    participant: Organization | Person,
    role: str | None = None,
) -> EventParticipant:
    """An organization or a person takes part in the event in `role` (attendee by default)."""
    chosen = choice(ParticipantRole, role, "participant role") or ParticipantRole.ATTENDEE
    for existing in event.participants:
        same = (
            existing.organization is participant
            if isinstance(participant, Organization)
            else existing.person is participant
        )
        if same and existing.role == chosen:
            raise InvalidInput(f"{participant.name} is already {chosen.value} of {event.title}")
    row = EventParticipant(role=chosen)
    if isinstance(participant, Organization):
        row.organization = participant
    else:
        row.person = participant
    event.participants.append(row)
    return row
