"""`tracker source`: add by hand (title, URL or a text file), list, show every linked fact."""

from __future__ import annotations


def test_add_list_and_show_linked_facts(records, as_json, tmp_path):
    cli = records
    article = tmp_path / "article.txt"
    article.write_text("SZPU joined the Alliance as an executive council member.\n",
                       encoding="utf-8")
    added = cli("source", "add", "--title", "SZPU joined the Alliance", "--publisher", "SZPU",
                "--published", "2023-11-17", "--file", str(article))
    assert added.exit_code == 0, added.output
    assert added.output.strip() == "Added source 1: SZPU joined the Alliance."
    assert cli("source", "add", "--url", "https://example.org/news/2", "--published",
               "2022-05").exit_code == 0
    assert [s["id"] for s in as_json("source", "list")] == [1, 2]
    assert [s["id"] for s in as_json("source", "list", "--year", "2022")] == [2]
    assert [s["id"] for s in as_json("source", "list", "--publisher", "szpu")] == [1]

    for args in (
        ("figure", "add", "SZPU", "countries", "57", "--source", "SZPU joined the alliance"),
        ("event", "add", "Annual meeting", "--date", "2023-11-17", "--source", "1"),
        ("coop", "add", "SZPU", "--partner", "KTTC", "--source", "1"),
        ("figure", "add", "SZPU", "experts", "9", "--source", "https://example.org/news/2"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, result.output
    shown = as_json("source", "show", "1")
    assert shown["has_text"] is True
    assert [f["metric"] for f in shown["figures"]] == ["countries"]
    assert [e["title"] for e in shown["events"]] == ["Annual meeting"]
    assert [c["partner"] for c in shown["cooperation"]] == ["Kenya Technical Trainers College"]
    assert [f["metric"] for f in as_json("source", "show", "2")["figures"]] == ["experts"]


def test_same_text_is_one_source(records, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Same words.", encoding="utf-8")
    assert records("source", "add", "--file", str(article)).exit_code == 0
    again = records("source", "add", "--title", "Copy", "--file", str(article))
    assert again.exit_code == 1
    assert again.stderr.strip() == "Error: this source is already recorded as id 1"
