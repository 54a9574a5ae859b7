"""The records the International Influence Table counts, as plain dicts for tables and
--json: posts, standards adopted abroad, awards, teaching sites abroad."""

from __future__ import annotations

from typing import Any

from tracker.cli.views import _date


def _row(record: Any, **fields: Any) -> dict[str, Any]:
    """A record's row: its id, the given fields in order, then the source it cites (every
    impact record has both, and the --json keys keep this order)."""
    return {"id": record.id, **fields, "source_id": record.source_id}


def _name(related: Any) -> str | None:
    """The name of an optional related row (a partner, an adopter...)."""
    return related.name if related is not None else None


def _code(related: Any) -> str | None:
    """The code of an optional role or country row."""
    return related.code if related is not None else None


def _value(member: Any) -> str | None:
    """The stored value of an optional vocabulary member (a level, a winner)."""
    return member.value if member is not None else None


def post_row(post: Any) -> dict[str, Any]:
    body = post.organization or post.alliance
    return _row(post, person=post.person.name,
                person_organization=_name(post.person.organization), body=body.name,
                body_kind="organization" if post.organization else "alliance",
                role=_code(post.role), title=post.title, start=_date(post.start),
                end=_date(post.end))


def standard_row(record: Any) -> dict[str, Any]:
    return _row(record, organization=record.organization.name, kind=record.kind.value,
                title=record.title, adopter=_name(record.adopter), country=_code(record.country),
                adopted=_date(record.adopted), notes=record.notes)


def award_row(record: Any) -> dict[str, Any]:
    return _row(record, organization=record.organization.name, competition=record.event.title,
                competition_id=record.event_id, country=_code(record.event.country),
                title=record.title, level=_value(record.level), winner=_value(record.winner),
                person=_name(record.person), awarded=_date(record.awarded), notes=record.notes)


def site_row(record: Any) -> dict[str, Any]:
    return _row(record, organization=record.organization.name, name=record.name,
                kind=record.kind.value, country=record.country.code,
                partner=_name(record.partner), opened=_date(record.opened),
                closed=_date(record.closed), notes=record.notes)


def impact_rows(facts: Any) -> dict[str, list[dict[str, Any]]]:
    """The impact records of a source's facts (`services.source.SourceFacts`), as rows."""
    return {
        "posts": [post_row(p) for p in facts.posts],
        "standards": [standard_row(s) for s in facts.standards],
        "awards": [award_row(a) for a in facts.awards],
        "sites": [site_row(s) for s in facts.sites],
    }
