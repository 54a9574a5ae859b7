"""People: a name, a title, an organization."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.models import Event, EventParticipant, Organization, ParticipantRole, Person
from tracker.names import name_key
from tracker.services import resolve
from tracker.services.validate import optional_text, required_text


def add_person(
    session: Session,
    name: str,
    title: str | None = None,
    organization: str | Organization | None = None,
) -> Person:
    """Record a person; two people may share a name (they differ by id)."""
    person = Person(
        name=required_text(name, "person's name"),
        title=optional_text(title, "title"),
        organization=resolve.optional_organization(session, organization),
    )
    session.add(person)
    return person


def edit_person(
    session: Session,
    person: Person,
    name: str | None = None,
    title: str | None = None,
    organization: str | None = None,
) -> Person:
    """Change the given fields; None leaves a field as it is, "" clears title or organization."""
    if name is not None:
        person.name = required_text(name, "person's name")
    if title is not None:
        person.title = optional_text(title, "title")
    if organization is not None:
        person.organization = resolve.optional_organization(session, organization)
    return person


def remove_person(session: Session, person: Person) -> None:
    """Delete a person with their event participations."""
    session.delete(person)


def list_people(
    session: Session, name: str | None = None, organization: str | None = None
) -> list[Person]:
    """People by name, filtered by a part of the name and by organization."""
    query = select(Person).order_by(Person.name_key, Person.id)
    if name:
        query = query.where(Person.name_key.contains(name_key(name), autoescape=True))
    if organization:
        org = resolve.organization(session, organization)
        query = query.where(Person.organization_id == org.id)
    return list(session.scalars(query))


def events_of_person(session: Session, person: Person) -> list[tuple[Event, ParticipantRole]]:
    """The events the person took part in, with the role, by date."""
    rows = session.execute(
        select(Event, EventParticipant.role)
        .join(EventParticipant, EventParticipant.event_id == Event.id)
        .where(EventParticipant.person_id == person.id)
        .order_by(Event.start_date, Event.id)
    ).all()
    return [(event, role) for event, role in rows]
