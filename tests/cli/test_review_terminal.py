"""`tracker import --review` at a real terminal (a pseudo-terminal driven by pexpect).

What a reviewer types is checked as it is typed; `-` clears a field; Enter at the end
applies a review of accepts; a failing item is named and the decisions are kept;
Ctrl-C asks before throwing decisions away. The plan of ARTICLE, in review order:
2 alliance, 3 organization, 4 membership, 5 and 6 figures.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")

ARTICLE = """Maple Ridge Polytechnic Joins the Coastal Vocational Education Network
Date: 2024-05-14

On May 13, 2024, Maple Ridge Polytechnic joined the Coastal Vocational Education Network as a
member. The network now has 36 member institutions from 7 countries.
"""
ITEM_PROMPT = "[a]ccept [s]kip"
APPLY = "Apply these changes?"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "maple.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def review(db_url: str, article: Path) -> Callable[[], Any]:
    """Start `tracker import ARTICLE --review` on a pseudo-terminal."""
    children: list[Any] = []

    def start() -> Any:
        env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "120"}
        child = pexpect.spawn(sys.executable, ["-m", "tracker", "--db", db_url, "--actor",
                                               "tester", "import", str(article), "--review"],
                              env=env, encoding="utf-8", timeout=90, dimensions=(40, 120))
        children.append(child)
        return child

    yield start
    for child in children:
        child.close(force=True)


def _answer(child: Any, prompt: str, text: str) -> None:
    child.expect_exact(prompt)
    child.sendline(text)


def _edit(child: Any, field: str, *typed: str, refused: str | None = None) -> None:
    """[e]dit `field`: type each value in turn; all but the last are refused with `refused`."""
    _answer(child, ITEM_PROMPT, "e")
    _answer(child, "field (", field)
    for value in typed[:-1]:
        _answer(child, f"new {field}", value)
        child.expect_exact(refused)
    _answer(child, f"new {field}", typed[-1])


def _finish(child: Any) -> str:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def _table(dump: Any, name: str) -> list[dict[str, Any]]:
    return list(dump()["tables"][name])


def test_a_bad_date_is_refused_as_typed_and_enter_applies_a_review_of_accepts(
    review: Any, dump: Any
) -> None:
    child = review()
    # 2 alliance; the date read by the parser every command uses
    _edit(child, "founded", "2023-13-45", "Sep 2019", refused="not a real date")
    _answer(child, ITEM_PROMPT, "a")
    for _ in range(4):  # Enter accepts each of the others
        _answer(child, ITEM_PROMPT, "")
    _answer(child, f"{APPLY} [Y/n]", "")  # after accepts, Enter applies
    _finish(child)
    [alliance] = _table(dump, "alliance")
    assert (alliance["founded_date"], alliance["founded_precision"]) == ("2019-09-01", "month")


def test_a_country_and_a_kind_are_read_as_the_commands_read_them(
    review: Any, dump: Any
) -> None:
    child = review()
    _answer(child, ITEM_PROMPT, "a")  # 2 alliance
    _edit(child, "country", "Atlantis", "Kenya", refused="no country 'Atlantis'")  # 3 org
    _edit(child, "kind", "spaceport", "University",
          refused="unknown organization kind 'spaceport'")
    _answer(child, ITEM_PROMPT, "a")
    for _ in range(3):
        _answer(child, ITEM_PROMPT, "a")
    _answer(child, APPLY, "y")
    _finish(child)
    [org] = _table(dump, "organization")
    countries = {row["id"]: row["code"] for row in _table(dump, "country")}
    assert countries[org["country_id"]] == "KE" and org["kind"] == "university"


def test_a_dash_clears_a_plain_field_but_not_a_name(review: Any, dump: Any) -> None:
    child = review()
    _answer(child, ITEM_PROMPT, "a")  # 2 alliance
    _edit(child, "name", "-", "Maple Ridge Polytechnic",  # 3 organization
          refused="the name of this organization cannot be empty")
    _answer(child, ITEM_PROMPT, "a")
    _edit(child, "since", "-")  # 4 membership
    for _ in range(3):
        _answer(child, ITEM_PROMPT, "a")
    _answer(child, APPLY, "y")
    _finish(child)
    [membership] = _table(dump, "membership")
    assert membership["joined_date"] is None


def test_a_failing_item_is_named_and_the_other_decisions_are_kept(
    review: Any, dump: Any, cli: Any
) -> None:
    assert cli("org", "add", "Birch Hollow College").exit_code == 0
    child = review()
    _answer(child, ITEM_PROMPT, "s")  # 2 alliance: skipped (and with it what needs it)
    _edit(child, "name", "Birch Hollow College")  # 3 organization: renamed to one that exists
    _answer(child, ITEM_PROMPT, "a")
    for _ in range(3):
        _answer(child, ITEM_PROMPT, "a")
    _answer(child, APPLY, "y")
    child.expect_exact("Could not apply item 3 (organization 'Birch Hollow College')")
    _edit(child, "name", "Maple Ridge Polytechnic")  # the failing item is asked again
    _answer(child, ITEM_PROMPT, "a")
    _answer(child, f"{APPLY} [Y/n]", "")
    _finish(child)
    assert _table(dump, "alliance") == []  # the skip made before the failure still holds
    names = sorted(row["name"] for row in _table(dump, "organization"))
    assert names == ["Birch Hollow College", "Maple Ridge Polytechnic"]
    assert len(_table(dump, "source")) == 1


def test_giving_up_after_a_failure_names_the_item_and_writes_nothing(
    review: Any, dump: Any, cli: Any
) -> None:
    assert cli("org", "add", "Birch Hollow College").exit_code == 0
    before = dump()
    child = review()
    _answer(child, ITEM_PROMPT, "a")
    _edit(child, "name", "birch hollow college")
    _answer(child, ITEM_PROMPT, "a")
    for _ in range(3):
        _answer(child, ITEM_PROMPT, "a")
    _answer(child, APPLY, "y")
    _answer(child, ITEM_PROMPT, "a")  # accept it as it is, then decline to apply
    _answer(child, APPLY, "n")
    child.expect_exact("Error: item 3 (organization 'birch hollow college')")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert dump() == before


@pytest.mark.parametrize("throw_away", [False, True], ids=["go-on", "throw-away"])
def test_ctrl_c_asks_before_throwing_the_decisions_away(
    review: Any, dump: Any, throw_away: bool
) -> None:
    before = dump()
    child = review()
    _answer(child, ITEM_PROMPT, "s")  # 2 alliance: one decision made
    child.expect_exact(ITEM_PROMPT)
    child.sendintr()
    _answer(child, "Throw away the 1 decision(s) made on this article? [y/N]",
            "y" if throw_away else "n")
    if throw_away:
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus != 0
        assert dump() == before
        return
    child.expect_exact("Going on where you were.")
    for _ in range(4):
        _answer(child, ITEM_PROMPT, "a")
    _answer(child, APPLY, "y")
    _finish(child)
    assert _table(dump, "alliance") == []  # the skip before Ctrl-C still holds
    assert len(_table(dump, "organization")) == 1


def test_without_review_a_failing_item_can_be_skipped_and_the_rest_applied(
    db_url: str, article: Path, dump: Any, cli: Any
) -> None:
    """The record an item matched is deleted (by a colleague) while the question waits."""
    assert cli("org", "add", "Maple Ridge Polytechnic").exit_code == 0
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "120"}
    child = pexpect.spawn(sys.executable, ["-m", "tracker", "--db", db_url, "import",
                                           str(article)],
                          env=env, encoding="utf-8", timeout=90, dimensions=(40, 120))
    try:
        child.expect_exact(f"{APPLY} [y/N]")  # nothing answered yet: the default is No
        assert cli("org", "remove", "Maple Ridge Polytechnic", "--yes").exit_code == 0
        child.sendline("y")
        child.expect_exact("Could not apply item 3 (organization 'Maple Ridge Polytechnic')")
        _answer(child, "Skip item 3 and apply the rest? [y/N]", "y")
        _finish(child)
    finally:
        child.close(force=True)
    assert _table(dump, "organization") == []
    assert [row["name"] for row in _table(dump, "alliance")] == [
        "Coastal Vocational Education Network"]
    assert _table(dump, "membership") == []  # it needed the organization
