"""Reading the audit log: single changes, and the commands they belong to.

A command's changes share one time stamp (`tracker.audit.command_stamp`); a
command's id is the id of its first change, which `tracker log revert ID`
takes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from tracker.dates import parse_partial_date
from tracker.db import Base
from tracker.errors import InvalidInput, NotFound
from tracker.models import Change
from tracker.models.enums import ChangeAction

DEFAULT_LIMIT = 50


def _filtered(
    query: Select[Any],
    *,
    table: str | None,
    row: int | None,
    actor: str | None,
    since: str | None,
) -> Select[Any]:
    if table:
        if table not in Base.metadata.tables:
            known = ", ".join(sorted(Base.metadata.tables))
            raise InvalidInput(f"unknown table '{table}'; tables are: {known}")
        query = query.where(Change.table_name == table)
    if row is not None:
        query = query.where(Change.row_id == row)
    if actor:
        query = query.where(Change.actor == actor)
    if since:
        first = parse_partial_date(since).first_day
        query = query.where(Change.at >= dt.datetime.combine(first, dt.time(), dt.UTC))
    return query


def list_changes(
    session: Session,
    table: str | None = None,
    row: int | None = None,
    actor: str | None = None,
    since: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Change]:
    """The newest changes first, filtered by table, row id, actor and date."""
    query = select(Change).order_by(Change.id.desc()).limit(limit)
    query = _filtered(query, table=table, row=row, actor=actor, since=since)
    return list(session.scalars(query))


@dataclass(frozen=True)
class FieldChange:
    """One field of one row: its value before and after (None: absent or empty)."""

    name: str
    before: Any
    after: Any


@dataclass(frozen=True)
class CommandEntry:
    """One command of the log and the changes it made (those that matched the filters)."""

    id: int
    at: dt.datetime
    actor: str
    command: str | None
    changes: list[Change] = field(default_factory=list)


def list_commands(
    session: Session,
    *,
    table: str | None = None,
    row: int | None = None,
    actor: str | None = None,
    since: str | None = None,
    command_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[CommandEntry]:
    """The newest commands first, each with its changes that match the filters, in order."""
    matching = _filtered(select(Change.at), table=table, row=row, actor=actor, since=since)
    if command_id is not None:
        first = session.get(Change, command_id)
        if first is None:
            raise NotFound(f"no command {command_id} in the log; see `tracker log`")
        matching = matching.where(Change.at == first.at)
    first_id = func.min(Change.id).label("first_id")
    commands = session.execute(
        select(Change.at, first_id)
        .where(Change.at.in_(matching.scalar_subquery()))
        .group_by(Change.at)
        .order_by(first_id.desc())
        .limit(limit)
    ).all()
    if command_id is not None and commands and commands[0].first_id != command_id:
        raise NotFound(f"no command {command_id} in the log; see `tracker log`")
    stamps = [stamp for stamp, _ in commands]
    changes = session.scalars(
        _filtered(
            select(Change).where(Change.at.in_(stamps)).order_by(Change.id),
            table=table, row=row, actor=actor, since=since,
        )
    ).all()
    by_stamp: dict[Any, list[Change]] = {stamp: [] for stamp in stamps}
    for change in changes:
        by_stamp[change.at].append(change)
    entries = []
    for stamp, first in commands:
        mine = by_stamp[stamp]
        entries.append(CommandEntry(id=first, at=stamp, actor=mine[0].actor,
                                    command=mine[0].command, changes=mine))
    return entries


def field_changes(change: Change) -> list[FieldChange]:
    """The fields a change set, changed or removed: an update's differing fields, an
    insert's filled fields, a delete's filled fields (their after is None)."""
    before, after = change.before or {}, change.after or {}
    if change.action is ChangeAction.UPDATE:
        keys = [k for k in after if before.get(k) != after.get(k)]
    else:
        keys = [k for k, v in (after or before).items() if v is not None and k != "id"]
    return [FieldChange(k, before.get(k), after.get(k)) for k in keys]
