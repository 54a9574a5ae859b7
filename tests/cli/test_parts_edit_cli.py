"""Correcting the parts of a record: a participant's role, an alias's spelling or kind."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def parts(cli, seed):
    seed((
        ("org", "add", "Lakeside Institute", "--alias", "LI"),
        ("alliance", "add", "Harbour Skills Network", "--alias", "Harbor Skills"),
        ("person", "add", "Amina Odhiambo"),
        ("event", "add", "Skills forum", "--date", "2023-04"),
        ("event", "participant", "add", "1", "LI", "--role", "attendee"),
        ("event", "participant", "add", "1", "Amina Odhiambo", "--role", "speaker"),
        ("event", "participant", "add", "1", "Amina Odhiambo", "--role", "awardee"),
    ))
    return cli


def _participants(dump):  # type: ignore[no-untyped-def]
    return sorted((p["organization_id"] or 0, p["person_id"] or 0, p["role"])
                  for p in dump()["tables"]["event_participant"])


def test_participant_role_corrected(parts, dump):
    result = parts("event", "participant", "edit", "1", "LI", "--new-role", "host")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Lakeside Institute is host of Skills forum."
    result = parts("event", "participant", "edit", "1", "Amina Odhiambo", "--role", "awardee",
                   "--new-role", "organizer")
    assert result.exit_code == 0, result.output
    assert _participants(dump) == [(0, 1, "organizer"), (0, 1, "speaker"), (1, 0, "host")]


def test_alias_corrected(parts):
    result = parts("alliance", "alias", "edit", "Harbour Skills Network", "Harbor Skills",
                   "--name", "Harbour Skills", "--kind", "short")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "Alias 'Harbour Skills' of Harbour Skills Network is a short name.")
    shown = json.loads(parts("alliance", "show", "Harbour Skills", "--json").output)
    assert shown["aliases"] == ["Harbour Skills"]
    assert parts("org", "alias", "edit", "LI", "li", "--kind", "acronym").exit_code == 0


@pytest.mark.parametrize(("args", "code", "message"), [
    (["event", "participant", "edit", "1", "Amina Odhiambo", "--new-role", "host"], 1,
     "Error: Amina Odhiambo takes part in Skills forum as speaker, awardee; say which"),
    (["event", "participant", "edit", "1", "LI", "--new-role", "emperor"], 2,
     "Error: unknown participant role 'emperor'"),
    (["event", "participant", "edit", "1", "LI", "--role", "host", "--new-role", "speaker"], 1,
     "Error: Lakeside Institute does not take part in Skills forum as host"),
    (["event", "participant", "edit", "1", "Amina Odhiambo", "--role", "awardee",
      "--new-role", "speaker"], 2, "Error: Amina Odhiambo is already speaker of Skills forum"),
    (["event", "participant", "edit", "9", "LI", "--new-role", "host"], 1, "Error: no event"),
    (["org", "alias", "edit", "LI", "XYZ", "--kind", "acronym"], 1,
     "Error: Lakeside Institute has no alias 'XYZ' (its aliases: LI)"),
    (["org", "alias", "edit", "LI", "LI"], 2, "Error: nothing to change"),
    (["org", "alias", "edit", "LI", "LI", "--name", "Harbor Skills"], 1, "Error: "),
    (["org", "alias", "edit", "LI", "LI", "--kind", "nickname"], 2,
     "Error: unknown alias kind 'nickname'"),
    (["org", "alias", "edit", "LI", "LI", "--name", " "], 2, "Error: "),
])
def test_bad_input_changes_nothing(parts, assert_refused, args, code, message):
    assert_refused(parts, args, code, message)
