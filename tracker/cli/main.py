"""The root `tracker` command: global options, sub-commands, the error boundary.

Only Typer is imported at start-up; every noun module imports its services
inside its commands, so `tracker --help` stays fast.
"""

from __future__ import annotations

import functools
import shlex
import sys
from typing import Annotated, Any

import typer
from typer import _click as click  # Typer's own copy of Click, which it calls
from typer.core import TyperGroup

from tracker import __version__
from tracker.cli import coercion, collector, light_help
from tracker.cli.lazy import BuildSettings, LazyCommands, RootEntry, build_once
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.state import AppState, reset_state, state
from tracker.errors import TrackerError
from tracker.printable import hide_passwords, visible

HELP_OPTIONS = ["-h", "--help"]  # sub-commands inherit them from the root's context


coercion.install()
light_help.install()

# The root's commands, as its help lists them; each is built when a command line names
# it (tracker/cli/lazy.py). Commands added with `app.add_typer` / `app.command` work too.
ROOT = (
    RootEntry("log", "tracker.cli.log"),
    RootEntry("undo", "tracker.cli.log", "undo"),
    RootEntry("extract", "tracker.cli.extract", "extract"),
    RootEntry("import", "tracker.cli.import_", "import_"),
    RootEntry("load", "tracker.cli.load", "load"),
    *(
        RootEntry(name, f"tracker.cli.{name}", help=GROUP_HELP[name])
        for name in (
            "org",
            "report",
            "alliance",
            "member",
            "event",
            "person",
            "country",
            "group",
            "coop",
            "figure",
            "source",
            # the records of the International Influence Table
            "post",
            "standard",
            "award",
            "site",
            "db",
        )
    ),
)


class TrackerGroup(TyperGroup):
    """The root group, and the one error boundary of the command line.

    A `TrackerError` from any command becomes `Error: ...` on stderr and its
    exit status (2 bad input, 1 not found or conflict); `--debug` re-raises.
    Living in the group (not only in `run`) keeps it active under test runners.
    Its commands are built on first use (`LazyCommands`).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        settings = BuildSettings(
            pretty_exceptions_short=app.pretty_exceptions_short,
            rich_markup_mode=self.rich_markup_mode,
            suggest_commands=self.suggest_commands,
        )
        entries = [entry for entry in ROOT if entry.name not in self.commands]
        self.commands = LazyCommands(
            {entry.name: functools.partial(build_once, entry, settings) for entry in entries},
            built=self.commands,
            listings={entry.name: entry.listing for entry in entries},
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)  # the names only: building them is for get_command

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = self.commands
        assert isinstance(commands, LazyCommands)
        commands.listing = True  # the list of groups needs their help text, not the groups
        try:
            super().format_help(ctx, formatter)
        finally:
            commands.listing = False

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["tracker.argv"] = list(args)  # the command as typed, for the audit log
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TrackerError as error:
            if state().debug:
                raise
            typer.echo(f"Error: {visible(hide_passwords(str(error)))}", err=True)
            raise typer.Exit(error.exit_code) from None
        except OverflowError:
            # an integer option beyond 64 bits reached a lookup (writes are checked before,
            # by tracker.limits); SQLite's driver cannot bind it
            if state().debug:
                raise
            typer.echo("Error: a number given is too large (the limit is 2^63 - 1)", err=True)
            raise typer.Exit(2) from None
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.exceptions.UsageError as error:
            # a sub-command's bad option or argument: one line too, not a usage panel
            if state().debug:
                raise
            where = error.ctx.command_path if error.ctx else "tracker"
            message = visible(hide_passwords(error.format_message()))
            typer.echo(f"Error: {message} (see `{where} --help`)", err=True)
            raise typer.Exit(2) from None
        except Exception as error:
            # a database that cannot be reached or refuses, outside a command's session
            # (schema commands, a lock held too long): one line, password hidden
            reason = _database_failure(error)
            if reason is None or state().debug:
                raise
            typer.echo(f"Error: {visible(hide_passwords(reason))}", err=True)
            raise typer.Exit(1) from None


def _database_failure(error: Exception) -> str | None:
    """The one line for a database driver's error, or None for any other exception.

    A command that never imported sqlalchemy (help, --version: click ends them with an
    exception too) cannot have a driver's error, and start-up stays light.
    """
    if "sqlalchemy" not in sys.modules:
        return None
    from sqlalchemy.exc import DBAPIError, OperationalError

    if not isinstance(error, DBAPIError):
        return None
    orig = error.orig if error.orig is not None else error
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    if isinstance(error, OperationalError):
        return f"the database is unavailable: {first}"
    return f"the database refused the command: {first}"


app = typer.Typer(
    name="tracker",
    cls=TrackerGroup,
    help=(
        "Keep the international office's alliances, memberships and roles, events, "
        "partners, countries, figures and sources; seed them from news articles; "
        "produce the yearly cooperation report."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": HELP_OPTIONS},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
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
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    words = _without_global_options(ctx.meta.get("tracker.argv", []))
    command = " ".join(["tracker", *(shlex.quote(word) for word in words)])
    new = AppState(db_url=db, json=json_output, debug=debug, command=command)
    if actor:
        new.actor = actor
    reset_state(new)


_GLOBAL_WITH_VALUE = ("--db", "--actor")
_GLOBAL_FLAGS = ("--json", "--debug")


def _without_global_options(words: list[str]) -> list[str]:
    """The command for the audit log: without --db (it may hold a password) and the like."""
    kept: list[str] = []
    skip_next = False
    for word in words:
        if skip_next:
            skip_next = False
        elif word in _GLOBAL_WITH_VALUE:
            skip_next = True
        elif not word.startswith(tuple(f"{o}=" for o in _GLOBAL_WITH_VALUE)) and (
            word not in _GLOBAL_FLAGS or kept
        ):
            kept.append(word)
    return kept


def run() -> None:
    """Console-script entry: run the app; an interrupt is one line, not a traceback."""
    collector.hold()  # start-up's objects live to the end: no use scanning them (collector.py)
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Interrupted; nothing more was changed.", err=True)
        sys.exit(130)
