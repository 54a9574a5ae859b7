"""`tracker db export --format xlsx` writes the layout `tracker load` reads: export -> load
into an empty database -> export gives the same workbook. `load --template` writes the
headers, value lists and an example row per sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tracker.cli.main import app
from tracker.load.columns import SHEET_KINDS

RECORDS = [
    ("org", "add", "Willow Creek Polytechnic", "--alias", "WCP", "--alias", "柳溪理工",
     "--kind", "college", "--country", "KE"),
    ("org", "add", "Granite State University", "--kind", "university", "--country", "US"),
    ("org", "add", "Fjord Institute", "--country", "NO"),
    ("alliance", "add", "Tri-Continent Skills League", "--alias", "TCSL", "--founded", "2018-06"),
    ("alliance", "add", "Open Campus Network"),
    ("member", "add", "WCP", "TCSL", "--since", "2019"),
    ("member", "role", "WCP", "TCSL", "vice_chair", "--since", "2022-11-17"),
    ("member", "add", "Granite State University", "TCSL", "--role", "council_member",
     "--since", "2020-03"),
    ("member", "add", "Fjord Institute", "Open Campus Network"),
    ("event", "add", "Skills summit", "--kind", "conference", "--date", "2023-05-10",
     "--city", "Nairobi", "--country", "KE", "--alliance", "TCSL"),
    ("event", "add", "Teacher training week", "--kind", "training", "--date", "2024"),
    ("person", "add", "Ines Duarte", "--title", "Vice-rector", "--org", "WCP"),
    ("person", "add", "Tomas Berg"),
    ("event", "participant", "add", "1", "WCP", "--role", "host"),
    ("event", "participant", "add", "1", "Fjord Institute", "--role", "attendee"),
    ("event", "participant", "add", "1", "Tomas Berg", "--role", "attendee"),
    ("event", "participant", "add", "1", "Granite State University", "--role", "organizer"),
    ("figure", "add", "TCSL", "members", "64", "--as-of", "2023-10"),
    ("figure", "add", "WCP", "trainees", "1600", "--bound", "at_least"),
    ("coop", "add", "WCP", "--partner", "Fjord Institute", "--kind", "mou", "--start",
     "2022-09", "--end", "2027-09"),
    ("coop", "add", "Granite State University", "--country", "TH", "--kind", "training",
     "--title", "Summer school", "--start", "2023", "--headcount", "24"),
]


def runner_for(url: str) -> Any:
    def run(*args: str) -> Any:
        result = CliRunner().invoke(app, ["--db", url, "--actor", "tester", *args])
        assert result.exit_code == 0, (args, result.output)
        return result

    return run


def cells(path: Path) -> dict[str, list[list[Any]]]:
    book = load_workbook(path)
    return {sheet.title: [[c.value for c in row] for row in sheet.iter_rows()]
            for sheet in book.worksheets}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_export_load_export_gives_the_same_records(
    cli: Any, empty_db_url: str, tmp_path: Path, lang: str
) -> None:
    for args in RECORDS:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
    first = tmp_path / "first.xlsx"
    assert cli("db", "export", str(first), "--format", "xlsx", "--lang", lang).exit_code == 0
    exported = cells(first)
    titles = [kind.sheet_title(lang) for kind in SHEET_KINDS]
    assert list(exported) == titles
    assert exported[titles[0]][0] == [c.header(lang) for c in SHEET_KINDS[0].columns]
    assert len(exported[titles[2]]) == 1 + 4  # a row per role term: WCP's two, two others
    summit = next(row for row in exported[titles[3]] if row[0] == "Skills summit")
    assert summit[-3:] == ["Willow Creek Polytechnic", "Granite State University",
                           "Fjord Institute; Tomas Berg"]  # hosts, organizers, attendees

    other = runner_for(empty_db_url)
    other("db", "upgrade")
    loaded = other("load", str(first), "--yes")
    assert "loaded" in loaded.output and "0 skipped" in loaded.output, loaded.output
    second = tmp_path / "second.xlsx"
    other("db", "export", str(second), "--format", "xlsx", "--lang", lang)
    assert cells(second) == exported


def test_the_template_has_headers_lists_and_an_example_row(cli: Any, dump: Any,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    result = cli("load", "--template", str(path), "--lang", "zh")
    assert result.exit_code == 0, result.output
    book = load_workbook(path)
    assert book.sheetnames[-1] == "lists" and book["lists"].sheet_state == "hidden"
    organizations = book["单位"]
    assert [c.value for c in organizations[1]] == ["单位名称", "简称", "类型", "国家"]
    assert organizations.max_row == 2  # the example row
    listed = {str(v.sqref)[0]: v.formula1
              for v in organizations.data_validations.dataValidation}
    assert set(listed) == {"C", "D"}  # kind and country
    assert len(book["合作"].data_validations.dataValidation) == 2  # country and kind
    kinds = [c.value for c in book["lists"]["A"]][1:]
    assert "college" in kinds and "university" in kinds
    roles = book["成员资格"].data_validations.dataValidation
    assert len(roles) == 1
    # the template, examples and all, loads as it is
    before = dump()
    assert cli("load", str(path), "--yes").exit_code == 0
    tables = dump()["tables"]
    assert tables != before["tables"]
    assert {o["name"] for o in tables["organization"]} == {"Example Technical College"}
    assert len(tables["membership"]) == 1 and len(tables["figure"]) == 1
    [mou] = tables["cooperation"]
    assert (mou["kind"], mou["end_date"], mou["end_precision"]) == ("mou", "2027-09-30", "month")


def test_a_bad_format_or_language_is_one_line(cli: Any, assert_refused: Any,
                                              tmp_path: Path) -> None:
    target = str(tmp_path / "out.xlsx")
    assert_refused(cli, ["db", "export", target, "--format", "ods"], 2,
                   "Error: --format is json or xlsx and --lang en or zh, not 'ods'")
    assert_refused(cli, ["load", "--template", target, "--lang", "fr"], 2,
                   "Error: --lang 'fr' is neither en nor zh")
