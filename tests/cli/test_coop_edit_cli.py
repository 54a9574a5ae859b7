"""`tracker coop show` and `tracker coop edit`: one cooperation record seen and corrected."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def coop(cli, seed):
    seed((
        ("org", "add", "Lakeside Institute", "--alias", "LI", "--home"),
        ("org", "add", "Hillside College", "--country", "KE"),
        ("source", "add", "--title", "Annual review"),
        ("coop", "add", "LI", "--partner", "Hillside College", "--kind", "mou",
         "--start", "2023-05", "--headcount", "12", "--source", "1"),
    ))
    return cli


def test_show_prints_the_record(coop, as_json):
    shown = as_json("coop", "show", "1")
    assert (shown["kind"], shown["partner"], shown["start"], shown["headcount"]) == (
        "mou", "Hillside College", "2023-05", 12)
    table = coop("coop", "show", "1")
    assert table.exit_code == 0 and " headcount     12" in table.output


def test_edit_changes_and_clears(coop, as_json):
    result = coop("coop", "edit", "1", "--end", "2028-05", "--country", "KE",
                  "--clear", "headcount", "--source", "")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "Updated cooperation 1 (mou of Lakeside Institute with Hillside College and Kenya).")
    shown: dict[str, Any] = as_json("coop", "show", "1")
    assert (shown["end"], shown["country"], shown["headcount"], shown["source_id"]) == (
        "2028-05", "KE", None, None)
    assert coop("coop", "edit", "1", "--partner", "").exit_code == 0  # the country remains
    assert as_json("coop", "show", "1")["partner"] is None


@pytest.mark.parametrize(("args", "code", "message"), [
    (["coop", "show", "9"], 1, "Error: no cooperation"),
    (["coop", "edit", "9", "--title", "X"], 1, "Error: no cooperation"),
    (["coop", "edit", "1"], 2, "Error: nothing to change"),
    (["coop", "edit", "1", "--partner", ""], 2,
     "Error: cooperation needs a partner organization or a country (or both)"),
    (["coop", "edit", "1", "--partner", "LI"], 2,
     "Error: Lakeside Institute cannot cooperate with itself"),
    (["coop", "edit", "1", "--end", "2020"], 2, "Error: the end 2020 is before the start 2023-05"),
    (["coop", "edit", "1", "--headcount", "-3"], 2, "Error: the headcount cannot be negative"),
    (["coop", "edit", "1", "--kind", "party"], 2, "Error: unknown cooperation kind 'party'"),
    (["coop", "edit", "1", "--clear", "kind"], 2, "Error: cannot clear 'kind'"),
    (["coop", "edit", "1", "--source", "99"], 1, "Error: no source has id 99"),
])
def test_bad_input_changes_nothing(coop, assert_refused, args, code, message):
    assert_refused(coop, args, code, message)
