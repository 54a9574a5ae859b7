"""`tracker member`: joining, role terms over time, leaving, and who held what in a year."""

from __future__ import annotations

import json

import pytest

ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"


@pytest.fixture
def alliance_with_members(cli, seed):
    seed((
        ("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home"),
        ("org", "add", "Guangdong Industry Polytechnic"),
        ("org", "add", "Foshan College"),
        ("alliance", "add", ALLIANCE, "--alias", "GDBRA"),
    ))
    return cli


def test_join_then_new_role_ends_the_previous_term(alliance_with_members):
    cli = alliance_with_members
    joined = cli("member", "add", "SZPU", "gdbra", "--since", "2022",
                 "--invited-by", "Guangdong Industry Polytechnic")
    assert joined.exit_code == 0, joined.output
    assert joined.output.strip() == f"Shenzhen Polytechnic University is a member of {ALLIANCE} as member since 2022."
    promoted = cli("member", "role", "SZPU", "GDBRA", "Executive council member",
                   "--since", "Nov 17, 2023")
    assert promoted.exit_code == 0, promoted.output

    terms = json.loads(cli("member", "list", "--org", "SZPU", "--json").output)
    assert terms == [
        {"id": 1, "organization": "Shenzhen Polytechnic University", "alliance": ALLIANCE,
         "role": "member", "start": "2022", "end": "2023-11-17"},
        {"id": 2, "organization": "Shenzhen Polytechnic University", "alliance": ALLIANCE,
         "role": "executive_council_member", "start": "2023-11-17", "end": None},
    ]
    shown = json.loads(cli("org", "show", "SZPU", "--json").output)
    membership = shown["memberships"][0]
    assert membership["current_role"] == "executive_council_member"
    assert membership["invited_by"] == "Guangdong Industry Polytechnic"


def test_year_filter_is_an_interval_overlap(alliance_with_members):
    cli = alliance_with_members
    cli("member", "add", "SZPU", ALLIANCE, "--since", "2019")
    cli("member", "role", "SZPU", ALLIANCE, "council_member", "--since", "2021-06")
    cli("member", "add", "Foshan College", ALLIANCE, "--since", "2024-03-01")
    cli("member", "add", "Guangdong Industry Polytechnic", ALLIANCE, "--role", "lead_member")

    def held(year: int) -> set[tuple[str, str]]:
        rows = json.loads(cli("member", "list", "--year", str(year), "--json").output)
        return {(row["organization"], row["role"]) for row in rows}

    undated = ("Guangdong Industry Polytechnic", "lead_member")  # no start: held always
    assert held(2020) == {("Shenzhen Polytechnic University", "member"), undated}
    # 2021: the member term ended in June, the council term began then: both held
    assert held(2021) == {
        ("Shenzhen Polytechnic University", "member"),
        ("Shenzhen Polytechnic University", "council_member"),
        undated,
    }
    assert held(2024) == {
        ("Shenzhen Polytechnic University", "council_member"),
        ("Foshan College", "member"),
        undated,
    }
    only_role = json.loads(cli("member", "list", "--role", "lead_member", "--json").output)
    assert [row["organization"] for row in only_role] == ["Guangdong Industry Polytechnic"]


def test_end_closes_membership_and_open_term(alliance_with_members):
    cli = alliance_with_members
    cli("member", "add", "Foshan College", ALLIANCE, "--since", "2020")
    result = cli("member", "end", "Foshan College", ALLIANCE, "--on", "2023-06")
    assert result.exit_code == 0, result.output
    terms = json.loads(cli("member", "list", "--json").output)
    assert terms[0]["end"] == "2023-06"
    assert json.loads(cli("member", "list", "--year", "2024", "--json").output) == []
    again = cli("member", "end", "Foshan College", ALLIANCE)
    assert again.exit_code == 1
    assert "already left" in again.stderr


def test_alliance_show_lists_members_with_current_roles(alliance_with_members):
    cli = alliance_with_members
    cli("member", "add", "SZPU", ALLIANCE, "--since", "2022")
    cli("member", "role", "SZPU", ALLIANCE, "vice_chair", "--since", "2024")
    cli("member", "add", "Foshan College", ALLIANCE)
    shown = json.loads(cli("alliance", "show", "gdbra", "--json").output)
    assert [(m["organization"], m["current_role"]) for m in shown["members"]] == [
        ("Foshan College", "member"),
        ("Shenzhen Polytechnic University", "vice_chair"),
    ]
    table = cli("alliance", "show", "gdbra")
    assert table.exit_code == 0
    assert "vice chair" in table.output


def test_remove_deletes_a_membership_made_in_error(alliance_with_members, dump, assert_refused):
    cli = alliance_with_members
    cli("member", "add", "Foshan College", ALLIANCE, "--since", "2020")
    cli("member", "role", "Foshan College", "GDBRA", "council_member", "--since", "2022")
    assert_refused(cli, ["member", "remove", "Foshan College", "GDBRA"], 2,
                   "Error: Delete the membership of Foshan College")  # no terminal, no --yes
    assert_refused(cli, ["member", "remove", "SZPU", "GDBRA", "--yes"], 1,
                   "Error: Shenzhen Polytechnic University is not a member of")
    result = cli("member", "remove", "Foshan College", "GDBRA", "--yes")
    assert result.exit_code == 0, result.output
    assert json.loads(cli("member", "list", "--json").output) == []
    tables = dump()["tables"]
    assert tables["membership"] == [] and tables["membership_term"] == []
    logged = {(c["table_name"], c["action"]) for c in tables["change"]}
    assert ("membership", "delete") in logged and ("membership_term", "delete") in logged


def test_a_removed_record_takes_its_citations_along(cli, tmp_path, dump):
    article = tmp_path / "joins.txt"
    article.write_text(
        "Foshan College Joins the Pearl River Skills Alliance\n\n"
        "On March 5, 2024, Foshan College joined the Pearl River Skills Alliance as a "
        "council member.\n", encoding="utf-8")
    assert cli("import", str(article), "--yes").exit_code == 0
    cited = {c["subject_table"] for c in dump()["tables"]["citation"]}
    assert {"organization", "alliance", "membership", "membership_term"} <= cited
    assert cli("member", "remove", "Foshan College", "Pearl River Skills Alliance",
               "--yes").exit_code == 0
    left = {c["subject_table"] for c in dump()["tables"]["citation"]}
    assert left == cited - {"membership", "membership_term"}
    assert cli("org", "remove", "Foshan College", "--yes").exit_code == 0
    assert "organization" not in {c["subject_table"] for c in dump()["tables"]["citation"]}
