"""Cooperation of an organization with a partner and/or a country (exchanges, trainings,
MoUs with their expiry). Stated by spreadsheet rows, and by articles (training of people
from abroad, our teachers and interns abroad, with direction, headcount and days); an
organization left unnamed is the home one. An article's country is never the home
organization's own, and an article's exchange its sentence does not date is dated by the
article's publication month. A record with the same parties, kind and start is the same
cooperation: matched, its empty end filled, a different end shown as a conflict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import parse_optional
from tracker.ingest.context import PlanContext, clip, sentence, valid_date
from tracker.ingest.kinds.base import (
    Kind,
    abroad,
    accepted_changes,
    dated_or_published,
    get_row,
    skipped,
)
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Cooperation, Country, Source
from tracker.services.cooperation import add_cooperation, end_cooperation


@dataclass
class CooperationFields:
    organization: str | None = None
    partner: str | None = None
    country: str | None = None
    kind: str = "other"
    title: str | None = None
    start: str | None = None
    end: str | None = None
    headcount: int | None = None
    direction: str | None = None
    days: int | None = None


def plan(ctx: PlanContext) -> None:
    seen: set[tuple[Any, ...]] = set()
    for fact in ctx.facts.cooperation:
        said = sentence(fact.evidence)
        owner = (ctx.named_ref(fact.organization, "organization", fact.evidence)
                 if fact.organization else ctx.home_ref())
        partner = ctx.named_ref(fact.partner, "organization", fact.evidence) \
            if fact.partner else None
        start, dating = (valid_date(fact.start), None) if ctx.facts.tabular \
            else dated_or_published(ctx, fact.start)
        # a row says the country; an article may name ours beside the one abroad
        country = fact.country if ctx.facts.tabular \
            else abroad(ctx, owner, fact.country, fact.others)
        fields = CooperationFields(ctx.label_of(owner), ctx.label_of(partner),
                                   ctx.country(country), fact.kind, clip(fact.title), start,
                                   valid_date(fact.end), fact.headcount, fact.direction,
                                   fact.days)
        label = _label(fields)
        key = (owner, partner, fields.country, fields.kind, fields.start)
        if skipped(ctx, "cooperation", label, fields, evidence=said,
                   note=_unusable(ctx, owner, partner, fields), key=key, seen=seen):
            continue
        assert owner is not None  # _unusable says why not
        needs = {"organization": owner, **({"partner": partner} if partner else {})}
        row = _existing(ctx, owner, partner, fields)
        if row is None:
            ctx.add("cooperation", Action.CREATE, label, fields, evidence=said, needs=needs,
                    note=dating)
            continue
        fills, conflicts = compare(row, fields)
        ctx.add("cooperation", Action.CONFLICT if conflicts else Action.MATCH, label, fields,
                evidence=said, needs=needs, fills=fills, conflicts=conflicts,
                matched=Matched("cooperation", row.id, label, 100.0,
                                "same parties, kind and start"))


def _unusable(ctx: PlanContext, owner: str | None, partner: str | None,
              fields: CooperationFields) -> str | None:
    if owner is None:
        return "not applied: no organization named and no home organization set"
    if not ctx.live(owner) or (partner is not None and not ctx.live(partner)):
        return "not applied: its organization or partner is skipped"
    if not ctx.facts.tabular and partner is None and fields.country is None:
        return "not applied: no partner and no country abroad named or recorded"
    return None


def _label(fields: CooperationFields) -> str:
    parties = " and ".join(p for p in (fields.partner, fields.country) if p)
    return f"{fields.kind} of {fields.organization or '?'} with {parties or '?'}" + (
        f" from {fields.start}" if fields.start else "")


def _existing(ctx: PlanContext, owner: str, partner: str | None,
              fields: CooperationFields) -> Cooperation | None:
    """The recorded cooperation of the same parties, kind and start, if both parties are."""
    owner_id, partner_id = ctx.db_id(owner), ctx.db_id(partner)
    if owner_id is None or (partner is not None and partner_id is None):
        return None
    start = parse_optional(fields.start)
    query = select(Cooperation).where(
        Cooperation.organization_id == owner_id,
        Cooperation.partner_organization_id.is_(None) if partner_id is None
        else Cooperation.partner_organization_id == partner_id,
        Cooperation.kind == fields.kind,
        Cooperation.start_date.is_(None) if start is None
        else (Cooperation.start_date == start.first_day)
        & (Cooperation.start_precision == start.precision.value))
    if fields.country:
        query = query.join(Country, Cooperation.country_id == Country.id).where(
            Country.code == fields.country)
    else:
        query = query.where(Cooperation.country_id.is_(None))
    return ctx.session.scalars(query.order_by(Cooperation.id)).first()


def compare(row: Cooperation,
            fields: CooperationFields) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    if not fields.end:
        return {}, {}
    held = row.end.iso() if row.end else None
    if held is None:
        return {"end": fields.end}, {}
    return ({}, {"end": [held, fields.end]}) if held != fields.end else ({}, {})


def apply(session: Session, item: Item[CooperationFields], deps: dict[str, Any],
          source: Source) -> Cooperation:
    fields = item.fields
    if item.action is Action.CREATE:
        return add_cooperation(session, deps["organization"], deps.get("partner"),
                               fields.country, fields.kind, fields.title, fields.start,
                               fields.end, fields.headcount, source=source,
                               direction=fields.direction, days=fields.days)
    row: Cooperation = get_row(session, Cooperation, item)
    if (end := accepted_changes(item).get("end")) is not None:
        if row.end is None:
            end_cooperation(session, row, end)
        else:  # the reviewer took the row's expiry over the recorded one
            row.end = parse_optional(end)
    return row


KIND = Kind("cooperation", CooperationFields, apply, plan=plan,
            references={"organization": ("organization",), "partner": ("organization",)},
            model=Cooperation, compare=compare)
