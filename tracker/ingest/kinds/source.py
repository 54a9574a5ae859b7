"""The article itself: one source per article, found again by its content hash."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tracker.db import lock_key
from tracker.extract.facts import ArticleFacts
from tracker.ingest.byline import author_of
from tracker.ingest.context import clip, valid_date
from tracker.ingest.kinds.base import Kind
from tracker.ingest.plan import Action, Item, Matched, Plan, SourceFields
from tracker.models import Source
from tracker.services.source import add_source, content_hash, find_by_hash


@dataclass
class SourceItem:
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    author: str | None = None


def plan_source(session: Session, facts: ArticleFacts, text: str, origin: str,
                url: str | None) -> Plan:
    """A plan holding the source item: to create, or matched when already imported."""
    fields = SourceFields(title=clip(facts.source.title), url=url,
                          publisher=clip(facts.source.publisher),
                          published=valid_date(facts.source.published), text=text,
                          content_hash=content_hash(text), author=author_of(text))
    plan = Plan(origin=origin, source=fields)
    item_fields = SourceItem(fields.title, url, fields.publisher, fields.published,
                             fields.author)
    # concurrent imports of this article wait here for the first to commit, then find it
    lock_key(session, f"source:{fields.content_hash}")
    existing = find_by_hash(session, fields.content_hash)
    label = fields.title or fields.url or origin
    if existing is not None:
        plan.already_imported = existing.id
        plan.items.append(Item(
            "source", "source", Action.MATCH, label, item_fields,
            matched=Matched("source", existing.id, existing.title or label, 100.0,
                            "same content hash"),
            note=f"already imported as source {existing.id}; nothing to change"))
    else:
        plan.items.append(Item("source", "source", Action.CREATE, label, item_fields))
    return plan


def record_source(session: Session, plan: Plan) -> Source:
    """The source row of the article (its item comes first in every plan)."""
    fields = plan.source
    return add_source(session, title=fields.title, url=fields.url, publisher=fields.publisher,
                      published=fields.published, author=fields.author, text=fields.text)


KIND = Kind("source", SourceItem, apply=None, model=Source)
