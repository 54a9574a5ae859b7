"""`tracker undo` and `tracker log revert ID`: a command's changes put back from the audit log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ARTICLE = (Path(__file__).resolve().parents[2] / ".." / "shared" / "articles" / "dev"
           / "szpu-belt-and-road-alliance-2023.txt")
TIMESTAMPS = ("created_at", "updated_at")


def _records(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The export without the audit log (a revert adds to it) and row time stamps (a
    restored row is written again, so it is stamped anew)."""
    return {
        name: [{k: v for k, v in row.items() if k not in TIMESTAMPS} for row in rows]
        for name, rows in data["tables"].items()
        if name != "change"
    }


def _ok(cli: Any, *args: str) -> Any:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def test_undoing_an_article_import_gives_back_the_database_before_it(cli, dump):
    _ok(cli, "org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home",
        "--kind", "college", "--country", "CN")
    before = _records(dump())
    _ok(cli, "import", "--yes", str(ARTICLE))
    imported = _records(dump())
    assert sum(map(len, imported.values())) > sum(map(len, before.values())) + 10
    assert {"source", "membership", "membership_term"} <= {
        name for name, rows in imported.items() if len(rows) > len(before[name])}

    result = _ok(cli, "undo")
    assert result.output.startswith("Reverted command ")
    assert _records(dump()) == before

    _ok(cli, "undo")  # the undo is a command too: undoing it imports the article again
    assert _records(dump()) == imported


def test_every_row_an_import_writes_is_in_the_log(cli, dump):
    """Each row the import added or changed has a change row of the import's command."""
    _ok(cli, "org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home")
    before = _records(dump())
    _ok(cli, "import", "--yes", str(ARTICLE))
    after = _records(dump())
    changes = json.loads(_ok(cli, "log", "--json", "--limit", "1").output)
    logged = {(c["table"], c["row"]) for c in changes}
    for name, rows in after.items():
        old = {row["id"]: row for row in before[name]}
        for row in rows:
            if old.get(row["id"]) != row:
                assert (name, row["id"]) in logged, (name, row)


def test_revert_a_given_command_and_revert_the_revert(cli, as_json):
    _ok(cli, "org", "add", "Alpha College", "--alias", "AC")
    _ok(cli, "org", "add", "Beta College")
    _ok(cli, "org", "edit", "Alpha College", "--city", "Nairobi")
    first = json.loads(_ok(cli, "log", "--json").output)[-1]["command_id"]
    edit = json.loads(_ok(cli, "log", "--json", "--limit", "1").output)[0]["command_id"]

    _ok(cli, "log", "revert", str(edit))
    assert as_json("org", "show", "Alpha College")["city"] is None
    revert = json.loads(_ok(cli, "log", "--json", "--limit", "1").output)[0]["command_id"]
    _ok(cli, "log", "revert", str(revert))
    assert as_json("org", "show", "Alpha College")["city"] == "Nairobi"
    assert first == 1


def test_a_removal_comes_back_with_what_went_with_it(cli, as_json):
    """Deleting an organization deletes its memberships, terms, cooperation and figures;
    undo brings every one of them back."""
    _ok(cli, "org", "add", "Alpha College", "--alias", "AC", "--home")
    _ok(cli, "org", "add", "Lakeside Institute", "--country", "KE")
    _ok(cli, "alliance", "add", "Delta Network")
    _ok(cli, "member", "add", "Lakeside Institute", "Delta Network", "--since", "2021")
    _ok(cli, "coop", "add", "AC", "--partner", "Lakeside Institute", "--start", "2023")
    _ok(cli, "figure", "add", "Lakeside Institute", "students", "1200")
    shown = as_json("org", "show", "Lakeside Institute")
    _ok(cli, "org", "remove", "Lakeside Institute", "--yes")
    removal = json.loads(_ok(cli, "log", "--json", "--limit", "1").output)
    assert {"cooperation", "figure", "membership", "membership_term"} <= {
        c["table"] for c in removal}
    _ok(cli, "undo")
    assert as_json("org", "show", "Lakeside Institute") == shown
    assert len(as_json("figure", "list")) == 1


@pytest.mark.parametrize("later", [
    ("org", "edit", "Alpha College", "--city", "Nairobi"),
    ("alliance", "add", "Delta Network"),
])
def test_revert_refuses_when_a_later_command_touched_its_rows(cli, assert_refused, later):
    _ok(cli, "org", "add", "Alpha College")
    _ok(cli, *later)
    if later[0] == "alliance":  # a later row refers to the one the first command added
        _ok(cli, "member", "add", "Alpha College", "Delta Network")
        message = "Error: undoing it would also change membership"
    else:
        message = "Error: command 2 (tracker org edit 'Alpha College' --city Nairobi, by tester)"
    assert_refused(cli, ["log", "revert", "1"], 1, message)


@pytest.mark.parametrize(("args", "code", "message"), [
    (["log", "revert", "999"], 1, "Error: no command 999 in the log"),
    (["log", "revert", "abc"], 2, "Error: Invalid value for 'command_id'"),
    (["log", "revert", "2"], 1, "Error: no command 2 in the log"),  # a change inside command 1
    (["log", "--command", "999"], 1, "Error: no command 999 in the log"),
])
def test_revert_bad_input(cli, assert_refused, args, code, message):
    _ok(cli, "org", "add", "Alpha College", "--alias", "AC")
    assert_refused(cli, args, code, message)


def test_undo_with_an_empty_log_says_so(cli, assert_refused):
    assert_refused(cli, ["undo"], 1, "Error: nothing to undo: the log is empty")


def test_log_shows_one_entry_per_command_with_field_changes(cli):
    _ok(cli, "org", "add", "Alpha College", "--alias", "AC")
    _ok(cli, "org", "edit", "AC", "--city", "Nairobi", "--website", "https://alpha.example")
    lines = _ok(cli, "log").output.splitlines()
    assert lines[0].startswith("#3  ") and lines[0].endswith(
        "tester  tracker org edit AC --city Nairobi --website https://alpha.example")
    assert lines[1:4] == ["  update organization 1 (Alpha College)",
                          "      city: – → Nairobi",
                          "      website: – → https://alpha.example"]
    assert lines[4].endswith("tracker org add 'Alpha College' --alias AC  (2 changes)")
    assert lines[5:] == ["  insert organization 1 (Alpha College)", "  insert alias 1 (AC)"]
    full = _ok(cli, "log", "--command", "1").output.splitlines()
    assert "      name: – → Alpha College" in full
    assert "      kind: – → acronym" in full
