"""Every write command of the records (events, people, groups, cooperation, figures, sources,
merge, backup, restore) refuses bad input with one line, exit 1 or 2, and changes nothing."""

from __future__ import annotations

import pytest

ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"
LONG = "x" * 301


@pytest.fixture
def seeded(cli, seed, tmp_path):
    """Organizations, an alliance, an event with a speaker, namesakes, cooperation, a group,
    a figure, and files (good and bad) in tmp_path."""
    seed((
        ("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home"),
        ("org", "add", "Kenya Technical Trainers College", "--alias", "KTTC", "--country", "KE"),
        ("org", "add", "Guangdong Industry Polytechnic", "--alias", "GDIP"),
        ("alliance", "add", ALLIANCE, "--alias", "GDBRA"),
        ("member", "add", "SZPU", "GDBRA", "--since", "2022"),
        ("member", "add", "GDIP", "GDBRA", "--since", "2020"),
        ("person", "add", "Li Yue", "--org", "SZPU"),
        ("person", "add", "Wang Fang"),
        ("person", "add", "Wang Fang", "--org", "GDIP"),
        ("person", "add", "KTTC"),  # a person named like an organization's alias
        ("event", "add", "Annual meeting", "--date", "2023-11-17", "--alliance", "GDBRA"),
        ("event", "add", "Forum", "--date", "2022"),
        ("event", "add", "Forum", "--date", "2024"),
        ("event", "participant", "add", "1", "Li Yue", "--role", "speaker"),
        ("coop", "add", "SZPU", "--partner", "KTTC", "--start", "2023", "--end", "2025"),
        ("coop", "add", "SZPU", "--country", "TH", "--start", "2022-06"),
        ("group", "create", "Partners"),
        ("group", "add", "Partners", "KE", "--joined", "2020"),
        ("figure", "add", "SZPU", "countries", "57"),
        ("source", "add", "--title", "News"),
    ))
    (tmp_path / "latin1.csv").write_bytes("iso2,source\nKE,Bogot\xe1\n".encode("latin-1"))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 article".encode("latin-1"))
    (tmp_path / "nocountry.csv").write_text("place,joined\nKE,2020\n", encoding="utf-8")
    (tmp_path / "badrow.csv").write_text("iso2,joined\nKE,2020\nXX,2021\n", encoding="utf-8")
    (tmp_path / "baddate.csv").write_text("iso2,joined\nKE,2020-13\n", encoding="utf-8")
    (tmp_path / "export.json").write_text('{"format": "tracker-export"}', encoding="utf-8")
    (tmp_path / "exists.sqlite").write_bytes(b"")
    return cli


CASES = [
    # (id, args, exit code, the error line or its start); "{tmp}" is the test's folder
    # events
    ("event impossible date", ["event", "add", "X", "--date", "2023-02-30"], 2,
     "Error: '2023-02-30' is not a real date"),
    ("event end before start", ["event", "add", "X", "--start", "2023-05", "--end", "2023-04"],
     2, "Error: the end 2023-04 is before the start 2023-05"),
    ("event date and start", ["event", "add", "X", "--date", "2023", "--start", "2023"], 2,
     "Error: give either --date or --start, not both"),
    ("event negative participants", ["event", "add", "X", "--participants", "-5"], 2,
     "Error: the participants count cannot be negative (-5)"),
    ("event negative countries", ["event", "add", "X", "--countries", "-1"], 2,
     "Error: the countries count cannot be negative (-1)"),
    ("event unknown kind", ["event", "add", "X", "--kind", "party"], 2,
     "Error: unknown event kind 'party'; choose one of: meeting, conference"),
    ("event edition zero", ["event", "add", "X", "--series", "S", "--edition", "0"], 2,
     "Error: the edition must be 1 or more, not 0"),
    ("event edition without series", ["event", "add", "X", "--edition", "3"], 2,
     "Error: an edition needs a series; give --series too"),
    ("event unknown alliance", ["event", "add", "X", "--alliance", "Moon Alliance"], 1,
     "Error: no alliance named 'Moon Alliance'"),
    ("event unknown country", ["event", "add", "X", "--country", "Atlantis"], 1,
     "Error: no country 'Atlantis'"),
    ("event over-long title", ["event", "add", LONG], 2,
     "Error: the event title is 301 characters long; the limit is 300"),
    ("event unknown source", ["event", "add", "X", "--source", "99"], 1,
     "Error: no source has id 99"),
    ("event edit end before start", ["event", "edit", "1", "--end", "2020"], 2,
     "Error: the end 2020 is before the start 2023-11-17"),
    ("event edit negative", ["event", "edit", "1", "--participants", "-3"], 2,
     "Error: the participants count cannot be negative (-3)"),
    ("event edit unknown", ["event", "edit", "99", "--city", "X"], 1,
     "Error: no event has id 99"),
    ("event ambiguous title", ["event", "edit", "forum", "--city", "X"], 1,
     "Error: 'forum' could be several events: Forum (2022, id 2); Forum (2024, id 3); use the id"),
    ("event unknown title", ["event", "remove", "Picnic", "--yes"], 1,
     "Error: no event titled 'Picnic'"),
    ("event remove unconfirmed", ["event", "remove", "1"], 2,
     "Error: Delete the event Annual meeting (id 1) and its 1 participant(s)? "
     "Re-run with --yes to confirm."),
    # participants
    ("participant unknown role", ["event", "participant", "add", "1", "SZPU", "--role", "chef"],
     2, "Error: unknown participant role 'chef'; choose one of: host, co_host, organizer"),
    ("participant neither", ["event", "participant", "add", "1", "Nobody"], 1,
     "Error: no organization or person named 'Nobody'"),
    ("participant both", ["event", "participant", "add", "1", "kttc"], 1,
     "Error: 'kttc' is both an organization and a person; "
     "add --kind organization or --kind person"),
    ("participant bare id", ["event", "participant", "add", "1", "2"], 2,
     "Error: '2' could be an organization id or a person id; "
     "add --kind organization or --kind person"),
    ("participant bad kind", ["event", "participant", "add", "1", "SZPU", "--kind", "robot"], 2,
     "Error: unknown participant kind 'robot'; choose organization or person"),
    ("participant ambiguous person", ["event", "participant", "add", "1", "Wang Fang"], 1,
     "Error: 'Wang Fang' could be several people: Wang Fang (id 2); Wang Fang (id 3); use the id"),
    ("participant twice", ["event", "participant", "add", "1", "Li Yue", "--role", "speaker"], 2,
     "Error: Li Yue is already speaker of Annual meeting"),
    ("participant remove absent", ["event", "participant", "remove", "1", "SZPU"], 1,
     "Error: Shenzhen Polytechnic University does not take part in Annual meeting"),
    ("participant remove role", ["event", "participant", "remove", "1", "Li Yue", "--role",
                                 "host"], 1,
     "Error: Li Yue does not take part in Annual meeting as host"),
    # people
    ("person empty name", ["person", "add", "  "], 2, "Error: the person's name is empty"),
    ("person over-long name", ["person", "add", LONG], 2,
     "Error: the person's name is 301 characters long; the limit is 300"),
    ("person over-long title", ["person", "add", "A", "--title", LONG], 2,
     "Error: the title is 301 characters long; the limit is 300"),
    ("person unknown org", ["person", "add", "A", "--org", "Nowhere College"], 1,
     "Error: no organization named 'Nowhere College'"),
    ("person ambiguous", ["person", "edit", "wang fang", "--title", "Dean"], 1,
     "Error: 'wang fang' could be several people"),
    ("person unknown id", ["person", "remove", "99", "--yes"], 1, "Error: no person has id 99"),
    ("person control characters", ["person", "add", "Li\x07Yue"], 2,
     "Error: the person's name contains control characters"),
    # country groups
    ("group impossible date", ["group", "add", "Partners", "TH", "--joined", "2023-13"], 2,
     "Error: '2023-13' is not a real date"),
    ("group left before joined", ["group", "add", "Partners", "TH", "--joined", "2020",
                                  "--left", "2019"], 2,
     "Error: the leaving date 2019 is before the start 2020"),
    ("group unknown country", ["group", "add", "Partners", "Atlantis"], 1,
     "Error: no country 'Atlantis'"),
    ("group unknown group", ["group", "add", "Friends", "TH"], 1,
     "Error: no country group named 'Friends'"),
    ("group member twice", ["group", "add", "partners", "Kenya"], 1,
     "Error: Kenya is already in Partners since 2020"),
    ("group remove absent", ["group", "remove", "Partners", "TH"], 1,
     "Error: Thailand is not in Partners"),
    ("group name taken", ["group", "create", "PARTNERS"], 1,
     "Error: there is already a country group named 'PARTNERS'"),
    ("group csv not utf-8", ["group", "create", "New", "--csv", "{tmp}/latin1.csv"], 2,
     "Error: {tmp}/latin1.csv is not UTF-8 text (byte 20 cannot be decoded)"),
    ("group csv no country column", ["group", "create", "New", "--csv", "{tmp}/nocountry.csv"],
     2, "Error: {tmp}/nocountry.csv has no country column"),
    ("group csv bad row", ["group", "create", "New", "--csv", "{tmp}/badrow.csv"], 1,
     "Error: {tmp}/badrow.csv, line 3: no country 'XX'"),
    ("group csv bad date", ["group", "create", "New", "--csv", "{tmp}/baddate.csv"], 2,
     "Error: {tmp}/baddate.csv, line 2: '2020-13' is not a real date"),
    ("group csv missing", ["group", "create", "New", "--csv", "{tmp}/none.csv"], 2,
     "Error: cannot read {tmp}/none.csv: No such file or directory"),
    # cooperation
    ("coop no partner", ["coop", "add", "SZPU", "--kind", "mou"], 2,
     "Error: cooperation needs a partner organization or a country (or both)"),
    ("coop negative headcount", ["coop", "add", "SZPU", "--country", "KE", "--headcount", "-2"],
     2, "Error: the headcount cannot be negative (-2)"),
    ("coop unknown kind", ["coop", "add", "SZPU", "--country", "KE", "--kind", "friendship"], 2,
     "Error: unknown cooperation kind 'friendship'; choose one of: exchange"),
    ("coop end before start", ["coop", "add", "SZPU", "--country", "KE", "--start", "2024",
                               "--end", "2023-12-31"], 2,
     "Error: the end 2023-12-31 is before the start 2024"),
    ("coop impossible date", ["coop", "add", "SZPU", "--country", "KE", "--start", "2023-04-31"],
     2, "Error: '2023-04-31' is not a real date"),
    ("coop with itself", ["coop", "add", "SZPU", "--partner", "Shenzhen Polytechnic University"],
     2, "Error: Shenzhen Polytechnic University cannot cooperate with itself"),
    ("coop unknown partner", ["coop", "add", "SZPU", "--partner", "Nobody Inc"], 1,
     "Error: no organization named 'Nobody Inc'"),
    ("coop unknown organization", ["coop", "add", "Nobody Inc", "--country", "KE"], 1,
     "Error: no organization named 'Nobody Inc'"),
    ("coop over-long title", ["coop", "add", "SZPU", "--country", "KE", "--title", LONG], 2,
     "Error: the title is 301 characters long; the limit is 300"),
    ("coop end before its start", ["coop", "end", "2", "--on", "2022-05"], 2,
     "Error: the end 2022-05 is before the start 2022-06"),
    ("coop end twice", ["coop", "end", "1"], 1, "Error: cooperation 1 already ends 2025"),
    ("coop end not an id", ["coop", "end", "SZPU"], 2,
     "Error: 'SZPU' is not a cooperation id; `tracker coop list` shows them"),
    ("coop remove unknown", ["coop", "remove", "99", "--yes"], 1,
     "Error: no cooperation has id 99"),
    # figures
    ("figure negative", ["figure", "add", "SZPU", "countries", "--", "-3"], 2,
     "Error: a figure must be a number of zero or more, not -3"),
    ("figure not a number", ["figure", "add", "SZPU", "countries", "many"], 2,
     "Error: 'many' is not a number"),
    ("figure unknown metric", ["figure", "add", "SZPU", "smiles", "3"], 2,
     "Error: unknown metric 'smiles'"),
    ("figure unknown bound", ["figure", "add", "SZPU", "countries", "3", "--bound", "about"], 2,
     "Error: unknown bound 'about'; choose one of: exact, at_least"),
    ("figure unknown subject", ["figure", "add", "Nowhere", "countries", "3"], 1,
     "Error: no organization or alliance named 'Nowhere'"),
    ("figure impossible as-of", ["figure", "add", "SZPU", "countries", "3", "--as-of",
                                 "2023-02-29"], 2,
     "Error: '2023-02-29' is not a real date"),
    ("figure over-long statement", ["figure", "add", "SZPU", "countries", "3", "--statement",
                                    "y" * 2001], 2,
     "Error: the statement is 2001 characters long; the limit is 2000"),
    ("figure remove unknown", ["figure", "remove", "99", "--yes"], 1,
     "Error: no figure has id 99"),
    # sources
    ("source nothing", ["source", "add", "--publisher", "SZPU"], 2,
     "Error: a source needs at least a title, a URL or a text"),
    ("source not utf-8", ["source", "add", "--file", "{tmp}/latin1.txt"], 2,
     "Error: {tmp}/latin1.txt is not UTF-8 text (byte 3 cannot be decoded)"),
    ("source missing file", ["source", "add", "--file", "{tmp}/none.txt"], 2,
     "Error: cannot read {tmp}/none.txt: No such file or directory"),
    ("source impossible date", ["source", "add", "--title", "T", "--published", "2023-00"], 2,
     "Error: '2023-00' is not a real date"),
    ("source over-long title", ["source", "add", "--title", LONG], 2,
     "Error: the title is 301 characters long; the limit is 300"),
    # merge
    ("merge into itself", ["org", "merge", "SZPU", "Shenzhen Polytechnic University", "--yes"],
     2, "Error: cannot merge Shenzhen Polytechnic University into itself"),
    ("merge unknown", ["org", "merge", "Nowhere College", "SZPU", "--yes"], 1,
     "Error: no organization named 'Nowhere College'"),
    # two members of one alliance now merge (their role histories joined): asked first
    ("merge of one alliance's members unconfirmed", ["org", "merge", "GDIP", "SZPU"], 2,
     "Error: Merge Guangdong Industry Polytechnic (id 3) into Shenzhen Polytechnic "
     "University (id 1) and delete Guangdong Industry Polytechnic?"),
    ("merge cooperation between them", ["org", "merge", "KTTC", "SZPU", "--yes"], 1,
     "Error: cooperation 1 is between Kenya Technical Trainers College and Shenzhen "
     "Polytechnic University"),
    ("merge unconfirmed", ["org", "merge", "KTTC", "GDIP"], 2,
     "Error: Merge Kenya Technical Trainers College (id 2) into Guangdong Industry "
     "Polytechnic (id 3) and delete Kenya Technical Trainers College?"),
    # database
    ("restore into records", ["db", "restore", "{tmp}/export.json"], 2,
     "Error: {tmp}/export.json was exported at schema revision None"),
]


@pytest.mark.parametrize(("args", "code", "message"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_bad_input_changes_nothing(seeded, assert_refused, tmp_path, args, code, message):
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    assert_refused(seeded, args, code, message.replace("{tmp}", str(tmp_path)))


# One set of input limits (tracker.limits): the same refusal on SQLite and PostgreSQL
HUGE = str(2**70)
LIMIT_CASES = [
    ("figure infinite", ["figure", "add", "SZPU", "members", "1e400"], 2,
     "Error: the figure value 1E+400 is too large"),
    ("figure beyond its column", ["figure", "add", "SZPU", "members", "1e16"], 2,
     "Error: the figure value 1E+16 is too large"),
    ("participants beyond 32 bits", ["event", "add", "X", "--participants", str(2**31)], 2,
     "Error: the event participants count 2147483648 is out of range"),
    ("participants beyond 64 bits", ["event", "add", "X", "--participants", HUGE], 2,
     "Error: the event participants count"),
    ("headcount beyond 32 bits", ["coop", "add", "SZPU", "--country", "KE", "--headcount",
                                  str(2**40)], 2, "Error: the cooperation headcount"),
    ("name not valid UTF-8", ["org", "add", "Bad \udcff College"], 2,
     "Error: the organization name is not valid text"),
    ("event id beyond 64 bits", ["event", "show", HUGE], 1, f"Error: no event has id {HUGE}"),
    ("org id beyond 32 bits", ["org", "show", str(2**40)], 1,
     f"Error: no organization has id {2**40}"),
    ("figure id beyond 64 bits", ["figure", "remove", HUGE], 1, "Error: no figure has id"),
    ("log limit beyond 32 bits", ["log", "--limit", HUGE], 2, "Error: Invalid value for '--limit'"),
    ("country only punctuation", ["group", "remove", "Partners", "?"], 1, "Error: no country '?'"),
    ("country an emoji", ["org", "add", "Emoji College", "--country", "🙂"], 1,
     "Error: no country '🙂'"),
    ("unknown revision", ["db", "upgrade", "nonesuch"], 2,
     "Error: cannot upgrade to 'nonesuch'"),
]


@pytest.mark.parametrize(("args", "code", "message"), [c[1:] for c in LIMIT_CASES],
                         ids=[c[0] for c in LIMIT_CASES])
def test_a_value_beyond_the_limits_is_refused_the_same_on_every_engine(
    seeded, assert_refused, args, code, message
):
    assert_refused(seeded, args, code, message)
