"""Correcting and deleting sources: `source edit`, and `source remove` with what the source
alone supports (kept unless asked for)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import parse_optional
from tracker.errors import AlreadyExists, InvalidInput
from tracker.models import Change, Citation, Source
from tracker.models.enums import ChangeAction
from tracker.services.source import MAX_URL_LENGTH, content_hash, facts_of, find_by_hash
from tracker.services.validate import optional_text


@dataclass(frozen=True)
class SourceEdit:
    """Fields to change; None keeps one, '' clears it."""

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    author: str | None = None


def edit_source(session: Session, source: Source, change: SourceEdit) -> Source:
    """Correct a source's details; a source keeps a title, a URL or a text."""
    if change.title is not None:
        source.title = optional_text(change.title, "title")
    if change.url is not None:
        source.url = optional_text(change.url, "URL", MAX_URL_LENGTH)
    if change.publisher is not None:
        source.publisher = optional_text(change.publisher, "publisher")
    if change.author is not None:
        source.author = optional_text(change.author, "author")
    if change.published is not None:
        source.published = parse_optional(change.published)
    if not (source.title or source.url or source.text):
        raise InvalidInput("a source needs at least a title, a URL or a text")
    if not source.text:  # without a text, the URL is what identifies the source
        digest = content_hash(source.url) if source.url else None
        other = find_by_hash(session, digest) if digest else None
        if other is not None and other is not source:
            raise AlreadyExists(f"this URL is already recorded as source {other.id}")
        source.content_hash = digest
    return source


@dataclass(frozen=True)
class Supported:
    """A record that names the source as its origin or is cited by it, and by no other."""

    table: str
    id: int
    record: Any


def alone_supported(session: Session, source: Source) -> list[Supported]:
    """The records only `source` supports: those whose own source is it, or (organizations,
    alliances, people) that the command recording it added; and that no other source cites.
    Deleting the source leaves them without any evidence."""
    facts = facts_of(session, source)
    candidates: dict[tuple[str, int], Any] = {}
    for rows in (facts.memberships, facts.terms, facts.events, facts.cooperation,
                 facts.figures):
        for row in rows:
            candidates[(row.__tablename__, row.id)] = row
    for citation in facts.citations:
        row = _row(session, citation.subject_table, citation.subject_id)
        if row is not None:
            candidates.setdefault((citation.subject_table, citation.subject_id), row)
    alone = []
    imported_at = _inserted_at(session, "source", source.id)
    for (table, row_id), row in sorted(candidates.items(), key=lambda item: item[0]):
        if hasattr(row, "source_id"):
            if row.source_id != source.id:
                continue
        elif imported_at is None or _inserted_at(session, table, row_id) != imported_at:
            continue  # cited, but recorded by hand or from another source before
        others = session.scalars(select(Citation.id).where(
            Citation.subject_table == table, Citation.subject_id == row_id,
            Citation.source_id != source.id)).first()
        if others is None:
            alone.append(Supported(table, row_id, row))
    return alone


def _inserted_at(session: Session, table: str, row_id: int) -> Any:
    """The time stamp of the command that added the row (None: not in the log)."""
    return session.scalar(select(Change.at).where(
        Change.table_name == table, Change.row_id == row_id,
        Change.action == ChangeAction.INSERT).order_by(Change.id.desc()).limit(1))


def _row(session: Session, table: str, row_id: int) -> Any:
    from tracker.audit import mapped_class

    model = mapped_class(table)
    return session.get(model, row_id) if model is not None else None


# rows that belong to the record they point at and go with it (names, evidence)
_PARTS = ("alias", "citation", "event_participant")


def removable(session: Session, records: list[Supported]) -> list[Supported]:
    """Those of `records` that no record outside them refers to: deleting an organization
    the source alone names must not take another source's membership with it."""
    from tracker.audit import referencing

    chosen = {(item.table, item.id) for item in records}
    kept = []
    for item in records:
        table = type(item.record).__table__
        outside = any(
            (model.__tablename__, row.id) not in chosen
            for model, key, _rule in referencing(table)
            if model.__tablename__ not in _PARTS
            for row in session.scalars(select(model).where(getattr(model, key) == item.id))
        )
        if not outside:
            kept.append(item)
    return kept


def remove_source(
    session: Session, source: Source, *, with_records: list[Supported] | None = None
) -> None:
    """Delete the source and its citations; records that named it keep no source. With
    `with_records` (see `removable`), those records go too."""
    # marked together, flushed once: the unit of work then deletes children before parents
    with session.no_autoflush:
        for item in with_records or []:
            session.delete(item.record)
        session.delete(source)
    session.flush()
