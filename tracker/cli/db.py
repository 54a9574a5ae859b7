"""`tracker db`: create, upgrade and export the database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import JsonOption, done, session
from tracker.cli.nouns import GROUP_HELP

app = typer.Typer(help=GROUP_HELP["db"])


def _raw_engine(*, writes: bool = True):  # type: ignore[no-untyped-def]
    """An engine without the schema check (these commands fix or report the schema)."""
    from sqlalchemy.exc import ArgumentError

    from tracker.cli.common import DatabaseUnavailable, database_location
    from tracker.config import masked
    from tracker.db import make_engine

    url = database_location(writes=writes)
    try:
        return make_engine(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseUnavailable(f"'{masked(url)}' is not a database URL") from None


@app.command("upgrade")
def upgrade(
    revision: Annotated[
        str, typer.Argument(help="Target revision (default: the newest).")
    ] = "head",
) -> None:
    """Create the database or bring its schema up to date.

    Example: tracker db upgrade
    """
    from tracker import migrate

    engine = _raw_engine()
    migrate.upgrade(engine, revision)
    done(f"Database schema is at {migrate.current_revision(engine)}.")


@app.command("downgrade")
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. 0001, or base.")],
) -> None:
    """Take the schema back to an older revision (base removes every table).

    Example: tracker db downgrade base
    """
    from tracker import migrate

    engine = _raw_engine()
    migrate.downgrade(engine, revision)
    done(f"Database schema is at {migrate.current_revision(engine) or 'base (empty)'}.")


@app.command("current")
def current() -> None:
    """Print the schema revision of the database and the one this tracker needs.

    Example: tracker db current
    """
    from tracker import migrate

    revision = migrate.current_revision(_raw_engine(writes=False))
    typer.echo(f"database: {revision or 'empty'}; tracker needs: {migrate.SCHEMA_HEAD}")


@app.command("info")
def info(json_output: JsonOption = False) -> None:
    """Which database is in use: its URL (password hidden), engine, schema revision
    and how many records each table holds.

    Example: tracker --db sqlite:///office.sqlite db info
    """
    from dataclasses import asdict

    from sqlalchemy.exc import DBAPIError

    from tracker.cli.common import DatabaseUnavailable, driver_reason, print_json, wants_json
    from tracker.services.database import database_info

    opened = _raw_engine(writes=False)
    try:
        found = database_info(opened)
    except DBAPIError as error:
        where = opened.url.render_as_string(hide_password=True)
        raise DatabaseUnavailable(
            f"cannot open the database {where}: {driver_reason(error)}"
        ) from None
    finally:
        opened.dispose()
    if wants_json(json_output):
        print_json(asdict(found))
        return
    typer.echo(f"URL:      {found.url}")
    typer.echo(f"Engine:   {found.engine} {found.server_version}".rstrip())
    typer.echo(
        f"Schema:   {found.revision or 'none (empty database)'}; "
        f"tracker needs {found.needed_revision}"
    )
    typer.echo("Records:")
    for table, count in found.counts.items():
        typer.echo(f"  {table.replace('_', ' '):<22} {count:>8,}")


@app.command("export")
def export(
    file: Annotated[Path, typer.Argument(help="File to write.", dir_okay=False)],
    format_: Annotated[
        str, typer.Option("--format", help="json: every table, for backups; xlsx: the "
                          "records as a workbook `tracker load` reads back.")
    ] = "json",
    lang: Annotated[
        str, typer.Option("--lang", help="The xlsx workbook's headers in English (en) or "
                          "Chinese (zh).")
    ] = "en",
) -> None:
    """Write the whole database to a JSON file (stable order: tables, then rows by id),
    or its records to a workbook in the layout `tracker load` reads.

    Example: tracker db export backup.json

    Example: tracker db export records.xlsx --format xlsx --lang zh
    """
    from tracker.errors import InvalidInput

    if format_ not in ("json", "xlsx") or lang not in ("en", "zh"):
        raise InvalidInput(f"--format is json or xlsx and --lang en or zh, not "
                           f"'{format_ if format_ not in ('json', 'xlsx') else lang}'")
    with session(writes=False) as db:
        if format_ == "xlsx":
            from tracker.load.workbook import export_workbook

            count = export_workbook(db, file, lang=lang)
        else:
            from tracker.services.export import write_export

            count = write_export(db, file)
    done(f"Exported {count} rows to {file}.")


@app.command("backup")
def backup(
    file: Annotated[Path, typer.Argument(help="New SQLite file to write.", dir_okay=False)],
) -> None:
    """Copy a SQLite database to a new file, consistently even while others write to it
    (SQLite's online backup API). For PostgreSQL use `tracker db export`.

    Example: tracker db backup ~/backups/tracker-2024-01-31.sqlite
    """
    from tracker.cli.common import engine
    from tracker.services.backup import backup_sqlite

    opened = engine(writes=False)
    try:
        size = backup_sqlite(opened, file)
    finally:
        opened.dispose()
    done(f"Backed up the database to {file} ({size:,} bytes).")


@app.command("restore")
def restore(
    file: Annotated[Path, typer.Argument(help="JSON file written by `tracker db export`.")],
) -> None:
    """Load a `db export` file into an empty database (a new SQLite file or a new
    PostgreSQL database), ids and audit log included.

    Example: tracker --db sqlite:///restored.sqlite db restore backup.json
    """
    from tracker.services.backup import read_export, restore_database

    document = read_export(file)  # read and checked before the database is touched
    with session() as db:
        count = restore_database(db, document)
    done(f"Restored {count} rows from {file}.")
