"""The root `tracker` command: global options, sub-commands, the error boundary.

Only Typer is imported at start-up; every noun module imports its services
inside its commands, so `tracker --help` stays fast.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from tracker.cli.state import AppState, reset_state, state
from tracker.errors import TrackerError

app = typer.Typer(
    name="tracker",
    help=(
        "Keep the international office's alliances, memberships and roles, events, "
        "partners, countries, figures and sources; seed them from news articles; "
        "produce the yearly cooperation report."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


@app.callback()
def root(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="TRACKER_DATABASE_URL",
            help="Database URL (sqlite:///file.db, postgresql://...). "
            "Default: a SQLite file in your user data folder.",
            show_envvar=True,
        ),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option("--actor", help="Name recorded in the audit log (default: your OS user)."),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print lists and records as JSON, for scripts.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an error.")
    ] = False,
) -> None:
    new = AppState(db_url=db, json=json_output, debug=debug)
    if actor:
        new.actor = actor
    reset_state(new)


def _register() -> None:
    """Attach each noun's sub-app. Each module imports only Typer at the top."""
    from tracker.cli import extract

    app.command("extract")(extract.extract)


_register()


def run() -> None:
    """Console-script entry: run the app and turn user errors into one line."""
    try:
        app()
    except TrackerError as error:
        if state().debug:
            raise
        typer.echo(f"Error: {error}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        typer.echo("Interrupted; nothing more was changed.", err=True)
        sys.exit(130)
