"""`tracker log`: the audit trail, one entry per command; `log revert` and `undo` put it back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.cli.common import JsonOption, done, print_json, session, wants_json
from tracker.cli.options import DATES
from tracker.config import INT32_MAX

if TYPE_CHECKING:
    from tracker.services.changes import CommandEntry

app = typer.Typer(no_args_is_help=False)

SHOWN_PER_COMMAND = 10  # an import makes hundreds of changes; `--command ID` shows them all
LABEL_FIELDS = ("name", "title", "code", "statement")


@app.callback(invoke_without_command=True)
def log(
    ctx: typer.Context,
    table: Annotated[
        str | None, typer.Option(help="Only changes to this table, e.g. membership.")
    ] = None,
    row: Annotated[
        int | None, typer.Option(help="Only changes to the row with this id.", max=INT32_MAX)
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Only changes made by this user.")] = None,
    since: Annotated[
        str | None, typer.Option(help=f"Only changes on or after this date: {DATES}.")
    ] = None,
    command: Annotated[
        int | None,
        typer.Option("--command", help="Only the command with this id, every change shown.",
                     max=INT32_MAX),
    ] = None,
    limit: Annotated[
        int, typer.Option(help="Show at most this many commands.", min=1, max=INT32_MAX)
    ] = 50,
    json_output: JsonOption = False,
) -> None:
    """Show the audit log, newest command first: when, who, the command, and beneath it
    each change field by field (before → after). With --json, the changes, each with
    the id of its command.

    Example: tracker log --table membership --since 2023-11
    """
    if ctx.invoked_subcommand is not None:
        return
    from tracker.cli.views import change_row
    from tracker.services.changes import list_commands

    with session(writes=False) as db:
        entries = list_commands(db, table=table, row=row, actor=actor, since=since,
                                command_id=command, limit=limit)
        if wants_json(json_output):
            print_json([{**change_row(c), "command_id": entry.id}
                        for entry in entries for c in reversed(entry.changes)])
            return
        lines = [line for entry in entries
                 for line in _entry_lines(entry, everything=command is not None)]
    from tracker.printable import visible

    # stored text (names, the actor, the command) shows its control characters, never sends them
    typer.echo("\n".join(visible(line) for line in lines) if lines else "No changes.")


def _entry_lines(entry: CommandEntry, *, everything: bool) -> list[str]:
    """A command's heading line, then one line per change and one per changed field."""
    from tracker.services.changes import field_changes

    count = len(entry.changes)
    heading = (f"#{entry.id}  {entry.at:%Y-%m-%d %H:%M:%S}  {entry.actor}  "
               f"{entry.command or '(no command)'}")
    lines = [heading + (f"  ({count} changes)" if count > 1 else "")]
    shown = entry.changes if everything else entry.changes[:SHOWN_PER_COMMAND]
    for change in shown:
        values = change.after or change.before or {}
        label = next((str(values[k]) for k in LABEL_FIELDS if values.get(k)), "")
        lines.append(f"  {change.action.value} {change.table_name} {change.row_id}"
                     + (f" ({label})" if label else ""))
        if change.action.value == "update" or everything:
            lines += [f"      {f.name}: {_shown(f.before)} → {_shown(f.after)}"
                      for f in field_changes(change)]
    if len(shown) < count:
        lines.append(f"  … and {count - len(shown)} more (tracker log --command {entry.id})")
    return lines


def _shown(value: Any) -> str:
    return "–" if value is None or value == "" else str(value)


@app.command("revert")
def revert(
    command_id: Annotated[int, typer.Argument(help="The command's id, as `tracker log` shows it.")],
    json_output: JsonOption = False,
) -> None:
    """Undo one command's changes, in one transaction; the revert is logged and can be reverted.

    Refused when a later command changed the same rows: revert that one first.

    Example: tracker log revert 12
    """
    from tracker.services.revert import revert_command

    with session() as db:
        reverted = revert_command(db, command_id)
    _report(reverted, json_output)


def undo(json_output: JsonOption = False) -> None:
    """Undo the last command's changes (run it again to redo them).

    Example: tracker undo
    """
    from tracker.services.revert import last_command_id, revert_command

    with session() as db:
        reverted = revert_command(db, last_command_id(db))
    _report(reverted, json_output)


def _report(reverted: Any, json_output: bool) -> None:
    done(
        f"Reverted command {reverted.command_id} ({reverted.command or 'no command'}): "
        f"{reverted.rows} change(s) undone.",
        record={"command_id": reverted.command_id, "command": reverted.command,
                "changes": reverted.rows},
        json_output=json_output,
    )
