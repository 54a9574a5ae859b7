"""`tracker org merge DUPLICATE INTO`: every reference moves, names stay as aliases, logged."""

from __future__ import annotations

import pytest

ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"


@pytest.fixture
def duplicate(records, seed):
    """"Shenzhen Polytechnic" (id 4), a duplicate of SZPU holding records of its own."""
    cli = records
    seed((
        ("org", "add", "Shenzhen Polytechnic", "--alias", "SZPT", "--home"),
        ("member", "add", "SZPT", "GDBRA", "--since", "2022", "--invited-by", "GDIP"),
        ("member", "role", "SZPT", "GDBRA", "executive_council_member", "--since", "2023-11-17"),
        ("member", "add", "GDIP", "GDBRA", "--invited-by", "SZPT"),
        ("person", "add", "Zheng Zhili", "--org", "SZPT"),
        ("event", "add", "Annual meeting", "--date", "2023-11-17"),
        ("event", "participant", "add", "1", "SZPT", "--role", "awardee"),
        ("event", "participant", "add", "1", "SZPT", "--role", "speaker"),
        ("event", "participant", "add", "1", "SZPU", "--role", "speaker"),
        ("coop", "add", "SZPT", "--partner", "KTTC", "--kind", "mou"),
        ("coop", "add", "KTTC", "--partner", "SZPT", "--kind", "exchange"),
        ("figure", "add", "SZPT", "countries", "57"),
        ("alliance", "edit", "GDBRA", "--lead", "SZPT"),
    ))
    return cli


@pytest.fixture
def records(cli, seed):  # this module's own: SZPU is not home, so the duplicate can be
    seed((
        ("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--country", "CN"),
        ("org", "add", "Kenya Technical Trainers College", "--alias", "KTTC", "--country", "KE"),
        ("org", "add", "Guangdong Industry Polytechnic", "--alias", "GDIP", "--country", "CN"),
        ("alliance", "add", ALLIANCE, "--alias", "GDBRA"),
    ))
    return cli


def test_merge_moves_every_reference(duplicate, as_json):
    cli = duplicate
    result = cli("org", "merge", "Shenzhen Polytechnic", "SZPU", "--yes")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "Merged Shenzhen Polytechnic into Shenzhen Polytechnic University; moved 2 aliases, "
        "1 alliances led, 2 cooperation, 1 event participations, 1 figures, 1 invitations, "
        "1 memberships, 1 people, 2 role terms (dropped as already recorded: "
        "1 event participations)."
    )
    assert cli("org", "show", "4").exit_code == 1  # the duplicate is gone
    kept = as_json("org", "show", "shenzhen polytechnic")  # its old name finds the kept one
    assert kept["name"] == "Shenzhen Polytechnic University"
    assert kept["aliases"] == ["SZPT", "SZPU", "Shenzhen Polytechnic"]
    assert kept["home"] is True
    (membership,) = kept["memberships"]
    assert (membership["current_role"], membership["joined"], membership["invited_by"]) == (
        "executive_council_member", "2022", "Guangdong Industry Polytechnic"
    )
    assert kept["events"] == [
        {"id": 1, "title": "Annual meeting", "when": "2023-11-17", "roles": ["awardee", "speaker"]}
    ]
    assert [(c["organization"], c["partner"]) for c in kept["cooperation"]] == [
        ("Shenzhen Polytechnic University", "Kenya Technical Trainers College"),
        ("Kenya Technical Trainers College", "Shenzhen Polytechnic University"),
    ]
    gdip = as_json("member", "list", "--org", "GDIP")
    assert len(gdip) == 1
    assert as_json("person", "show", "Zheng Zhili")["organization"] == kept["name"]
    assert [f["about"] for f in as_json("figure", "list")] == [kept["name"]]
    assert as_json("alliance", "show", "GDBRA")["lead"] == kept["name"]


def test_the_log_shows_what_the_merge_moved(duplicate, as_json):
    assert duplicate("org", "merge", "SZPT", "SZPU", "--yes").exit_code == 0
    changes = [c for c in as_json("log", "--limit", "200")
               if c["command"] == "tracker org merge SZPT SZPU --yes"]
    moved = {
        (c["table"], c["row"])
        for c in changes
        if c["action"] == "update" and c["before"].get("organization_id") == 4
        and c["after"].get("organization_id") == 1
    }
    assert moved == {("membership", 1), ("person", 1), ("cooperation", 1),
                     ("event_participant", 1), ("figure", 1), ("alias", 5)}
    assert ("organization", 4, "delete") in {(c["table"], c["row"], c["action"]) for c in changes}


def test_two_memberships_of_one_alliance_become_one(duplicate, as_json):
    cli = duplicate
    assert cli("member", "add", "SZPU", "GDBRA", "--since", "2023").exit_code == 0
    result = cli("org", "merge", "SZPT", "SZPU", "--yes")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"Role history after the merge: {ALLIANCE}: member 2022–; "
        "executive_council_member 2023-11-17–")
    terms = as_json("member", "list", "--org", "SZPU")
    assert [(t["role"], t["start"], t["end"]) for t in terms] == [
        ("member", "2022", None), ("executive_council_member", "2023-11-17", None)]
    shown = as_json("org", "show", "SZPU")
    assert [m["joined"] for m in shown["memberships"]] == ["2022"]


def test_refuses_cooperation_between_the_two(duplicate, dump):
    cli = duplicate
    assert cli("coop", "add", "SZPU", "--partner", "SZPT").exit_code == 0
    before = dump()
    result = cli("org", "merge", "SZPT", "SZPU", "--yes")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cooperation 3 is between Shenzhen Polytechnic and ")
    assert dump() == before


def test_merge_into_itself(duplicate):
    result = duplicate("org", "merge", "SZPT", "Shenzhen Polytechnic", "--yes")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: cannot merge Shenzhen Polytechnic into itself"


def test_merge_keeps_the_citations_it_moves(cli, tmp_path, dump):
    """The duplicate is deleted, but what cited it now cites the kept organization."""
    article = tmp_path / "visit.txt"
    article.write_text("Foshan Polytechnic Hosts a Delegation\n\nOn May 3, 2024, Foshan "
                       "Polytechnic hosted a delegation from Kenya.\n", encoding="utf-8")
    assert cli("import", str(article), "--yes").exit_code == 0
    assert cli("org", "add", "Foshan Polytechnic College").exit_code == 0
    [duplicate] = [o for o in dump()["tables"]["organization"]
                   if o["name"] == "Foshan Polytechnic"]
    merged = cli("org", "merge", "Foshan Polytechnic", "Foshan Polytechnic College", "--yes")
    assert merged.exit_code == 0, merged.output
    [kept] = [o["id"] for o in dump()["tables"]["organization"]
              if o["name"] == "Foshan Polytechnic College"]
    cited = [(c["subject_table"], c["subject_id"]) for c in dump()["tables"]["citation"]]
    assert ("organization", kept) in cited
    assert ("organization", duplicate["id"]) not in cited
