"""What `tracker db info` reports: which database is in use and what it holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, inspect, select

from tracker import migrate
from tracker.config import masked


@dataclass(frozen=True)
class DatabaseInfo:
    url: str  # password masked
    engine: str  # sqlite, postgresql
    server_version: str
    revision: str | None  # None: tracker never migrated it
    needed_revision: str
    counts: dict[str, int] = field(default_factory=dict)  # table name -> rows


def database_info(engine: Engine) -> DatabaseInfo:
    """The database's masked URL, engine, schema revision and the rows of each record table."""
    import tracker.models  # noqa: F401  (registers every table on Base.metadata)
    from tracker.db import Base

    present = set(inspect(engine).get_table_names())
    counts: dict[str, int] = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in present:
                counts[table.name] = connection.execute(
                    select(func.count()).select_from(table)
                ).scalar_one()
        version = ".".join(str(part) for part in connection.dialect.server_version_info or ())
    return DatabaseInfo(
        url=masked(engine.url.render_as_string(hide_password=False)),
        engine=engine.dialect.name,
        server_version=version,
        revision=migrate.current_revision(engine),
        needed_revision=migrate.SCHEMA_HEAD,
        counts=counts,
    )
