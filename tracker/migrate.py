"""Schema version checks and upgrades.

Every command checks the database's revision against `SCHEMA_HEAD` with one
query, without importing Alembic (which costs a third of a second); only an
empty database, or `tracker db upgrade`, loads Alembic to migrate.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from tracker.db import WRITES
from tracker.errors import InvalidInput, SchemaOutOfDate

SCHEMA_HEAD = "0007"  # tests assert this is Alembic's head revision
PROJECT_ROOT = Path(__file__).resolve().parent.parent  # the checkout (demo data, reports)
# inside the package, so that an installed wheel can create and upgrade a database
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
REFERENCE_DATA = MIGRATIONS / "data"  # countries and country groups the migrations load


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    """Alembic's settings, built in code: an installed tracker has no alembic.ini.

    (`alembic.ini` in the checkout points at the same folder, for `alembic` run by hand.)
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _run(engine: Engine, command_name: str, revision: str) -> None:
    from alembic import command
    from alembic.util import CommandError

    config = alembic_config(engine)
    # on SQLite one IMMEDIATE transaction (tracker.db) makes the whole migration atomic,
    # and makes a second process's first use wait for it
    with engine.execution_options(**{WRITES: True}).begin() as connection:
        config.attributes["connection"] = connection
        try:
            getattr(command, command_name)(config, revision)
        except CommandError as error:
            # an unknown revision, or a relative step past the end: bad input, and the
            # transaction (with anything the command began) is rolled back
            reason = str(error).splitlines()[0] if str(error) else "unknown revision"
            raise InvalidInput(
                f"cannot {command_name} to '{revision}': {reason}; use head, base, "
                f"a revision such as {SCHEMA_HEAD}, or a step such as -1"
            ) from None


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for a database tracker never migrated."""
    with engine.connect() as connection:  # a server that cannot be reached is not "empty"
        if "alembic_version" not in inspect(connection).get_table_names():
            return None
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            return None


def ensure_current(engine: Engine) -> bool:
    """Migrate a brand-new database; refuse one whose schema is not this version's.

    True when the database was brand-new and now has the schema.
    """
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return False
    if revision is None:
        if inspect(engine).get_table_names():
            raise SchemaOutOfDate(
                "this database has tables but no tracker schema version; "
                "point --db at a tracker database or an empty one"
            )
        upgrade(engine)
        return True
    raise SchemaOutOfDate(
        f"the database schema is at revision {revision} but this tracker needs {SCHEMA_HEAD}; "
        "run `tracker db upgrade` (back it up first with `tracker db export FILE`)"
    )
