"""Where the database lives: `--db URL`, else TRACKER_DATABASE_URL, else a user data file."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATABASE_URL = "TRACKER_DATABASE_URL"
MAX_NAME_LENGTH = 300
MAX_TEXT_LENGTH = 2000


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
    """Accept plain postgresql:// and file paths; use psycopg 3 for PostgreSQL."""
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:  # a bare file path means a SQLite file
        return f"sqlite:///{Path(url).expanduser()}"
    return url
