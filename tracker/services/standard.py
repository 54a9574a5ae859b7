"""Standards adopted abroad: a programme or course standard an organization of ours
developed, adopted by an institution or authority of a country."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import parse_optional
from tracker.errors import InvalidInput
from tracker.models import Organization, Source, StandardAdoption, StandardKind
from tracker.services import resolve
from tracker.services.periods import dated_in_year
from tracker.services.validate import choice, optional_text, required_text

NOUN, LISTING = "standard adoption", "tracker standard list"


def _check_adopter(record: StandardAdoption) -> None:
    if record.adopter is None and record.country is None:
        raise InvalidInput("a standard adoption needs the adopter (--adopter) or its country")
    if record.adopter is record.organization:
        raise InvalidInput(f"{record.organization.name} cannot adopt its own standard abroad")


def add_standard(
    session: Session,
    organization: str | Organization,
    title: str,
    *,
    kind: str | None,
    adopter: str | Organization | None = None,
    country: str | None = None,
    adopted: str | None = None,
    notes: str | None = None,
    source: Source | None = None,
) -> StandardAdoption:
    """Record that a standard `organization` developed was adopted abroad."""
    if kind is None:
        raise InvalidInput("give the standard's kind: --kind programme or --kind course")
    record = StandardAdoption(
        organization=resolve.organization(session, organization),
        title=required_text(title, "standard's title"),
        kind=choice(StandardKind, kind, "standard kind"),
        adopter=resolve.optional_organization(session, adopter),
        notes=optional_text(notes, "notes", MAX_TEXT_LENGTH),
        source=source,
    )
    # the adopter's country when none is given: the table asks in which country it is used
    record.country = resolve.optional_country(session, country) or (
        record.adopter.country if record.adopter else None
    )
    _check_adopter(record)
    record.adopted = parse_optional(adopted)
    session.add(record)
    return record


def standard(session: Session, text: str) -> StandardAdoption:
    return resolve.record_by_id(session, StandardAdoption, text, noun=NOUN, listing=LISTING)


def edit_standard(
    session: Session,
    record: StandardAdoption,
    *,
    title: str | None = None,
    kind: str | None = None,
    adopter: str | None = None,
    country: str | None = None,
    adopted: str | None = None,
    notes: str | None = None,
    source: Source | None = None,
) -> StandardAdoption:
    """Change the given fields; None leaves a field, "" clears an optional one."""
    if title is not None:
        record.title = required_text(title, "standard's title")
    if kind is not None:
        record.kind = choice(StandardKind, kind, "standard kind") or record.kind
    # both resolved before either changes: a lookup flushes, and the database refuses a
    # record left with neither
    record.adopter, record.country = (
        resolve.optional_organization(session, adopter) if adopter is not None
        else record.adopter,
        resolve.optional_country(session, country) if country is not None else record.country,
    )
    _check_adopter(record)
    if adopted is not None:
        record.adopted = parse_optional(adopted)
    if notes is not None:
        record.notes = optional_text(notes, "notes", MAX_TEXT_LENGTH)
    if source is not None:
        record.source = source
    return record


def remove_standard(session: Session, record: StandardAdoption) -> None:
    session.delete(record)


def list_standards(
    session: Session,
    *,
    organization: str | None = None,
    kind: str | None = None,
    year: int | None = None,
) -> list[StandardAdoption]:
    """Adoptions by date, filtered by the developing organization, kind and year adopted."""
    query = select(StandardAdoption).order_by(
        StandardAdoption.adopted_date.is_(None), StandardAdoption.adopted_date, StandardAdoption.id
    )
    if organization:
        org = resolve.organization(session, organization)
        query = query.where(StandardAdoption.organization_id == org.id)
    if kind:
        query = query.where(StandardAdoption.kind == choice(StandardKind, kind, "standard kind"))
    if year is not None:
        query = query.where(dated_in_year(StandardAdoption.adopted_date, year))
    return list(session.scalars(query))
