"""One notion of "the article files of a folder", shared by `extract` and `import`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.articles import article_files
from tracker.cli.extract import expand_paths
from tracker.ingest.run import expand_inputs

ARTICLE = (
    "Harbour College signs agreement with Lakeside Technical Institute\n\n"
    "On 12 April 2024 Harbour College and Lakeside Technical Institute signed a "
    "memorandum of understanding on teacher training.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Articles beside things that are not articles: notes, drafts, hidden files."""
    root = tmp_path / "news"
    (root / "2024").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(ARTICLE)
    (root / "b.HTML").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    (root / "2024" / "c.htm").write_text(f"<p>{ARTICLE}</p>")
    (root / "notes.md").write_text("# what to import next week\n")
    (root / "figures.xlsx").write_bytes(b"PK\x03\x04")
    (root / ".hidden.txt").write_text(ARTICLE)
    (root / ".git" / "description.txt").write_text("not an article\n")
    return root


def test_a_folder_gives_its_text_and_html_files_sorted_and_nothing_else(folder):
    assert [p.relative_to(folder).as_posix() for p in article_files(folder)] == [
        "2024/c.htm", "a.txt", "b.HTML",
    ]


def test_extract_and_import_read_the_same_files(folder):
    assert [str(p) for p in expand_paths([folder])] == expand_inputs([str(folder)])


def test_named_files_are_kept_as_given(folder):
    """A file named on the command line is read whatever its suffix: the user chose it."""
    notes = folder / "notes.md"
    assert expand_paths([notes]) == [notes]
    assert expand_inputs([str(notes)]) == [str(notes)]


def test_import_of_a_folder_stores_no_source_for_notes(cli, folder):
    result = cli("import", str(folder), "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    origins = [json.loads(line).get("origin", "") for line in result.stdout.splitlines() if line]
    assert origins and not any("notes.md" in o or ".git" in o for o in origins), origins


def test_extract_of_a_folder_reads_the_same_articles(folder):
    from typer.testing import CliRunner

    from tracker.cli.main import app

    result = CliRunner().invoke(app, ["extract", "--json", str(folder)])
    assert result.exit_code == 0, result.output
    files = [json.loads(line)["file"] for line in result.stdout.splitlines()]
    assert files == [str(p) for p in article_files(folder)]
