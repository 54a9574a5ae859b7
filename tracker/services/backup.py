"""Backups: a consistent copy of a live SQLite file, and restoring a `db export` JSON.

Restore policy: a restore goes only into a database that holds no records of
its own, i.e. a freshly migrated one (an empty database is migrated first by
the CLI). Its reference rows (roles, countries, country groups), which the
migrations loaded, are deleted and replaced by the export's, so that the
restored database is the exported one row for row, ids included: export,
restore, export again gives identical files. Rows are written with Core
inserts, not the ORM, so the restore adds nothing to the audit log; the
export's own audit log comes back as it was.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Engine,
    Enum,
    Integer,
    Numeric,
    String,
    Table,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from tracker.audit import utc
from tracker.db import Base
from tracker.errors import AlreadyExists, Conflict, InvalidInput
from tracker.limits import check_value
from tracker.migrate import SCHEMA_HEAD
from tracker.names import name_key
from tracker.services.source import read_text_file

# loaded by the migrations; replaced (not refused) by a restore
REFERENCE_TABLES = ("role", "country", "country_group", "country_group_member")
# a whole export always holds these (the migrations load them); a file without them is
# refused rather than restored into a database with no roles or countries
REQUIRED_TABLES = ("role", "country")
EXPORT_FORMAT = "tracker-export"
# 0004 changed only how name keys are computed, and a restore recomputes every key from
# its name: an export of 0003 restores as one of today's; 0006 only added tables and
# nullable columns, and 0007 a column that may be empty (change.database_user), so an
# export of 0005 or 0006 restores with them empty
RESTORABLE_SCHEMAS = ("0003", "0005", "0006", SCHEMA_HEAD)


def backup_sqlite(engine: Engine, target: Path) -> int:
    """Copy a live SQLite database to `target` with SQLite's online backup API.

    The copy is consistent even while other processes write. Returns its size in bytes.
    """
    if engine.dialect.name != "sqlite":
        raise InvalidInput(
            "db backup copies SQLite files; for PostgreSQL use `tracker db export FILE` "
            "or pg_dump"
        )
    source_path = engine.url.database
    if not source_path or source_path == ":memory:":
        raise InvalidInput("an in-memory database cannot be backed up to a file")
    if target.exists():
        raise AlreadyExists(f"{target} already exists; choose a new file name")
    if target.resolve() == Path(source_path).resolve():
        raise InvalidInput("the backup file is the database itself")
    if not target.parent.is_dir():
        raise InvalidInput(f"the folder {target.parent} does not exist")
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        destination = sqlite3.connect(target)
        try:
            raw.backup(destination)  # type: ignore[union-attr]
            # a self-contained file: no -wal beside it to lose when it is copied on
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    return target.stat().st_size


def read_export(path: Path) -> dict[str, Any]:
    """The document a `db export` wrote, checked for its format and schema revision."""
    try:
        document = json.loads(read_text_file(path))
    except json.JSONDecodeError as error:
        raise InvalidInput(f"{path} is not JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise InvalidInput(f"{path} is not a `tracker db export` file")
    if document.get("schema") not in RESTORABLE_SCHEMAS:
        raise InvalidInput(
            f"{path} was exported at schema revision {document.get('schema')}; "
            f"this tracker restores revisions {' and '.join(RESTORABLE_SCHEMAS)}"
        )
    if not isinstance(document.get("tables"), dict):
        raise InvalidInput(f"{path} has no tables")
    unknown = sorted(set(document["tables"]) - set(Base.metadata.tables))
    if unknown:
        raise InvalidInput(f"{path} has tables this tracker does not know: {', '.join(unknown)}")
    for name, rows in document["tables"].items():
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise InvalidInput(f"{path}: table {name} is not a list of rows")
    # a restore replaces the reference tables: an export without them would leave none
    missing = [name for name in REQUIRED_TABLES if not document["tables"].get(name)]
    if missing:
        raise InvalidInput(
            f"{path} has no rows for {', '.join(missing)}; it is not a whole `tracker db export`"
        )
    return document


def restore_database(session: Session, document: dict[str, Any]) -> int:
    """Write an export into this (record-free) database; returns the number of rows."""
    import tracker.models  # noqa: F401  (registers every table on Base.metadata)

    tables = Base.metadata.sorted_tables
    held = [
        table.name
        for table in tables
        if table.name not in REFERENCE_TABLES
        and session.execute(select(func.count()).select_from(table)).scalar_one()
    ]
    if held:
        raise Conflict(
            f"the database already holds records ({', '.join(held)}); "
            "restore into an empty database (a new SQLite file or a new PostgreSQL database)"
        )
    # every row is checked before the first is written: a bad one changes nothing
    naive_utc = session.get_bind().dialect.name == "sqlite"
    typed = {
        table.name: [
            _typed(table, row, naive_utc=naive_utc, number=number)
            for number, row in enumerate(document["tables"].get(table.name, []), 1)
        ]
        for table in tables
    }
    for table in reversed(tables):  # children first: their foreign keys point at parents
        # a reference table the export leaves out keeps the rows the migrations loaded
        if table.name in REFERENCE_TABLES and table.name in document["tables"]:
            session.execute(table.delete())
    count = 0
    for table in tables:
        rows = typed[table.name]
        if rows:
            session.execute(insert(table), rows)
            count += len(rows)
    if session.get_bind().dialect.name == "postgresql":
        _reset_sequences(session, tables)
    return count


def _typed(
    table: Table, row: dict[str, Any], *, naive_utc: bool, number: int = 0
) -> dict[str, Any]:
    """An exported row (JSON values) with dates, timestamps and decimals as Python values,
    each checked against its column (type, and tracker.limits) before anything is written.

    A timestamp is restored as the same instant whatever the server's time zone: one
    without an offset (an older export from SQLite) is UTC, as SQLite stored it.
    """
    where = f"table {table.name}, row {number}"
    unknown = set(row) - set(table.c.keys())
    if unknown:
        raise InvalidInput(f"table {table.name} has no column {', '.join(sorted(unknown))}")
    required = [c.name for c in table.c if not c.nullable and c.server_default is None
                and c.name not in row and c.name != "name_key"]
    if required:
        raise InvalidInput(f"{where}: no value for {', '.join(required)}")
    typed: dict[str, Any] = {}
    for key, value in row.items():
        column = table.c[key]
        try:
            typed[key] = _column_value(column.type, key, value, row, naive_utc=naive_utc)
        except (TypeError, ValueError, ArithmeticError):
            raise InvalidInput(f"{where}: {key} {value!r} is not a valid value") from None
        check_value(column, typed[key], f"{where}: {key}")
    return typed


def _column_value(
    column_type: Any, key: str, value: Any, row: dict[str, Any], *, naive_utc: bool
) -> Any:
    """One exported JSON value as the Python value its column takes; raises ValueError
    or TypeError for one of the wrong kind."""
    if value is None or isinstance(column_type, JSON):
        return value
    if key == "name_key" and "name" in row:
        # keys follow today's rule, whatever the export's was
        return name_key(str(row["name"]))
    if isinstance(column_type, DateTime):
        moment = utc(dt.datetime.fromisoformat(value))
        return moment.replace(tzinfo=None) if naive_utc else moment
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column_type, Boolean):
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if isinstance(column_type, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(value)
        return value
    if isinstance(column_type, Numeric):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise TypeError(value)
        return decimal.Decimal(str(value))
    if isinstance(column_type, String) and not isinstance(value, str):
        raise TypeError(value)
    if isinstance(column_type, Enum) and value not in column_type.enums:
        raise ValueError(value)
    return value


def _reset_sequences(session: Session, tables: list[Table]) -> None:
    """After inserting explicit ids, move each id sequence past the largest id."""
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
