"""Organizations the article names: matched by name, alias or self-reference; country
filled or disputed. The publisher's ref is known once they are planned."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tracker.ingest.context import PlanContext
from tracker.ingest.kinds.base import Kind, accepted_changes, get_row
from tracker.ingest.plan import Action, Item
from tracker.models import Organization, Source
from tracker.services.organization import add_organization, edit_organization


@dataclass
class OrganizationFields:
    name: str | None = None
    kind: str = "other"
    country: str | None = None


def plan(ctx: PlanContext) -> None:
    for fact in ctx.facts.organizations:
        if not ctx.reference_only("organization", fact.name, fact.evidence):
            ctx.entity("organization", fact.name, fact.aliases, fact.evidence,
                       OrganizationFields(fact.name, fact.kind, ctx.country(fact.country)))
    ctx.publisher_ref = ctx.find_ref(ctx.facts.source.publisher or "", "organization")


def compare(row: Organization,
            fields: OrganizationFields) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    if not fields.country:
        return {}, {}
    held = row.country.code if row.country else None
    if held is None:
        return {"country": fields.country}, {}
    return ({}, {"country": [held, fields.country]}) if held != fields.country else ({}, {})


def apply(session: Session, item: Item[OrganizationFields], _deps: dict[str, Any],
          _source: Source) -> Organization:
    fields = item.fields
    if item.action is Action.CREATE:
        return add_organization(session, fields.name or "", fields.kind, fields.country)
    row: Organization = get_row(session, Organization, item)
    if changes := accepted_changes(item):
        edit_organization(session, row, country=changes.get("country"))
    return row


KIND = Kind("organization", OrganizationFields, apply, plan=plan, model=Organization,
            compare=compare)
