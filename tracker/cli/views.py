"""Records as plain dicts: the rows of tables and the objects of --json output."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.models import Alliance, Change, Membership, MembershipTerm, Organization


def _date(value: Any) -> str | None:
    return value.iso() if value is not None else None


def organization_row(org: Organization) -> dict[str, Any]:
    return {
        "id": org.id,
        "name": org.name,
        "kind": org.kind.value,
        "country": org.country.code if org.country else None,
        "province": org.province,
        "city": org.city,
        "website": org.website,
        "home": org.is_home,
        "aliases": [alias.name for alias in org.aliases],
    }


def alliance_row(alliance: Alliance) -> dict[str, Any]:
    return {
        "id": alliance.id,
        "name": alliance.name,
        "scope": alliance.scope.value if alliance.scope else None,
        "country": alliance.country.code if alliance.country else None,
        "founded": _date(alliance.founded),
        "dissolved": _date(alliance.dissolved),
        "lead": alliance.lead_organization.name if alliance.lead_organization else None,
        "website": alliance.website,
        "description": alliance.description,
        "aliases": [alias.name for alias in alliance.aliases],
    }


def term_row(term: MembershipTerm) -> dict[str, Any]:
    membership = term.membership
    return {
        "id": term.id,
        "organization": membership.organization.name,
        "alliance": membership.alliance.name,
        "role": term.role.code,
        "start": _date(term.start),
        "end": _date(term.end),
    }


def membership_row(membership: Membership) -> dict[str, Any]:
    from tracker.services.membership import current_role

    role = current_role(membership)
    return {
        "organization": membership.organization.name,
        "alliance": membership.alliance.name,
        "current_role": role.code if role else None,
        "joined": _date(membership.joined),
        "left": _date(membership.left),
        "invited_by": membership.invited_by.name if membership.invited_by else None,
        "roles": [
            {"role": t.role.code, "start": _date(t.start), "end": _date(t.end)}
            for t in membership.terms
        ],
    }


def change_row(change: Change) -> dict[str, Any]:
    return {
        "id": change.id,
        "at": change.at.strftime("%Y-%m-%d %H:%M:%S") if change.at else None,
        "actor": change.actor,
        "database_user": change.database_user,
        "action": change.action.value,
        "table": change.table_name,
        "row": change.row_id,
        "command": change.command,
        "before": change.before,
        "after": change.after,
    }


def role_history(membership: Membership) -> str:
    """'member 2022 → executive_council_member 2023-11-17' for a table cell."""
    steps = [f"{t.role.label.lower()} {t.start or '?'}" for t in membership.terms]
    return " → ".join(steps)


# Rows for events, people, cooperation, figures, sources and countries
# (tracker event/person/coop/figure/source/country/group).


def event_row(event: Any) -> dict[str, Any]:
    from tracker.services.event import date_span, participations

    return {
        "id": event.id,
        "title": event.title,
        "kind": event.kind.value,
        "start": _date(event.start),
        "end": _date(event.end),
        "when": date_span(event.start, event.end),
        "city": event.city,
        "province": event.province,
        "country": event.country.code if event.country else None,
        "online": event.is_online,
        "alliance": event.alliance.name if event.alliance else None,
        "series": event.series.name if event.series else None,
        "edition": event.edition,
        "participants_count": event.participants_count,
        "countries_count": event.countries_count,
        "description": event.description,
        "source_id": event.source_id,
        "participants": [
            {"kind": kind, "name": name, "role": role}
            for kind, name, role in participations(event)
        ],
    }


def person_row(person: Any) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "title": person.title,
        "organization": person.organization.name if person.organization else None,
    }


def cooperation_row(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "organization": record.organization.name,
        "partner": record.partner.name if record.partner else None,
        "country": record.country.code if record.country else None,
        "kind": record.kind.value,
        "direction": record.direction.value if record.direction else None,
        "title": record.title,
        "start": _date(record.start),
        "end": _date(record.end),
        "headcount": record.headcount,
        "days": record.duration_days(),
        "days_given": record.days,
        "notes": record.notes,
        "source_id": record.source_id,
    }


def figure_row(figure: Any) -> dict[str, Any]:
    from tracker.audit import json_value

    about = figure.organization or figure.alliance
    return {
        "id": figure.id,
        "about": about.name if about else None,
        "metric": figure.metric.value,
        "value": json_value(figure.value),
        "bound": figure.bound.value,
        "as_of": _date(figure.as_of),
        "statement": figure.statement,
        "source_id": figure.source_id,
    }


def source_row(source: Any) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "url": source.url,
        "publisher": source.publisher,
        "published": _date(source.published),
        "author": source.author,
        "has_text": bool(source.text),
    }


def country_row(country: Any, member: Any = None, *, chinese: bool = False) -> dict[str, Any]:
    """A country for a table or JSON; `chinese` shows its Chinese name."""
    name = country.name
    if chinese:
        from tracker.country_names import chinese_name

        name = chinese_name(country.code) or name
    row = {
        "code": country.code,
        "alpha3": country.alpha3,
        "name": name,
        "region": country.region,
        "subregion": country.subregion,
    }
    if member is not None:
        row["joined"] = _date(member.joined)
        row["left"] = _date(member.left)
    return row


def group_member_row(member: Any) -> dict[str, Any]:
    return {
        "group": member.group.name,
        "code": member.country.code,
        "country": member.country.name,
        "joined": _date(member.joined),
        "left": _date(member.left),
        "source": member.source,
    }
