"""The show and remove steps shared by the commands of records without names of their own
(posts, standards, awards, teaching sites): find by id, print or delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tracker.cli.common import confirm, done, print_json, print_record, session, wants_json

Finder = Callable[[Any, str], Any]


def show_record(
    find: Finder, text: str, row: Callable[[Any], dict[str, Any]], title: str, json_output: bool
) -> None:
    """Print one record found by `find` as a field table (or JSON)."""
    with session(writes=False) as db:
        fields = row(find(db, text))
    if wants_json(json_output):
        print_json(fields)
    else:
        print_record(fields, title=f"{title} {fields['id']}")


def remove_record(
    find: Finder,
    text: str,
    *,
    remove: Callable[[Any, Any], None],
    describe: Callable[[Any], str],
    yes: bool,
) -> None:
    """Delete one record after confirmation, and say which."""
    with session() as db:
        record = find(db, text)
        described = describe(record)
        confirm(f"Delete {described}?", yes)
        remove(db, record)
        done(f"Removed {described}.")


def write_done(db: Any, verb: str, record: Any, *, describe: Callable[[Any], str],
               row: Callable[[Any], dict[str, Any]], json_output: bool) -> None:
    """The line (or JSON record, id included) a successful add or edit ends with."""
    db.flush()  # to report a new record's id
    done(f"{verb} {describe(record)}.", record=row(record), json_output=json_output)
