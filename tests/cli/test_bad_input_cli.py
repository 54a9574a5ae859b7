"""Every write command refuses bad input with one line, exit 1 or 2, and changes nothing."""

from __future__ import annotations

import pytest

ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"
LONG = "x" * 301


@pytest.fixture
def seeded(cli, seed):
    """A home institution, a partner, an alliance and one membership."""
    seed((
        ("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home"),
        ("org", "add", "Guangdong Industry Polytechnic", "--alias", "GDIP"),
        ("org", "add", "Hubei Polytechnic"),
        ("alliance", "add", ALLIANCE, "--founded", "2017", "--alias", "the Alliance"),
        ("member", "add", "SZPU", ALLIANCE, "--since", "2022"),
    ))
    return cli


CASES = [
    # (id, args, exit code, start of the error line)
    ("impossible date", ["member", "add", "GDIP", ALLIANCE, "--since", "2023-02-30"], 2,
     "Error: '2023-02-30' is not a real date"),
    ("date without year", ["member", "add", "GDIP", ALLIANCE, "--since", "Nov 17"], 2,
     "Error: 'Nov 17' is not a date with a year"),
    ("words for a date", ["alliance", "add", "New Network", "--founded", "soon"], 2,
     "Error: 'soon' is not a date"),
    ("end before start", ["alliance", "add", "New Network", "--founded", "2020",
                          "--dissolved", "2019"], 2,
     "Error: the dissolution date 2019 is before the start 2020"),
    ("role before joining", ["member", "role", "SZPU", ALLIANCE, "chair", "--since", "2021"], 2,
     "Error: the new role starts 2021, before the current member term began (2022)"),
    ("leaving before joining", ["member", "end", "SZPU", ALLIANCE, "--on", "2020"], 2,
     "Error: the leaving date 2020 is before the start 2022"),
    ("unknown role", ["member", "add", "GDIP", ALLIANCE, "--role", "emperor"], 2,
     "Error: unknown role 'emperor'"),
    ("unknown role change", ["member", "role", "SZPU", ALLIANCE, "boss"], 2,
     "Error: unknown role 'boss'"),
    ("unknown kind", ["org", "add", "Some Place", "--kind", "castle"], 2,
     "Error: unknown organization kind 'castle'"),
    ("unknown scope", ["alliance", "add", "New Network", "--scope", "galactic"], 2,
     "Error: unknown scope 'galactic'"),
    ("unknown country", ["org", "add", "Some Place", "--country", "Atlantis"], 1,
     "Error: no country 'Atlantis'"),
    ("unknown organization", ["member", "add", "Nowhere College", ALLIANCE], 1,
     "Error: no organization named 'Nowhere College'"),
    ("unknown alliance", ["member", "add", "GDIP", "Moon Alliance"], 1,
     "Error: no alliance named 'Moon Alliance'"),
    ("unknown inviter", ["member", "add", "GDIP", ALLIANCE, "--invited-by", "Nobody Inc"], 1,
     "Error: no organization named 'Nobody Inc'"),
    ("duplicate membership", ["member", "add", "szpu", "the alliance"], 1,
     f"Error: Shenzhen Polytechnic University is already a member of {ALLIANCE} since 2022"),
    ("same role again", ["member", "role", "SZPU", ALLIANCE, "member", "--since", "2023"], 1,
     "Error: Shenzhen Polytechnic University already holds member since 2022"),
    ("role without membership", ["member", "role", "GDIP", ALLIANCE, "chair"], 1,
     f"Error: Guangdong Industry Polytechnic is not a member of {ALLIANCE}"),
    ("second home", ["org", "add", "Other University", "--home"], 1,
     "Error: Shenzhen Polytechnic University is already the home organization"),
    ("second home by edit", ["org", "edit", "GDIP", "--home"], 1,
     "Error: Shenzhen Polytechnic University is already the home organization"),
    ("duplicate name", ["org", "add", "shenzhen polytechnic university"], 1,
     "Error: 'shenzhen polytechnic university' is already the name of the organization"),
    ("name taken by alias", ["alliance", "add", "SZPU"], 1,
     "Error: 'SZPU' is already an alias of the organization"),
    ("alias taken", ["org", "alias", "add", "GDIP", "the Alliance"], 1,
     "Error: 'the Alliance' is already an alias of the alliance"),
    ("unknown alias", ["org", "alias", "remove", "GDIP", "XYZ"], 1,
     "Error: Guangdong Industry Polytechnic has no alias 'XYZ'"),
    ("over-long name", ["org", "add", LONG], 2,
     "Error: the organization name is 301 characters long; the limit is 300"),
    ("over-long city", ["org", "edit", "GDIP", "--city", "y" * 101], 2,
     "Error: the city is 101 characters long; the limit is 100"),
    ("empty name", ["org", "add", "   "], 2, "Error: the organization name is empty"),
    ("punctuation only", ["org", "add", "!!!"], 2,
     "Error: '!!!' has no letters or digits to make a name of"),
    ("self invitation", ["member", "add", "GDIP", ALLIANCE, "--invited-by", "GDIP"], 2,
     "Error: an organization cannot invite itself"),
    ("rename to taken name", ["alliance", "edit", "the alliance", "--name", "GDIP"], 1,
     "Error: 'GDIP' is already an alias of the organization"),
    ("unknown id", ["org", "remove", "999", "--yes"], 1, "Error: no organization has id 999"),
]


@pytest.mark.parametrize(("args", "code", "message"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_bad_input_changes_nothing(seeded, assert_refused, args, code, message):
    assert_refused(seeded, args, code, message)


def test_debug_shows_the_traceback(seeded):
    result = seeded("--debug", "org", "show", "Nowhere College")
    assert result.exit_code != 0
    assert result.exception is not None
    assert type(result.exception).__name__ == "NotFound"


def test_export_to_a_missing_folder_is_one_line(seeded, tmp_path):
    result = seeded("db", "export", str(tmp_path / "no" / "such" / "dir" / "x.json"))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot write ")
    assert "No such file or directory" in result.stderr


def test_export_is_stable(seeded, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert seeded("db", "export", str(first)).exit_code == 0
    assert seeded("db", "export", str(second)).exit_code == 0
    assert first.read_text() == second.read_text()
    assert '"organization": [' in first.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["member", "list", "--year", "nineteen"], "Error: Invalid value for '--year'"),
        (["org", "add"], "Error: Missing argument 'name'."),
        (["org", "list", "--colour", "red"], "Error: No such option: --colour"),
    ],
    ids=["not a number", "missing argument", "unknown option"],
)
def test_usage_errors_are_one_line_too(seeded, assert_refused, args, message):
    assert_refused(seeded, args, 2, message)
