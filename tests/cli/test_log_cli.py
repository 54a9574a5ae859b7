"""Every change lands in the audit log with actor and command, and `log` shows it."""

from __future__ import annotations

import json


def test_every_write_is_logged_with_actor_and_command(cli):
    cli("org", "add", "Alpha College", "--alias", "AC")
    cli("alliance", "add", "Delta Network")
    cli("member", "add", "AC", "Delta Network", "--since", "2021")
    cli("org", "edit", "AC", "--city", "Wuhan")
    cli("org", "remove", "AC", "--yes")

    changes = json.loads(cli("log", "--json", "--limit", "100").output)
    assert {c["actor"] for c in changes} == {"tester"}
    by_table = {(c["table"], c["action"]) for c in changes}
    assert {("organization", "insert"), ("alias", "insert"), ("alliance", "insert"),
            ("membership", "insert"), ("membership_term", "insert"),
            ("organization", "update"), ("organization", "delete"),
            ("membership", "delete")} <= by_table
    edit = next(c for c in changes if c["action"] == "update")
    assert edit["before"]["city"] is None and edit["after"]["city"] == "Wuhan"
    assert edit["command"] == "tracker org edit AC --city Wuhan"


def test_log_filters(cli):
    cli("org", "add", "Alpha College")
    cli("--actor", "someone-else", "org", "add", "Beta College")
    mine = json.loads(cli("log", "--actor", "someone-else", "--json").output)
    assert [c["after"]["name"] for c in mine] == ["Beta College"]
    row = json.loads(cli("log", "--table", "organization", "--row", "1", "--json").output)
    assert [c["after"]["name"] for c in row] == ["Alpha College"]
    assert json.loads(cli("log", "--since", "2999", "--json").output) == []
    bad = cli("log", "--table", "nonsense")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("Error: unknown table 'nonsense'")


def test_failed_command_leaves_no_log(cli):
    cli("org", "add", "Alpha College", "--home")
    before = json.loads(cli("log", "--json").output)
    assert cli("org", "add", "Beta College", "--home").exit_code == 1
    assert json.loads(cli("log", "--json").output) == before


def test_the_log_records_the_database_role_beside_the_actor(cli):
    """On PostgreSQL the role the session logged in as (current_user); SQLite has none."""
    import json

    from tests.conftest import PG_URL, backend
    from tracker.config import normalise_url

    assert cli("org", "add", "Harbourside Institute").exit_code == 0
    [change] = json.loads(cli("log", "--json").stdout)
    assert change["actor"] == "tester"
    if backend() == "postgresql":
        from sqlalchemy.engine import make_url

        assert change["database_user"] == make_url(normalise_url(PG_URL or "")).username
    else:
        assert change["database_user"] is None


def test_control_characters_in_the_actor_are_shown_not_sent(cli, db_url, monkeypatch):
    from typer.testing import CliRunner

    from tracker.cli.main import app

    runner = CliRunner()
    added = runner.invoke(app, ["--db", db_url, "--actor", "eve\x1b[2J", "org", "add", "Ridge School"])
    assert added.exit_code == 0, added.output
    monkeypatch.setenv("COLUMNS", "300")  # wide enough that no cell is folded
    shown = cli("log")
    assert "\x1b" not in shown.stdout
    assert "eve\\x1b[2J" in shown.stdout
