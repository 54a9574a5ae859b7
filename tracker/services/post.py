"""Posts held by people: a person of ours on the board of an international body, an
expert of a committee, a vice chair of an alliance... from a start to an (open) end."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tracker.dates import check_order, edited_period, parse_optional
from tracker.errors import InvalidInput
from tracker.models import Alliance, Organization, Person, Post, Source
from tracker.services import resolve
from tracker.services.periods import held_in_year
from tracker.services.validate import optional_text

NOUN, LISTING = "post", "tracker post list"


def _body(session: Session, post: Post, organization: str | Organization | None,
          alliance: str | Alliance | None) -> None:
    """Set where the post is held: one organization or one alliance."""
    if organization and alliance:
        raise InvalidInput("a post is held in an organization or an alliance, not both")
    if organization:
        post.organization, post.alliance = resolve.organization(session, organization), None
    elif alliance:
        post.organization, post.alliance = None, resolve.alliance(session, alliance)


def add_post(
    session: Session,
    person: str | Person,
    *,
    organization: str | Organization | None = None,
    alliance: str | Alliance | None = None,
    role: str | None = None,
    title: str | None = None,
    start: str | None = None,
    end: str | None = None,
    source: Source | None = None,
    evidence: str | None = None,
) -> Post:
    """Record that `person` holds a post (a role of the vocabulary and/or its own title)."""
    holder = person if isinstance(person, Person) else resolve.person(session, person)
    if not organization and not alliance:
        raise InvalidInput("a post needs the organization (--org) or alliance (--alliance)")
    post = Post(person=holder, source=source, evidence=optional_text(evidence, "evidence"))
    _body(session, post, organization, alliance)
    post.role = resolve.role(session, role) if role else None
    post.title = optional_text(title, "post's title")
    if post.role is None and post.title is None:
        raise InvalidInput("a post needs a role (--role) or its title (--title)")
    post.start, post.end = parse_optional(start), parse_optional(end)
    check_order(post.start, post.end)
    session.add(post)
    return post


def post(session: Session, text: str) -> Post:
    return resolve.record_by_id(session, Post, text, noun=NOUN, listing=LISTING)


def edit_post(
    session: Session,
    record: Post,
    *,
    organization: str | None = None,
    alliance: str | None = None,
    role: str | None = None,
    title: str | None = None,
    start: str | None = None,
    end: str | None = None,
    source: Source | None = None,
) -> Post:
    """Change the given fields; None leaves a field, "" clears role, title or a date."""
    _body(session, record, organization, alliance)
    if role is not None:
        record.role = resolve.role(session, role) if role.strip() else None
    if title is not None:
        record.title = optional_text(title, "post's title")
    if record.role is None and record.title is None:
        raise InvalidInput("a post needs a role (--role) or its title (--title)")
    record.start, record.end = edited_period(start, end, (record.start, record.end))
    if source is not None:
        record.source = source
    return record


def remove_post(session: Session, record: Post) -> None:
    session.delete(record)


def list_posts(
    session: Session,
    *,
    person: str | None = None,
    organization: str | None = None,
    year: int | None = None,
) -> list[Post]:
    """Posts by start date, filtered by holder, by the organization of the holder or the
    body, and by a year they were held at any time in."""
    query = select(Post).order_by(Post.start_date.is_(None), Post.start_date, Post.id)
    if person:
        query = query.where(Post.person_id == resolve.person(session, person).id)
    if organization:
        org = resolve.organization(session, organization)
        query = query.join(Person, Post.person_id == Person.id).where(
            or_(Person.organization_id == org.id, Post.organization_id == org.id)
        )
    if year is not None:
        query = query.where(held_in_year(Post.start_date, Post.end_date, year))
    return list(session.scalars(query))
