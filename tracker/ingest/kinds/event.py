"""Events the article reports, and who took part in them.

An event matches a recorded one of the same date (or both undated) with a
close title, or on the same day of the same alliance. Who took part is
`participant`'s reading.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import PartialDate, Precision, parse_optional
from tracker.extract.facts import Figure
from tracker.ingest.context import PlanContext, clip, sentence, valid_date
from tracker.ingest.kinds.base import Kind, accepted_changes, get_row
from tracker.ingest.kinds.participant import plan_participants
from tracker.ingest.kinds.series import edition_of, series_of
from tracker.ingest.plan import Action, Item, Matched
from tracker.ingest.resolve import MERGE_SCORE
from tracker.models import Event, Source
from tracker.names import name_key
from tracker.services.event import add_event

EVENT_TITLE_SCORE = 85.0  # same date and titles this close: the same event

@dataclass
class EventFields:
    title: str | None = None
    kind: str | None = None
    date: str | None = None
    city: str | None = None
    country: str | None = None
    alliance: str | None = None
    series: str | None = None
    edition: int | None = None
    participants_count: int | None = None
    countries_count: int | None = None


# The figures about an event that the event row counts itself (SCHEMA's metrics).
_EVENT_COUNTS = {"participants": "participants_count", "countries": "countries_count"}


def event_counts(figures: list[Figure], event_name: str) -> dict[str, int]:
    """How many took part and from how many countries, as the article's figures about this
    event state them ("the forum drew more than 300 participants from 25 countries"); a
    lower bound is kept as the count, the figure itself keeps its bound."""
    counts: dict[str, int] = {}
    for figure in figures:
        column = _EVENT_COUNTS.get(figure.metric)
        if (column and figure.subject == event_name and isinstance(figure.value, int)
                and figure.value >= 0):
            counts.setdefault(column, figure.value)
    return counts


def plan(ctx: PlanContext) -> None:
    seen: dict[tuple[str | None, str], str] = {}
    planned: list[tuple[Item[EventFields], int, str | None]] = []
    for fact in ctx.facts.events:
        title = clip(fact.name) or "(untitled event)"
        date = valid_date(fact.date)
        said = sentence(fact.evidence)
        alliance = ctx.find_ref(fact.alliance, "alliance") if fact.alliance else None
        alliance = alliance if ctx.live(alliance) else None
        counts = event_counts(ctx.facts.figures, fact.name)
        fields = EventFields(title, fact.kind, date, clip(fact.city, 100),
                             ctx.country(fact.country), ctx.label_of(alliance),
                             participants_count=counts.get("participants_count"),
                             countries_count=counts.get("countries_count"))
        key = (date, name_key(title))
        if key in seen:  # the same event twice in one article
            ctx.add("event", Action.SKIP, title, fields, evidence=said,
                    note=f"not applied: restates {ctx.label_of(seen[key])}")
            continue
        matched = match_event(ctx.session, title, date, ctx.db_id(alliance))
        needs = {"alliance": alliance} if alliance else {}
        fills: dict[str, Any] = {}
        series = series_of(ctx, title, alliance)
        if series is not None:
            fields.series, fields.edition = series.label, edition_of(series, date)
            if matched is None or ctx.session.get(Event, matched.id).series_id is None:  # type: ignore[union-attr]
                needs["series"] = series.ref
                fills = {"series": series.label} if matched else {}
        if matched is not None:
            row = ctx.session.get(Event, matched.id)
            fills.update({column: getattr(fields, column) for column in _EVENT_COUNTS.values()
                          if getattr(fields, column) is not None
                          and getattr(row, column, None) is None})
        note = None if date else "the article gives no date; recorded undated"
        item = ctx.add("event", Action.MATCH if matched else Action.CREATE, title, fields,
                       evidence=said, matched=matched, needs=needs, note=note, fills=fills)
        seen[key] = item.ref
        planned.append((item, fact.evidence.start if fact.evidence else 0, said))
    plan_participants(ctx, planned)


# A recorded period starts on its first day and lasts at most a year, so an event whose
# period overlaps the wanted one starts at most this long before the wanted one starts.
_LONGEST_PERIOD = dt.timedelta(days=366)


def candidate_events(session: Session, wanted: PartialDate | None) -> list[Any]:
    """The recorded events that could be `wanted`'s: those whose period may overlap it (or
    the undated ones when it is undated), read through the index on the start date so the
    cost follows the events of those days, not the size of the database."""
    columns = select(Event.id, Event.title, Event.start_date, Event.start_precision,
                     Event.alliance_id)
    if wanted is None:
        return list(session.execute(columns.where(Event.start_date.is_(None))))
    return list(session.execute(columns.where(
        Event.start_date >= wanted.first_day - _LONGEST_PERIOD,
        Event.start_date <= wanted.last_day)))


def match_event(session: Session, title: str, date: str | None,
                alliance_id: int | None) -> Matched | None:
    """An event of the same date (or both undated) with a close title or the same alliance."""
    from rapidfuzz import fuzz

    wanted = parse_optional(date) if date else None
    key = name_key(title)
    best: Matched | None = None
    for event_id, other_title, start, precision, other_alliance in candidate_events(session,
                                                                                      wanted):
        if (start is None) != (wanted is None):
            continue
        if wanted is not None:
            held = PartialDate(start, Precision(precision))
            if not held.overlaps(wanted):
                continue
        score = float(fuzz.token_set_ratio(key, name_key(other_title)))
        same_day = (wanted is not None and wanted.precision.value == "day"
                    and precision == "day" and alliance_id is not None
                    and alliance_id == other_alliance)
        needed = EVENT_TITLE_SCORE if wanted is not None else MERGE_SCORE
        if (score >= needed or same_day) and (best is None or score > best.score):
            via = "same date and alliance" if same_day and score < needed else "same date, " \
                  "similar title" if wanted else "similar title"
            best = Matched("event", event_id, other_title, score, via)
    return best


def apply(session: Session, item: Item[EventFields], deps: dict[str, Any],
          source: Source) -> Event:
    fields = item.fields
    if item.action is not Action.CREATE:
        row: Event = get_row(session, Event, item)
    else:
        row = add_event(session, fields.title or "", fields.kind, fields.date, city=fields.city,
                        country=fields.country, alliance=deps.get("alliance"), source=source,
                        participants_count=fields.participants_count,
                        countries_count=fields.countries_count)
    for column, value in accepted_changes(item).items():
        if column in _EVENT_COUNTS.values():  # a matched event's empty counts are filled
            setattr(row, column, value)
    if deps.get("series") is not None and row.series is None:  # a matched one's is a fill
        row.series, row.edition = deps["series"], fields.edition
    return row


KIND = Kind("event", EventFields, apply, plan=plan, references={"alliance": ("alliance",)},
            model=Event)
