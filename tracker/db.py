"""Engine, sessions and the declarative base.

`Base` carries the constraint naming convention (Alembic needs names to alter
SQLite tables). `make_engine` turns on SQLite's foreign keys, WAL and busy
timeout on every connection. `session_scope` commits on success and rolls
back on any exception, so a failed command leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, func
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLITE_BUSY_TIMEOUT_MS = 30_000


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Integer id and the created/updated timestamps every table has."""

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # the driver's own transaction handling starts a DEFERRED transaction at the first
    # write; turned off here so that `_sqlite_begin` says how each transaction begins
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


WRITES = "tracker_writes"  # the execution option of a transaction that will write


def _sqlite_begin(connection: Any) -> None:
    """BEGIN IMMEDIATE for a transaction that writes: it takes the write lock before it
    reads, so a read-then-write rule (one open role term, one import of an article)
    runs start to end while others wait (the busy timeout), instead of two commands
    reading the same state and both writing. Read-only transactions stay DEFERRED."""
    writes = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def lock_rows(session: Session, model: Any, ids: Any) -> None:
    """Hold the rows of `model` with these ids until the transaction ends (PostgreSQL
    SELECT ... FOR UPDATE), so that a concurrent command deciding on them waits; SQLite's
    writing transactions already hold the whole database (`_sqlite_begin`)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    from sqlalchemy import select

    session.execute(select(model.id).where(model.id.in_(list(ids))).with_for_update()).all()


def lock_key(session: Session, key: str) -> None:
    """Serialize the transactions that lock the same `key` (a PostgreSQL advisory lock
    held to the end of the transaction): for a rule with no row to lock yet, such as
    "one source per article". SQLite's writing transactions are serialized already."""
    if session.get_bind().dialect.name != "postgresql":
        return
    from sqlalchemy import text

    session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key})


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite connections get foreign keys, WAL and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "postgresql":
        # the partial indexes' PostgreSQL conditions, kept off SQLite's start-up
        from tracker.models._columns import use_postgresql

        use_postgresql()
        event.listen(engine, "connect", _postgresql_utc)
    return engine


def _postgresql_utc(dbapi_connection: Any, _record: Any) -> None:
    """Timestamps read in UTC whatever the server's or database's time zone, as SQLite
    keeps them: the log, exports and restores show the same instant on both engines."""
    cursor = dbapi_connection.cursor()
    cursor.execute("SET TIME ZONE 'UTC'")
    cursor.close()
    dbapi_connection.commit()  # the setting outlives the connection's first transaction


@contextmanager
def session_scope(engine: Engine, *, writes: bool = False, **info: Any) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception.

    `writes`: the unit will write, so on SQLite it takes the write lock at its start
    (see `_sqlite_begin`). `info` (actor, command) is kept on the session for the audit log.
    """
    bind = engine.execution_options(**{WRITES: True}) if writes else engine
    factory = sessionmaker(bind=bind, expire_on_commit=False)
    session = factory(info=dict(info))
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
