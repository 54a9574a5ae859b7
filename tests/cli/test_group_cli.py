"""`tracker group`: list, show, add and remove countries, create a group from a CSV."""

from __future__ import annotations

BRI = "Belt and Road partner countries"


def test_list_counts_current_and_former_members(cli, as_json):
    (row,) = as_json("group", "list")
    assert row["name"] == BRI
    assert row["former"] >= 2  # Italy and Panama left
    assert row["members"] > 100


def test_add_and_remove_a_country(cli, as_json):
    added = cli("group", "add", BRI, "Germany", "--joined", "2030", "--source", "test")
    assert added.exit_code == 0, added.output
    assert added.output.strip() == f"Germany is in {BRI} since 2030."
    members = {m["code"]: m for m in as_json("group", "show", BRI)["members"]}
    assert members["DE"] == {"group": BRI, "code": "DE", "country": "Germany",
                             "joined": "2030", "left": None, "source": "test"}
    again = cli("group", "add", BRI, "DE")
    assert again.exit_code == 1
    assert again.stderr.strip() == f"Error: Germany is already in {BRI} since 2030"
    removed = cli("group", "remove", BRI, "DE")
    assert removed.exit_code == 0, removed.output
    assert "DE" not in {m["code"] for m in as_json("group", "show", BRI)["members"]}


def test_create_from_csv(cli, as_json, tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text(
        "ISO2,joined,left,source\nKE,2019,,MoU\nTH,2020-05,2023,\nVietnam,,,\n", encoding="utf-8"
    )
    result = cli("group", "create", "Our partner countries", "--csv", str(path))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Created group Our partner countries (id 2) with 3 countries."
    assert as_json("country", "list", "--group", "our partner countries") == [
        {"code": "KE", "alpha3": "KEN", "name": "Kenya", "region": "Africa",
         "subregion": "Eastern Africa", "joined": "2019", "left": None},
        {"code": "TH", "alpha3": "THA", "name": "Thailand", "region": "Asia",
         "subregion": "South-eastern Asia", "joined": "2020-05", "left": "2023"},
        {"code": "VN", "alpha3": "VNM", "name": "Vietnam", "region": "Asia",
         "subregion": "South-eastern Asia", "joined": None, "left": None},
    ]
