"""`tracker extract`: read news articles and print the facts they state.

Thin: it expands folders, calls `tracker.extract.extract_file` per file and
prints. Only Typer is imported at start-up; the extractor is imported when the
command runs, so `tracker --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.printable import console_cell, console_text

if TYPE_CHECKING:
    from rich.text import Text


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders; - for stdin.")],
    json_lines: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
) -> None:
    """Extract the facts of news articles (plain text or HTML) as SCHEMA.md ArticleFacts.

    A folder means every .txt/.html/.htm file in it and its sub-folders
    (the files `tracker import` reads from it). A file that cannot be read
    gives one error line on stderr; the others are still processed and the exit
    status is 1 at the end.
    """
    import json

    from tracker.errors import TrackerError
    from tracker.extract import extract_file

    failed = False
    for path in expand_paths(paths):
        try:
            facts = extract_file(path)
        except TrackerError as error:
            typer.echo(f"Error: {path}: {error}", err=True)
            failed = True
            continue
        data = facts.to_json()
        data["file"] = str(path)
        if json_lines:
            typer.echo(json.dumps(data, ensure_ascii=False))
        else:
            print_summary(data)
    if failed:
        raise typer.Exit(1)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files in argument order; a folder gives its article files, sorted."""
    from tracker.articles import article_files

    out: list[Path] = []
    for path in paths:
        if str(path) != "-" and path.is_dir():
            out.extend(article_files(path))
        else:
            out.append(path)
    return out


def print_summary(data: dict[str, Any]) -> None:
    """A readable summary of one article's facts."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    source = data["source"]
    console.print(f"[bold]{console_text(str(data['file']))}[/bold]")
    console.print(f"  title: {console_text(source['title'] or '-')}"
                  f"   published: {console_text(str(source['published'] or '-'))}"
                  f"   publisher: {console_text(source['publisher'] or '-')}")
    sections = (
        ("Organizations", "organizations", ("name", "kind", "aliases")),
        ("Alliances", "alliances", ("name", "aliases", "founded", "member_count")),
        ("Memberships", "memberships", ("member", "alliance", "role", "since")),
        ("Events", "events", ("date", "kind", "city", "name")),
        ("Figures", "figures", ("value", "metric", "bound", "text")),
        ("People", "people", ("name", "title", "organization")),
    )
    for title, key, columns in sections:
        rows = data[key]
        if not rows:
            continue
        table = Table(title=title, title_justify="left", show_edge=False)
        for column in columns:
            table.add_column(column)
        for row in rows:
            table.add_row(*(_cell(row.get(column)) for column in columns))
        console.print(table)
    if data["countries"]:
        console.print(f"  countries: {console_text(', '.join(data['countries']))}")
    console.print()


def _cell(value: Any) -> str | Text:
    if value is None:
        return "-"
    if isinstance(value, list):
        return console_cell(", ".join(str(v) for v in value))
    return console_cell(str(value))
