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

from sqlalchemy import JSON, Date, DateTime, Engine, Numeric, Table, func, insert, select, text
from sqlalchemy.orm import Session

from tracker.audit import utc
from tracker.db import Base
from tracker.errors import AlreadyExists, Conflict, InvalidInput
from tracker.migrate import SCHEMA_HEAD
from tracker.names import name_key
from tracker.services.source import read_text_file

# loaded by the migrations; replaced (not refused) by a restore
REFERENCE_TABLES = ("role", "country", "country_group", "country_group_member")
EXPORT_FORMAT = "tracker-export"
# 0004 changed only how name keys are computed, and a restore recomputes every key from
# its name: an export of 0003 restores as one of today's
RESTORABLE_SCHEMAS = ("0003", SCHEMA_HEAD)


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
    for table in reversed(tables):  # children first: their foreign keys point at parents
        if table.name in REFERENCE_TABLES:
            session.execute(table.delete())
    count = 0
    # SQLite keeps timestamps as naive UTC text; PostgreSQL as timestamptz
    naive_utc = session.get_bind().dialect.name == "sqlite"
    for table in tables:
        rows = [
            _typed(table, row, naive_utc=naive_utc)
            for row in document["tables"].get(table.name, [])
        ]
        if rows:
            session.execute(insert(table), rows)
            count += len(rows)
    if session.get_bind().dialect.name == "postgresql":
        _reset_sequences(session, tables)
    return count


def _typed(table: Table, row: dict[str, Any], *, naive_utc: bool) -> dict[str, Any]:
    """An exported row (JSON values) with dates, timestamps and decimals as Python values.

    A timestamp is restored as the same instant whatever the server's time zone: one
    without an offset (an older export from SQLite) is UTC, as SQLite stored it.
    """
    unknown = set(row) - set(table.c.keys())
    if unknown:
        raise InvalidInput(f"table {table.name} has no column {', '.join(sorted(unknown))}")
    typed: dict[str, Any] = {}
    for key, value in row.items():
        column_type = table.c[key].type
        if value is None or isinstance(column_type, JSON):
            typed[key] = value
        elif key == "name_key" and "name" in row:
            # keys follow today's rule, whatever the export's was
            typed[key] = name_key(row["name"])
        elif isinstance(column_type, DateTime):
            moment = utc(dt.datetime.fromisoformat(value))
            typed[key] = moment.replace(tzinfo=None) if naive_utc else moment
        elif isinstance(column_type, Date):
            typed[key] = dt.date.fromisoformat(value)
        elif isinstance(column_type, Numeric) and not isinstance(value, bool):
            typed[key] = decimal.Decimal(str(value))
        else:
            typed[key] = value
    return typed


def _reset_sequences(session: Session, tables: list[Table]) -> None:
    """After inserting explicit ids, move each id sequence past the largest id."""
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
