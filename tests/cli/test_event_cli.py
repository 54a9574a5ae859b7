"""`tracker event`: adding, listing with filters, showing, editing, removing, participants."""

from __future__ import annotations

import pytest

ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"


@pytest.fixture
def events(records, seed):
    cli = records
    seed((
        ("event", "add", "2023 annual meeting", "--kind", "meeting", "--date", "Nov 17, 2023",
         "--city", "Foshan", "--province", "Guangdong", "--country", "CN", "--alliance", "GDBRA",
         "--series", "GDBRA annual meeting", "--edition", "6", "--participants", "200",
         "--countries", "12"),
        ("event", "add", "Nairobi workshop", "--kind", "training", "--start", "2022-12-30",
         "--end", "2023-01-02", "--country", "KE"),
        ("event", "add", "Online forum", "--kind", "forum", "--date", "2024-03", "--online"),
    ))
    return cli


def test_add_reports_the_new_event(records):
    result = records("event", "add", "Visit of KTTC", "--kind", "visit", "--date", "2023-05")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Added event Visit of KTTC (id 1)."


def test_show_as_json(events, as_json):
    shown = as_json("event", "show", "2023 ANNUAL meeting")
    assert {k: shown[k] for k in ("id", "kind", "start", "end", "city", "country", "alliance",
                                  "series", "edition", "participants_count",
                                  "countries_count", "online")} == {
        "id": 1, "kind": "meeting", "start": "2023-11-17", "end": None, "city": "Foshan",
        "country": "CN", "alliance": ALLIANCE, "series": "GDBRA annual meeting", "edition": 6,
        "participants_count": 200, "countries_count": 12, "online": False,
    }


@pytest.mark.parametrize(
    ("filters", "titles"),
    [
        ((), ["Nairobi workshop", "2023 annual meeting", "Online forum"]),
        (("--year", "2023"), ["Nairobi workshop", "2023 annual meeting"]),
        (("--year", "2022"), ["Nairobi workshop"]),
        (("--kind", "forum"), ["Online forum"]),
        (("--alliance", "gdbra"), ["2023 annual meeting"]),
        (("--country", "Kenya"), ["Nairobi workshop"]),
    ],
    ids=["all by date", "2023 overlaps", "2022 overlaps", "kind", "alliance", "country"],
)
def test_list_filters(events, as_json, filters, titles):
    assert [row["title"] for row in as_json("event", "list", *filters)] == titles


def test_participants_by_organization_and_person(events, as_json):
    cli = events
    added = cli("event", "participant", "add", "1", "SZPU", "--role", "awardee")
    assert added.exit_code == 0, added.output
    assert added.output.strip() == "Shenzhen Polytechnic University is awardee of 2023 annual meeting."
    assert cli("event", "participant", "add", "1", "li yue", "--role", "speaker").exit_code == 0
    assert cli("event", "participant", "add", "2", "KTTC", "--role", "host").exit_code == 0
    assert as_json("event", "show", "1")["participants"] == [
        {"kind": "organization", "name": "Shenzhen Polytechnic University", "role": "awardee"},
        {"kind": "person", "name": "Li Yue", "role": "speaker"},
    ]
    assert [r["title"] for r in as_json("event", "list", "--org", "KTTC")] == ["Nairobi workshop"]
    org = as_json("org", "show", "SZPU")
    assert org["events"] == [
        {"id": 1, "title": "2023 annual meeting", "when": "2023-11-17", "roles": ["awardee"]}
    ]
    alliance = as_json("alliance", "show", "GDBRA")
    assert [e["title"] for e in alliance["events"]] == ["2023 annual meeting"]

    removed = cli("event", "participant", "remove", "1", "Li Yue")
    assert removed.exit_code == 0, removed.output
    assert removed.output.strip() == "Li Yue no longer takes part in 2023 annual meeting (speaker)."
    assert len(as_json("event", "show", "1")["participants"]) == 1


def test_participant_named_like_an_organization_and_a_person(events, as_json):
    cli = events
    assert cli("person", "add", "KTTC").exit_code == 0
    result = cli("event", "participant", "add", "1", "KTTC")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: 'KTTC' is both an organization and a person; "
        "add --kind organization or --kind person"
    )
    assert cli("event", "participant", "add", "1", "KTTC", "--kind", "person").exit_code == 0
    assert as_json("event", "show", "1")["participants"] == [
        {"kind": "person", "name": "KTTC", "role": "attendee"}
    ]


def test_edit_changes_only_given_fields(events, as_json):
    result = events("event", "edit", "1", "--end", "2023-11-19", "--participants", "250",
                    "--city", "")
    assert result.exit_code == 0, result.output
    shown = as_json("event", "show", "1")
    assert (shown["start"], shown["end"], shown["participants_count"], shown["city"]) == (
        "2023-11-17", "2023-11-19", 250, None
    )
    assert shown["edition"] == 6


def test_remove_asks_first(events, as_json):
    refused = events("event", "remove", "1")
    assert refused.exit_code == 2
    assert refused.stderr.startswith("Error: Delete the event 2023 annual meeting (id 1)")
    assert len(as_json("event", "list")) == 3
    assert events("event", "remove", "1", "--yes").exit_code == 0
    assert [r["id"] for r in as_json("event", "list")] == [2, 3]


def test_same_title_twice_needs_the_id(events):
    assert events("event", "add", "Online forum", "--date", "2025").exit_code == 0
    result = events("event", "show", "online forum")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: 'online forum' could be several events: Online forum (2024-03, id 3); "
        "Online forum (2025, id 4); use the id"
    )


def test_clearing_the_series_clears_the_edition(events, as_json):
    assert events("event", "edit", "1", "--series", "").exit_code == 0
    shown = as_json("event", "show", "1")
    assert (shown["series"], shown["edition"]) == (None, None)
    moved = events("event", "edit", "2", "--series", "Nairobi workshops", "--edition", "1")
    assert moved.exit_code == 0, moved.output
    shown = as_json("event", "show", "2")
    assert (shown["series"], shown["edition"]) == ("Nairobi workshops", 1)
