"""Sources: the articles and documents facts come from."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import parse_optional
from tracker.errors import InvalidInput, NotFound
from tracker.limits import get_by_id, looks_like_id
from tracker.models import (
    Award,
    Citation,
    Cooperation,
    Event,
    Figure,
    Membership,
    MembershipTerm,
    Post,
    Source,
    StandardAdoption,
    TeachingSite,
)
from tracker.names import name_key
from tracker.services.validate import optional_text

MAX_URL_LENGTH = 2000


def content_hash(text: str) -> str:
    """SHA-256 of the text with white space folded: the same article is one source."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def find_by_hash(session: Session, digest: str) -> Source | None:
    return session.scalars(select(Source).where(Source.content_hash == digest)).first()


def add_source(
    session: Session,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    author: str | None = None,
    text: str | None = None,
) -> Source:
    """Record a source; its content hash comes from the text, else from the URL."""
    from tracker.errors import AlreadyExists

    title = optional_text(title, "title")
    url = optional_text(url, "URL", MAX_URL_LENGTH)
    if not (title or url or text):
        raise InvalidInput("a source needs at least a title, a URL or a text")
    digest = content_hash(text) if text else (content_hash(url) if url else None)
    if digest and (existing := find_by_hash(session, digest)) is not None:
        raise AlreadyExists(f"this source is already recorded as id {existing.id}")
    source = Source(
        title=title,
        url=url,
        publisher=optional_text(publisher, "publisher"),
        author=optional_text(author, "author"),
        content_hash=digest,
        text=text,
    )
    source.published = parse_optional(published)
    session.add(source)
    return source


def read_text_file(path: Path) -> str:
    """The UTF-8 text of a regular file within the input size limit (tracker.files),
    refusing other encodings with one clear message."""
    from tracker.files import UnreadableFile, read_limited

    try:
        data = read_limited(path)
    except UnreadableFile as error:
        raise InvalidInput(f"cannot read {path}: it {error}") from None
    except OSError as error:
        raise InvalidInput(f"cannot read {path}: {error.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"{path} is not UTF-8 text (byte {error.start} cannot be decoded); "
            "save it as UTF-8 and try again"
        ) from None


def source(session: Session, text: str) -> Source:
    """A source by id, by its exact URL or by its title (case and punctuation ignored)."""
    query = text.strip()
    if not query:
        raise InvalidInput("the source is empty")
    if looks_like_id(query):
        found = get_by_id(session, Source, query)
        if found is None:
            raise NotFound(f"no source has id {query}")
        return found
    by_url = session.scalars(select(Source).where(Source.url == query).order_by(Source.id)).first()
    if by_url is not None:
        return by_url
    key = name_key(query)
    titled = [s for s in session.scalars(select(Source).where(Source.title.is_not(None)))
              if name_key(s.title or "") == key]
    if len(titled) == 1:
        return titled[0]
    if titled:
        from tracker.errors import Ambiguous

        listing = "; ".join(f"id {s.id}" for s in titled)
        raise Ambiguous(f"'{query}' is the title of several sources: {listing}; use the id")
    raise NotFound(f"no source with id, URL or title '{query}'")


def optional_source(session: Session, text: str | None) -> Source | None:
    return source(session, text) if text else None


def list_sources(
    session: Session,
    publisher: str | None = None,
    year: int | None = None,
    text: str | None = None,
) -> list[Source]:
    """Sources, newest first; filtered by publisher, year of publication and title or URL."""
    query = select(Source).order_by(
        Source.published_date.is_(None), Source.published_date.desc(), Source.id
    )
    if year is not None:
        query = query.where(
            Source.published_date >= dt.date(year, 1, 1),
            Source.published_date <= dt.date(year, 12, 31),
        )
    found = list(session.scalars(query))
    # names are matched by their normalised key, which only Python computes
    if publisher:
        found = [s for s in found if name_key(publisher) in name_key(s.publisher or "")]
    if text:
        key = name_key(text)
        found = [
            s for s in found if key in name_key(s.title or "") or text.strip() in (s.url or "")
        ]
    return found


@dataclass
class SourceFacts:
    """Every record that names a source as its origin, and every citation of it."""

    memberships: list[Membership] = field(default_factory=list)
    terms: list[MembershipTerm] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    cooperation: list[Cooperation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    standards: list[StandardAdoption] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    sites: list[TeachingSite] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def count(self) -> int:
        return sum(len(getattr(self, name)) for name in self.__dataclass_fields__)


def facts_of(session: Session, source: Source) -> SourceFacts:
    """The facts linked to `source`: by their own source column, or by a citation."""
    facts = SourceFacts()
    for name, model in (
        ("memberships", Membership),
        ("terms", MembershipTerm),
        ("events", Event),
        ("cooperation", Cooperation),
        ("figures", Figure),
        ("posts", Post),
        ("standards", StandardAdoption),
        ("awards", Award),
        ("sites", TeachingSite),
    ):
        rows = session.scalars(
            select(model).where(model.source_id == source.id).order_by(model.id)  # type: ignore[attr-defined]
        ).all()
        getattr(facts, name).extend(rows)
    facts.citations.extend(
        session.scalars(
            select(Citation).where(Citation.source_id == source.id).order_by(Citation.id)
        ).all()
    )
    return facts


def describe(session: Session, table: str, row_id: int) -> dict[str, Any]:
    """A short description of any cited row, for `source show`."""
    from tracker.db import Base

    model = next(
        (m.class_ for m in Base.registry.mappers if getattr(m.local_table, "name", None) == table),
        None,
    )
    row = session.get(model, row_id) if model is not None else None
    label = None
    if row is not None:
        label = getattr(row, "name", None) or getattr(row, "title", None)
    return {"table": table, "id": row_id, "label": label}
