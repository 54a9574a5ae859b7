"""`tracker country`: listing by group, region and name; our work in one country."""

from __future__ import annotations

BRI = "Belt and Road partner countries"


def test_list_by_name_and_region(cli, as_json):
    assert as_json("country", "list", "--name", "kenya") == [
        {"code": "KE", "alpha3": "KEN", "name": "Kenya", "region": "Africa",
         "subregion": "Eastern Africa"}
    ]
    codes = {row["code"] for row in as_json("country", "list", "--region", "africa")}
    assert {"KE", "NG", "EG"} <= codes
    assert "CN" not in codes


def test_list_by_group_shows_joined_and_left(cli, as_json):
    listed = as_json("country", "list", "--group", "belt and road partner countries")
    rows = {row["code"]: row for row in listed}
    assert (rows["IT"]["joined"], rows["IT"]["left"]) == (None, "2023")
    assert (rows["KE"]["joined"], rows["KE"]["left"]) == ("2017", None)
    assert "US" not in rows


def test_unknown_group(cli):
    result = cli("country", "list", "--group", "Moon Club")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no country group named 'Moon Club'")


def test_show_our_cooperation_events_and_partners(records, as_json):
    cli = records
    for args in (
        ("coop", "add", "SZPU", "--partner", "KTTC", "--kind", "mou", "--start", "2023"),
        ("coop", "add", "SZPU", "--country", "Kenya", "--kind", "training", "--start", "2022"),
        ("coop", "add", "GDIP", "--partner", "KTTC", "--kind", "exchange"),  # not ours
        ("event", "add", "Nairobi workshop", "--country", "KE", "--date", "2023-06-01"),
        ("event", "add", "Shenzhen forum", "--country", "CN", "--date", "2023-06-01"),
    ):
        assert cli(*args).exit_code == 0
    shown = as_json("country", "show", "ken")
    assert shown["name"] == "Kenya"
    assert [g["group"] for g in shown["groups"]] == [BRI]
    assert [(c["id"], c["kind"]) for c in shown["cooperation"]] == [(2, "training"), (1, "mou")]
    assert [e["title"] for e in shown["events"]] == ["Nairobi workshop"]
    assert [p["name"] for p in shown["partners"]] == ["Kenya Technical Trainers College"]


def test_show_without_home_has_no_cooperation(cli, as_json):
    shown = as_json("country", "show", "DE")
    assert (shown["name"], shown["cooperation"], shown["partners"]) == ("Germany", [], [])
