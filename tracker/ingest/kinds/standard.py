"""Standards of the home organization's adopted abroad, as articles state them: a
programme or course standard, its adopter (an institution or authority, new or recorded)
and the adopter's country, never the home organization's own. The home organization's
standard of the same kind and title adopted in the same country is the same adoption:
matched, never added twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.extract.facts import StandardAdoption as StandardFact
from tracker.ingest.context import PlanContext, clip, sentence
from tracker.ingest.kinds.base import (
    Kind,
    abroad,
    dated_or_published,
    get_row,
    own_ref,
    skipped,
)
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Source, StandardAdoption
from tracker.names import name_key
from tracker.services.standard import add_standard


@dataclass
class StandardFields:
    organization: str | None = None
    title: str | None = None
    kind: str = "programme"
    adopter: str | None = None
    country: str | None = None
    adopted: str | None = None


def plan(ctx: PlanContext) -> None:
    seen: set[tuple[Any, ...]] = set()
    for fact in ctx.facts.standards:
        said = sentence(fact.evidence)
        owner = own_ref(ctx)
        country = ctx.country(abroad(ctx, owner, fact.country, fact.others))
        adopter = _adopter_ref(ctx, fact, country)
        adopted, dating = dated_or_published(ctx, fact.adopted)
        fields = StandardFields(ctx.label_of(owner), clip(fact.title), fact.kind,
                                ctx.label_of(adopter), country, adopted)
        label = (f"{fields.kind} standard {fields.title} of {fields.organization or '?'} "
                 f"adopted in {country or fact.country}")
        key = (owner, fields.kind, name_key(fields.title or ""), country)
        note = _unusable(ctx, owner, adopter, fields)
        if skipped(ctx, "standard", label, fields, evidence=said, note=note, key=key,
                   seen=seen):
            continue
        row = _existing(ctx, owner, fields)
        ctx.add("standard", Action.MATCH if row else Action.CREATE, label, fields,
                evidence=said,
                needs={"organization": owner, **({"adopter": adopter} if adopter else {})},
                matched=Matched("standard", row.id, row.title, 100.0,
                                "same kind and title adopted in the same country")
                if row else None, note=None if row else dating)


def _adopter_ref(ctx: PlanContext, fact: StandardFact, country: str | None) -> str | None:
    """The adopter's item; a new one is of the standard's country (the article says whose
    ministry or authority adopted it)."""
    ref = ctx.named_ref(fact.adopter, "organization", fact.evidence) if fact.adopter else None
    item = ctx.entity_of(ref)
    if item is not None and item.action is Action.CREATE and not item.fields.country:
        item.fields.country = country
    return ref


def _unusable(ctx: PlanContext, owner: str | None, adopter: str | None,
              fields: StandardFields) -> str | None:
    if owner is None:
        return "not applied: the standard is the publisher's and no home organization is set"
    if fields.country is None:
        return "not applied: no country abroad is named, or it is not recorded"
    if adopter is not None and adopter == owner:
        return "not applied: the adopter was read as the publisher"
    if not ctx.live(owner) or (adopter is not None and not ctx.live(adopter)):
        return "not applied: its organization or adopter is skipped"
    return None


def _existing(ctx: PlanContext, owner: str | None,
              fields: StandardFields) -> StandardAdoption | None:
    owner_id = ctx.db_id(owner)
    if owner_id is None or fields.country is None:
        return None
    country_id = ctx.countries[fields.country][0]
    rows = ctx.session.scalars(select(StandardAdoption).where(
        StandardAdoption.organization_id == owner_id, StandardAdoption.kind == fields.kind,
        StandardAdoption.country_id == country_id).order_by(StandardAdoption.id))
    return next((row for row in rows if name_key(row.title) == name_key(fields.title or "")),
                None)


def apply(session: Session, item: Item[StandardFields], deps: dict[str, Any],
          source: Source) -> StandardAdoption:
    fields = item.fields
    if item.action is not Action.CREATE:
        return get_row(session, StandardAdoption, item)  # type: ignore[no-any-return]
    return add_standard(session, deps["organization"], fields.title or "", kind=fields.kind,
                        adopter=deps.get("adopter"), country=fields.country,
                        adopted=fields.adopted, source=source)


KIND = Kind("standard", StandardFields, apply, plan=plan,
            references={"organization": ("organization",), "adopter": ("organization",)},
            model=StandardAdoption)
