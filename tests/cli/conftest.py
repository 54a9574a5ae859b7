"""A small office's records, built through the CLI, for the record commands' tests."""

from __future__ import annotations

import json

import pytest

ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"


@pytest.fixture
def records(cli, seed):
    """Home SZPU (CN), partners KTTC (KE) and GDIP (CN), an alliance, one person."""
    seed((
        ("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home",
         "--country", "CN", "--kind", "college"),
        ("org", "add", "Kenya Technical Trainers College", "--alias", "KTTC", "--country", "KE"),
        ("org", "add", "Guangdong Industry Polytechnic", "--alias", "GDIP", "--country", "CN"),
        ("alliance", "add", ALLIANCE, "--alias", "GDBRA"),
        ("person", "add", "Li Yue", "--title", "Vice President", "--org", "SZPU"),
    ))
    return cli


@pytest.fixture
def as_json(cli):
    """Run a command with --json and return the parsed output (asserting success)."""

    def run(*args: str):  # type: ignore[no-untyped-def]
        result = cli(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    return run
