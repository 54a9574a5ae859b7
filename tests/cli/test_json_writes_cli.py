"""`--json` on add and edit prints the record written, id included, so a script can use it."""

from __future__ import annotations

import json

import pytest


def _json(result):  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("where", ["before", "after"])  # `tracker --json org add` or `... --json`
def test_org_add_and_edit_print_the_record(cli, where):
    def run(*args: str):  # type: ignore[no-untyped-def]
        return cli("--json", *args) if where == "before" else cli(*args, "--json")

    added = _json(run("org", "add", "Lakeside Technical Institute", "--alias", "LTI",
                      "--country", "KE"))
    assert isinstance(added["id"], int)
    assert added["name"] == "Lakeside Technical Institute"
    assert added["aliases"] == ["LTI"]
    assert added["country"] == "KE"
    edited = _json(run("org", "edit", str(added["id"]), "--city", "Kisumu"))
    assert edited["id"] == added["id"]
    assert edited["city"] == "Kisumu"
    shown = _json(cli("org", "show", str(added["id"]), "--json"))
    assert shown["city"] == "Kisumu"


def test_without_json_a_write_prints_one_sentence(cli):
    result = cli("org", "add", "Harbour College")
    assert result.exit_code == 0
    assert result.stdout.startswith("Added organization Harbour College (id ")


def test_every_record_add_can_answer_in_json(cli):
    org = _json(cli("org", "add", "Harbour College", "--json"))
    alliance = _json(cli("alliance", "add", "Coastal Skills Network", "--founded", "2019",
                         "--json"))
    assert alliance["founded"] == "2019"
    person = _json(cli("person", "add", "Amina Otieno", "--org", str(org["id"]), "--json"))
    assert person["name"] == "Amina Otieno"
    event = _json(cli("event", "add", "Spring partners' forum", "--date", "2024-04-12",
                      "--json"))
    assert event["title"] == "Spring partners' forum"
    figure = _json(cli("figure", "add", str(org["id"]), "students", "8400", "--as-of", "2024",
                       "--json"))
    source = _json(cli("source", "add", "--title", "Harbour College news", "--json"))
    for record in (org, alliance, person, event, figure, source):
        assert isinstance(record["id"], int), record
    edited = _json(cli("figure", "edit", str(figure["id"]), "--value", "8500", "--json"))
    assert edited["id"] == figure["id"]
    renamed = _json(cli("alliance", "edit", str(alliance["id"]), "--founded", "2018", "--json"))
    assert renamed["founded"] == "2018"
    titled = _json(cli("person", "edit", str(person["id"]), "--title", "Dean", "--json"))
    assert titled["title"] == "Dean"
    moved = _json(cli("event", "edit", str(event["id"]), "--city", "Mombasa", "--json"))
    assert moved["city"] == "Mombasa"


def test_coop_add_answers_in_json(cli):
    home = _json(cli("org", "add", "Harbour College", "--home", "--json"))
    partner = _json(cli("org", "add", "Lakeside Technical Institute", "--json"))
    coop = _json(cli("coop", "add", str(home["id"]), "--partner", str(partner["id"]),
                     "--kind", "mou", "--start", "2024-03", "--json"))
    assert isinstance(coop["id"], int)
    assert coop["kind"] == "mou"
