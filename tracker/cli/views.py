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
