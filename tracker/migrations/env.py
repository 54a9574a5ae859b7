"""Alembic environment: migrations run on tracker's own engine and metadata."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import tracker.models  # noqa: F401  (registers every table on Base.metadata)
from tracker.config import database_url
from tracker.db import Base, make_engine

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # handed over by tracker.migrate or a test
        _run(connection)
        return
    engine = make_engine(database_url(config.get_main_option("sqlalchemy.url")))
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("tracker migrations run online only: use `tracker db upgrade`")
run_migrations_online()
