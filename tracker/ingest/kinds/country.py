"""The countries the article names: reference data, matched by code and cited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tracker.ingest.context import PlanContext, sentence
from tracker.ingest.kinds.base import Kind, get_row
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Country, Source


@dataclass
class CountryFields:
    code: str | None = None


def plan(ctx: PlanContext) -> None:
    for code in dict.fromkeys(ctx.facts.countries):
        said = sentence(ctx.facts.country_evidence.get(code))
        if code.upper() in ctx.countries:
            row_id, name = ctx.countries[code.upper()]
            ctx.add("country", Action.MATCH, name, CountryFields(code.upper()), evidence=said,
                    matched=Matched("country", row_id, name, 100.0, "ISO code"))
        else:
            ctx.add("country", Action.SKIP, code, CountryFields(code), evidence=said,
                    note=f"not applied: '{code}' is not an ISO country code of the records")


def apply(session: Session, item: Item[CountryFields], _deps: dict[str, Any],
          _source: Source) -> Country:
    row: Country = get_row(session, Country, item)
    return row


KIND = Kind("country", CountryFields, apply, plan=plan, fixed=frozenset({"code"}),
            model=Country)
