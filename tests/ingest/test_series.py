"""Event series from an article's session counts: holder, start, editions, linked events.

Sentences are written for these tests (two phrasings or more per rule).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from tracker.db import session_scope
from tracker.extract.facts import (
    Alliance,
    ArticleFacts,
    Event,
    Evidence,
    Figure,
    Organization,
    Source,
)
from tracker.ingest.apply import apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.kinds.series import series_name, started_year
from tracker.ingest.plan import Action, Plan
from tracker.models import Event as EventRow
from tracker.models import EventSeries


@pytest.mark.parametrize(("sentence", "name", "year"), [
    ("The network began to hold regional forums in 2015 and has held 9 sessions by 2024.",
     "regional forums", "2015"),
    ("Since 2019 the college has hosted the Andes Welding Seminar, which has run for five "
     "sessions by 2023.", "Andes Welding Seminar", "2019"),
    ("Since 2016, Kivu Polytechnic has organized the Great Lakes Skills Competition for "
     "seven consecutive editions.", "Great Lakes Skills Competition", "2016"),
    ("The alliance holds annual meetings every spring; 12 sessions so far.", "annual meetings",
     None),
])
def test_series_name_and_start(sentence: str, name: str, year: str | None) -> None:
    assert series_name(sentence) == name
    assert started_year(sentence) == year


@pytest.mark.parametrize("sentence", [
    "The college has held 40 sessions of training for 900 teachers.",
    "It has hosted 3 delegations by 2023.",
])
def test_no_series_without_an_event_noun(sentence: str) -> None:
    assert series_name(sentence) is None


NETWORK = "Andes Technical Network"
COUNT_SAID = ("The Andes Technical Network began to hold annual meetings in 2018, and has held "
              "6 sessions by 2024.")
HOSTED_SAID = ("Since 2020, Quito Polytechnic has hosted the Andes Welding Seminar, which has "
               "been held for four sessions by 2023.")
EVENT_SAID = "On 12 May 2024, the 2024 annual meeting of the Andes Technical Network opened."


def _ev(sentence: str) -> Evidence:
    return Evidence(0, len(sentence), sentence)


def _facts(sessions: int = 6, as_of: str = "2024") -> ArticleFacts:
    return ArticleFacts(
        source=Source(title="Annual meeting", published="2024-05-13",
                      publisher="Quito Polytechnic"),
        organizations=[Organization("Quito Polytechnic", "college", [], "EC")],
        alliances=[Alliance(NETWORK, [], "2016")],
        events=[Event(f"2024 annual meeting of the {NETWORK}", "meeting", "2024-05-12", "Quito",
                      "EC", NETWORK, _ev(EVENT_SAID))],
        figures=[Figure(sessions, "sessions", "exact", f"{sessions} sessions", NETWORK, as_of,
                        _ev(COUNT_SAID)),
                 Figure(4, "sessions", "exact", "four sessions", "Quito Polytechnic", "2023",
                        _ev(HOSTED_SAID))],
    )


def _import(engine: Any, facts: ArticleFacts, text: str) -> Plan:
    with session_scope(engine, actor="test", command="pytest") as session:
        plan = build_plan(session, facts, text, "test")
        apply_plan(session, plan)
        return plan


def test_series_get_their_holder_start_and_editions_and_the_event_its_edition(
        engine: Any) -> None:
    _import(engine, _facts(), "first")
    with session_scope(engine) as session:
        series = {s.name: s for s in session.scalars(select(EventSeries))}
        meetings = series[f"annual meetings of {NETWORK}"]
        assert meetings.alliance is not None and meetings.alliance.name == NETWORK
        assert (str(meetings.started), meetings.editions, str(meetings.editions_as_of)) == (
            "2018", 6, "2024")
        seminar = series["Andes Welding Seminar"]
        assert seminar.host is not None and seminar.host.name == "Quito Polytechnic"
        assert (str(seminar.started), seminar.editions) == ("2020", 4)
        event = session.scalars(select(EventRow)).one()
        assert event.series is meetings and event.edition == 6


def test_a_later_count_fills_the_series_and_a_second_reading_matches_it(engine: Any) -> None:
    _import(engine, _facts(), "first")
    plan = _import(engine, _facts(sessions=7, as_of="2025"), "second")
    item = next(i for i in plan.items if i.kind == "series" and "meetings" in i.label)
    assert item.action is Action.MATCH and item.fills == {"editions": 7}
    with session_scope(engine) as session:
        meetings = session.scalars(select(EventSeries).where(
            EventSeries.name.like("annual meetings%"))).one()
        assert (meetings.editions, str(meetings.editions_as_of)) == (7, "2025")


def test_a_different_count_as_of_the_same_date_is_a_conflict_kept(engine: Any) -> None:
    _import(engine, _facts(), "first")
    plan = _import(engine, _facts(sessions=5), "second")
    item = next(i for i in plan.items if i.kind == "series" and "meetings" in i.label)
    assert item.action is Action.CONFLICT and item.conflicts == {"editions": [6, 5]}
    with session_scope(engine) as session:
        assert session.scalars(select(EventSeries.editions).where(
            EventSeries.name.like("annual meetings%"))).one() == 6
