"""Eight real processes write to one database at once: all succeed and nothing is lost.

Each process runs the installed `tracker` (a separate interpreter, its own
connections), so SQLite's file locking and PostgreSQL's transactions are
exercised for real. On SQLite a writer that finds the file locked waits
(the busy timeout of tracker.db), so no command fails and no user retries.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PROCESSES = 8
RECORDS_EACH = 2
pytestmark = pytest.mark.slow  # real processes each start the CLI: about a minute a test

TRACKER = Path(sys.executable).with_name("tracker")


def _script(worker: int) -> list[list[str]]:
    """The commands one worker runs: organizations, a person and a cooperation each."""
    commands = []
    for n in range(RECORDS_EACH):
        name = f"Worker {worker} College {n}"
        commands.append(["org", "add", name, "--country", "KE"])
        commands.append(["person", "add", f"Person {worker}-{n}", "--org", name])
        commands.append(["coop", "add", name, "--country", "CN", "--kind", "exchange"])
    return commands


def _run_worker(db_url: str, worker: int) -> subprocess.Popen[str]:
    # one shell per worker runs its commands one after the other; the workers run at once
    lines = [
        " ".join([str(TRACKER), "--db", db_url, "--actor", f"w{worker}",
                  *(f"'{word}'" for word in command)])
        for command in _script(worker)
    ]
    script = "set -e\n" + "\n".join(lines)
    return subprocess.Popen(
        ["sh", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TRACKER_DATABASE_URL": ""},
    )


def test_eight_processes_add_records_at_once(cli, db_url):
    assert TRACKER.exists(), TRACKER
    workers = [_run_worker(db_url, worker) for worker in range(PROCESSES)]
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
        assert "Error" not in err, err

    orgs = json.loads(cli("org", "list", "--json").output)
    people = json.loads(cli("person", "list", "--json").output)
    coops = json.loads(cli("coop", "list", "--json").output)
    expected = {f"Worker {w} College {n}" for w in range(PROCESSES) for n in range(RECORDS_EACH)}
    assert {row["name"] for row in orgs} == expected
    assert len(people) == PROCESSES * RECORDS_EACH
    assert {row["organization"] for row in people} == expected
    assert sorted(row["organization"] for row in coops) == sorted(expected)
    # each command inserted one row, and each insert is in the audit log
    log = json.loads(cli("log", "--json", "--limit", "1000").output)
    assert len([c for c in log if c["action"] == "insert"]) == 3 * PROCESSES * RECORDS_EACH


@pytest.mark.skipif(bool(os.environ.get("TRACKER_TEST_DATABASE_URL")), reason="SQLite files")
def test_backup_while_processes_write(cli, db_url, tmp_path):
    """`db backup` of a file that others are writing is a sound database with whole commands."""
    workers = [_run_worker(db_url, worker) for worker in range(PROCESSES)]
    backups = []
    for n in range(3):
        target = tmp_path / f"backup-{n}.sqlite"
        result = cli("db", "backup", str(target))
        assert result.exit_code == 0, result.output
        backups.append(target)
    for worker in workers:
        _out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
    for target in backups:
        with sqlite3.connect(target) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            organizations = connection.execute("SELECT count(*) FROM organization").fetchone()[0]
            logged = connection.execute(
                "SELECT count(*) FROM change WHERE table_name = 'organization'"
            ).fetchone()[0]
        # a command is in the copy whole or not at all: its row and its audit row together
        assert organizations == logged <= PROCESSES * RECORDS_EACH


def test_eight_processes_meet_a_brand_new_database(empty_db_url):
    """The first use of an empty database migrates it; processes that lose that race wait
    for the winner's schema instead of failing."""
    processes = [
        subprocess.Popen(
            [str(TRACKER), "--db", empty_db_url, "org", "add", f"College {n}"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(PROCESSES)
    ]
    for process in processes:
        _out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    listed = subprocess.run(
        [str(TRACKER), "--db", empty_db_url, "org", "list", "--json"],
        capture_output=True, text=True, check=True,
    )
    names = {row["name"] for row in json.loads(listed.stdout)}
    assert names == {f"College {n}" for n in range(PROCESSES)}
