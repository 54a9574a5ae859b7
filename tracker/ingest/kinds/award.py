"""Awards our students or teachers won at international competitions, as articles state
them. The competition is an event of kind competition: the article's own event of that
name, a recorded event of that name and date, or a new one. The same organization, event
and level is the same award: matched, never added twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.extract.facts import Award as AwardFact
from tracker.ingest.context import PlanContext, clip, sentence, valid_date
from tracker.ingest.kinds.base import Kind, get_row, own_ref, skipped
from tracker.ingest.kinds.event import EVENT_TITLE_SCORE, EventFields, match_event
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Award, Event, EventKind, Source
from tracker.names import name_key
from tracker.services.award import add_award

COMPETITION = EventKind.COMPETITION.value


@dataclass
class AwardFields:
    organization: str | None = None
    competition: str | None = None
    level: str | None = None
    winner: str | None = None
    awarded: str | None = None
    title: str | None = None


def plan(ctx: PlanContext) -> None:
    seen: set[tuple[Any, ...]] = set()
    for fact in ctx.facts.awards:
        said = sentence(fact.evidence)
        # "our students": the publisher's, else the home organization's
        owner = (ctx.named_ref(fact.winner, "organization", fact.evidence) if fact.winner
                 else own_ref(ctx))
        contest, refused = _competition_ref(ctx, fact)
        fields = AwardFields(ctx.label_of(owner), ctx.label_of(contest), fact.level,
                             fact.winner_kind, _date_of(ctx, contest, fact),
                             clip(fact.title))
        label = (f"{fields.level or 'award'} of {fields.organization or '?'} at "
                 f"{fields.competition or fact.competition}")
        note = refused or _unusable(ctx, owner, contest)
        if skipped(ctx, "award", label, fields, evidence=said, note=note,
                   key=(owner, contest, fields.level), seen=seen):
            continue
        needs = {"organization": owner, "competition": contest}
        row = _existing(ctx, owner, contest, fields.level)
        ctx.add("award", Action.MATCH if row else Action.CREATE, label, fields, evidence=said,
                needs=needs, matched=Matched("award", row.id, label, 100.0,
                                             "same organization, competition and level")
                if row else None)


def _unusable(ctx: PlanContext, owner: str | None, contest: str | None) -> str | None:
    if owner is None:
        return "not applied: no winner named and no home organization set"
    if not ctx.live(owner) or not ctx.live(contest):
        return "not applied: its organization or competition is skipped"
    return None


def _competition_ref(ctx: PlanContext, fact: AwardFact) -> tuple[str | None, str | None]:
    """The ref of the competition's event item, or why there is none."""
    title = clip(fact.competition) or "(untitled competition)"
    date = valid_date(fact.date)
    for item in ctx.plan.items:
        if item.kind == "event" and _same_title(title, item.fields.title):
            if item.action is Action.CREATE:
                item.fields.kind = COMPETITION  # an award was won there: it is a contest
            elif item.action is not Action.SKIP and _kind_of(ctx, item) != COMPETITION:
                return None, f"not applied: {item.label} is recorded as another kind of event"
            return item.ref, None
    matched = match_event(ctx.session, title, date, None)
    if matched is not None:
        row = ctx.session.get(Event, matched.id)
        if row is None or row.kind is not EventKind.COMPETITION:
            return None, f"not applied: {matched.name} is recorded as another kind of event"
        return ctx.add("event", Action.MATCH, title, EventFields(title, COMPETITION, date),
                       evidence=sentence(fact.evidence), matched=matched).ref, None
    return ctx.add("event", Action.CREATE, title, EventFields(title, COMPETITION, date),
                   evidence=sentence(fact.evidence),
                   note=None if date else "the article gives no date; recorded undated").ref, None


def _same_title(title: str, other: str | None) -> bool:
    """The article's own event of this name: "2024 World X Contest" is "World X Contest"."""
    from rapidfuzz import fuzz

    return other is not None and fuzz.token_set_ratio(
        name_key(title), name_key(other)) >= EVENT_TITLE_SCORE


def _kind_of(ctx: PlanContext, item: Item[Any]) -> str | None:
    row = ctx.session.get(Event, item.matched.id) if item.matched else None
    return row.kind.value if row is not None else None


def _date_of(ctx: PlanContext, contest: str | None, fact: AwardFact) -> str | None:
    """The award's own date, else its competition's (won when the competition is held)."""
    item = ctx.entity_of(contest)
    return valid_date(fact.date) or (item.fields.date if item is not None else None)


def _existing(ctx: PlanContext, owner: str | None, contest: str | None,
              level: str | None) -> Award | None:
    owner_id, event_id = ctx.db_id(owner), ctx.db_id(contest)
    if owner_id is None or event_id is None:
        return None
    query = select(Award).where(Award.organization_id == owner_id, Award.event_id == event_id,
                                Award.level.is_(None) if level is None else Award.level == level)
    return ctx.session.scalars(query.order_by(Award.id)).first()


def apply(session: Session, item: Item[AwardFields], deps: dict[str, Any],
          source: Source) -> Award:
    fields = item.fields
    if item.action is not Action.CREATE:
        return get_row(session, Award, item)  # type: ignore[no-any-return]
    return add_award(session, deps["organization"], deps["competition"], title=fields.title,
                     level=fields.level, winner=fields.winner, awarded=fields.awarded,
                     source=source)


KIND = Kind("award", AwardFields, apply, plan=plan,
            references={"organization": ("organization",), "competition": ("event",)},
            model=Award)
