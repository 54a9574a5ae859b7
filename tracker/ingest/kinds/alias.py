"""Other names the article uses for an organization or alliance that the records lack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tracker.ingest.context import PlanContext, clip
from tracker.ingest.kinds.base import Kind
from tracker.ingest.plan import Action, Item
from tracker.models import Alias, Source
from tracker.names import name_key
from tracker.services.organization import add_alias


@dataclass
class AliasFields:
    name: str | None = None
    of: str | None = None


def plan_aliases(ctx: PlanContext, owner: str, aliases: list[str]) -> None:
    """Aliases of `owner` the database does not know yet; one another record holds is shown
    as not applied."""
    item = ctx.entity_of(owner)
    if item is None:
        return
    own = name_key(item.fields.name or "")
    for alias in aliases:
        key = name_key(alias)
        if not key or key == own or key in ctx.planned_names:
            continue
        label = f"{alias} → {item.label}"
        if ctx.index.is_taken(alias):
            holders = [row for row, _via in ctx.index.holders(key)]
            mine = item.matched is not None and any(
                (row.table, row.id) == (item.matched.table, item.matched.id) for row in holders)
            if not mine:  # the record's own alias is simply matched with it
                ctx.add("alias", Action.SKIP, label, AliasFields(clip(alias), item.label),
                        evidence=item.evidence,
                        note=f"not applied: the name already belongs to {holders[0].name}")
            continue
        ctx.planned_names.add(key)
        ctx.add("alias", Action.CREATE, label, AliasFields(clip(alias), item.label),
                needs={"owner": owner}, evidence=item.evidence)


def apply(session: Session, item: Item[AliasFields], deps: dict[str, Any],
          _source: Source) -> Alias:
    return add_alias(session, deps["owner"], item.fields.name or "")


KIND = Kind("alias", AliasFields, apply, fixed=frozenset({"of"}), model=Alias)
