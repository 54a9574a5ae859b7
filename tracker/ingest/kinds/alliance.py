"""Alliances the article names: matched by name or alias, founding date filled or disputed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tracker.ingest.context import PlanContext, valid_date
from tracker.ingest.kinds.base import Kind, accepted_changes, get_row
from tracker.ingest.plan import Action, Item
from tracker.models import Alliance, Source
from tracker.services.alliance import add_alliance, edit_alliance


@dataclass
class AllianceFields:
    name: str | None = None
    founded: str | None = None


def plan(ctx: PlanContext) -> None:
    for fact in ctx.facts.alliances:
        if not ctx.reference_only("alliance", fact.name, fact.evidence):
            ctx.entity("alliance", fact.name, fact.aliases, fact.evidence,
                       AllianceFields(fact.name, valid_date(fact.founded)))


def compare(row: Alliance, fields: AllianceFields) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    if not fields.founded:
        return {}, {}
    held = row.founded.iso() if row.founded else None
    if held is None:
        return {"founded": fields.founded}, {}
    return ({}, {"founded": [held, fields.founded]}) if held != fields.founded else ({}, {})


def apply(session: Session, item: Item[AllianceFields], _deps: dict[str, Any],
          _source: Source) -> Alliance:
    if item.action is Action.CREATE:
        return add_alliance(session, item.fields.name or "", founded=item.fields.founded)
    row: Alliance = get_row(session, Alliance, item)
    if changes := accepted_changes(item):
        edit_alliance(session, row, founded=changes.get("founded"))
    return row


KIND = Kind("alliance", AllianceFields, apply, plan=plan, model=Alliance, compare=compare)
