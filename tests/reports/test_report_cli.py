"""`tracker report ...` end to end: files written, formats agree, output is safe."""

from __future__ import annotations

import json
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import new_database


def test_without_a_home_organization_the_error_says_what_to_do(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("report", "yearly", "--year", "2023", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        "Error: no home organization; pass --org or set one with tracker org edit NAME --home"
    )


def test_an_unknown_format_is_bad_input(cli, built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = cli("report", "yearly", "--year", "2023", "-f", "pdf", "--out", str(out))
    assert result.exit_code == 2
    assert not out.exists()


def test_summary_in_the_terminal(cli, built) -> None:  # type: ignore[no-untyped-def]
    result = cli("report", "yearly", "--year", "2023")
    assert result.exit_code == 0, result.output
    assert "Home Polytechnic: cooperation report 2023" in result.output
    assert re.search(r"Countries engaged\s+│\s+5\s+│\s+2\s+│\s+3", result.output)


@pytest.fixture(scope="module")
def written(built_template, tmp_path_factory) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """The reports in every format, written once: the tests below only read them."""
    from typer.testing import CliRunner

    from tracker.cli.main import app

    folder = tmp_path_factory.mktemp("written")
    out = folder / "out"
    args = ["report", "yearly", "--year", "2023", "--out", str(out)]
    for fmt in ("xlsx", "html", "md", "csv", "json"):
        args += ["--format", fmt]
    with new_database(built_template[0], folder) as url:
        result = CliRunner().invoke(app, ["--db", url, "--actor", "tester", *args])
        assert result.exit_code == 0, result.output
        yield out


def test_every_format_is_written_under_a_name_with_organization_and_year(written: Path) -> None:
    names = sorted(p.name for p in written.iterdir())
    stem = "home-polytechnic-yearly-2023"
    assert names == [stem, f"{stem}.html", f"{stem}.json", f"{stem}.md", f"{stem}.xlsx"]


def test_json_and_csv_carry_the_same_numbers(written: Path) -> None:
    import pandas as pd

    data = json.loads((written / "home-polytechnic-yearly-2023.json").read_text())
    rows = {r["figure_code"]: r["value"] for r in data["sections"]["key_figures"]["rows"]}
    table = pd.read_csv(written / "home-polytechnic-yearly-2023" / "key_figures.csv")
    assert dict(zip(table["figure_code"], table["value"], strict=True)) == rows
    assert rows["countries_engaged"] == 5


def test_csv_neutralises_formula_cells(written: Path) -> None:
    text = (written / "home-polytechnic-yearly-2023" / "stated_vs_recorded.csv").read_text()
    assert "'=trained more than 1,600 people" in text
    assert ",=trained" not in text


def test_html_escapes_user_text(written: Path) -> None:
    page = (written / "home-polytechnic-yearly-2023.html").read_text()
    assert "Forum &lt;b&gt;Bangkok&lt;/b&gt;" in page
    assert "<b>Bangkok" not in page
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")


def test_markdown_has_the_key_figures(written: Path) -> None:
    text = (written / "home-polytechnic-yearly-2023.md").read_text()
    assert "| Countries engaged | 5 | 2 | 3 |" in text
    assert "figure_code" not in text and "Figure code" not in text  # an internal code


def test_xlsx_sheets_frozen_headers_charts_and_safe_cells(written: Path) -> None:
    with zipfile.ZipFile(written / "home-polytechnic-yearly-2023.xlsx") as book:
        names = book.namelist()
        workbook = book.read("xl/workbook.xml").decode()
        sheets = [book.read(n).decode() for n in names if n.startswith("xl/worksheets/sheet")]
        strings = book.read("xl/sharedStrings.xml").decode()
    for title in ("Key figures", "Memberships", "Events", "Countries and regions", "Sources"):
        assert f'name="{title}"' in workbook
    assert all('topLeftCell="A3"' in sheet and 'state="frozen"' in sheet for sheet in sheets)
    assert all("<cols>" in sheet for sheet in sheets)  # column widths set
    assert sum(n.startswith("xl/charts/chart") for n in names) == 4
    assert "'=trained more than 1,600 people" in strings
    assert not any("<f>" in sheet for sheet in sheets)  # no formula anywhere


def test_out_is_created_and_other_reports_work(cli, built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "new" / "folder"
    for args in (
        ["metrics", "--from", "2021", "--to", "2023"],
        ["alliances"],
        ["countries", "--year", "2023"],
    ):
        result = cli("report", *args, "--format", "json", "--out", str(out))
        assert result.exit_code == 0, result.output
    metrics = json.loads((out / "home-polytechnic-metrics-2021-2023.json").read_text())
    rows = metrics["sections"]["metrics"]["rows"]
    assert [r["countries_engaged"] for r in rows] == [1, 2, 5]
    countries = json.loads((out / "home-polytechnic-countries-2023.json").read_text())
    germany = next(r for r in countries["sections"]["countries"]["rows"] if r["country"] == "Germany")
    # DE: C5 2019-2020, E4 2022, E2 2023: two events, one cooperation, one partner
    assert (germany["first_year"], germany["last_year"], germany["events"]) == (2019, 2023, 2)
    alliances = [p for p in out.iterdir() if p.name.startswith("home-polytechnic-alliances")]
    rows = json.loads(alliances[0].read_text())["sections"]["alliances"]["rows"]
    assert [r["current_role"] for r in rows] == [
        "Executive council member", "Vice chair", "Member", None, "Member"]


def test_metrics_refuses_a_reversed_range(cli, built) -> None:  # type: ignore[no-untyped-def]
    result = cli("report", "metrics", "--from", "2023", "--to", "2020")
    assert result.exit_code == 2
    assert result.output.strip().endswith("Error: --to 2020 is before --from 2023")


@pytest.mark.parametrize("fmt", ["xlsx", "html", "md", "csv", "json"])
def test_an_unwritable_out_folder_is_one_line(cli, built, assert_refused, tmp_path: Path, fmt) -> None:  # type: ignore[no-untyped-def]
    """A folder that cannot be made (a file stands in its path): one line, exit 2, nothing written."""
    blocker = tmp_path / "minutes.txt"
    blocker.write_text("not a folder\n")
    args = ["report", "yearly", "--year", "2023", "-f", fmt, "--out", str(blocker / "reports")]
    assert_refused(cli, args, 2, "Error: cannot write the report in ")
    assert blocker.read_text() == "not a folder\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_a_read_only_out_folder_is_one_line(cli, built, assert_refused, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "locked"
    out.mkdir()
    out.chmod(0o555)
    args = ["report", "yearly", "--year", "2023", "-f", "md", "--out", str(out)]
    assert_refused(cli, args, 2, "Error: cannot write the report in ")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("where", ["after", "global"])
def test_json_prints_the_report_the_json_format_writes(cli, built, written: Path,  # type: ignore[no-untyped-def]
                                                       where: str) -> None:
    args = ["report", "yearly", "--year", "2023"]
    result = cli(*args, "--json") if where == "after" else cli("--json", *args)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed == json.loads((written / "home-polytechnic-yearly-2023.json").read_text())


def test_json_with_a_format_keeps_stdout_for_the_json(cli, built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = cli("report", "countries", "--year", "2023", "--json", "-f", "md", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["report"] == "countries"
    assert result.stderr.startswith("Wrote ") and len(list(out.iterdir())) == 1
