"""Sources: the articles and documents facts come from."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import parse_optional
from tracker.models import Source
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
    from tracker.errors import AlreadyExists, InvalidInput

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
