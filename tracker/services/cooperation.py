"""Cooperation with partner institutions and countries: exchanges, trainings, MoUs...

For an MoU the end is its expiry, so `--expiring-before` finds the MoUs to renew.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import (
    PartialDate,
    Precision,
    check_order,
    edited_period,
    parse_optional,
    parse_partial_date,
)
from tracker.errors import Conflict, InvalidInput
from tracker.models import (
    Cooperation,
    CooperationDirection,
    CooperationKind,
    Organization,
    Source,
)
from tracker.services import resolve
from tracker.services.periods import held_in_year
from tracker.services.validate import choice, non_negative, optional_text


def add_cooperation(
    session: Session,
    organization: str | Organization,
    partner: str | Organization | None = None,
    country: str | None = None,
    kind: str | None = None,
    title: str | None = None,
    start: str | None = None,
    end: str | None = None,
    headcount: int | None = None,
    notes: str | None = None,
    source: Source | None = None,
    *,
    direction: str | None = None,
    days: int | None = None,
) -> Cooperation:
    """Record cooperation of `organization` with a partner organization and/or a country.

    `days` is how long it lasts when the dates do not say it exactly (a two-week
    training in "2023-05"); with exact start and end days it follows from them.
    """
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
        direction=choice(CooperationDirection, direction, "direction"),
        headcount=non_negative(headcount, "headcount"),
        days=non_negative(days, "number of days"),
        notes=optional_text(notes, "notes", MAX_TEXT_LENGTH),
        source=source,
    )
    record.start, record.end = start_date, end_date
    session.add(record)
    return record


def cooperation(session: Session, text: str) -> Cooperation:
    """A cooperation record by id (they have no names of their own)."""
    return resolve.record_by_id(
        session, Cooperation, text, noun="cooperation", listing="tracker coop list"
    )


def edit_cooperation(
    session: Session,
    record: Cooperation,
    *,
    partner: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    direction: str | None = None,
    title: str | None = None,
    start: str | None = None,
    end: str | None = None,
    headcount: int | None = None,
    days: int | None = None,
    notes: str | None = None,
    source: Source | None = None,
    clear: Collection[str] = (),
) -> Cooperation:
    """Change the given fields; None leaves a field as it is, "" clears an optional one,
    and so does naming it in `clear` (the way to empty a number: headcount, days)."""
    unknown = sorted(set(clear) - set(CLEARABLE))
    if unknown:
        raise InvalidInput(f"cannot clear '{unknown[0]}'; fields that can be cleared: "
                           f"{', '.join(CLEARABLE)}")
    texts = {"partner": partner, "country": country, "direction": direction, "title": title,
             "start": start, "end": end, "notes": notes}
    partner, country, direction, title, start, end, notes = (
        "" if name in clear else value for name, value in texts.items())
    # resolve both before changing either: a lookup flushes, and the database refuses a
    # record left with neither
    new_partner = (
        resolve.optional_organization(session, partner) if partner is not None else record.partner
    )
    new_country = resolve.optional_country(session, country) if country is not None else (
        record.country
    )
    if new_partner is None and new_country is None:
        raise InvalidInput("cooperation needs a partner organization or a country (or both)")
    if new_partner is record.organization:
        raise InvalidInput(f"{record.organization.name} cannot cooperate with itself")
    record.partner, record.country = new_partner, new_country
    if kind is not None:
        record.kind = choice(CooperationKind, kind, "cooperation kind") or record.kind
    if direction is not None:
        record.direction = choice(CooperationDirection, direction or None, "direction")
    if title is not None:
        record.title = optional_text(title, "title")
    record.start, record.end = edited_period(start, end, (record.start, record.end))
    if "headcount" in clear:
        record.headcount = None
    elif headcount is not None:
        record.headcount = non_negative(headcount, "headcount")
    if "days" in clear:
        record.days = None
    elif days is not None:
        record.days = non_negative(days, "number of days")
    if notes is not None:
        record.notes = optional_text(notes, "notes", MAX_TEXT_LENGTH)
    if "source" in clear:
        record.source = None
    elif source is not None:
        record.source = source
    return record


CLEARABLE = ("partner", "country", "direction", "title", "start", "end", "headcount", "days",
             "notes", "source")


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
    direction: str | None = None


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
        query = query.where(held_in_year(Cooperation.start_date, Cooperation.end_date, where.year))
    if where.kind:
        query = query.where(
            Cooperation.kind == choice(CooperationKind, where.kind, "cooperation kind")
        )
    if where.direction:
        query = query.where(
            Cooperation.direction == choice(CooperationDirection, where.direction, "direction")
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
