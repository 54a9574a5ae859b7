"""The importer's lookups read only the rows that can match, through indexed columns.

Matching rules themselves are tested with the planners; these tests check that
narrowing the rows read keeps every row that could match and leaves out the rest.
"""

from __future__ import annotations

from typing import Any

import pytest

from tracker.dates import parse_optional
from tracker.ingest.kinds.event import candidate_events, match_event
from tracker.services.event import add_event


@pytest.fixture
def events(session: Any) -> Any:
    for title, start in (("Harbour Logistics Expo", "2022"),
                         ("Winter Teaching Workshop", "2022-12"),
                         ("Spring Robotics Fair", "2023-03-14"),
                         ("Robotics Fair of the North", "2021-03-14"),
                         ("Coastal Crafts Day", None)):
        add_event(session, title, "forum", start)
    session.flush()
    return session


@pytest.mark.parametrize(("wanted", "titles"), [
    ("2023-03-14", {"Spring Robotics Fair"}),
    ("2023", {"Spring Robotics Fair"}),
    ("2022-12-05", {"Harbour Logistics Expo", "Winter Teaching Workshop"}),
    ("2022-01", {"Harbour Logistics Expo"}),
])
def test_dated_candidates_hold_every_overlapping_event_and_no_far_one(
        events: Any, wanted: str, titles: set[str]) -> None:
    found = {row.title for row in candidate_events(events, parse_optional(wanted))}
    assert titles <= found
    assert "Coastal Crafts Day" not in found  # undated
    if wanted.startswith("2023"):  # starts two years before: read no more
        assert "Robotics Fair of the North" not in found


def test_undated_candidates_are_the_undated_events(events: Any) -> None:
    assert [row.title for row in candidate_events(events, None)] == ["Coastal Crafts Day"]


@pytest.mark.parametrize(("title", "date", "expected"), [
    ("Spring Robotics Fair", "2023-03-14", "Spring Robotics Fair"),
    ("the Spring Robotics Fair", "2023-03", "Spring Robotics Fair"),
    ("Spring Robotics Fair", "2022-03-14", None),
    ("Coastal Crafts Day", None, "Coastal Crafts Day"),
    ("Winter Teaching Workshops", "2022", "Winter Teaching Workshop"),
])
def test_an_event_matches_within_its_period_only(events: Any, title: str, date: str | None,
                                                 expected: str | None) -> None:
    matched = match_event(events, title, date, None)
    assert (matched.name if matched else None) == expected
