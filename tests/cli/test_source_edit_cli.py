"""`tracker source edit` and `tracker source remove`: correcting and deleting a source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ARTICLE = (Path(__file__).resolve().parents[2] / ".." / "shared" / "articles" / "dev"
           / "szpu-belt-and-road-alliance-2023.txt")


def _ok(cli: Any, *args: str, input: str | None = None) -> Any:
    result = cli(*args, input=input)
    assert result.exit_code == 0, (args, result.output)
    return result


@pytest.fixture
def sources(cli):
    _ok(cli, "source", "add", "--title", "Annual review", "--url", "https://news.example/a",
        "--author", "Press office")
    _ok(cli, "source", "add", "--title", "notes.md")
    return cli


def test_edit_changes_and_clears_fields(sources, as_json):
    result = _ok(sources, "source", "edit", "1", "--publisher", "Lakeside Institute",
                 "--author", "", "--published", "2024-03")
    assert result.output.strip() == "Updated source 1."
    shown = as_json("source", "show", "1")
    assert (shown["publisher"], shown["author"], shown["published"]) == (
        "Lakeside Institute", None, "2024-03")
    _ok(sources, "source", "edit", "1", "--url", "https://news.example/b")
    assert as_json("source", "show", "https://news.example/b")["id"] == 1


@pytest.mark.parametrize(("args", "code", "message"), [
    (["source", "edit", "1"], 2, "Error: nothing to change"),
    (["source", "edit", "9", "--title", "X"], 1, "Error: no source has id 9"),
    (["source", "edit", "2", "--title", ""], 2,
     "Error: a source needs at least a title, a URL or a text"),
    (["source", "edit", "2", "--url", "https://news.example/a"], 1,
     "Error: this URL is already recorded as source 1"),
    (["source", "edit", "1", "--published", "2024-02-30"], 2,
     "Error: '2024-02-30' is not a real date"),
    (["source", "remove", "9", "--yes"], 1, "Error: no source has id 9"),
    (["source", "remove", "2"], 2, "Error: Delete source 2 (notes.md)?"),
])
def test_bad_input_changes_nothing(sources, assert_refused, args, code, message):
    assert_refused(sources, args, code, message)


def test_remove_an_empty_source(sources):
    result = _ok(sources, "source", "remove", "notes.md", "--yes")
    assert result.output.strip() == "Removed source 2 (notes.md)."
    assert [s["id"] for s in json.loads(_ok(sources, "source", "list", "--json").output)] == [1]


def test_removing_an_imported_article_keeps_its_records_unless_asked(cli, dump):
    _ok(cli, "org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home")
    _ok(cli, "import", "--yes", str(ARTICLE))
    imported = dump()["tables"]
    kept = _ok(cli, "source", "remove", "1", "--yes")
    assert "only this source supports it; kept" in kept.output
    tables = dump()["tables"]
    assert tables["source"] == [] and tables["citation"] == []
    for name in ("organization", "alliance", "membership", "membership_term", "event"):
        assert len(tables[name]) == len(imported[name]), name
    assert all(m["source_id"] is None for m in tables["membership"])

    _ok(cli, "undo")
    assert len(dump()["tables"]["citation"]) == len(imported["citation"])
    gone = _ok(cli, "source", "remove", "1", "--with-records", "--yes")
    assert "only this source supports it; deleted" in gone.output
    tables = dump()["tables"]
    assert tables["membership_term"] == [] and tables["event"] == []
    # the home organization, which the user added, stays
    assert [o["name"] for o in tables["organization"]][0] == "Shenzhen Polytechnic University"
