"""`tracker coop`: cooperation with partners and countries; MoU expiry; end and remove."""

from __future__ import annotations

import pytest


@pytest.fixture
def cooperation(records, seed):
    cli = records
    seed((
        ("coop", "add", "SZPU", "--partner", "KTTC", "--kind", "mou", "--start", "2019-05",
         "--end", "2024-05", "--title", "MoU with KTTC"),
        ("coop", "add", "SZPU", "--country", "TH", "--kind", "training", "--start", "2023-03",
         "--end", "2023-04", "--headcount", "35"),
        ("coop", "add", "GDIP", "--partner", "KTTC", "--country", "KE", "--kind", "exchange",
         "--start", "2024"),
    ))
    return cli


def test_add_says_what_was_recorded(records):
    result = records("coop", "add", "SZPU", "--partner", "GDIP", "--country", "CN")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "Added cooperation 1: other of Shenzhen Polytechnic University with "
        "Guangdong Industry Polytechnic and China."
    )


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ((), [1, 2, 3]),
        (("--year", "2023"), [1, 2]),
        (("--year", "2025"), [3]),
        (("--kind", "mou"), [1]),
        (("--country", "KE"), [1, 3]),
        (("--country", "Thailand"), [2]),
        (("--org", "GDIP"), [3]),
        (("--org", "KTTC"), [1, 3]),
        (("--expiring-before", "2024-06"), [1, 2]),
        (("--expiring-before", "2024"), [2]),
        (("--kind", "mou", "--expiring-before", "2025"), [1]),
    ],
    ids=["all", "2023", "2025 open-ended", "kind", "partner country", "country by name",
         "organization", "either side", "expiring", "expiring before a year", "mou expiring"],
)
def test_list_filters(cooperation, as_json, filters, ids):
    assert [row["id"] for row in as_json("coop", "list", *filters)] == ids


def test_end_and_remove(cooperation, as_json):
    cli = cooperation
    ended = cli("coop", "end", "3", "--on", "2025-06")
    assert ended.exit_code == 0, ended.output
    assert ended.output.strip() == (
        "Cooperation 3 (exchange of Guangdong Industry Polytechnic with "
        "Kenya Technical Trainers College and Kenya) ends 2025-06."
    )
    again = cli("coop", "end", "3")
    assert again.exit_code == 1
    assert again.stderr.strip() == "Error: cooperation 3 already ends 2025-06"
    assert cli("coop", "remove", "2", "--yes").exit_code == 0
    assert [row["id"] for row in as_json("coop", "list")] == [1, 3]


def test_org_show_lists_cooperation_on_either_side(cooperation, as_json):
    rows = as_json("org", "show", "KTTC")["cooperation"]
    assert [(r["id"], r["organization"], r["partner"]) for r in rows] == [
        (1, "Shenzhen Polytechnic University", "Kenya Technical Trainers College"),
        (3, "Guangdong Industry Polytechnic", "Kenya Technical Trainers College"),
    ]
