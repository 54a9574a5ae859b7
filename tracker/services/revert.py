"""Undo: put back what one command changed, from the audit log's before and after.

A command is every `change` row that shares its time stamp (see
`tracker.audit.command_stamp`); its id is the id of its first change. The
revert runs through the session like any other command, so it is logged and
can itself be reverted (a redo).
"""

from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Float, Numeric, func, inspect, select, tuple_
from sqlalchemy.orm import Mapper, Session

from tracker.audit import command_stamp, mapped_class
from tracker.db import Base
from tracker.errors import Conflict, NotFound
from tracker.models import Change, Citation


@dataclass(frozen=True)
class Reverted:
    """What a revert did: the command it reverted and how many rows it put back."""

    command_id: int
    command: str | None
    rows: int


def last_command_id(session: Session) -> int:
    """The id of the newest command in the log."""
    newest = session.scalars(select(Change).order_by(Change.id.desc()).limit(1)).first()
    if newest is None:
        raise NotFound("nothing to undo: the log is empty")
    return command_id_of(session, newest)


def command_id_of(session: Session, change: Change) -> int:
    """The id of the command `change` belongs to: the first change of its command."""
    return int(session.scalar(select(func.min(Change.id)).where(Change.at == change.at)) or 0)


def command_changes(session: Session, command_id: int) -> list[Change]:
    """The changes of the command whose first change is `command_id`, in order."""
    first = session.get(Change, command_id)
    if first is None or command_id_of(session, first) != command_id:
        raise NotFound(f"no command {command_id} in the log; see `tracker log`")
    return list(session.scalars(select(Change).where(Change.at == first.at).order_by(Change.id)))


@dataclass(frozen=True)
class _RowChange:
    """One row's net change in a command: as it was before it, as it was after (None: absent)."""

    table_name: str
    row_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    last_change: int


def _net(changes: list[Change]) -> list[_RowChange]:
    """Each row once, however many times the command changed it."""
    rows: dict[tuple[str, int], _RowChange] = {}
    for change in changes:
        key = (change.table_name, change.row_id)
        first = rows.get(key)
        before = change.before if first is None else first.before
        rows[key] = _RowChange(change.table_name, change.row_id, before, change.after, change.id)
    return list(rows.values())


def revert_command(session: Session, command_id: int) -> Reverted:
    """Undo the command `command_id` in this session's transaction.

    Rows it deleted come back first (parents before children), then rows it
    updated get their old values, then rows it added go (children first), so
    every step's references hold. Refuses (Conflict) when a later command
    changed one of the same rows, or when undoing would touch a row the
    command did not (a row added later that refers to one it added).
    """
    changes = command_changes(session, command_id)
    _refuse_if_changed_later(session, changes)
    order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
    # a citation points at any row by table name and id, not by a foreign key, and goes
    # with its subject (tracker.citations): it comes back after it, and goes before it
    order[Citation.__tablename__] = len(order)
    rows = [r for r in _net(changes) if r.before is not None or r.after is not None]
    restores = sorted((r for r in rows if r.after is None), key=lambda r: order[r.table_name])
    updates = [r for r in rows if r.before is not None and r.after is not None]
    removals = sorted((r for r in rows if r.before is None), key=lambda r: -order[r.table_name])
    for row in [*restores, *updates, *removals]:
        _undo(session, row)
        session.flush()  # one row at a time, so each step's references are checked in order
    _refuse_if_spread(session, changes)
    return Reverted(command_id=command_id, command=changes[0].command, rows=len(rows))


def _refuse_if_changed_later(session: Session, changes: list[Change]) -> None:
    rows = {(c.table_name, c.row_id) for c in changes}
    later = session.scalars(
        select(Change)
        .where(
            Change.id > changes[-1].id,
            Change.at != changes[0].at,
            tuple_(Change.table_name, Change.row_id).in_(list(rows)),
        )
        .order_by(Change.id)
        .limit(1)
    ).first()
    if later is not None:
        raise Conflict(
            f"command {command_id_of(session, later)} ({later.command or 'no command'}, "
            f"by {later.actor}) later changed {later.table_name} {later.row_id}; "
            "revert it first"
        )


def _refuse_if_spread(session: Session, changes: list[Change]) -> None:
    """The revert's own changes must stay within the rows the command changed."""
    rows = {(c.table_name, c.row_id) for c in changes}
    stamp = command_stamp(session)
    for mine in session.scalars(select(Change).where(Change.at == stamp).order_by(Change.id)):
        if (mine.table_name, mine.row_id) not in rows:
            raise Conflict(
                f"undoing it would also change {mine.table_name} {mine.row_id}, "
                "which a later command refers to; revert that command first"
            )


def _mapper(table_name: str) -> Mapper[Any]:
    model = mapped_class(table_name)
    if model is None:
        raise Conflict(f"the log names table '{table_name}', which this version does not have")
    return inspect(model)


def _undo(session: Session, row: _RowChange) -> None:
    mapper = _mapper(row.table_name)
    current = session.get(mapper.class_, row.row_id)
    where = f"{row.table_name} {row.row_id}"
    if row.after is None:
        if current is not None:
            raise Conflict(f"{where} exists again; it cannot be put back")
        restored = mapper.class_()
        for key, value in (row.before or {}).items():
            setattr(restored, key, _from_json(mapper, key, value))
        session.add(restored)
        return
    if current is None:
        raise Conflict(f"{where} is gone; change {row.last_change} cannot be undone")
    if not _matches(mapper, current, row.after):
        raise Conflict(f"{where} was changed outside the log since change {row.last_change}")
    if row.before is None:
        session.delete(current)
        return
    for key, value in row.before.items():
        if row.after.get(key) != value:
            setattr(current, key, _from_json(mapper, key, value))


def _matches(mapper: Mapper[Any], obj: Any, values: dict[str, Any]) -> bool:
    from tracker.audit import json_value

    return all(json_value(getattr(obj, key)) == value for key, value in values.items()
               if key in mapper.column_attrs)


def _from_json(mapper: Mapper[Any], key: str, value: Any) -> Any:
    """A value of the log's JSON back in its column's Python type."""
    if value is None or key not in mapper.column_attrs:
        return value
    column_type = mapper.column_attrs[key].columns[0].type
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column_type, Numeric) and not isinstance(column_type, Float):
        return decimal.Decimal(str(value))
    return value



