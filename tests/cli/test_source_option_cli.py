"""`--source` on the commands that record a fact by hand: the record is cited by the source."""

from __future__ import annotations

import pytest


@pytest.fixture
def with_source(cli):
    for args in (("source", "add", "--title", "Annual review", "--url", "https://news.example/r"),
                 ("event", "add", "Skills forum", "--date", "2023-04")):
        assert cli(*args).exit_code == 0
    return cli


def _cited(dump):  # type: ignore[no-untyped-def]
    return {(c["source_id"], c["subject_table"], c["subject_id"])
            for c in dump()["tables"]["citation"]}


def test_hand_entered_records_are_cited(with_source, dump):
    cli = with_source
    for args in (
        ("org", "add", "Lakeside Institute", "--source", "1"),
        ("alliance", "add", "Harbour Skills Network", "--source", "Annual review"),
        ("person", "add", "Amina Odhiambo", "--source", "https://news.example/r"),
        ("event", "participant", "add", "1", "Lakeside Institute", "--role", "host",
         "--source", "1"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
    assert _cited(dump) == {(1, "organization", 1), (1, "alliance", 1), (1, "person", 1),
                            (1, "event_participant", 1)}
    shown = cli("source", "show", "1", "--json")
    assert '"label": "Lakeside Institute"' in shown.output


@pytest.mark.parametrize("args", [
    ["org", "add", "Lakeside Institute", "--source", "7"],
    ["alliance", "add", "Harbour Skills Network", "--source", "7"],
    ["person", "add", "Amina Odhiambo", "--source", "7"],
])
def test_an_unknown_source_adds_nothing(with_source, assert_refused, args):
    assert_refused(with_source, args, 1, "Error: no source has id 7")


def test_an_unknown_source_adds_no_participant(with_source, assert_refused):
    assert with_source("org", "add", "Lakeside Institute").exit_code == 0
    assert_refused(with_source, ["event", "participant", "add", "1", "Lakeside Institute",
                                 "--source", "Nowhere"], 1,
                   "Error: no source with id, URL or title 'Nowhere'")


@pytest.fixture
def recorded(with_source):
    """A record of each kind that an edit or an end can correct, none cited yet."""
    cli = with_source
    for args in (
        ("org", "add", "Lakeside Institute", "--alias", "LI", "--home"),
        ("org", "add", "Hillside College"),
        ("alliance", "add", "Harbour Skills Network"),
        ("member", "add", "Hillside College", "Harbour Skills Network", "--since", "2021"),
        ("person", "add", "Amina Odhiambo"),
        ("figure", "add", "Harbour Skills Network", "members", "40"),
        ("coop", "add", "LI", "--partner", "Hillside College", "--kind", "mou",
         "--start", "2022-03"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
    return cli


def test_corrections_and_endings_are_cited(recorded, dump):
    cli = recorded
    for args in (
        ("org", "edit", "Hillside College", "--city", "Nakuru", "--source", "1"),
        ("alliance", "edit", "Harbour Skills Network", "--founded", "2015",
         "--source", "Annual review"),
        ("person", "edit", "Amina Odhiambo", "--title", "Dean", "--source", "1"),
        ("event", "edit", "1", "--participants", "120", "--source", "https://news.example/r"),
        ("member", "end", "Hillside College", "Harbour Skills Network", "--on", "2024-06",
         "--source", "1"),
        ("coop", "end", "1", "--on", "2024-12", "--source", "1"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
    assert _cited(dump) == {(1, "organization", 2), (1, "alliance", 1), (1, "person", 1),
                            (1, "event", 1), (1, "membership", 1), (1, "cooperation", 1)}
    # a figure has a source of its own: the correction names it
    assert cli("figure", "edit", "1", "--value", "42", "--source", "1").exit_code == 0
    assert dump()["tables"]["figure"][0]["source_id"] == 1


@pytest.mark.parametrize("args", [
    ["org", "edit", "Hillside College", "--city", "Nakuru", "--source", "7"],
    ["alliance", "edit", "Harbour Skills Network", "--founded", "2015", "--source", "7"],
    ["person", "edit", "Amina Odhiambo", "--title", "Dean", "--source", "7"],
    ["event", "edit", "1", "--participants", "120", "--source", "7"],
    ["figure", "edit", "1", "--value", "42", "--source", "7"],
    ["member", "end", "Hillside College", "Harbour Skills Network", "--source", "7"],
    ["coop", "end", "1", "--source", "7"],
])
def test_an_unknown_source_corrects_nothing(recorded, assert_refused, args):
    assert_refused(recorded, args, 1, "Error: no source has id 7")
