"""Cooperation with partner institutions and countries: exchanges, trainings, MoUs...

For an MoU the end is its expiry, so `--expiring-before` finds the MoUs to renew.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import PartialDate, Precision, check_order, parse_optional, parse_partial_date
from tracker.errors import Conflict, InvalidInput, NotFound
from tracker.limits import get_by_id, looks_like_id
from tracker.models import Cooperation, CooperationKind, Organization, Source
from tracker.services import resolve
from tracker.services.validate import choice, non_negative, optional_text


def add_cooperation(
    session: Session,
    organization: str,
    partner: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    title: str | None = None,
    start: str | None = None,
    end: str | None = None,
    headcount: int | None = None,
    notes: str | None = None,
    source: Source | None = None,
) -> Cooperation:
    """Record cooperation of `organization` with a partner organization and/or a country."""
    owner = resolve.organization(session, organization)
    partner_org = resolve.optional_organization(session, partner)
    partner_country = resolve.optional_country(session, country)
    if partner_org is None and partner_country is None:
        raise InvalidInput("cooperation needs a partner organization or a country (or both)")
    if partner_org is owner:
        raise InvalidInput(f"{owner.name} cannot cooperate with itself")
    start_date, end_date = parse_optional(start), parse_optional(end)
    check_order(start_date, end_date)
    record = Cooperation(
        organization=owner,
        partner=partner_org,
        country=partner_country,
        kind=choice(CooperationKind, kind, "cooperation kind") or CooperationKind.OTHER,
        title=optional_text(title, "title"),
        headcount=non_negative(headcount, "headcount"),
        notes=optional_text(notes, "notes", MAX_TEXT_LENGTH),
        source=source,
    )
    record.start, record.end = start_date, end_date
    session.add(record)
    return record


def cooperation(session: Session, text: str) -> Cooperation:
    """A cooperation record by id (they have no names of their own)."""
    query = text.strip()
    if not looks_like_id(query):
        raise InvalidInput(f"'{query}' is not a cooperation id; `tracker coop list` shows them")
    found = get_by_id(session, Cooperation, query)
    if found is None:
        raise NotFound(f"no cooperation has id {query}")
    return found


def end_cooperation(session: Session, record: Cooperation, on: str | None) -> Cooperation:
    """Close open cooperation on `on` (default today)."""
    if record.end is not None:
        raise Conflict(f"cooperation {record.id} already ends {record.end}")
    end = parse_optional(on) or PartialDate(dt.date.today(), Precision.DAY)
    check_order(record.start, end)
    record.end = end
    return record


def remove_cooperation(session: Session, record: Cooperation) -> None:
    """Delete one cooperation record."""
    session.delete(record)


@dataclass(frozen=True)
class CooperationFilter:
    year: int | None = None
    kind: str | None = None
    country: str | None = None
    organization: str | None = None
    expiring_before: str | None = None


def list_cooperation(session: Session, where: CooperationFilter) -> list[Cooperation]:
    """Cooperation by start date, filtered by year overlap, kind, country (its own or its
    partner's), organization (either side) and expiry before a date."""
    partner = aliased(Organization)
    query = (
        select(Cooperation)
        .outerjoin(partner, Cooperation.partner_organization_id == partner.id)
        .order_by(Cooperation.start_date.is_(None), Cooperation.start_date, Cooperation.id)
    )
    if where.year is not None:
        first, last = dt.date(where.year, 1, 1), dt.date(where.year, 12, 31)
        query = query.where(
            or_(Cooperation.start_date.is_(None), Cooperation.start_date <= last),
            or_(Cooperation.end_date.is_(None), Cooperation.end_date >= first),
        )
    if where.kind:
        query = query.where(
            Cooperation.kind == choice(CooperationKind, where.kind, "cooperation kind")
        )
    if where.country:
        country = resolve.country(session, where.country)
        query = query.where(
            or_(Cooperation.country_id == country.id, partner.country_id == country.id)
        )
    if where.organization:
        org = resolve.organization(session, where.organization)
        query = query.where(
            or_(
                Cooperation.organization_id == org.id,
                Cooperation.partner_organization_id == org.id,
            )
        )
    if where.expiring_before:
        before = parse_partial_date(where.expiring_before).first_day
        query = query.where(Cooperation.end_date.is_not(None), Cooperation.end_date < before)
    return list(session.scalars(query))


def cooperation_of(session: Session, organization: Organization) -> list[Cooperation]:
    """Cooperation in which the organization is either side."""
    return list_cooperation(session, CooperationFilter(organization=str(organization.id)))
