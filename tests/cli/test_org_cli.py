"""`tracker org`: adding, listing, showing, editing, removing, aliases."""

from __future__ import annotations

import json


def test_add_and_show_by_alias(cli):
    result = cli(
        "org", "add", "Shenzhen Polytechnic University",
        "--kind", "college", "--country", "CN", "--alias", "SZPU", "--home",
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Added organization Shenzhen Polytechnic University (id 1)."

    shown = cli("org", "show", "s.z.p.u", "--json")
    assert shown.exit_code == 0, shown.output
    record = json.loads(shown.output)
    assert record["name"] == "Shenzhen Polytechnic University"
    assert record["aliases"] == ["SZPU"]
    assert record["home"] is True
    assert record["country"] == "CN"


def test_list_filters_by_kind_and_country(cli):
    cli("org", "add", "Alpha College", "--kind", "college", "--country", "China")
    cli("org", "add", "Beta University", "--kind", "university", "--country", "KE")
    cli("org", "add", "Gamma College", "--kind", "college", "--country", "Kenya")
    result = cli("--json", "org", "list", "--kind", "college", "--country", "ke")
    assert result.exit_code == 0, result.output
    assert [row["name"] for row in json.loads(result.output)] == ["Gamma College"]


def test_list_table_for_people(cli):
    cli("org", "add", "Alpha College", "--kind", "college")
    result = cli("org", "list")
    assert result.exit_code == 0
    assert "Alpha College" in result.output
    assert "Organizations" in result.output


def test_edit_keeps_old_name_as_alias(cli):
    cli("org", "add", "Shenzhen Polytechnic")
    result = cli("org", "edit", "shenzhen polytechnic", "--name", "Shenzhen Polytechnic University")
    assert result.exit_code == 0, result.output
    record = json.loads(cli("org", "show", "Shenzhen Polytechnic", "--json").output)
    assert record["name"] == "Shenzhen Polytechnic University"
    assert record["aliases"] == ["Shenzhen Polytechnic"]


def test_alias_add_and_remove(cli):
    cli("org", "add", "Guangdong Industry Polytechnic")
    assert cli("org", "alias", "add", "Guangdong Industry Polytechnic", "GDIP").exit_code == 0
    assert cli("org", "show", "gdip").exit_code == 0
    result = cli("org", "alias", "remove", "Guangdong Industry Polytechnic", "GDIP")
    assert result.exit_code == 0, result.output
    assert cli("org", "show", "gdip").exit_code == 1


def test_remove_asks_and_yes_removes(cli):
    cli("org", "add", "Old College")
    refused = cli("org", "remove", "Old College")  # no terminal: needs --yes
    assert refused.exit_code == 2
    assert cli("org", "show", "Old College").exit_code == 0
    assert cli("org", "remove", "Old College", "--yes").exit_code == 0
    assert cli("org", "show", "Old College").exit_code == 1


def test_miss_suggests_closest_names(cli):
    cli("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU")
    result = cli("org", "show", "Shenzen Polytechnic Universty")
    assert result.exit_code == 1
    assert "did you mean 'Shenzhen Polytechnic University'" in result.stderr


def test_ambiguous_name_lists_candidates_and_changes_nothing(cli, session, dump):
    from tracker.models import Alias, Organization

    # The CLI never gives one name to two records, but merged or imported data can make an
    # alias of one organization equal to another's name: the name must then stay ambiguous.
    session.add(Organization(name="Hubei Polytechnic"))
    other = Organization(name="HP Institute")
    session.add(other)
    session.flush()  # the alias needs the organization's id
    session.add(Alias(name="Hubei-Polytechnic", organization=other))
    session.commit()
    before = dump()
    result = cli("org", "edit", "hubei polytechnic", "--city", "Wuhan")
    assert result.exit_code == 1
    assert "could be several organizations" in result.stderr
    assert "Hubei Polytechnic (id 1)" in result.stderr
    assert "HP Institute (id 2)" in result.stderr
    assert dump() == before
