"""The records of the International Influence Table through the CLI: cooperation's
direction and days, posts, standards adopted abroad, awards, teaching sites abroad.

Forgiving input (aliases, Chinese dates and country names) works; bad input is one line,
exit 1 or 2, nothing changed."""

from __future__ import annotations

import pytest

LONG = "x" * 301


@pytest.fixture
def world(records, seed):
    """The `records` world plus a Hong Kong partner, a competition abroad, a meeting, a
    source, and one record of each kind (each id 1)."""
    cli = records
    seed((
        ("org", "add", "Harbourside Vocational Institute", "--alias", "HVI", "--country", "香港"),
        ("person", "add", "Chen Bo", "--org", "SZPU"),
        ("source", "add", "--title", "Our news"),
        ("event", "add", "Open Skills Cup", "--kind", "competition", "--date", "2023-07-20",
         "--country", "泰国"),
        ("event", "add", "Partner meeting", "--kind", "meeting", "--date", "2023-03"),
        ("coop", "add", "SZPU", "--partner", "HVI", "--kind", "short_training", "--direction",
         "incoming", "--start", "2023-05-02", "--end", "2023-05-15", "--headcount", "20"),
        ("post", "add", "Li Yue", "--org", "KTTC", "--title", "Board member", "--start", "2022"),
        ("standard", "add", "SZPU", "Welding course standard", "--kind", "course",
         "--adopter", "KTTC", "--adopted", "2023-09"),
        ("award", "add", "SZPU", "Open Skills Cup", "--level", "gold", "--winner", "student"),
        ("site", "add", "SZPU", "Workshop in Nairobi", "--country", "KE", "--kind",
         "luban_workshop", "--opened", "2021-11"),
    ))
    return cli


def test_cooperation_days_come_from_exact_dates_or_are_given(world, as_json):
    shown = as_json("coop", "show", "1")
    assert (shown["direction"], shown["days"], shown["days_given"]) == ("incoming", 14, None)
    edited = as_json("coop", "edit", "1", "--days", "10", "--direction", "来访")
    assert (edited["direction"], edited["days"], edited["days_given"]) == ("incoming", 10, 10)
    # month precision says nothing exact about days
    added = as_json("coop", "add", "SZPU", "--country", "KE", "--kind", "teaching_abroad",
                    "--direction", "outgoing", "--start", "2023-06", "--end", "2023-07")
    assert added["days"] is None
    assert [r["id"] for r in as_json("coop", "list", "--direction", "outgoing")] == [added["id"]]


def test_post_forgiving_input_and_round_trip(world, as_json):
    added = as_json("post", "add", "chen bo", "--alliance", "GDBRA", "--role", "理事",
                    "--start", "2023年3月", "--source", "Our news")
    assert added == {
        "id": 2, "person": "Chen Bo", "person_organization": "Shenzhen Polytechnic University",
        "body": added["body"], "body_kind": "alliance", "role": "council_member",
        "title": None, "start": "2023-03", "end": None, "source_id": 1,
    }
    assert [p["id"] for p in as_json("post", "list", "--year", "2023")] == [1, 2]
    assert as_json("post", "edit", "2", "--end", "2023-12")["end"] == "2023-12"
    assert [p["id"] for p in as_json("post", "list", "--year", "2024")] == [1]
    assert as_json("post", "show", "2")["end"] == "2023-12"
    assert world("post", "remove", "2", "--yes").exit_code == 0
    assert [p["id"] for p in as_json("post", "list")] == [1]


def test_standard_takes_the_adopters_country(world, as_json):
    shown = as_json("standard", "show", "1")
    assert (shown["country"], shown["adopted"], shown["kind"]) == ("KE", "2023-09", "course")
    added = as_json("standard", "add", "SZPU", "Mechatronics programme standard", "--kind",
                    "专业教学标准", "--country", "泰国", "--adopted", "2022年")
    assert (added["kind"], added["country"], added["adopter"]) == ("programme", "TH", None)
    assert [s["id"] for s in as_json("standard", "list", "--year", "2023")] == [1]
    assert [s["id"] for s in as_json("standard", "list", "--kind", "programme")] == [added["id"]]
    assert as_json("standard", "edit", str(added["id"]), "--adopted", "2023-01")["adopted"] == (
        "2023-01")


def test_award_is_dated_by_its_competition(world, as_json):
    shown = as_json("award", "show", "1")
    assert (shown["awarded"], shown["country"], shown["level"]) == ("2023-07-20", "TH", "gold")
    edited = as_json("award", "edit", "1", "--level", "银奖", "--person", "Chen Bo")
    assert (edited["level"], edited["person"]) == ("silver", "Chen Bo")
    assert [a["id"] for a in as_json("award", "list", "--year", "2023")] == [1]
    assert as_json("award", "list", "--year", "2022") == []


def test_site_open_years(world, as_json):
    assert [s["id"] for s in as_json("site", "list", "--year", "2021")] == [1]
    assert as_json("site", "list", "--year", "2020") == []
    assert as_json("site", "edit", "1", "--closed", "2024-06")["closed"] == "2024-06"
    assert as_json("site", "list", "--year", "2025") == []
    assert [s["id"] for s in as_json("site", "list", "--country", "肯尼亚")] == [1]
    assert world("site", "remove", "1", "--yes").exit_code == 0


def test_merging_an_organization_moves_its_impact_records(world, as_json):
    result = world("org", "merge", "KTTC", "GDIP", "--yes")
    assert result.exit_code == 0, result.output
    assert as_json("post", "show", "1")["body"] == "Guangdong Industry Polytechnic"
    assert as_json("standard", "show", "1")["adopter"] == "Guangdong Industry Polytechnic"


CASES = [
    # (id, args, exit code, the error line or its start)
    ("coop unknown direction", ["coop", "add", "SZPU", "--country", "KE", "--direction", "up"], 2,
     "Error: unknown direction 'up'; choose one of: incoming, outgoing, joint"),
    ("coop negative days", ["coop", "add", "SZPU", "--country", "KE", "--days", "-2"], 2,
     "Error: the number of days cannot be negative (-2)"),
    ("coop edit end before start", ["coop", "edit", "1", "--end", "2022"], 2,
     "Error: the end 2022 is before the start 2023-05-02"),
    ("coop edit no partner left", ["coop", "edit", "1", "--partner", ""], 2,
     "Error: cooperation needs a partner organization or a country (or both)"),
    ("coop edit unknown", ["coop", "edit", "99", "--days", "3"], 1,
     "Error: no cooperation has id 99"),
    ("post unknown person", ["post", "add", "Nobody", "--org", "KTTC", "--title", "T"], 1,
     "Error: no person named 'Nobody'"),
    ("post no body", ["post", "add", "Li Yue", "--title", "T"], 2,
     "Error: a post needs the organization (--org) or alliance (--alliance)"),
    ("post both bodies", ["post", "add", "Li Yue", "--org", "KTTC", "--alliance", "GDBRA",
                          "--title", "T"], 2,
     "Error: a post is held in an organization or an alliance, not both"),
    ("post no role", ["post", "add", "Li Yue", "--org", "KTTC"], 2,
     "Error: a post needs a role (--role) or its title (--title)"),
    ("post unknown role", ["post", "add", "Li Yue", "--org", "KTTC", "--role", "king"], 2,
     "Error: unknown role 'king'"),
    ("post end before start", ["post", "add", "Li Yue", "--org", "KTTC", "--title", "T",
                               "--start", "2023", "--end", "2022"], 2,
     "Error: the end 2022 is before the start 2023"),
    ("post bad date", ["post", "add", "Li Yue", "--org", "KTTC", "--title", "T", "--start",
                       "2023-02-30"], 2, "Error: '2023-02-30' is not a real date"),
    ("post unknown source", ["post", "add", "Li Yue", "--org", "KTTC", "--title", "T",
                             "--source", "99"], 1, "Error: no source has id 99"),
    ("post over-long title", ["post", "add", "Li Yue", "--org", "KTTC", "--title", LONG], 2,
     "Error: the post's title is 301 characters long; the limit is 300"),
    ("post edit clears role and title", ["post", "edit", "1", "--title", ""], 2,
     "Error: a post needs a role (--role) or its title (--title)"),
    ("post bad id", ["post", "show", "first"], 2,
     "Error: 'first' is not a post id; `tracker post list` shows them"),
    ("post unknown id", ["post", "remove", "99", "--yes"], 1, "Error: no post has id 99"),
    ("post remove unconfirmed", ["post", "remove", "1"], 2, "Error: Delete post 1: Li Yue"),
    ("standard no kind", ["standard", "add", "SZPU", "S", "--country", "KE"], 2,
     "Error: give the standard's kind: --kind programme or --kind course"),
    ("standard unknown kind", ["standard", "add", "SZPU", "S", "--kind", "law", "--country",
                               "KE"], 2,
     "Error: unknown standard kind 'law'; choose one of: programme, course"),
    ("standard no adopter", ["standard", "add", "SZPU", "S", "--kind", "course"], 2,
     "Error: a standard adoption needs the adopter (--adopter) or its country"),
    ("standard adopted by itself", ["standard", "add", "SZPU", "S", "--kind", "course",
                                    "--adopter", "SZPU"], 2,
     "Error: Shenzhen Polytechnic University cannot adopt its own standard abroad"),
    ("standard empty title", ["standard", "add", "SZPU", " ", "--kind", "course"], 2,
     "Error: the standard's title is empty"),
    ("standard unknown country", ["standard", "add", "SZPU", "S", "--kind", "course",
                                  "--country", "Atlantis"], 1, "Error: no country 'Atlantis'"),
    ("standard bad date", ["standard", "add", "SZPU", "S", "--kind", "course", "--country",
                           "KE", "--adopted", "2023-13"], 2, "Error: '2023-13' is not a real date"),
    ("standard unknown org", ["standard", "add", "Nowhere College", "S", "--kind", "course",
                              "--country", "KE"], 1,
     "Error: no organization named 'Nowhere College'"),
    ("standard edit no adopter left", ["standard", "edit", "1", "--adopter", "", "--country",
                                       ""], 2,
     "Error: a standard adoption needs the adopter (--adopter) or its country"),
    ("standard edit unknown", ["standard", "edit", "99", "--title", "T"], 1,
     "Error: no standard adoption has id 99"),
    ("award not a competition", ["award", "add", "SZPU", "Partner meeting"], 2,
     "Error: Partner meeting (id 2) is a meeting, not a competition"),
    ("award unknown competition", ["award", "add", "SZPU", "Moon Cup"], 1,
     "Error: no event titled 'Moon Cup'"),
    ("award unknown level", ["award", "add", "SZPU", "Open Skills Cup", "--level", "platinum"],
     2, "Error: unknown award level 'platinum'"),
    ("award unknown winner", ["award", "add", "SZPU", "Open Skills Cup", "--winner", "dog"], 2,
     "Error: unknown winner 'dog'; choose one of: student, teacher"),
    ("award unknown person", ["award", "add", "SZPU", "Open Skills Cup", "--person", "Nobody"],
     1, "Error: no person named 'Nobody'"),
    ("award bad date", ["award", "add", "SZPU", "Open Skills Cup", "--date", "2023-02-30"], 2,
     "Error: '2023-02-30' is not a real date"),
    ("award edit to a meeting", ["award", "edit", "1", "--competition", "2"], 2,
     "Error: Partner meeting (id 2) is a meeting, not a competition"),
    ("award remove unconfirmed", ["award", "remove", "1"], 2, "Error: Delete award 1"),
    ("site no country", ["site", "add", "SZPU", "S"], 2,
     "Error: a teaching site needs its host country (--country)"),
    ("site unknown country", ["site", "add", "SZPU", "S", "--country", "Atlantis"], 1,
     "Error: no country 'Atlantis'"),
    ("site unknown kind", ["site", "add", "SZPU", "S", "--country", "KE", "--kind", "castle"], 2,
     "Error: unknown site kind 'castle'"),
    ("site closed before opened", ["site", "add", "SZPU", "S", "--country", "KE", "--opened",
                                   "2023", "--closed", "2022"], 2,
     "Error: the closing 2022 is before the start 2023"),
    ("site own partner", ["site", "add", "SZPU", "S", "--country", "KE", "--partner", "SZPU"], 2,
     "Error: Shenzhen Polytechnic University cannot be its own site's partner"),
    ("site empty name", ["site", "add", "SZPU", "", "--country", "KE"], 2,
     "Error: the site's name is empty"),
    ("site over-long notes", ["site", "add", "SZPU", "S", "--country", "KE", "--notes",
                              "x" * 2001], 2, "Error: the notes is 2001 characters long"),
    ("site edit closed before opened", ["site", "edit", "1", "--closed", "2020"], 2,
     "Error: the closing 2020 is before the start 2021-11"),
    ("site unknown id", ["site", "show", "7"], 1, "Error: no teaching site has id 7"),
    ("award bad id", ["award", "edit", "gold", "--level", "silver"], 2,
     "Error: 'gold' is not an award id; `tracker award list` shows them"),
]


@pytest.mark.parametrize(("args", "code", "message"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_bad_input_changes_nothing(world, assert_refused, args, code, message):
    assert_refused(world, args, code, message)


def test_source_show_lists_the_impact_records_it_gave(world, as_json):
    as_json("site", "edit", "1", "--source", "Our news")
    as_json("award", "edit", "1", "--source", "1")
    shown = as_json("source", "show", "1")
    assert [s["name"] for s in shown["sites"]] == ["Workshop in Nairobi"]
    assert [a["id"] for a in shown["awards"]] == [1]
    assert shown["posts"] == [] and shown["standards"] == []
    table = world("source", "show", "1")
    assert "Teaching sites" in table.output and "Workshop in Nairobi" in table.output
