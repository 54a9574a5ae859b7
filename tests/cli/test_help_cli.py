"""Every command explains itself: help text and an example a new user can copy."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from tracker.cli.main import app


def _commands(group, path=()):  # type: ignore[no-untyped-def]
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name), command


ALL = list(_commands(typer.main.get_command(app)))


@pytest.mark.parametrize(("path", "command"), ALL, ids=[" ".join(p) for p, _ in ALL])
def test_command_has_help_and_example(path, command):
    assert command.help, f"tracker {' '.join(path)} has no help text"
    assert "Example:" in command.help or path == ("extract",)
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_help_does_not_import_the_heavy_parts():
    """`tracker --help` must not pay for SQLAlchemy, pandas, Alembic or the extractor."""
    code = (
        "import sys\n"
        "from tracker.cli.main import app\n"
        "heavy = [m for m in ('sqlalchemy', 'pandas', 'alembic', 'trafilatura', 'pycountry', "
        "'tracker.extract.pipeline', 'tracker.extract.en.pipeline') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
