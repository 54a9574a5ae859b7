"""Awards won by our students or teachers at competitions (events of kind competition)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import parse_optional
from tracker.errors import InvalidInput
from tracker.models import (
    Award,
    AwardLevel,
    AwardWinner,
    Event,
    EventKind,
    Organization,
    Source,
)
from tracker.services import resolve
from tracker.services.periods import dated_in_year
from tracker.services.validate import choice, optional_text

NOUN, LISTING = "award", "tracker award list"


def _competition(session: Session, text: str | Event) -> Event:
    from tracker.services.event import event

    found = text if isinstance(text, Event) else event(session, text)
    if found.kind is not EventKind.COMPETITION:
        raise InvalidInput(
            f"{found.title} (id {found.id}) is a {found.kind.value}, not a competition; "
            f"set its kind with `tracker event edit {found.id} --kind competition`"
        )
    return found


def add_award(
    session: Session,
    organization: str | Organization,
    competition: str | Event,
    *,
    title: str | None = None,
    level: str | None = None,
    winner: str | None = None,
    person: str | None = None,
    awarded: str | None = None,
    notes: str | None = None,
    source: Source | None = None,
) -> Award:
    """Record an award `organization`'s students or teachers won at `competition`.

    Undated, it takes the competition's date: an award is won when the competition ends.
    """
    contest = _competition(session, competition)
    record = Award(
        organization=resolve.organization(session, organization),
        event=contest,
        title=optional_text(title, "award's title"),
        level=choice(AwardLevel, level, "award level"),
        winner=choice(AwardWinner, winner, "winner"),
        person=resolve.person(session, person) if person else None,
        notes=optional_text(notes, "notes", MAX_TEXT_LENGTH),
        source=source,
    )
    record.awarded = parse_optional(awarded) or contest.end or contest.start
    session.add(record)
    return record


def award(session: Session, text: str) -> Award:
    return resolve.record_by_id(session, Award, text, noun=NOUN, listing=LISTING)


def edit_award(
    session: Session,
    record: Award,
    *,
    competition: str | None = None,
    title: str | None = None,
    level: str | None = None,
    winner: str | None = None,
    person: str | None = None,
    awarded: str | None = None,
    notes: str | None = None,
    source: Source | None = None,
) -> Award:
    """Change the given fields; None leaves a field, "" clears an optional one."""
    if competition is not None:
        record.event = _competition(session, competition)
    if title is not None:
        record.title = optional_text(title, "award's title")
    if level is not None:
        record.level = choice(AwardLevel, level or None, "award level")
    if winner is not None:
        record.winner = choice(AwardWinner, winner or None, "winner")
    if person is not None:
        record.person = resolve.person(session, person) if person.strip() else None
    if awarded is not None:
        record.awarded = parse_optional(awarded)
    if notes is not None:
        record.notes = optional_text(notes, "notes", MAX_TEXT_LENGTH)
    if source is not None:
        record.source = source
    return record


def remove_award(session: Session, record: Award) -> None:
    session.delete(record)


def list_awards(
    session: Session, *, organization: str | None = None, year: int | None = None
) -> list[Award]:
    """Awards by date, filtered by organization and the year they were won."""
    query = select(Award).order_by(Award.awarded_date.is_(None), Award.awarded_date, Award.id)
    if organization:
        query = query.where(Award.organization_id == resolve.organization(session, organization).id)
    if year is not None:
        query = query.where(dated_in_year(Award.awarded_date, year))
    return list(session.scalars(query))
