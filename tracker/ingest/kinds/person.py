"""People the article names, with their title and organization."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.extract.facts import Person as PersonFact
from tracker.ingest.context import PlanContext, clip, sentence
from tracker.ingest.kinds.base import Kind, get_row
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Person, Source
from tracker.names import name_key
from tracker.services.person import add_person


@dataclass
class PersonFields:
    name: str | None = None
    title: str | None = None
    organization: str | None = None


def plan(ctx: PlanContext) -> None:
    seen: set[str] = set()
    for fact in ctx.facts.people:
        key = name_key(fact.name)
        said = sentence(fact.evidence)
        if not key or key in seen:
            ctx.add("person", Action.SKIP, fact.name or "(no name)", PersonFields(fact.name),
                    evidence=said, note="not applied: " + ("stated again" if key else "no name"))
            continue
        seen.add(key)
        # a spreadsheet's row names its organization on purpose: a new one is created,
        # as a membership row's is; an article's passing mention must be known already
        org = None
        if fact.organization:
            org = ctx.named_ref(fact.organization, "organization", fact.evidence) \
                if ctx.facts.tabular else ctx.find_ref(fact.organization, "organization")
        plan_person(ctx, fact, org)


def plan_person(ctx: PlanContext, fact: PersonFact, org: str | None) -> str:
    """Plan one person of the organization `org` (a ref), matched by name; their ref."""
    key = name_key(fact.name)
    org = org if ctx.live(org) else None
    org_id = ctx.db_id(org)
    found = ctx.session.scalars(
        select(Person).where(Person.name_key == key).order_by(Person.id)
    ).all()
    same = [p for p in found if org_id is None or p.organization_id in (None, org_id)]
    fields = PersonFields(clip(fact.name), clip(fact.title), ctx.label_of(org))
    needs = {"organization": org} if org else {}
    matched = Matched("person", same[0].id, same[0].name, 100.0, "same name") if same \
        else None
    item = ctx.add("person", Action.MATCH if same else Action.CREATE, fact.name, fields,
                   evidence=sentence(fact.evidence), needs=needs, matched=matched)
    ctx.local[("person", key)] = item.ref  # events name their participants by it
    return item.ref


def apply(session: Session, item: Item[PersonFields], deps: dict[str, Any],
          _source: Source) -> Person:
    if item.action is not Action.CREATE:
        row: Person = get_row(session, Person, item)
        return row
    return add_person(session, item.fields.name or "", item.fields.title,
                      deps.get("organization"))


KIND = Kind("person", PersonFields, apply, plan=plan,
            references={"organization": ("organization",)}, model=Person)
