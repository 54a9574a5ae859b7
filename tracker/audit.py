"""The audit log, written by the session itself so that no command can forget it.

After every flush, each inserted, updated or deleted row becomes a `change`
row in the same transaction, with the actor and command kept in
`session.info` by `session_scope(engine, actor=..., command=...)`. A rolled
back command therefore leaves no audit rows either.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select
from sqlalchemy.orm import Session

from tracker.db import Base
from tracker.models.change import Change
from tracker.models.enums import ChangeAction

_SKIPPED_COLUMNS = {"created_at", "updated_at"}


def utc(moment: dt.datetime) -> dt.datetime:
    """`moment` in UTC, offset attached. SQLite hands back the naive UTC it stored;
    PostgreSQL an aware time in the session's zone: both become the same value."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def json_value(value: Any) -> Any:
    """A column value as JSON: dates in ISO form, decimals as numbers, enums by value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return utc(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _row(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        column.key: json_value(getattr(obj, column.key))
        for column in mapper.column_attrs
        if column.key not in _SKIPPED_COLUMNS
    }


def _before(obj: Any) -> dict[str, Any]:
    """The row as it was before this flush's changes."""
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.deleted:
            values[attr.key] = json_value(history.deleted[0])
        else:
            values[attr.key] = json_value(getattr(obj, attr.key))
    return values


def command_stamp(session: Session) -> dt.datetime:
    """The one time stamp of every change this session (one command) makes.

    Every flush of a command shares it, so the log can tell one command's
    changes from the next (`services.changes.list_commands`) and undo them
    together, without a column of its own.
    """
    stamp = session.info.get(_STAMP)
    if stamp is None:
        stamp = session.info[_STAMP] = dt.datetime.now(dt.UTC)
    return stamp  # type: ignore[no-any-return]


_STAMP = "audit_at"


def _database_user(session: Session) -> str | None:
    """The PostgreSQL role this session logged in as, asked once per session; None on
    SQLite, which has no roles."""
    if "database_user" not in session.info:
        connection = session.connection()
        session.info["database_user"] = (
            connection.exec_driver_sql("SELECT current_user").scalar()
            if connection.dialect.name == "postgresql"
            else None
        )
    return session.info["database_user"]


def _record(session: Session, _context: Any) -> None:
    actor = str(session.info.get("actor") or "unknown")
    command = session.info.get("command")
    now = command_stamp(session)
    rows: list[dict[str, Any]] = []

    def add(obj: Any, action: ChangeAction, before: Any, after: Any) -> None:
        if isinstance(obj, Change):
            return
        rows.append(
            {
                "at": now,
                "actor": actor,
                "command": command,
                "table_name": obj.__tablename__,
                "row_id": obj.id,
                "action": action,
                "before": before,
                "after": after,
            }
        )

    for obj in session.new:
        add(obj, ChangeAction.INSERT, None, _row(obj))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            before, after = _before(obj), _row(obj)
            if before != after:
                add(obj, ChangeAction.UPDATE, before, after)
    for obj in session.deleted:
        add(obj, ChangeAction.DELETE, _row(obj), None)
    if rows:
        database_user = _database_user(session)
        if database_user is not None:  # SQLite has no roles: the column is left empty
            for row in rows:
                row["database_user"] = database_user
        session.connection().execute(insert(Change), rows)


def mapped_class(table_name: str) -> type[Any] | None:
    """The model class of a table the log names (None: not a table of this version)."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper.class_
    return None


@functools.cache
def referencing(table: Table) -> list[tuple[type[Any], str, str | None]]:
    """(mapped class, attribute key, ON DELETE rule) of each column that refers to `table`."""
    found = []
    for mapper in Base.registry.mappers:
        for attr in mapper.column_attrs:
            for column in attr.columns:
                for key in column.foreign_keys:
                    if key.column.table is table:
                        found.append((mapper.class_, attr.key, key.ondelete))
    return found


def _cascade_in_the_open(session: Session, _context: Any, _instances: Any) -> None:
    """Do the database's ON DELETE CASCADE / SET NULL through the session, so they are logged.

    Left to the database, deleting an organization would silently delete its
    cooperation rows and figures and empty the events it organised: rows the
    audit log (and so undo) never saw. Here each referring row is loaded and
    deleted or emptied first, until no new deletion appears.
    """
    seen: set[int] = set()
    with session.no_autoflush:
        while pending := [obj for obj in session.deleted if id(obj) not in seen]:
            for obj in pending:
                seen.add(id(obj))
                table = inspect(obj).mapper.local_table
                for cls, key, rule in referencing(table):  # type: ignore[arg-type]
                    if rule not in ("CASCADE", "SET NULL"):
                        continue
                    rows = session.scalars(select(cls).where(getattr(cls, key) == obj.id))
                    for row in rows:
                        # the row may already point elsewhere in this session, unflushed
                        if row in session.deleted or getattr(row, key) != obj.id:
                            continue
                        if rule == "CASCADE":
                            session.delete(row)
                        else:
                            setattr(row, key, None)


event.listen(Session, "before_flush", _cascade_in_the_open)
event.listen(Session, "after_flush", _record)
