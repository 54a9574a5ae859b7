"""What every command shares: opening the database, option types, printing tables and JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.cli.state import state
from tracker.errors import TrackerError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


class DatabaseUnavailable(TrackerError):
    """The database cannot be opened (bad URL, server down, missing folder)."""


def engine() -> Engine:
    """The engine for --db / TRACKER_DATABASE_URL / the default file, schema checked."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    from tracker.config import database_url
    from tracker.db import make_engine

    url = database_url(state().db_url)
    try:
        made = make_engine(url)
        _ensure_schema(made)
    except ArgumentError:
        raise DatabaseUnavailable(f"'{url}' is not a database URL") from None
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise DatabaseUnavailable(f"cannot open the database {url}: {reason}") from None
    return made


MIGRATION_WAIT_SECONDS = 30


def _ensure_schema(made: Engine) -> None:
    """`ensure_current`, safe when several processes find a brand-new database at once.

    Each of them starts to migrate it; all but the first lose the race (a
    CREATE finds the table made, or the check finds tables without a version
    yet). A loser waits for the winner's migration to finish, then carries on.
    """
    import time

    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    from tracker.errors import SchemaOutOfDate
    from tracker.migrate import SCHEMA_HEAD, current_revision, ensure_current

    try:
        ensure_current(made)
    except (DBAPIError, SchemaOutOfDate):
        # Alembic creates alembic_version before anything else: without it, no tracker
        # migration is under way (a foreign database, a server down) and waiting is pointless
        if current_revision(made) not in (None, SCHEMA_HEAD) or (
            "alembic_version" not in inspect(made).get_table_names()
        ):
            raise
        deadline = time.monotonic() + MIGRATION_WAIT_SECONDS
        while current_revision(made) != SCHEMA_HEAD:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextmanager
def session() -> Iterator[Session]:
    """One transaction for one command: committed on success, rolled back on error."""
    from sqlalchemy.exc import IntegrityError

    from tracker.db import session_scope

    current = state()
    opened_engine = engine()
    try:
        with session_scope(opened_engine, actor=current.actor, command=current.command) as opened:
            yield opened
    except IntegrityError as error:
        # the services check first; this is the database's own refusal, kept as a backstop
        reason = str(error.orig).strip().splitlines()[0] if error.orig else "constraint failed"
        raise ConflictInDatabase(f"the database refused the change: {reason}") from None
    finally:
        opened_engine.dispose()


class ConflictInDatabase(TrackerError):
    """A constraint of the database refused the change."""


def wants_json(flag: bool) -> bool:
    return flag or state().json


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_rows(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str, json_output: bool
) -> None:
    """What every list command ends with: the rows as JSON when asked for, else a table."""
    if wants_json(json_output):
        print_json(rows)
    else:
        print_table(rows, columns, title)


def print_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None = None
) -> None:
    """A rich table of `rows` restricted to `columns`; an empty list says so."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        console.print(f"[dim]No {title.lower() if title else 'rows'}.[/dim]")
        return
    table = Table(title=title, title_justify="left", header_style="bold")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c), c) for c in columns))
    console.print(table)


_CODE_COLUMNS = {"role", "current_role", "kind", "action", "metric", "bound", "scope"}


def _cell(value: Any, column: str) -> str:
    """A table cell; vocabulary codes read as words (executive council member)."""
    if value is None:
        return ""
    text = str(value)
    return text.replace("_", " ") if column in _CODE_COLUMNS else text


def print_record(fields: dict[str, Any], title: str | None = None) -> None:
    """One record as a two-column table of field and value."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    for key, value in fields.items():
        table.add_row(key.replace("_", " "), "" if value is None else str(value))
    Console().print(table)


def done(message: str) -> None:
    """A one-line report of what a write command did."""
    typer.echo(message)


def confirm(question: str, yes: bool) -> None:
    """Ask before a big change; without a terminal, refuse unless --yes was given."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise NeedsConfirmation(f"{question} Re-run with --yes to confirm.")
    if not typer.confirm(question, default=False):
        raise typer.Exit(1)


class NeedsConfirmation(TrackerError):
    exit_code = 2
