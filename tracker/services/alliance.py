"""Alliances: add, edit, remove, list."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import check_order, parse_optional
from tracker.models import Alliance, AllianceScope, Country
from tracker.services import resolve
from tracker.services.organization import add_alias, check_name_free, rename
from tracker.services.validate import choice, optional_text, required_text


def add_alliance(
    session: Session,
    name: str,
    scope: str | None = None,
    country: str | None = None,
    founded: str | None = None,
    dissolved: str | None = None,
    lead: str | None = None,
    website: str | None = None,
    description: str | None = None,
    aliases: list[str] | None = None,
) -> Alliance:
    name = required_text(name, "alliance name")
    check_name_free(session, name)
    founded_date, dissolved_date = parse_optional(founded), parse_optional(dissolved)
    check_order(founded_date, dissolved_date, "dissolution date")
    alliance = Alliance(
        name=name,
        scope=choice(AllianceScope, scope, "scope"),
        country=resolve.optional_country(session, country),
        lead_organization=resolve.optional_organization(session, lead),
        website=optional_text(website, "website", 500),
        description=optional_text(description, "description", MAX_TEXT_LENGTH),
    )
    alliance.founded = founded_date
    alliance.dissolved = dissolved_date
    session.add(alliance)
    for alias in aliases or []:
        add_alias(session, alliance, alias)
    return alliance


def edit_alliance(
    session: Session,
    alliance: Alliance,
    name: str | None = None,
    scope: str | None = None,
    country: str | None = None,
    founded: str | None = None,
    dissolved: str | None = None,
    lead: str | None = None,
    website: str | None = None,
    description: str | None = None,
) -> Alliance:
    """Change the given fields; None leaves a field as it is, "" clears it."""
    if name is not None:
        rename(session, alliance, name)
    if scope is not None:
        alliance.scope = choice(AllianceScope, scope, "scope") if scope else None
    if country is not None:
        alliance.country = resolve.optional_country(session, country)
    founded_date = parse_optional(founded) if founded is not None else alliance.founded
    dissolved_date = parse_optional(dissolved) if dissolved is not None else alliance.dissolved
    check_order(founded_date, dissolved_date, "dissolution date")
    alliance.founded, alliance.dissolved = founded_date, dissolved_date
    if lead is not None:
        alliance.lead_organization = resolve.optional_organization(session, lead)
    if website is not None:
        alliance.website = optional_text(website, "website", 500)
    if description is not None:
        alliance.description = optional_text(description, "description", MAX_TEXT_LENGTH)
    return alliance


def remove_alliance(session: Session, alliance: Alliance) -> None:
    """Delete an alliance with its aliases and memberships."""
    session.delete(alliance)


def list_alliances(
    session: Session,
    scope: str | None = None,
    country: str | None = None,
    name: str | None = None,
) -> list[Alliance]:
    query = select(Alliance).order_by(Alliance.name_key)
    if scope:
        query = query.where(Alliance.scope == choice(AllianceScope, scope, "scope"))
    if country:
        query = query.join(Country, Alliance.country_id == Country.id).where(
            Country.id == resolve.country(session, country).id
        )
    if name:
        query = query.where(resolve.name_contains(Alliance, name))
    return list(session.scalars(query))
