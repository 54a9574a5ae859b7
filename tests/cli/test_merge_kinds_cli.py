"""`tracker alliance|person|event merge DUPLICATE INTO`: every reference moves, nothing lost."""

from __future__ import annotations

import json
from typing import Any

import pytest


def _ok(cli: Any, *args: str) -> Any:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result


@pytest.fixture
def twins(cli, seed):
    """One alliance, person and event each recorded twice, under two names."""
    seed((
        ("org", "add", "Lakeside Institute", "--alias", "LI"),
        ("org", "add", "Hillside College"),
        ("alliance", "add", "Harbour Skills Network", "--alias", "HSN"),
        ("alliance", "add", "港湾技能网络", "--website", "https://harbour.example"),
        ("member", "add", "LI", "HSN", "--since", "2019"),
        ("member", "add", "LI", "港湾技能网络", "--role", "vice_chair", "--since", "2021"),
        ("member", "add", "Hillside College", "港湾技能网络", "--since", "2020"),
        ("figure", "add", "港湾技能网络", "members", "40"),
        ("person", "add", "Amina Odhiambo", "--org", "LI"),
        ("person", "add", "A. Odhiambo", "--title", "Dean"),
        ("event", "add", "Skills forum", "--date", "2023-04", "--alliance", "港湾技能网络"),
        ("event", "add", "Forum on skills", "--city", "Mombasa"),
        ("event", "participant", "add", "1", "LI", "--role", "host"),
        ("event", "participant", "add", "2", "LI", "--role", "host"),
        ("event", "participant", "add", "2", "Hillside College", "--role", "attendee"),
        ("event", "participant", "add", "2", "A. Odhiambo", "--role", "speaker"),
    ))
    return cli


def test_alliance_merge_joins_members_and_keeps_the_name(twins, as_json, dump):
    result = _ok(twins, "alliance", "merge", "港湾技能网络", "HSN", "--yes")
    assert result.output.splitlines()[0] == (
        "Role history after the merge: Harbour Skills Network: member 2019–; vice_chair 2021–")
    kept = as_json("alliance", "show", "港湾技能网络")  # the old name finds the kept one
    assert kept["name"] == "Harbour Skills Network"
    tables = dump()["tables"]
    assert len(tables["alliance"]) == 1
    assert tables["alliance"][0]["website"] == "https://harbour.example"  # a blank filled
    assert {(m["organization_id"], m["alliance_id"]) for m in tables["membership"]} == {
        (1, 1), (2, 1)}
    assert [f["alliance_id"] for f in tables["figure"]] == [1]
    assert [e["alliance_id"] for e in tables["event"]] == [1, None]
    assert len(tables["membership_term"]) == 3


def test_person_merge_moves_participations_and_fills_blanks(twins, dump):
    _ok(twins, "person", "merge", "A. Odhiambo", "Amina Odhiambo", "--yes")
    tables = dump()["tables"]
    assert [(p["name"], p["title"], p["organization_id"]) for p in tables["person"]] == [
        ("Amina Odhiambo", "Dean", 1)]
    assert [(p["event_id"], p["person_id"], p["role"]) for p in tables["event_participant"]
            if p["person_id"]] == [(2, 1, "speaker")]


def test_event_merge_moves_participants_and_drops_repeats(twins, dump):
    result = _ok(twins, "event", "merge", "2", "1", "--yes")
    assert result.output.strip().endswith(
        "(dropped as already recorded: 1 participations).")
    tables = dump()["tables"]
    assert [(e["title"], e["city"]) for e in tables["event"]] == [("Skills forum", "Mombasa")]
    assert {(p["organization_id"], p["person_id"], p["role"])
            for p in tables["event_participant"]} == {
        (1, None, "host"), (2, None, "attendee"), (None, 2, "speaker")}


@pytest.mark.parametrize("args", [
    ["alliance", "merge", "港湾技能网络", "HSN", "--yes"],
    ["person", "merge", "2", "1", "--yes"],
    ["event", "merge", "2", "1", "--yes"],
])
def test_each_merge_can_be_undone(twins, dump, args):
    def records() -> dict[str, Any]:
        return {k: [{c: v for c, v in r.items() if c not in ("created_at", "updated_at")}
                    for r in rows] for k, rows in dump()["tables"].items() if k != "change"}

    before = records()
    _ok(twins, *args)
    _ok(twins, "undo")
    assert records() == before


@pytest.mark.parametrize(("args", "code", "message"), [
    (["alliance", "merge", "HSN", "Harbour Skills Network", "--yes"], 2,
     "Error: cannot merge Harbour Skills Network into itself"),
    (["alliance", "merge", "Nowhere Network", "HSN", "--yes"], 1,
     "Error: no alliance named 'Nowhere Network'"),
    (["alliance", "merge", "港湾技能网络", "HSN"], 2, "Error: Merge 港湾技能网络 (id 2) into"),
    (["person", "merge", "1", "1", "--yes"], 2, "Error: cannot merge Amina Odhiambo into itself"),
    (["person", "merge", "99", "1", "--yes"], 1, "Error: no person"),
    (["person", "merge", "2", "1"], 2, "Error: Merge A. Odhiambo (id 2) into"),
    (["event", "merge", "1", "1", "--yes"], 2, "Error: cannot merge Skills forum into itself"),
    (["event", "merge", "99", "1", "--yes"], 1, "Error: no event"),
    (["event", "merge", "2", "1"], 2, "Error: Merge event 2 (Forum on skills) into event 1"),
])
def test_merge_bad_input_changes_nothing(twins, assert_refused, args, code, message):
    assert_refused(twins, args, code, message)


def test_a_declined_merge_shows_what_it_would_do(twins):
    result = twins("alliance", "merge", "港湾技能网络", "HSN")
    assert result.stdout.startswith("The merge would move ")
    assert json.loads(twins("alliance", "list", "--json").output)[1]["name"] == "港湾技能网络"
