"""Where the database lives: `--db URL`, else TRACKER_DATABASE_URL, else a user data file.

Only SQLite and PostgreSQL are supported: any other URL is refused here, in
one line that names them, before a driver is looked for.
"""

from __future__ import annotations

import os
from pathlib import Path

from tracker.errors import InvalidInput

ENV_DATABASE_URL = "TRACKER_DATABASE_URL"
MAX_NAME_LENGTH = 300
MAX_TEXT_LENGTH = 2000
INT32_MAX = 2**31 - 1  # PostgreSQL integer (SQLAlchemy Integer), the id columns among them
INT64_MAX = 2**63 - 1  # PostgreSQL bigint, SQLite INTEGER

SUPPORTED = (
    "SQLite (sqlite:///FILE or a FILE.sqlite path) and PostgreSQL (postgresql://USER@HOST/DB)"
)
SUPPORTED_SCHEMES = ("sqlite", "postgresql")
# a bare path is taken for a SQLite file only when it looks like one, so that a sentence
# or a mistyped URL given to --db is refused instead of becoming a new empty file
SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".db3")


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("tracker", appauthor=False)) / "tracker.sqlite"


def database_url(explicit: str | None = None) -> str:
    """The URL to use, normalised to the drivers tracker ships with."""
    url = explicit or os.environ.get(ENV_DATABASE_URL)
    if not url:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    return normalise_url(url)


def normalise_url(url: str) -> str:
    """Accept plain postgresql:// and SQLite file paths; use psycopg 3 for PostgreSQL.

    Raises InvalidInput for a URL of another engine or text that is no URL or file.
    """
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        path = Path(url).expanduser()
        if path.suffix.lower() not in SQLITE_SUFFIXES and not path.is_file():
            raise InvalidInput(
                f"'{url}' is not a database URL or file; tracker supports {SUPPORTED}"
            )
        return f"sqlite:///{path}"
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower()
    if scheme not in SUPPORTED_SCHEMES:
        raise InvalidInput(
            f"tracker does not support '{scheme}' databases; it supports {SUPPORTED}"
        )
    return url


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names, or None (another engine, or an in-memory database)."""
    if not url.startswith("sqlite"):
        return None
    rest = url.split("://", 1)[1]
    if not rest.startswith("/"):
        return None
    location = rest[1:].split("?", 1)[0]
    if location.startswith("file:"):  # sqlite:///file:PATH?mode=ro&uri=true
        location = location[len("file:") :]
    if location in ("", ":memory:"):
        return None
    return Path(location)


def masked(url: str) -> str:
    """The URL as it may be shown: any password replaced by ***."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from tracker.printable import hide_passwords

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not a URL sqlalchemy reads (a port that is no number)
        return hide_passwords(url)
