"""An event's own counts (participants, countries) from the figures the article states of it.

Sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from tracker.db import session_scope
from tracker.extract.facts import ArticleFacts, Event, Evidence, Figure, Organization, Source
from tracker.ingest.apply import apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.kinds.event import event_counts
from tracker.ingest.plan import Action, Plan
from tracker.models import Event as EventRow

FORUM = "Sahel Skills Forum"


def _ev(sentence: str) -> Evidence:
    return Evidence(0, len(sentence), sentence)


def _figure(value: int, metric: str, subject: str | None, bound: str = "exact") -> Figure:
    said = f"{value} {metric}"
    return Figure(value, metric, bound, said, subject, "2024-03-02", _ev(said))


@pytest.mark.parametrize(("figures", "expected"), [
    ([_figure(300, "participants", FORUM, "at_least"), _figure(25, "countries", FORUM)],
     {"participants_count": 300, "countries_count": 25}),
    ([_figure(40, "participants", FORUM), _figure(12, "countries", "Niamey Polytechnic")],
     {"participants_count": 40}),
    ([_figure(64, "members", FORUM), _figure(9, "sessions", FORUM)], {}),
], ids=["both-counts", "another-subject's-countries", "other-metrics"])
def test_event_counts(figures: list[Figure], expected: dict[str, int]) -> None:
    assert event_counts(figures, FORUM) == expected


def _facts(participants: int) -> ArticleFacts:
    said = f"The {FORUM} opened in Niamey on 2 March 2024."
    return ArticleFacts(
        source=Source(title="Forum", published="2024-03-03", publisher="Niamey Polytechnic"),
        organizations=[Organization("Niamey Polytechnic", "college", [], "NE")],
        events=[Event(FORUM, "forum", "2024-03-02", "Niamey", "NE", None, _ev(said))],
        figures=[_figure(participants, "participants", FORUM, "at_least"),
                 _figure(18, "countries", FORUM)],
    )


def _import(engine: Any, facts: ArticleFacts, text: str) -> Plan:
    with session_scope(engine, actor="test", command="pytest") as session:
        plan = build_plan(session, facts, text, "test")
        apply_plan(session, plan)
        return plan


def _counts(engine: Any) -> tuple[int | None, int | None]:
    with session_scope(engine) as session:
        row = session.scalars(select(EventRow)).one()
        return row.participants_count, row.countries_count


def test_a_new_event_gets_its_counts(engine: Any) -> None:
    _import(engine, _facts(250), "first article")
    assert _counts(engine) == (250, 18)


def test_a_matched_event_keeps_its_counts_and_fills_empty_ones(engine: Any) -> None:
    _import(engine, _facts(250), "first article")
    with session_scope(engine) as session:
        session.scalars(select(EventRow)).one().countries_count = None
    plan = _import(engine, _facts(400), "second article")
    item = next(i for i in plan.items if i.kind == "event")
    assert item.action is Action.MATCH and item.fills == {"countries_count": 18}
    assert _counts(engine) == (250, 18)
