"""Which database is in use is always clear, and each way it can be wrong is one line.

The refusals run against a database other than the test's own (a missing
file, a read-only URL, a file that is not a database); `assert_refused`
checks that the test's database is unchanged, and each test that the other
one was not created or changed either.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import backend
from tracker.cli.main import app
from tracker.migrate import SCHEMA_HEAD


@pytest.fixture
def tracker_at():
    """Run `tracker --db URL ARGS...` against any URL."""
    runner = CliRunner()

    def bind(url: str):  # type: ignore[no-untyped-def]
        def invoke(*args: str):  # type: ignore[no-untyped-def]
            return runner.invoke(app, ["--db", url, "--actor", "tester", *args])

        return invoke

    return bind


@pytest.mark.parametrize("args", [["org", "list"], ["alliance", "show", "X"], ["log"],
                                  ["db", "info"], ["db", "current"]])
def test_reading_a_missing_sqlite_file_is_refused(tracker_at, assert_refused, tmp_path, args):
    missing = tmp_path / "office.sqlit"
    run = tracker_at(f"sqlite:///{missing}")
    result = assert_refused(run, args, 1, f"Error: no database at {missing}; ")
    assert "db upgrade" in result.stderr
    assert not missing.exists()


def test_a_write_creates_the_database_and_says_so_once(tracker_at, tmp_path):
    path = tmp_path / "new.sqlite"
    run = tracker_at(f"sqlite:///{path}")
    first = run("org", "add", "Lakeside Technical Institute")
    assert first.exit_code == 0, first.output
    assert first.stderr.strip() == f"Created a new tracker database at {path}."
    second = run("org", "add", "Harbour College")
    assert second.exit_code == 0
    assert second.stderr == ""
    assert "Harbour College" in run("org", "list").stdout


def test_a_write_into_a_missing_folder_is_refused(tracker_at, assert_refused, tmp_path):
    path = tmp_path / "no-such-folder" / "office.sqlite"
    assert_refused(tracker_at(f"sqlite:///{path}"), ["org", "add", "Harbour College"], 1,
                   f"Error: cannot create the database {path}: the folder ")
    assert not path.parent.exists()


@pytest.mark.parametrize(("url", "start"), [
    ("mysql://office:secret@db.example.org/tracker", "Error: tracker does not support 'mysql' "),
    ("oracle+cx_oracle://host/db", "Error: tracker does not support 'oracle' "),
    ("not a url at all", "Error: 'not a url at all' is not a database URL or file"),
    ("office.sqlit", "Error: 'office.sqlit' is not a database URL or file"),
])
@pytest.mark.parametrize("args", [["org", "list"], ["org", "add", "Harbour College"]])
def test_an_unsupported_url_names_the_supported_ones(tracker_at, assert_refused, url, start, args,
                                                     tmp_path, monkeypatch):
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    result = assert_refused(tracker_at(url), args, 2, start)
    assert "SQLite" in result.stderr and "PostgreSQL" in result.stderr
    assert "secret" not in result.stderr
    assert list(folder.iterdir()) == []


def test_a_bare_sqlite_path_still_works(tracker_at, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = tracker_at("office.sqlite")("org", "add", "Harbour College")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "office.sqlite").is_file()


@pytest.mark.parametrize("args", [["org", "list"], ["org", "add", "Harbour College"], ["db", "info"]])
def test_a_file_that_is_not_a_database_is_one_line(tracker_at, assert_refused, tmp_path, args):
    path = tmp_path / "notes.sqlite"
    path.write_text("minutes of the partners' meeting\n")
    assert_refused(tracker_at(f"sqlite:///{path}"), args, 1, "Error: cannot open the database")
    assert path.read_text() == "minutes of the partners' meeting\n"


def _read_only(db_url: str) -> str:
    """The test database, opened read-only (root ignores file modes, so by URL)."""
    if backend() == "postgresql":
        return f"{db_url}?options=-c%20default_transaction_read_only%3Don"
    return f"sqlite:///file:{db_url.removeprefix('sqlite:///')}?mode=ro&uri=true"


@pytest.mark.parametrize("args", [
    ["org", "add", "Harbour College"],
    ["alliance", "add", "Coastal Skills Network", "--founded", "2019"],
])
def test_a_read_only_database_refuses_writes_in_one_line(cli, tracker_at, assert_refused, db_url,
                                                         args):
    assert cli("org", "add", "Lakeside Technical Institute").exit_code == 0
    run = tracker_at(_read_only(db_url))
    assert_refused(run, args, 1, "Error: the database refused the command: ")
    listed = run("org", "list")
    assert listed.exit_code == 0, listed.output
    assert "Lakeside" in listed.stdout


def test_db_info_names_the_database_and_counts_records(cli, db_url):
    assert cli("org", "add", "Lakeside Technical Institute").exit_code == 0
    assert cli("org", "add", "Harbour College").exit_code == 0
    result = cli("db", "info")
    assert result.exit_code == 0, result.output
    assert f"Engine:   {backend()}" in result.stdout
    assert f"Schema:   {SCHEMA_HEAD}; tracker needs {SCHEMA_HEAD}" in result.stdout
    assert any(line.split() == ["organization", "2"] for line in result.stdout.splitlines())
    data = json.loads(cli("db", "info", "--json").stdout)
    assert data["engine"] == backend()
    assert data["revision"] == SCHEMA_HEAD
    assert data["counts"]["organization"] == 2
    assert data["counts"]["alliance"] == 0


def test_db_info_masks_the_password(tracker_at, db_url):
    if backend() != "postgresql":
        pytest.skip("a SQLite URL has no password")
    user, rest = db_url.split("://", 1)[1].split("@", 1)
    with_password = f"postgresql://{user.split(':')[0]}:hunter2@{rest}"
    result = tracker_at(with_password)("db", "info")
    # the server may or may not ask for the password; either way it is never printed
    assert "hunter2" not in result.output
    if result.exit_code == 0:
        assert ":***@" in result.stdout


def test_info_on_a_missing_default_path_does_not_create_it(tracker_at, tmp_path):
    path = Path(tmp_path) / "sub" / "x.sqlite"
    result = tracker_at(f"sqlite:///{path}")("db", "info")
    assert result.exit_code == 1
    assert not path.exists()


def test_an_import_dry_run_only_reads(tracker_at, assert_refused, tmp_path):
    article = tmp_path / "news.txt"
    article.write_text("Harbour College hosts partners\n\nOn 3 May 2024 Harbour College met.\n")
    missing = tmp_path / "office.sqlit"
    assert_refused(tracker_at(f"sqlite:///{missing}"), ["import", str(article), "--dry-run"], 1,
                   f"Error: no database at {missing}; ")
    assert not missing.exists()


def test_an_empty_folder_names_the_article_suffixes(cli, assert_refused, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("# notes\n")
    assert_refused(cli, ["import", str(tmp_path / "empty"), "--yes"], 2,
                   "Error: no article files found (.txt, .html, .htm)")
