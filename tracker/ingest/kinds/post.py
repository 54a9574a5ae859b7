"""Posts the publisher's people hold in organizations and alliances, as articles state
them. The holder is a person of the home organization (the article's own person of that
name, else a new or recorded one); the body an alliance when it is known as one or named
like one, else an organization. The same person, body and role (or title, without a
role) is the same post: matched, never added twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.extract.facts import Person as PersonFact
from tracker.ingest.context import PlanContext, clip, sentence, valid_date
from tracker.ingest.kinds.base import Kind, evidence_of, get_row, own_ref, skipped
from tracker.ingest.kinds.person import plan_person
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Post, Source
from tracker.names import name_key
from tracker.services.post import add_post

# a body named like an alliance is one, known or not ("... Alliance", "…联盟")
_ALLIANCE_ENDINGS = ("alliance", "consortium", "联盟")


@dataclass
class PostFields:
    person: str | None = None
    organization: str | None = None
    alliance: str | None = None
    role: str | None = None
    title: str | None = None
    start: str | None = None
    home: str | None = None  # the holder's organization: the home one


def plan(ctx: PlanContext) -> None:
    seen: set[tuple[Any, ...]] = set()
    for fact in ctx.facts.posts:
        said = sentence(fact.evidence)
        home = own_ref(ctx)
        table = _table_of(ctx, fact.body)
        body = ctx.named_ref(fact.body, table, fact.evidence)
        person = ctx.local.get(("person", name_key(fact.person)))
        if person is None and home is not None:
            person = plan_person(ctx, PersonFact(fact.person, fact.person_title, None,
                                                 fact.evidence), home)
        fields = PostFields(ctx.label_of(person) or fact.person,
                            ctx.label_of(body) if table == "organization" else None,
                            ctx.label_of(body) if table == "alliance" else None,
                            fact.role if fact.role in ctx.roles else None, clip(fact.title),
                            valid_date(fact.start), ctx.label_of(home))
        label = f"{fields.title or fields.role} of {fact.body}: {fields.person}"
        note = _unusable(ctx, home, person, body)
        if skipped(ctx, "post", label, fields, evidence=said, note=note,
                   key=(person, body, fields.role, fields.title), seen=seen):
            continue
        row = _existing(ctx, person, body, table, fields)
        ctx.add("post", Action.MATCH if row else Action.CREATE, label, fields, evidence=said,
                needs={"person": person, table: body, "home": home},
                matched=Matched("post", row.id, label, 100.0, "same person, body and post")
                if row else None)


def _table_of(ctx: PlanContext, body: str) -> str:
    if ctx.find_ref(body, "alliance") is not None or any(
            name_key(body).endswith(ending) for ending in _ALLIANCE_ENDINGS):
        return "alliance"
    return "organization"


def _unusable(ctx: PlanContext, home: str | None, person: str | None,
              body: str | None) -> str | None:
    if home is None:
        return "not applied: the holder is the publisher's and no home organization is set"
    if not ctx.live(person) or not ctx.live(body):
        return "not applied: its person or body is skipped"
    return None


def _existing(ctx: PlanContext, person: str | None, body: str | None, table: str,
              fields: PostFields) -> Post | None:
    person_id, body_id = ctx.db_id(person), ctx.db_id(body)
    if person_id is None or body_id is None:
        return None
    column = Post.alliance_id if table == "alliance" else Post.organization_id
    for row in ctx.session.scalars(select(Post).where(Post.person_id == person_id,
                                                      column == body_id).order_by(Post.id)):
        role = row.role.code if row.role else None
        if role == fields.role and (role is not None or row.title == fields.title):
            return row
    return None


def apply(session: Session, item: Item[PostFields], deps: dict[str, Any],
          source: Source) -> Post:
    fields = item.fields
    holder = deps["person"]
    if holder.organization is None:  # the article says whose the holder is: ours
        holder.organization = deps["home"]
    if item.action is not Action.CREATE:
        return get_row(session, Post, item)  # type: ignore[no-any-return]
    return add_post(session, deps["person"], organization=deps.get("organization"),
                    alliance=deps.get("alliance"), role=fields.role, title=fields.title,
                    start=fields.start, source=source, evidence=evidence_of(item))


KIND = Kind("post", PostFields, apply, plan=plan,
            references={"person": ("person",), "organization": ("organization",),
                        "alliance": ("alliance",), "home": ("organization",)},
            model=Post)
