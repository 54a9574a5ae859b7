"""Fixtures shared by every test: a fresh migrated database on SQLite or PostgreSQL.

Without TRACKER_TEST_DATABASE_URL each test gets a copy of a SQLite file
migrated once per run. With it (a PostgreSQL server URL), each test gets its
own database created from a migrated template database and dropped after, so
CLI runs and concurrent processes see a real, isolated server database.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from tracker import migrate
from tracker.cli.main import app
from tracker.config import normalise_url
from tracker.db import make_engine, session_scope
from tracker.services.export import export_database

PG_URL = os.environ.get("TRACKER_TEST_DATABASE_URL")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_counter = itertools.count()


def backend() -> str:
    return "postgresql" if PG_URL else "sqlite"


def _pg_admin_url() -> str:
    base = normalise_url(PG_URL or "")
    return base.rsplit("/", 1)[0] + "/postgres"


def _pg_database_url(name: str) -> str:
    return normalise_url(PG_URL or "").rsplit("/", 1)[0] + f"/{name}"


def _pg_execute(statement: str) -> None:
    admin = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(statement))
    admin.dispose()


@pytest.fixture(scope="session", autouse=True)
def _reports_in_english() -> Iterator[None]:
    """Reports default to the locale's language: the tests expect English whatever the
    machine's LANG (a test of another language passes --lang or sets TRACKER_LANG)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRACKER_LANG", "en")
        yield


@pytest.fixture(scope="session")
def template() -> Iterator[str]:
    """A migrated database that each test copies."""
    if PG_URL:
        name = f"tracker_template_{os.getpid()}"
        _pg_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        _pg_execute(f"CREATE DATABASE {name}")
        engine = make_engine(_pg_database_url(name))
        migrate.upgrade(engine)
        engine.dispose()
        yield name
        _pg_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    else:
        folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"tracker-template-{os.getpid()}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "template.sqlite"
        path.unlink(missing_ok=True)
        engine = make_engine(f"sqlite:///{path}")
        migrate.upgrade(engine)
        with engine.connect() as connection:  # fold the WAL into the file before copying it
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        yield str(path)
        shutil.rmtree(folder, ignore_errors=True)


def fill_from(url: str, template: str) -> None:
    """Make the database at `url` a copy of `template` (a file on SQLite, a database name on
    PostgreSQL); no connection to either may be open. Copying a database built once per run
    is much faster than building it again for each test."""
    if PG_URL:
        name = url.rsplit("/", 1)[1]
        _pg_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        _pg_execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    else:
        shutil.copyfile(template, url.removeprefix("sqlite:///"))


def as_template(url: str) -> str:
    """What `fill_from` takes for the database at `url`, once every connection is closed."""
    if PG_URL:
        return url.rsplit("/", 1)[1]
    path = url.removeprefix("sqlite:///")
    connection = sqlite3.connect(path)  # fold the WAL into the file before copying it
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@contextmanager
def new_database(template: str, folder: Path) -> Iterator[str]:
    """The URL of a new database copied from `template`, dropped after (files: with `folder`)."""
    if PG_URL:
        name = f"tracker_test_{os.getpid()}_{next(_counter)}"
        url = _pg_database_url(name)
        fill_from(url, template)
        yield url
        _pg_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    else:
        url = f"sqlite:///{folder / f'tracker-{next(_counter)}.sqlite'}"
        fill_from(url, template)
        yield url


@pytest.fixture
def db_url(template: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated, empty-of-records database for this test."""
    with new_database(template, tmp_path) as url:
        yield url


@pytest.fixture
def empty_db_url(tmp_path: Path) -> Iterator[str]:
    """The URL of a database with no tables at all (for migration tests)."""
    if PG_URL:
        name = f"tracker_empty_{os.getpid()}_{next(_counter)}"
        _pg_execute(f"CREATE DATABASE {name}")
        yield _pg_database_url(name)
        _pg_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    else:
        yield f"sqlite:///{tmp_path / 'empty.sqlite'}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Any]:
    made = make_engine(db_url)
    yield made
    made.dispose()


@pytest.fixture
def session(engine: Any) -> Iterator[Any]:
    """A session whose work is committed at the end of the test's `with` block."""
    with session_scope(engine, actor="test", command="pytest") as opened:
        yield opened


@pytest.fixture
def cli(db_url: str) -> Callable[..., Any]:
    """Run `tracker --db <test db> ARGS...` in-process; returns the Click result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Any:
        invoke.calls += 1  # type: ignore[attr-defined]  # `seed` copies only onto an untouched run
        return runner.invoke(app, ["--db", db_url, "--actor", "tester", *args], input=input)

    invoke.calls = 0  # type: ignore[attr-defined]
    return invoke


@pytest.fixture
def dump(db_url: str) -> Callable[[], dict[str, Any]]:
    """The whole database as `db export` writes it, for before/after comparisons."""

    def export() -> dict[str, Any]:
        engine = make_engine(db_url)
        with session_scope(engine) as opened:
            data = export_database(opened)
        engine.dispose()
        return data

    return export


@pytest.fixture
def assert_refused(dump: Callable[[], dict[str, Any]]) -> Callable[..., Any]:
    """Run a command that must fail: one error line, this exit code, nothing changed.

    `run` is the `cli` fixture (or one built on it); `message` is the start of the line.
    """

    def check(run: Callable[..., Any], args: list[str], code: int, message: str) -> Any:
        before = dump()
        result = run(*args)
        assert result.exit_code == code, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(message), lines[0]
        assert "Traceback" not in result.output
        assert dump() == before
        return result

    return check


@pytest.fixture(scope="session")
def _seeded_templates() -> Iterator[dict[tuple[Any, ...], str]]:
    """The databases `seed` built, by the commands that built them (one set per worker)."""
    made: dict[tuple[Any, ...], str] = {}
    yield made
    if PG_URL:
        for name in made.values():
            _pg_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def seed(
    cli: Callable[..., Any],
    db_url: str,
    _seeded_templates: dict[tuple[Any, ...], str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[Any], None]:
    """Run these CLI commands on the test's database, each asserted to succeed.

    The first test to run a list builds it through the CLI as before; every later test that
    runs the same list on the same database (the same commands seeded before it, no other
    command since) gets a copy of the database it left: a fixture seeding a dozen records
    through the CLI was most of its tests' time.
    """
    history: list[tuple[tuple[str, ...], ...]] = []
    seen_calls = [0]

    def run(commands: Any) -> None:
        steps = tuple(tuple(args) for args in commands)
        clean = cli.calls == seen_calls[0]  # type: ignore[attr-defined]
        history.append(steps)
        key = tuple(history)
        if clean and key in _seeded_templates:
            fill_from(db_url, _seeded_templates[key])
        else:
            for args in steps:
                result = cli(*args)
                assert result.exit_code == 0, (args, result.output)
            if clean:
                _seeded_templates[key] = _kept_copy(db_url, tmp_path_factory)
        seen_calls[0] = cli.calls  # type: ignore[attr-defined]

    return run


def _kept_copy(url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the database at `url` kept for the run, as `fill_from` takes it."""
    source = as_template(url)
    if PG_URL:
        name = f"tracker_seeded_{os.getpid()}_{next(_counter)}"
        _pg_execute(f"CREATE DATABASE {name} TEMPLATE {source}")
        return name
    kept = tmp_path_factory.mktemp("seeded") / "seeded.sqlite"
    shutil.copyfile(source, kept)
    return str(kept)
