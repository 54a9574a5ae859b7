"""Figures the article states, with the organization or alliance they are about.

A figure without a named subject is the article's subject when that is clear
(its one alliance, else the publisher), else kept with its source only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.dates import parse_optional
from tracker.extract.facts import Evidence
from tracker.ingest.context import PlanContext, sentence, valid_date
from tracker.ingest.kinds.base import Kind, get_row
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Figure, Source
from tracker.services.figure import add_figure


@dataclass
class FigureFields:
    subject: str | None = None
    metric: str = "other"
    value: int | float = 0
    bound: str = "exact"
    as_of: str | None = None
    statement: str | None = None


@dataclass(frozen=True)
class _Stated:
    subject: str | None
    metric: str
    value: int | float
    bound: str
    as_of: str | None
    text: str | None  # an alliance's member count has no statement of its own
    evidence: Evidence | None


def _stated(ctx: PlanContext) -> list[_Stated]:
    stated = [_Stated(f.subject, f.metric, f.value, f.bound, f.as_of, f.text, f.evidence)
              for f in ctx.facts.figures]
    for alliance in ctx.facts.alliances:
        restated = any(f.metric == "members" and f.value == alliance.member_count
                       for f in ctx.facts.figures)
        if alliance.member_count is not None and not restated:
            stated.append(_Stated(alliance.name, "members", alliance.member_count, "exact",
                                  alliance.member_count_as_of, None, alliance.evidence))
    return stated


def plan(ctx: PlanContext) -> None:
    seen: set[tuple[Any, ...]] = set()
    for fact in _stated(ctx):
        ref, note = None, None
        if fact.subject:
            ref = ctx.find_ref(fact.subject, "organization") or \
                ctx.find_ref(fact.subject, "alliance")
            if ref is None:
                note = (f"its subject '{fact.subject}' is not among the article's organizations "
                        "or alliances: kept with its source only")
        elif (main := main_subject(ctx)) is not None:
            ref = main
            note = f"no subject named; taken as the article's subject, {ctx.label_of(main)}"
        else:
            note = "the article names no subject: kept with its source only"
        said = sentence(fact.evidence)
        label = f"{fact.metric} = {fact.value} ({fact.subject or '?'})"
        if ref is not None and not ctx.live(ref):
            ctx.add("figure", Action.SKIP, label,
                    FigureFields(fact.subject, fact.metric, fact.value, fact.bound),
                    evidence=said, note=f"not applied: its subject {ctx.label_of(ref)} is skipped")
            continue
        # the same number in two different statements is two figures (the extractor
        # already folds a restated one); the same statement twice is one
        key = (ref, fact.metric, fact.value, fact.bound, fact.text)
        if key in seen:
            ctx.add("figure", Action.SKIP, label,
                    FigureFields(fact.subject, fact.metric, fact.value, fact.bound),
                    evidence=said, note="not applied: stated again")
            continue
        seen.add(key)
        owner = ctx.entity_of(ref) if ref is not None else None
        fields = FigureFields(owner.label if owner else None, fact.metric, fact.value,
                              fact.bound, valid_date(fact.as_of) or ctx.plan.source.published,
                              fact.text)
        matched = match_figure(ctx, owner, fields)
        ctx.add("figure", Action.MATCH if matched else Action.CREATE,
                f"{fact.metric} = {fact.value} ({owner.label if owner else 'no subject'})",
                fields, evidence=said, needs={"subject": ref} if ref is not None else {},
                matched=matched, note=note)


def main_subject(ctx: PlanContext) -> str | None:
    """What an article is about when a figure names nothing: its one alliance, else the
    publisher (or the organization speaking of itself); None when that is unclear."""
    alliances = set(ctx.refs("alliance"))
    if len(alliances) == 1:
        return alliances.pop()
    for ref in (ctx.publisher_ref, ctx.self_ref):
        if ctx.live(ref):
            return ref
    return None


def match_figure(ctx: PlanContext, owner: Item[Any] | None,
                 fields: FigureFields) -> Matched | None:
    """The stored figure this one restates: same subject, metric, value and bound, at an
    overlapping date; a figure with no subject must also have the same statement, since
    nothing else says the two numbers count the same thing."""
    if owner is None:
        if not fields.statement:
            return None
        query = select(Figure).where(Figure.organization_id.is_(None),
                                     Figure.alliance_id.is_(None),
                                     func.lower(Figure.statement) == fields.statement.lower())
    elif owner.action not in (Action.MATCH, Action.CONFLICT) or owner.matched is None:
        return None
    else:
        column = Figure.organization_id if owner.kind == "organization" else Figure.alliance_id
        query = select(Figure).where(column == owner.matched.id)
    wanted = parse_optional(fields.as_of) if fields.as_of else None
    for figure in ctx.session.scalars(query):
        if (figure.metric.value == fields.metric and float(figure.value) == float(fields.value)
                and figure.bound.value == fields.bound
                and (figure.as_of is None or wanted is None or figure.as_of.overlaps(wanted))):
            via = "same subject, metric and value" if owner else "same statement and value"
            return Matched("figure", figure.id, f"{fields.metric} = {fields.value}", 100.0, via)
    return None


def apply(session: Session, item: Item[FigureFields], deps: dict[str, Any],
          source: Source) -> Figure:
    if item.action is not Action.CREATE:
        row: Figure = get_row(session, Figure, item)
        return row
    fields = item.fields
    return add_figure(session, deps.get("subject"), fields.metric, fields.value, fields.bound,
                      fields.as_of, fields.statement, source=source)


KIND = Kind("figure", FigureFields, apply, plan=plan,
            references={"subject": ("organization", "alliance")}, model=Figure)
