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


# -- names: exact lookups by indexed key, fuzzy keys read once per run ---------------------------

@pytest.fixture
def names(session: Any) -> Any:
    from tracker.services.alliance import add_alliance
    from tracker.services.organization import add_organization

    add_organization(session, "Lakeside Institute of Marine Engineering", aliases=["LIME"],
                     is_home=True)
    add_organization(session, "Northern Plains Agricultural College")
    add_alliance(session, "Alliance of Mountain Polytechnics", lead=None)
    session.flush()
    return session


@pytest.mark.parametrize(("name", "table", "expected", "via"), [
    ("LIME", "organization", "Lakeside Institute of Marine Engineering", "alias 'LIME'"),
    ("the Lakeside Institute of Marine Engineering", "organization",
     "Lakeside Institute of Marine Engineering", "name"),
    ("Alliance of Mountain Polytechnics", "alliance", "Alliance of Mountain Polytechnics", "name"),
    ("Alliance of Mountain Polytechnics", "organization", None, None),
    ("Coastal Trade School", "organization", None, None),
])
def test_exact_lookups_find_names_and_aliases_by_key(names: Any, name: str, table: str,
                                                      expected: str | None,
                                                      via: str | None) -> None:
    from tracker.ingest.resolve import NameIndex

    found = NameIndex(names).exact([name], table)
    assert ((found.name, found.via) if found else (None, None)) == (expected, via)


def test_the_home_organization_is_found_without_reading_the_others(names: Any) -> None:
    from tracker.ingest.resolve import NameIndex

    home = NameIndex(names).home_match("self-reference")
    assert home is not None and home.name == "Lakeside Institute of Marine Engineering"


@pytest.mark.parametrize("spelled", ["Northern Plain Agricultural College",
                                     "Agricultural College Northern Plains"])
def test_fuzzy_keys_shared_by_a_run_see_records_added_after_the_first_read(
        names: Any, spelled: str) -> None:
    from tracker.ingest.resolve import FuzzyKeys, NameIndex
    from tracker.services.organization import add_organization

    shared = FuzzyKeys()
    assert NameIndex(names, shared).fuzzy([spelled], "organization").name == (  # type: ignore[union-attr]
        "Northern Plains Agricultural College")
    add_organization(names, "Savanna Textile Academy", aliases=["Savanna Weaving School"])
    names.flush()
    later = NameIndex(names, shared)
    assert later.fuzzy(["Savannah Textile Academy"], "organization").name == (  # type: ignore[union-attr]
        "Savanna Textile Academy")
    assert later.fuzzy(["Savanna Weaving Schools"], "organization").via == "similar name"  # type: ignore[union-attr]


def test_a_record_removed_since_the_keys_were_read_is_not_matched(names: Any) -> None:
    from sqlalchemy import select

    from tracker.ingest.resolve import FuzzyKeys, NameIndex
    from tracker.models import Organization

    shared = FuzzyKeys()
    NameIndex(names, shared).fuzzy(["Lakeside Marine"], "organization")
    gone = names.scalars(select(Organization).where(
        Organization.name == "Northern Plains Agricultural College")).one()
    names.delete(gone)
    names.flush()
    assert NameIndex(names, shared).fuzzy(["Northern Plain Agricultural College"],
                                          "organization") is None


@pytest.mark.parametrize(("one", "other"), [
    ("northern plains agricultural college", "agricultural college of the northern plains"),
    ("savanna textile academy", "savannah textile  academy"),
    ("institute marine lakeside", "lakeside marine institute"),
])
def test_the_ratio_of_sorted_tokens_is_the_token_sort_ratio(one: str, other: str) -> None:
    from rapidfuzz import fuzz

    from tracker.ingest.resolve import sorted_tokens

    assert fuzz.ratio(sorted_tokens(one), sorted_tokens(other)) == fuzz.token_sort_ratio(one,
                                                                                        other)
