"""`tracker member term edit/remove`: one role term corrected or deleted, the rest kept;
`--source` on the commands that record a role by hand."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def terms(cli, seed):
    """Lakeside Institute joined the Harbour Skills Network in 2019 as a member and became
    its vice chair in 2022 (terms 1 and 2); a source to cite."""
    seed((
        ("org", "add", "Lakeside Institute", "--alias", "LI"),
        ("alliance", "add", "Harbour Skills Network", "--alias", "HSN"),
        ("source", "add", "--title", "Annual review", "--url", "https://news.example/review"),
        ("member", "add", "LI", "HSN", "--since", "2019"),
        ("member", "role", "LI", "HSN", "vice_chair", "--since", "2022-05"),
    ))
    return cli


def _terms(cli):  # type: ignore[no-untyped-def]
    return json.loads(cli("member", "list", "--json").output)


def _term_rows(dump):  # type: ignore[no-untyped-def]
    return {row["id"]: row for row in dump()["tables"]["membership_term"]}


def test_edit_one_term_keeps_the_others(terms, dump):
    result = terms("member", "term", "edit", "2", "--role", "chair", "--start", "2022-06-01",
                   "--source", "Annual review", "--evidence", "It was elected chair.")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "Term 2: Lakeside Institute holds chair in Harbour Skills Network from 2022-06-01.")
    assert [(t["id"], t["role"], t["start"], t["end"]) for t in _terms(terms)] == [
        (1, "member", "2019", "2022-05"), (2, "chair", "2022-06-01", None)]
    row = _term_rows(dump)[2]
    assert (row["source_id"], row["evidence"]) == (1, "It was elected chair.")


def test_empty_values_clear_the_end_and_the_source(terms, dump):
    assert terms("member", "term", "edit", "1", "--end", "", "--source", "1").exit_code == 0
    assert _term_rows(dump)[1]["source_id"] == 1
    assert terms("member", "term", "edit", "1", "--source", "").exit_code == 0
    row = _term_rows(dump)[1]
    assert (row["end_date"], row["source_id"]) == (None, None)


def test_remove_one_term_keeps_the_membership(terms, dump):
    result = terms("member", "term", "remove", "2", "--yes")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "Removed the vice_chair term of Lakeside Institute in Harbour Skills Network.")
    assert [t["id"] for t in _terms(terms)] == [1]
    assert len(dump()["tables"]["membership"]) == 1
    assert terms("undo").exit_code == 0
    assert [t["id"] for t in _terms(terms)] == [1, 2]


def test_source_on_member_add_and_role(terms, dump):
    assert terms("org", "add", "Hillside College").exit_code == 0
    assert terms("member", "add", "Hillside College", "HSN", "--since", "2020",
                 "--source", "https://news.example/review").exit_code == 0
    assert terms("member", "role", "Hillside College", "HSN", "council_member",
                 "--since", "2021", "--source", "1").exit_code == 0
    rows = dump()["tables"]
    assert [m["source_id"] for m in rows["membership"]] == [None, 1]
    assert [t["source_id"] for t in rows["membership_term"]] == [None, None, 1, 1]


@pytest.mark.parametrize(("args", "code", "message"), [
    (["member", "term", "edit", "9", "--role", "chair"], 1, "Error: no role term has id 9"),
    (["member", "term", "edit", "1"], 2, "Error: nothing to change"),
    (["member", "term", "edit", "1", "--role", "emperor"], 2, "Error: unknown role 'emperor'"),
    (["member", "term", "edit", "1", "--end", "2018"], 2,
     "Error: the end 2018 is before the start 2019"),
    (["member", "term", "edit", "1", "--start", "2019-02-30"], 2,
     "Error: '2019-02-30' is not a real date"),
    (["member", "term", "edit", "1", "--source", "99"], 1, "Error: no source has id 99"),
    (["member", "term", "edit", "x", "--role", "chair"], 2, "Error: Invalid value for 'term_id'"),
    (["member", "term", "remove", "9", "--yes"], 1, "Error: no role term has id 9"),
    (["member", "term", "remove", "1"], 2, "Error: Delete the member term of Lakeside Institute"),
    (["member", "add", "LI", "HSN", "--source", "99"], 1, "Error: no source has id 99"),
    (["member", "role", "LI", "HSN", "chair", "--source", "Nowhere"], 1,
     "Error: no source with id, URL or title 'Nowhere'"),
])
def test_bad_input_changes_nothing(terms, assert_refused, args, code, message):
    assert_refused(terms, args, code, message)


def test_the_only_term_cannot_be_removed(cli, assert_refused):
    for args in (("org", "add", "Lakeside Institute"), ("alliance", "add", "Harbour Network"),
                 ("member", "add", "Lakeside Institute", "Harbour Network")):
        assert cli(*args).exit_code == 0
    assert_refused(cli, ["member", "term", "remove", "1", "--yes"], 1,
                   "Error: term 1 is the only role of Lakeside Institute in Harbour Network; "
                   "use `tracker member remove`")
