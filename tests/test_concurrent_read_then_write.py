"""Read-then-write rules hold when eight processes run them at the same instant.

Each rule reads the database, decides and writes: the current role (end the open term,
open a new one) and the import of one article (one source per content). Run at once
without a lock, each process read the same state and wrote on it: overlapping terms,
imports that failed. Now SQLite's writing transactions begin IMMEDIATE and PostgreSQL
locks the rows (or the article's hash) read, so the commands queue.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROCESSES = 8
pytestmark = pytest.mark.slow  # real processes each start the CLI

TRACKER = Path(sys.executable).with_name("tracker")


def _at_once(db_url: str, commands: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Start every command before waiting for any; their results in order."""
    env = {**os.environ, "TRACKER_DATABASE_URL": ""}
    started = [
        subprocess.Popen([str(TRACKER), "--db", db_url, "--actor", f"w{n}", *command],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for n, command in enumerate(commands)
    ]
    results = []
    for process in started:
        out, err = process.communicate(timeout=600)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def test_eight_role_changes_at_once_leave_one_history(cli, db_url):
    for args in (("org", "add", "Lakeside Polytechnic"), ("alliance", "add", "Riverside Network"),
                 ("member", "add", "Lakeside Polytechnic", "Riverside Network",
                  "--since", "2020")):
        assert cli(*args).exit_code == 0
    roles = ["chair", "vice_chair", "secretary_general", "council_member",
             "executive_council_member", "observer", "lead_member", "secretariat"]
    commands = [["member", "role", "Lakeside Polytechnic", "Riverside Network", role,
                 "--since", f"2025-{n + 1:02d}"] for n, role in enumerate(roles)]
    results = _at_once(db_url, commands)
    for result in results:
        # a change dated before the current term's start is refused (exit 2), never a crash
        assert result.returncode in (0, 2), result.stderr
        assert "Traceback" not in result.stderr
    assert any(result.returncode == 0 for result in results)

    terms = json.loads(cli("member", "list", "--json").output)  # one row a term, by start
    assert [t for t in terms if t["end"] is None] == [terms[-1]]  # exactly one open term
    for earlier, later in zip(terms, terms[1:], strict=False):
        assert earlier["end"] == later["start"], terms  # each ends where the next begins
    accepted = sum(result.returncode == 0 for result in results)
    assert len(terms) == 1 + accepted  # the joining term, then one per accepted change


ARTICLE = """Lakeside Polytechnic joins Riverside Skills Network

March 3, 2024 — Lakeside Polytechnic became a member of the Riverside Skills Network
in 2024. The network has 40 member institutions from 12 countries.
"""


def test_eight_imports_of_one_article_at_once_import_it_once(cli, db_url, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    results = _at_once(db_url, [["import", str(article), "--yes"]] * PROCESSES)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    said = [result.stdout.strip().splitlines()[-1] for result in results]
    assert sum(line.startswith("imported ") for line in said) == 1, said
    assert sum(line.startswith("unchanged: ") for line in said) == PROCESSES - 1, said
    sources = json.loads(cli("source", "list", "--json").output)
    assert len(sources) == 1
