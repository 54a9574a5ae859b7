"""Teaching sites abroad: an overseas branch, a Luban Workshop, a joint centre of ours,
with its host country and partner, opened and closed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import check_order, edited_period, parse_optional
from tracker.errors import InvalidInput
from tracker.models import Organization, SiteKind, Source, TeachingSite
from tracker.services import resolve
from tracker.services.periods import held_in_year
from tracker.services.validate import choice, optional_text, required_text

NOUN, LISTING = "teaching site", "tracker site list"


def add_site(
    session: Session,
    organization: str | Organization,
    name: str,
    *,
    country: str | None,
    kind: str | None = None,
    partner: str | Organization | None = None,
    opened: str | None = None,
    closed: str | None = None,
    notes: str | None = None,
    source: Source | None = None,
) -> TeachingSite:
    """Record a teaching site of `organization` abroad."""
    owner = resolve.organization(session, organization)
    partner_org = resolve.optional_organization(session, partner)
    if not country:
        raise InvalidInput("a teaching site needs its host country (--country)")
    if partner_org is owner:
        raise InvalidInput(f"{owner.name} cannot be its own site's partner")
    record = TeachingSite(
        organization=owner,
        name=required_text(name, "site's name"),
        kind=choice(SiteKind, kind, "site kind") or SiteKind.OTHER,
        country=resolve.country(session, country),
        partner=partner_org,
        notes=optional_text(notes, "notes", MAX_TEXT_LENGTH),
        source=source,
    )
    record.opened, record.closed = parse_optional(opened), parse_optional(closed)
    check_order(record.opened, record.closed, "closing")
    session.add(record)
    return record


def site(session: Session, text: str) -> TeachingSite:
    return resolve.record_by_id(session, TeachingSite, text, noun=NOUN, listing=LISTING)


def edit_site(
    session: Session,
    record: TeachingSite,
    *,
    name: str | None = None,
    kind: str | None = None,
    country: str | None = None,
    partner: str | None = None,
    opened: str | None = None,
    closed: str | None = None,
    notes: str | None = None,
    source: Source | None = None,
) -> TeachingSite:
    """Change the given fields; None leaves a field, "" clears an optional one."""
    if name is not None:
        record.name = required_text(name, "site's name")
    if kind is not None:
        record.kind = choice(SiteKind, kind, "site kind") or record.kind
    if country is not None:
        record.country = resolve.country(session, country)
    if partner is not None:
        record.partner = resolve.optional_organization(session, partner)
        if record.partner is record.organization:
            raise InvalidInput(f"{record.organization.name} cannot be its own site's partner")
    record.opened, record.closed = edited_period(
        opened, closed, (record.opened, record.closed), "closing"
    )
    if notes is not None:
        record.notes = optional_text(notes, "notes", MAX_TEXT_LENGTH)
    if source is not None:
        record.source = source
    return record


def remove_site(session: Session, record: TeachingSite) -> None:
    session.delete(record)


def list_sites(
    session: Session,
    *,
    organization: str | None = None,
    country: str | None = None,
    year: int | None = None,
) -> list[TeachingSite]:
    """Sites by opening date, filtered by organization, host country and a year open."""
    query = select(TeachingSite).order_by(
        TeachingSite.opened_date.is_(None), TeachingSite.opened_date, TeachingSite.id
    )
    if organization:
        org = resolve.organization(session, organization)
        query = query.where(TeachingSite.organization_id == org.id)
    if country:
        query = query.where(TeachingSite.country_id == resolve.country(session, country).id)
    if year is not None:
        query = query.where(held_in_year(TeachingSite.opened_date, TeachingSite.closed_date, year))
    return list(session.scalars(query))
