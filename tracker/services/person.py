"""People: a name, a title, an organization."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tracker.models import Person
from tracker.services import resolve
from tracker.services.validate import optional_text, required_text


def add_person(
    session: Session, name: str, title: str | None = None, organization: str | None = None
) -> Person:
    person = Person(
        name=required_text(name, "person's name"),
        title=optional_text(title, "title"),
        organization=resolve.optional_organization(session, organization),
    )
    session.add(person)
    return person
