"""Every command explains itself: help text and an example a new user can copy."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from tracker.cli.main import app


def _commands(group, path=()):  # type: ignore[no-untyped-def]
    # through get_command: the root builds its groups when asked for them
    for name in sorted(group.list_commands(None)):
        command = group.get_command(None, name)
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


GROUPS = [()] + sorted({p[:i] for p, _ in ALL for i in range(1, len(p))})


@pytest.mark.parametrize("path", [p for p, _ in ALL] + GROUPS, ids=lambda p: " ".join(p) or "tracker")
def test_dash_h_is_help_everywhere_and_flags_show_no_type(path):
    result = CliRunner().invoke(app, [*path, "-h"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert "<bool>" not in result.output  # a flag takes no value
    assert " -h " in result.output  # the short form is listed beside --help


def test_version_prints_the_package_version():
    from importlib.metadata import version

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"tracker {version('tracker')}\n"


def test_version_needs_no_database(tmp_path):
    missing = tmp_path / "nowhere" / "x.sqlite"
    result = CliRunner().invoke(app, ["--db", f"sqlite:///{missing}", "--version"])
    assert result.exit_code == 0
    assert not missing.parent.exists()


def _example_blocks(help_text: str) -> list[list[str]]:
    """Each example of a help text as its lines; a line ending in a backslash continues."""
    lines = [line.strip() for line in inspect.cleandoc(help_text).splitlines()]
    blocks = []
    for number, line in enumerate(lines):
        if "Example:" in line:
            end = number
            while lines[end].endswith("\\") and end + 1 < len(lines):
                end += 1
            blocks.append(lines[number:end + 1])
    return blocks


@pytest.mark.parametrize(("path", "command"), ALL, ids=[" ".join(p) for p, _ in ALL])
def test_examples_are_whole_lines_at_80_columns(path, command):
    """An example is copied into a shell: rendered at 80 columns, each of its lines is one
    line of the help (never wrapped mid-argument), and a line it continues on ends in a
    backslash, so the copied text runs as it is."""
    lines = [line.strip() for line in inspect.cleandoc(command.help or "").splitlines()]
    rendered = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "80"}).output
    shown = {line.strip() for line in rendered.splitlines()}
    for block in _example_blocks(command.help or ""):
        assert block[0].startswith("Example:"), block  # an example starts its own line
        for line in block:
            assert line in shown, (line, rendered)
        after = lines.index(block[-1]) + 1
        # no unmarked continuation: what follows is a blank line, another example or nothing
        assert after == len(lines) or not lines[after] or lines[after].startswith("Example:")


def test_the_root_lists_each_command_in_one_wrapped_paragraph():
    """The listing wraps each summary to the terminal: no docstring line break shows."""
    from tracker.cli.main import ROOT

    for entry in ROOT:
        summary = entry.listing().short_help or ""
        assert summary and "\n" not in summary, entry.name
