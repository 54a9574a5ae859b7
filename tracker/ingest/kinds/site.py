"""Teaching sites of the home organization's abroad, as articles state them opening: a
Luban Workshop, an overseas branch, a joint centre, with its host country and partner.
The home organization's site of the same kind in the same country is the same site:
matched, never added twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.ingest.context import PlanContext, clip, sentence, valid_date
from tracker.ingest.kinds.base import Kind, abroad, get_row, own_ref, skipped
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Source, TeachingSite
from tracker.names import name_key
from tracker.services.site import add_site


@dataclass
class SiteFields:
    organization: str | None = None
    name: str | None = None
    kind: str = "other"
    country: str | None = None
    partner: str | None = None
    opened: str | None = None


def plan(ctx: PlanContext) -> None:
    seen: set[tuple[Any, ...]] = set()
    # a headline and the body state the same opening: the fuller statement is planned,
    # the other one restates it
    for fact in sorted(ctx.facts.sites, key=lambda f: (f.partner is None) + (f.opened is None)):
        said = sentence(fact.evidence)
        owner = own_ref(ctx)
        partner = ctx.named_ref(fact.partner, "organization", fact.evidence) \
            if fact.partner else None
        host = ctx.country(abroad(ctx, owner, fact.country, fact.others))
        fields = SiteFields(ctx.label_of(owner), clip(fact.name), fact.kind, host,
                            ctx.label_of(partner), valid_date(fact.opened))
        label = f"{fields.name} ({fields.country or fact.country}) of {fields.organization or '?'}"
        note = _unusable(ctx, owner, partner, fields)
        if skipped(ctx, "site", label, fields, evidence=said, note=note,
                   key=(owner, fields.country, fields.kind), seen=seen):
            continue
        row = _existing(ctx, owner, fields)
        ctx.add("site", Action.MATCH if row else Action.CREATE, label, fields, evidence=said,
                needs={"organization": owner, **({"partner": partner} if partner else {})},
                matched=Matched("site", row.id, row.name, 100.0, "same kind in the same country")
                if row else None)


def _unusable(ctx: PlanContext, owner: str | None, partner: str | None,
              fields: SiteFields) -> str | None:
    if owner is None:
        return "not applied: the site is the publisher's and no home organization is set"
    if name_key(ctx.label_of(owner) or "") == name_key(fields.name or ""):
        return "not applied: the site was read as the publisher; set the home organization"
    if fields.country is None:
        return "not applied: no host country abroad is named, or it is not recorded"
    if not ctx.live(owner) or (partner is not None and not ctx.live(partner)):
        return "not applied: its organization or partner is skipped"
    return None


def _existing(ctx: PlanContext, owner: str | None, fields: SiteFields) -> TeachingSite | None:
    owner_id = ctx.db_id(owner)
    if owner_id is None or fields.country is None:
        return None
    country_id = ctx.countries[fields.country][0]
    return ctx.session.scalars(select(TeachingSite).where(
        TeachingSite.organization_id == owner_id, TeachingSite.country_id == country_id,
        TeachingSite.kind == fields.kind).order_by(TeachingSite.id)).first()


def apply(session: Session, item: Item[SiteFields], deps: dict[str, Any],
          source: Source) -> TeachingSite:
    fields = item.fields
    if item.action is not Action.CREATE:
        return get_row(session, TeachingSite, item)  # type: ignore[no-any-return]
    return add_site(session, deps["organization"], fields.name or "", country=fields.country,
                    kind=fields.kind, partner=deps.get("partner"), opened=fields.opened,
                    source=source)


KIND = Kind("site", SiteFields, apply, plan=plan,
            references={"organization": ("organization",), "partner": ("organization",)},
            model=TeachingSite)
