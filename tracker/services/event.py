"""Events (meetings, forums, trainings, visits...), their series and participants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import PartialDate, check_order, parse_optional
from tracker.errors import Ambiguous, InvalidInput, NotFound
from tracker.limits import get_by_id, looks_like_id
from tracker.models import (
    Alliance,
    Event,
    EventKind,
    EventParticipant,
    EventSeries,
    Organization,
    ParticipantRole,
    Person,
    Source,
)
from tracker.names import name_key
from tracker.services import resolve
from tracker.services.validate import choice, non_negative, optional_text, required_text

PARTICIPANT_KINDS = ("organization", "person")


def add_event(
    session: Session,
    title: str,
    kind: str | None = None,
    start: str | None = None,
    end: str | None = None,
    city: str | None = None,
    province: str | None = None,
    country: str | None = None,
    alliance: str | Alliance | None = None,
    online: bool = False,
    participants_count: int | None = None,
    countries_count: int | None = None,
    description: str | None = None,
    source: Source | None = None,
    *,
    series: str | None = None,
    edition: int | None = None,
) -> Event:
    """Record an event; `series` names a recurring event (created on first use)."""
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
    _set_series(session, event, series, edition)
    session.add(event)
    return event


def _set_series(
    session: Session, event: Event, series: str | None, edition: int | None
) -> None:
    """Attach the event to a series by name, creating the series the first time."""
    if edition is not None and edition < 1:
        raise InvalidInput(f"the edition must be 1 or more, not {edition}")
    if series is not None:
        name = optional_text(series, "series name")
        event.series = series_named(session, name, event.alliance) if name else None
        if event.series is None:
            event.edition = None  # an edition means nothing outside its series
    if edition is not None:
        if event.series is None:
            raise InvalidInput("an edition needs a series; give --series too")
        event.edition = edition


def series_named(session: Session, name: str, alliance: object | None = None) -> EventSeries:
    """The event series with this name; a new one (of `alliance`) when there is none."""
    key = name_key(name)
    if not key:
        raise InvalidInput(f"'{name}' has no letters or digits to make a series name of")
    found = session.scalars(select(EventSeries).where(EventSeries.name_key == key)).first()
    if found is None:
        found = EventSeries(name=name, alliance=alliance)
        session.add(found)
    return found


def record_series(
    session: Session,
    name: str,
    *,
    alliance: Alliance | None = None,
    host: Organization | None = None,
    started: PartialDate | None = None,
    editions: int | None = None,
    editions_as_of: PartialDate | None = None,
) -> EventSeries:
    """The series named `name`, created if new, with what is known of it filled in.

    An empty field takes the given value; an edition count as of a later date
    replaces the earlier one (the series has gone on), never an equally recent one.
    """
    if editions is not None and editions < 1:
        raise InvalidInput(f"a series has 1 edition or more, not {editions}")
    series = series_named(session, name, alliance)
    series.alliance = series.alliance or alliance
    series.host = series.host or host
    series.started = series.started or started
    held = series.editions_as_of
    if editions is not None and (series.editions is None or (
            editions_as_of is not None and held is not None
            and editions_as_of.first_day > held.first_day)):
        series.editions, series.editions_as_of = editions, editions_as_of
    return series


def event(session: Session, text: str) -> Event:
    """An event by id or by its exact title (case and punctuation ignored)."""
    query = text.strip()
    if not query:
        raise InvalidInput("the event is empty")
    if looks_like_id(query):
        found = get_by_id(session, Event, query)
        if found is None:
            raise NotFound(f"no event has id {query}")
        return found
    key = name_key(query)
    events = session.scalars(select(Event).order_by(Event.id)).all()
    matches = [e for e in events if name_key(e.title) == key]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listing = "; ".join(f"{e.title} ({e.start or 'undated'}, id {e.id})" for e in matches)
        raise Ambiguous(f"'{query}' could be several events: {listing}; use the id")
    close = resolve.closest_names(query, [e.title for e in events])
    hint = f"; did you mean {', '.join(repr(t) for t in close)}?" if close else ""
    raise NotFound(f"no event titled '{query}'{hint}")


def edit_event(
    session: Session,
    event: Event,
    title: str | None = None,
    kind: str | None = None,
    start: str | None = None,
    end: str | None = None,
    city: str | None = None,
    province: str | None = None,
    country: str | None = None,
    alliance: str | None = None,
    online: bool | None = None,
    participants_count: int | None = None,
    countries_count: int | None = None,
    description: str | None = None,
    series: str | None = None,
    edition: int | None = None,
) -> Event:
    """Change the given fields; None leaves a field as it is, "" clears a text field."""
    if title is not None:
        event.title = required_text(title, "event title")
    if kind is not None:
        event.kind = choice(EventKind, kind, "event kind") or event.kind
    start_date = parse_optional(start) if start is not None else event.start
    end_date = parse_optional(end) if end is not None else event.end
    check_order(start_date, end_date)
    event.start, event.end = start_date, end_date
    if city is not None:
        event.city = optional_text(city, "city", 100)
    if province is not None:
        event.province = optional_text(province, "province", 100)
    if country is not None:
        event.country = resolve.optional_country(session, country)
    if alliance is not None:
        event.alliance = resolve.optional_alliance(session, alliance)
    if online is not None:
        event.is_online = online
    if participants_count is not None:
        event.participants_count = non_negative(participants_count, "participants count")
    if countries_count is not None:
        event.countries_count = non_negative(countries_count, "countries count")
    if description is not None:
        event.description = optional_text(description, "description", MAX_TEXT_LENGTH)
    _set_series(session, event, series, edition)
    return event


def remove_event(session: Session, event: Event) -> None:
    """Delete an event with its participants."""
    session.delete(event)


def participant(
    session: Session, text: str, kind: str | None = None
) -> Organization | Person:
    """An organization or a person by id, name or alias.

    Without `kind`, a name that fits both an organization and a person is
    ambiguous, and a bare id is refused (ids of the two tables overlap).
    """
    if kind is not None and kind not in PARTICIPANT_KINDS:
        raise InvalidInput(f"unknown participant kind '{kind}'; choose organization or person")
    if kind == "organization":
        return resolve.organization(session, text)
    if kind == "person":
        return resolve.person(session, text)
    if looks_like_id(text.strip()):
        raise InvalidInput(
            f"'{text.strip()}' could be an organization id or a person id; "
            "add --kind organization or --kind person"
        )
    found: list[Organization | Person] = []
    for finder in (resolve.organization, resolve.person):
        try:
            found.append(finder(session, text))
        except NotFound:
            continue
    if len(found) == 1:
        return found[0]
    if found:
        raise Ambiguous(
            f"'{text}' is both an organization and a person; "
            "add --kind organization or --kind person"
        )
    raise NotFound(f"no organization or person named '{text.strip()}'")


def _same_participant(row: EventParticipant, who: Organization | Person) -> bool:
    if isinstance(who, Organization):
        return row.organization is who
    return row.person is who


def add_participant(
    session: Session,
    event: Event,
    participant: Organization | Person,
    role: str | None = None,
) -> EventParticipant:
    """An organization or a person takes part in the event in `role` (attendee by default)."""
    chosen = choice(ParticipantRole, role, "participant role") or ParticipantRole.ATTENDEE
    for existing in event.participants:
        if _same_participant(existing, participant) and existing.role == chosen:
            raise InvalidInput(f"{participant.name} is already {chosen.value} of {event.title}")
    row = EventParticipant(role=chosen)
    if isinstance(participant, Organization):
        row.organization = participant
    else:
        row.person = participant
    event.participants.append(row)
    return row


def remove_participant(
    session: Session,
    event: Event,
    participant: Organization | Person,
    role: str | None = None,
) -> list[EventParticipant]:
    """Remove the participant from the event: in `role`, or in every role when none is given."""
    chosen = choice(ParticipantRole, role, "participant role")
    rows = [
        row
        for row in event.participants
        if _same_participant(row, participant) and (chosen is None or row.role == chosen)
    ]
    if not rows:
        as_role = f" as {chosen.value}" if chosen else ""
        raise NotFound(f"{participant.name} does not take part in {event.title}{as_role}")
    for row in rows:
        event.participants.remove(row)
    return rows


@dataclass(frozen=True)
class EventFilter:
    year: int | None = None
    kind: str | None = None
    alliance: str | None = None
    country: str | None = None
    organization: str | None = None


def list_events(session: Session, where: EventFilter) -> list[Event]:
    """Events by start date (undated last), filtered by year overlap, kind, alliance, country
    and participating organization."""
    query = select(Event).order_by(Event.start_date.is_(None), Event.start_date, Event.id)
    if where.year is not None:
        query = query.where(*during(dt.date(where.year, 1, 1), dt.date(where.year, 12, 31)))
    if where.kind:
        query = query.where(Event.kind == choice(EventKind, where.kind, "event kind"))
    if where.alliance:
        query = query.where(Event.alliance_id == resolve.alliance(session, where.alliance).id)
    if where.country:
        query = query.where(Event.country_id == resolve.country(session, where.country).id)
    if where.organization:
        org = resolve.organization(session, where.organization)
        query = query.where(
            Event.id.in_(
                select(EventParticipant.event_id).where(EventParticipant.organization_id == org.id)
            )
        )
    return list(session.scalars(query))


def during(first: dt.date, last: dt.date) -> list:  # type: ignore[type-arg]
    """Conditions for an event that overlaps [first, last]; a one-day event has no end."""
    return [
        Event.start_date.is_not(None),
        Event.start_date <= last,
        or_(Event.end_date >= first, Event.end_date.is_(None) & (Event.start_date >= first)),
    ]


def events_of_organization(session: Session, organization: Organization) -> list[Event]:
    """Events the organization takes part in, by date."""
    return list_events(session, EventFilter(organization=str(organization.id)))


def roles_of(event: Event, organization: Organization) -> list[str]:
    """The roles in which the organization takes part in the event."""
    return sorted(p.role.value for p in event.participants if p.organization is organization)


def participations(event: Event) -> list[tuple[str, str, str]]:
    """(kind, name, role) of every participant, organizations first."""
    rows = [
        ("organization" if p.organization else "person",
         (p.organization or p.person).name,  # type: ignore[union-attr]
         p.role.value)
        for p in event.participants
    ]
    return sorted(rows, key=lambda row: (row[0] != "organization", name_key(row[1]), row[2]))


def date_span(start: PartialDate | None, end: PartialDate | None) -> str | None:
    """'2023-11-17' or '2023-11-17 – 2023-11-19' for a table cell."""
    if start is None:
        return None
    return f"{start} – {end}" if end and end != start else str(start)


def change_participant_role(
    session: Session,
    event: Event,
    participant: Organization | Person,
    new_role: str,
    *,
    role: str | None = None,
) -> EventParticipant:
    """Correct the role in which the participant took part (the one it holds, or `role`)."""
    chosen = choice(ParticipantRole, new_role, "participant role")
    if chosen is None:
        raise InvalidInput("give the new role")
    current = choice(ParticipantRole, role, "participant role")
    rows = [row for row in event.participants if _same_participant(row, participant)
            and (current is None or row.role == current)]
    if not rows:
        as_role = f" as {current.value}" if current else ""
        raise NotFound(f"{participant.name} does not take part in {event.title}{as_role}")
    if len(rows) > 1:
        held = ", ".join(row.role.value for row in rows)
        raise Ambiguous(f"{participant.name} takes part in {event.title} as {held}; "
                        "say which with --role")
    if any(_same_participant(row, participant) and row.role == chosen
           for row in event.participants):
        raise InvalidInput(f"{participant.name} is already {chosen} of {event.title}")
    rows[0].role = chosen
    return rows[0]
