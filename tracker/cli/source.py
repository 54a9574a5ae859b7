"""`tracker source`: the articles and documents facts come from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    done,
    print_json,
    print_record,
    print_rows,
    print_table,
    session,
    wants_json,
)
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import DATES, YEAR

app = typer.Typer(help=GROUP_HELP["source"])

SourceArgument = Annotated[str, typer.Argument(help="Source id, URL or title.")]


@app.command("add")
def add(
    title: Annotated[str | None, typer.Option(help="Title of the article or document.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it is published.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    published: Annotated[str | None, typer.Option(help=f"When: {DATES}.")] = None,
    author: Annotated[str | None, typer.Option(help="Who wrote it.")] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", help="UTF-8 text file with its full text.", dir_okay=False),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Record a source by hand (`tracker import` reads articles for you).

    Example: tracker source add --title "SZPU joined the Alliance" \\
        --publisher SZPU --published 2023-11-17 \\
        --url https://www.szpu.edu.cn/news/1234
    """
    from tracker.cli.views import source_row
    from tracker.services.source import add_source, read_text_file

    text = read_text_file(file) if file is not None else None
    with session() as db:
        record = add_source(db, title, url, publisher, published, author, text)
        db.flush()  # to report the new id
        done(
            f"Added source {record.id}: {record.title or record.url or 'untitled text'}.",
            record=source_row(record),
            json_output=json_output,
        )


@app.command("list")
def list_(
    publisher: Annotated[str | None, typer.Option(help="Only this publisher.")] = None,
    year: Annotated[
        int | None, typer.Option(help="Only published in this year.", **YEAR)
    ] = None,
    text: Annotated[
        str | None, typer.Option("--title", help="Only titles or URLs containing this.")
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List sources, newest first.

    Example: tracker source list --publisher SZPU --year 2023
    """
    from tracker.cli.views import source_row
    from tracker.services.source import list_sources

    with session(writes=False) as db:
        rows = [source_row(s) for s in list_sources(db, publisher, year, text)]
    print_rows(rows, ["id", "published", "publisher", "title", "url"], "Sources", json_output)


@app.command("show")
def show(source: SourceArgument, json_output: JsonOption = False) -> None:
    """Show a source and every fact linked to it.

    Example: tracker source show 1
    """
    from tracker.cli.impact_views import impact_rows
    from tracker.cli.views import (
        cooperation_row,
        event_row,
        figure_row,
        membership_row,
        source_row,
        term_row,
    )
    from tracker.services.source import describe, facts_of
    from tracker.services.source import source as find_source

    with session(writes=False) as db:
        found = find_source(db, source)
        record = source_row(found)
        facts = facts_of(db, found)
        record["memberships"] = [membership_row(m) for m in facts.memberships]
        record["terms"] = [term_row(t) for t in facts.terms]
        record["events"] = [event_row(e) for e in facts.events]
        record["cooperation"] = [cooperation_row(c) for c in facts.cooperation]
        record["figures"] = [figure_row(f) for f in facts.figures]
        record.update(impact_rows(facts))
        record["citations"] = [
            {**describe(db, c.subject_table, c.subject_id), "evidence": c.evidence}
            for c in facts.citations
        ]
    if wants_json(json_output):
        print_json(record)
        return
    print_record(
        {k: v for k, v in record.items() if not isinstance(v, list)},
        title=record["title"] or record["url"],
    )
    print_table(record["memberships"], ["organization", "alliance", "joined"], "Memberships")
    print_table(record["terms"], ["organization", "alliance", "role", "start", "end"], "Roles")
    print_table(record["events"], ["id", "when", "title"], "Events")
    print_table(
        record["cooperation"], ["id", "kind", "organization", "partner", "country"], "Cooperation"
    )
    print_table(record["figures"], ["id", "about", "metric", "value", "bound", "as_of"], "Figures")
    print_table(record["posts"], ["id", "person", "body", "role", "title"], "Posts")
    print_table(record["standards"], ["id", "kind", "title", "country"], "Standards adopted")
    print_table(record["awards"], ["id", "competition", "title", "level"], "Awards")
    print_table(record["sites"], ["id", "name", "kind", "country"], "Teaching sites")
    print_table(record["citations"], ["table", "id", "label", "evidence"], "Citations")


def _clearable(what: str) -> object:
    return typer.Option(help=f"{what}; '' clears it.")


@app.command("edit")
def edit(
    source: SourceArgument,
    title: Annotated[str | None, _clearable("Title")] = None,
    url: Annotated[str | None, _clearable("Web address")] = None,
    publisher: Annotated[str | None, _clearable("Publisher")] = None,
    published: Annotated[str | None, _clearable(f"Published: {DATES}")] = None,
    author: Annotated[str | None, _clearable("Author")] = None,
    json_output: JsonOption = False,
) -> None:
    """Correct a source's title, address, publisher, date or author.

    Example: tracker source edit 3 --publisher "SZPU News Centre" --author ''
    """
    from tracker.cli.views import source_row
    from tracker.errors import InvalidInput
    from tracker.services.source import source as find_source
    from tracker.services.source_edit import SourceEdit, edit_source

    if all(v is None for v in (title, url, publisher, published, author)):
        raise InvalidInput(
            "nothing to change: give --title, --url, --publisher, --published or --author")
    with session() as db:
        record = edit_source(db, find_source(db, source), SourceEdit(
            title=title, url=url, publisher=publisher, published=published, author=author))
        done(f"Updated source {record.id}.", record=source_row(record), json_output=json_output)


@app.command("remove")
def remove(
    source: SourceArgument,
    with_records: Annotated[
        bool,
        typer.Option("--with-records", help="Also delete the records only this source supports."),
    ] = False,
    yes: YesOption = False,
) -> None:
    """Delete a source (an empty or wrong one) and its citations. The records only it
    supports are listed and kept, without a source, unless --with-records is given.

    Example: tracker source remove 4 --yes
    """
    from tracker.services.source import source as find_source
    from tracker.services.source_edit import alone_supported, removable, remove_source

    with session() as db:
        found = find_source(db, source)
        alone = alone_supported(db, found)
        going = removable(db, alone) if with_records else []
        for item in alone:
            fate = "deleted" if item in going else "kept"
            label = getattr(item.record, "name", None) or getattr(item.record, "title", None)
            typer.echo(f"  {item.table} {item.id}" + (f" ({label})" if label else "")
                       + f": only this source supports it; {fate}")
        what = f"source {found.id} ({found.title or found.url or 'untitled'})"
        extra = f" and {len(going)} record(s) only it supports" if going else ""
        confirm(f"Delete {what}{extra}?", yes)
        remove_source(db, found, with_records=going)
        done(f"Removed {what}{extra}.")
