"""`tracker figure`: stated quantities with metric, value, bound, as-of date and source."""

from __future__ import annotations

ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"


def test_add_and_list(records, as_json):
    cli = records
    assert cli("source", "add", "--title", "SZPU news", "--published", "2023-11-17").exit_code == 0
    added = cli("figure", "add", "SZPU", "countries", "57", "--as-of", "2023",
                "--statement", "cooperation with 57 Belt and Road countries", "--source", "1")
    assert added.exit_code == 0, added.output
    assert added.output.strip() == "Added figure 1: Shenzhen Polytechnic University countries 57."
    at_least = cli("figure", "add", "SZPU", "experts", "1,600", "--bound", "at least",
                   "--as-of", "2022")
    assert at_least.output.strip() == (
        "Added figure 2: Shenzhen Polytechnic University experts ≥ 1,600."
    )
    assert cli("figure", "add", "GDBRA", "members", "105", "--as-of", "Oct 2023").exit_code == 0
    rows = as_json("figure", "list")
    assert rows == [  # by subject, then metric, then as-of date
        {"id": 1, "about": "Shenzhen Polytechnic University", "metric": "countries",
         "value": 57, "bound": "exact", "as_of": "2023",
         "statement": "cooperation with 57 Belt and Road countries", "source_id": 1},
        {"id": 2, "about": "Shenzhen Polytechnic University", "metric": "experts",
         "value": 1600, "bound": "at_least", "as_of": "2022", "statement": None,
         "source_id": None},
        {"id": 3, "about": ALLIANCE, "metric": "members", "value": 105, "bound": "exact",
         "as_of": "2023-10", "statement": None, "source_id": None},
    ]
    assert [r["id"] for r in as_json("figure", "list", "--about", "gdbra")] == [3]
    assert [r["id"] for r in as_json("figure", "list", "--metric", "countries")] == [1]
    assert [r["id"] for r in as_json("figure", "list", "--year", "2023")] == [1, 3]


def test_remove(records, as_json):
    assert records("figure", "add", "SZPU", "students", "12.5").exit_code == 0
    assert as_json("figure", "list")[0]["value"] == 12.5
    assert records("figure", "remove", "1", "--yes").exit_code == 0
    assert as_json("figure", "list") == []


def _subjectless_figure(db_url):
    """A figure as an import leaves it when the article names no subject."""
    from tracker.db import make_engine, session_scope
    from tracker.services.figure import add_figure
    from tracker.services.source import add_source

    engine = make_engine(db_url)
    with session_scope(engine) as session:
        source = add_source(session, title="Summer camp closes", published="2023-07-20")
        add_figure(session, None, "students", "122", statement="122 students from 23 countries",
                   source=source)
    engine.dispose()


def test_edit_gives_a_subjectless_figure_its_subject(records, as_json, db_url):
    _subjectless_figure(db_url)
    [row] = as_json("figure", "list")
    assert (row["about"], row["value"], row["source_id"]) == (None, 122, 1)
    edited = records("figure", "edit", "1", "--about", "kttc", "--value", "1,220",
                     "--as-of", "Jul 2023")
    assert edited.exit_code == 0, edited.output
    assert edited.output.strip() == (
        "Figure 1 is now: Kenya Technical Trainers College students 1,220."
    )
    [row] = as_json("figure", "list", "--about", "KTTC")
    assert (row["value"], row["as_of"], row["statement"]) == (
        1220, "2023-07", "122 students from 23 countries")
    assert records("figure", "edit", "1", "--as-of", "", "--statement", "").exit_code == 0
    [row] = as_json("figure", "list")
    assert (row["as_of"], row["statement"]) == (None, None)
    assert records("figure", "edit", "1", "--about", "").exit_code == 0
    [row] = as_json("figure", "list")
    assert row["about"] is None  # about neither again, as the article stated it


def test_edit_refuses_bad_input_and_changes_nothing(records, assert_refused, db_url):
    _subjectless_figure(db_url)
    assert_refused(records, ["figure", "edit", "1", "--value", "many"], 2,
                   "Error: 'many' is not a number")
    assert_refused(records, ["figure", "edit", "1", "--value", "-3"], 2, "Error: a figure must")
    assert_refused(records, ["figure", "edit", "1", "--about", "Atlantis College"], 1,
                   "Error: no organization or alliance named 'Atlantis College'")
    assert_refused(records, ["figure", "edit", "1", "--metric", "apples"], 2,
                   "Error: unknown metric 'apples'")
    assert_refused(records, ["figure", "edit", "9", "--value", "3"], 1,
                   "Error: no figure has id 9")
