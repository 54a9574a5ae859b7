"""What every command shares: opening the database, option types, printing tables and JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.cli import collector
from tracker.cli.state import state
from tracker.errors import TrackerError
from tracker.printable import console_cell, console_text, visible

if TYPE_CHECKING:
    from rich.text import Text
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


class DatabaseUnavailable(TrackerError):
    """The database cannot be opened (bad URL, server down, missing folder)."""


def engine(*, writes: bool = True) -> Engine:
    """The engine for --db / TRACKER_DATABASE_URL / the default file, schema checked.

    A command that only reads (`writes=False`) refuses a SQLite file that does
    not exist, so a mistyped --db is not answered with "No organizations.";
    a command that writes creates it, and says so once on stderr.
    """
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from tracker.config import masked, sqlite_file
    from tracker.db import make_engine

    url = database_location(writes=writes)
    path = sqlite_file(url)
    try:
        made = make_engine(url)
        created = _ensure_schema(made)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseUnavailable(f"'{masked(url)}' is not a database URL") from None
    except DBAPIError as error:
        raise DatabaseUnavailable(
            f"cannot open the database {masked(url)}: {driver_reason(error)}"
        ) from None
    collector.release()  # the command's models and engine are in place (collector.py)
    if created:
        where = path if path is not None else masked(url)
        typer.echo(f"Created a new tracker database at {where}.", err=True)
    return made


def database_location(*, writes: bool) -> str:
    """The database URL; refuses to read a SQLite file that is not there, or to create
    one in a folder that is not there."""
    from tracker.config import database_url, sqlite_file
    from tracker.errors import NotFound

    url = database_url(state().db_url)
    path = sqlite_file(url)
    if path is None or path.exists():
        return url
    if not writes:
        raise NotFound(
            f"no database at {path}; check --db, or create it with `tracker --db {url} db upgrade`"
        )
    if not path.parent.is_dir():
        raise NotFound(
            f"cannot create the database {path}: the folder {path.parent} does not exist"
        )
    return url


def driver_reason(error: Exception) -> str:
    """The first line of a driver's error, which is the part a person can act on."""
    orig = getattr(error, "orig", None)
    text = str(orig if orig is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


MIGRATION_WAIT_SECONDS = 30


def _ensure_schema(made: Engine) -> bool:
    """`ensure_current` (True when it created the schema), safe when several
    processes find a brand-new database at once.

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
        return ensure_current(made)
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
        return False


@contextmanager
def session(*, writes: bool = True) -> Iterator[Session]:
    """One transaction for one command: committed on success, rolled back on error.

    `writes=False` for a command that only reads (see `engine`).
    """
    from sqlalchemy.exc import DBAPIError, IntegrityError

    from tracker.db import session_scope

    current = state()
    opened_engine = engine(writes=writes)
    try:
        with session_scope(
            opened_engine, writes=writes, actor=current.actor, command=current.command
        ) as opened:
            yield opened
    except IntegrityError as error:
        # the services check first; this is the database's own refusal, kept as a backstop
        reason = str(error.orig).strip().splitlines()[0] if error.orig else "constraint failed"
        raise ConflictInDatabase(f"the database refused the change: {reason}") from None
    except DBAPIError as error:
        # a read-only file, a full disk, a lost server: one line, and the rollback happened
        reason = driver_reason(error)
        raise DatabaseUnavailable(f"the database refused the command: {reason}") from None
    finally:
        opened_engine.dispose()


class ConflictInDatabase(TrackerError):
    """A constraint of the database refused the change."""


def wants_json(flag: bool) -> bool:
    return flag or state().json


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_rows(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str, json_output: bool,
    *, drop: Sequence[str] | None = None,
) -> None:
    """What every list command ends with: the rows as JSON when asked for, else a table
    (`drop`: see `print_table`)."""
    if wants_json(json_output):
        print_json(rows)
    else:
        print_table(rows, columns, title, drop=drop)


def print_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None = None, *,
    drop: Sequence[str] | None = None,
) -> None:
    """A rich table of `rows` restricted to `columns`; an empty list says so.

    The table fits the terminal without breaking a word or a date (`tracker.terminal`);
    when it cannot, the columns in `drop` (least needed first; default: from the right,
    all but the first two) are left out, and its caption says so.
    """
    from rich.console import Console

    from tracker.terminal import fitted_table

    console = Console()
    if not rows:
        console.print(f"[dim]No {console_text(title.lower()) if title else 'rows'}.[/dim]")
        return
    cells = [[_cell(row.get(c), c) for c in columns] for row in rows]
    plain = [[str(cell) for cell in row] for row in cells]  # a Text's str is its plain text
    order = list(drop) if drop is not None else list(reversed(columns[2:]))
    table, layout = fitted_table(
        [column.replace("_", " ") for column in columns], plain, console.width,
        drop=[columns.index(c) for c in order], title=console_cell(title) if title else None,
        title_justify="left", header_style="bold")
    for row in cells:
        table.add_row(*layout.pick(row))
    console.print(table)


_CODE_COLUMNS = {"role", "current_role", "kind", "action", "metric", "bound", "scope"}


def _cell(value: Any, column: str) -> str | Text:
    """A table cell; vocabulary codes read as words (executive council member); stored
    text printed as typed (see tracker.printable)."""
    if value is None:
        return ""
    text = str(value)
    return console_cell(text.replace("_", " ") if column in _CODE_COLUMNS else text)


def print_record(fields: dict[str, Any], title: str | None = None) -> None:
    """One record as a two-column table of field and value."""
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=console_cell(title) if title else None,
        title_justify="left",
        show_header=False,
        box=None,
    )
    table.add_column(style="bold")
    table.add_column()
    for key, value in fields.items():
        shown = "" if value is None else console_cell(str(value), multiline=True)
        table.add_row(console_cell(key.replace("_", " ")), shown)
    Console().print(table)


def done(message: str, *, record: dict[str, Any] | None = None, json_output: bool = False) -> None:
    """A one-line report of what a write command did; with --json, the record it wrote
    (id included), so a script can learn it."""
    if record is not None and wants_json(json_output):
        print_json(record)
    else:
        typer.echo(visible(message, multiline=True))


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
