"""`tracker log`: the audit trail of every change."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from tracker.cli.common import JsonOption, print_json, print_table, session, wants_json
from tracker.cli.options import DATES
from tracker.config import INT32_MAX


def log(
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
    limit: Annotated[
        int, typer.Option(help="Show at most this many.", min=1, max=INT32_MAX)
    ] = 50,
    json_output: JsonOption = False,
) -> None:
    """Show the audit log, newest first: when, who, what, and with which command.

    Example: tracker log --table membership --since 2023-11
    """
    from tracker.cli.views import change_row
    from tracker.services.changes import list_changes

    with session(writes=False) as db:
        rows = [change_row(c) for c in list_changes(db, table, row, actor, since, limit)]
    if wants_json(json_output):
        print_json(rows)
        return
    for item in rows:
        item["change"] = _summary(item)
    print_table(
        rows, ["id", "at", "actor", "action", "table", "row", "change", "command"], "Changes"
    )


def _summary(item: dict) -> str:  # type: ignore[type-arg]
    before, after = item["before"] or {}, item["after"] or {}
    if item["action"] == "update":
        changed = [k for k in after if before.get(k) != after.get(k)]
        return ", ".join(f"{k}: {before.get(k)} → {after.get(k)}" for k in changed)
    shown = after or before
    label = shown.get("name") or shown.get("title") or shown.get("code")
    return str(label) if label else json.dumps(shown, ensure_ascii=False)[:80]
