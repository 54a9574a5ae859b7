"""The records the International Influence Table counts, as plain dicts for tables and
--json: posts, standards adopted abroad, awards, teaching sites abroad."""

from __future__ import annotations

from typing import Any

from tracker.cli.views import _date


def post_row(post: Any) -> dict[str, Any]:
    body = post.organization or post.alliance
    return {
        "id": post.id,
        "person": post.person.name,
        "person_organization": post.person.organization.name if post.person.organization
        else None,
        "body": body.name,
        "body_kind": "organization" if post.organization else "alliance",
        "role": post.role.code if post.role else None,
        "title": post.title,
        "start": _date(post.start),
        "end": _date(post.end),
        "source_id": post.source_id,
    }


def standard_row(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "organization": record.organization.name,
        "kind": record.kind.value,
        "title": record.title,
        "adopter": record.adopter.name if record.adopter else None,
        "country": record.country.code if record.country else None,
        "adopted": _date(record.adopted),
        "notes": record.notes,
        "source_id": record.source_id,
    }


def award_row(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "organization": record.organization.name,
        "competition": record.event.title,
        "competition_id": record.event_id,
        "country": record.event.country.code if record.event.country else None,
        "title": record.title,
        "level": record.level.value if record.level else None,
        "winner": record.winner.value if record.winner else None,
        "person": record.person.name if record.person else None,
        "awarded": _date(record.awarded),
        "notes": record.notes,
        "source_id": record.source_id,
    }


def site_row(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "organization": record.organization.name,
        "name": record.name,
        "kind": record.kind.value,
        "country": record.country.code,
        "partner": record.partner.name if record.partner else None,
        "opened": _date(record.opened),
        "closed": _date(record.closed),
        "notes": record.notes,
        "source_id": record.source_id,
    }


def impact_rows(facts: Any) -> dict[str, list[dict[str, Any]]]:
    """The impact records of a source's facts (`services.source.SourceFacts`), as rows."""
    return {
        "posts": [post_row(p) for p in facts.posts],
        "standards": [standard_row(s) for s in facts.standards],
        "awards": [award_row(a) for a in facts.awards],
        "sites": [site_row(s) for s in facts.sites],
    }
