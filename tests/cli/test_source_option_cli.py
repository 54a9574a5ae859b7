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
