"""A database password never appears in any output, from --db or TRACKER_DATABASE_URL."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tracker.cli.main import app

SECRET = "pa55-w0rd-never-shown"
URLS = [
    f"postgresql://clerk:{SECRET}@127.0.0.1:1/office",  # nothing listens there
    f"postgresql://clerk:{SECRET}@127.0.0.1:notaport/office",
    f"postgres://clerk:{SECRET}@[::1/office",
    f"postgresql://clerk:{SECRET}@127.0.0.1:1/office?sslmode=bogus",
]
COMMANDS = [("org", "list"), ("org", "add", "X"), ("db", "info"), ("db", "upgrade"),
            ("db", "current"), ("db", "downgrade", "base"), ("log",)]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("via", ["option", "environment"])
def test_a_password_is_masked_in_every_message(url, command, via, monkeypatch):
    if via == "option":
        args = ["--db", url, *command]
    else:
        monkeypatch.setenv("TRACKER_DATABASE_URL", url)
        args = list(command)
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (1, 2), result.output
    assert SECRET not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
