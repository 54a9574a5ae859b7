"""Event series the article describes: who holds them, since when, how many editions.

Read from the article's `sessions` figures and their sentences: "the alliance
began to hold annual activities in 2018 and has held 6 sessions by 2023", "the
college has hosted the skills seminar since 2018, ... four consecutive sessions
by 2022". The series is named by the object of the holding verb (a bare common
noun such as "annual activities" is qualified by its holder's name); the figure's
subject holds it (an alliance as its alliance, an organization as its host); its
start is the year after "since" or "began to ... in". The article's events whose
title uses the series' noun are linked to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import parse_optional
from tracker.extract.facts import Figure as FigureFact
from tracker.ingest.context import PlanContext, clip, sentence, valid_date
from tracker.ingest.kinds.base import Kind, get_row
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import EventSeries, Source
from tracker.names import name_key
from tracker.services.event import record_series

_HOLDS = re.compile(r"\b(?:hold|holds|held|holding|host|hosts|hosted|hosting|organi[sz]e[sd]?|"
                    r"organi[sz]ing|run|runs|launched)\s+(?:the\s+|its\s+|an?\s+)?", re.I)
# where the series' name ends: a clause, a date, a count
_NAME_END = re.compile(r"\s*(?:,|;|\.|\(|\bsince\b|\bin\s+\d{4}|\bfrom\s+\d{4}|\bwhich\b|"
                       r"\bfor\s+\w+\s+(?:consecutive\s+)?(?:sessions|editions|years)|"
                       r"\band\s+(?:has|have)\b|\bevery\b|\beach\b|\bby\s+\d{4})", re.I)
_STARTED = re.compile(r"\b(?:since|began\b[^.;]{0,80}?\bin|first\s+held\s+in|started\s+in|"
                      r"launched\s+in)\s+(\d{4})\b", re.I)
_MAX_NAME_WORDS = 14
_PLURALS = {"activities": "activity", "sessions": "session", "meetings": "meeting",
            "forums": "forum", "seminars": "seminar", "conferences": "conference",
            "competitions": "competition", "trainings": "training", "summits": "summit"}


@dataclass
class SeriesFields:
    name: str | None = None
    holder: str | None = None
    started: str | None = None
    editions: int | None = None
    editions_as_of: str | None = None


def series_name(said: str) -> str | None:
    """The object of the sentence's first holding verb, up to where the name ends."""
    for verb in _HOLDS.finditer(said):
        rest = said[verb.end():]
        end = _NAME_END.search(rest)
        name = (rest[:end.start()] if end else rest).strip()
        words = name.split()
        if words and len(words) <= _MAX_NAME_WORDS and not words[0][0].isdigit() \
                and any(word.strip("\u201c\u201d\"'").casefold() in _PLURALS.values()
                        or word.casefold() in _PLURALS for word in words):
            return name
    return None


def series_nouns(name: str) -> set[str]:
    """The event nouns of a series' name, singular ("annual activities" -> activity)."""
    words = name_key(name).split()
    return {_PLURALS.get(word, word) for word in words} & set(_PLURALS.values())


def started_year(said: str) -> str | None:
    found = _STARTED.search(said)
    return found.group(1) if found else None


def plan(ctx: PlanContext) -> None:
    planned: dict[str, str] = {}
    for fact in ctx.facts.figures:
        if fact.metric != "sessions" or not fact.subject or not isinstance(fact.value, int):
            continue
        said = sentence(fact.evidence) or ""
        name = series_name(said)
        ref = ctx.find_ref(fact.subject, "alliance") or ctx.find_ref(fact.subject,
                                                                      "organization")
        if name is None or ref is None or not ctx.live(ref):
            continue  # the count stays a figure of its subject
        holder = ctx.label_of(ref) or ""
        if name == name.lower() and name_key(holder) not in name_key(name):
            name = f"{name} of {holder}"  # "annual activities" alone names nothing
        name = clip(name) or name
        key = name_key(name)
        fields = SeriesFields(name, holder, started_year(said), fact.value,
                              valid_date(fact.as_of))
        if key in planned:
            ctx.add("series", Action.SKIP, name, fields, evidence=said,
                    note=f"not applied: restates {planned[key]}")
            continue
        _add(ctx, key, ref, fields, said, fact)
        planned[key] = name


def _add(ctx: PlanContext, key: str, holder: str, fields: SeriesFields, said: str,
         _fact: FigureFact) -> None:
    found = ctx.session.scalars(select(EventSeries).where(EventSeries.name_key == key)).first()
    needs = {"holder": holder}
    if found is None:
        item = ctx.add("series", Action.CREATE, fields.name or "", fields, evidence=said,
                       needs=needs)
    else:
        fills: dict[str, Any] = {}
        conflicts: dict[str, list[Any]] = {}
        held_as_of = found.editions_as_of.iso() if found.editions_as_of else None
        if found.started is None and fields.started:
            fills["started"] = fields.started
        if found.editions is None or (fields.editions_as_of and held_as_of
                                      and fields.editions_as_of > held_as_of):
            fills["editions"] = fields.editions
        elif found.editions != fields.editions and held_as_of == fields.editions_as_of:
            conflicts["editions"] = [found.editions, fields.editions]
        item = ctx.add("series", Action.CONFLICT if conflicts else Action.MATCH,
                       fields.name or "", fields, evidence=said, needs=needs, fills=fills,
                       conflicts=conflicts,
                       matched=Matched("event_series", found.id, found.name, 100.0, "same name"))
    ctx.local[("series", key)] = item.ref


def series_of(ctx: PlanContext, title: str, alliance: str | None) -> Item[SeriesFields] | None:
    """The planned series an event of the article belongs to: its noun is in the event's
    title and it is held by the event's alliance or by an organization the title names."""
    words = {_PLURALS.get(word, word) for word in name_key(title).split()}
    for (table, _key), ref in ctx.local.items():
        item = ctx.entity_of(ref) if table == "series" else None
        if item is None or item.action is Action.SKIP:
            continue
        holder = item.needs.get("holder")
        nouns = series_nouns(item.fields.name or "")
        holder_key = name_key(ctx.label_of(holder) or "")
        held = holder == alliance or bool(holder_key and holder_key in name_key(title))
        if nouns and nouns <= words and held:
            return item
    return None


def edition_of(series: Item[SeriesFields], date: str | None) -> int | None:
    """The event's edition when the count is as of its year: "6 sessions by 2023" makes
    the 2023 one the 6th."""
    fields = series.fields
    if not (date and fields.editions_as_of and fields.editions):
        return None
    return fields.editions if date[:4] == fields.editions_as_of[:4] else None


def apply(session: Session, item: Item[SeriesFields], deps: dict[str, Any],
          _source: Source) -> EventSeries:
    from tracker.models import Alliance

    fields = item.fields
    holder = deps["holder"]
    if item.action is Action.CONFLICT and not item.take_article:
        row: EventSeries = get_row(session, EventSeries, item)
        return row
    if item.action is Action.CONFLICT:  # the reviewer takes the article's count
        row = get_row(session, EventSeries, item)
        row.editions, row.editions_as_of = fields.editions, parse_optional(fields.editions_as_of)
        return row
    alliance = holder if isinstance(holder, Alliance) else None
    return record_series(session, fields.name or "", alliance=alliance,
                         host=None if alliance is not None else holder,
                         started=parse_optional(fields.started), editions=fields.editions,
                         editions_as_of=parse_optional(fields.editions_as_of))


KIND = Kind("series", SeriesFields, apply, plan=plan, fixed=frozenset({"holder"}),
            model=EventSeries)
