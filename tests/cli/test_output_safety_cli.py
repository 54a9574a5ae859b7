"""Stored text is printed as typed: rich markup in a name is not interpreted, terminal
control characters are shown, not sent (issue #18)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

MARKUP_NAME = "Foo [/bar] College"
COLOUR_NAME = "[red]x[/red] Institute"
LINK_NAME = "[link=x]Go[/link] Academy"


@pytest.mark.parametrize("name", [MARKUP_NAME, COLOUR_NAME, LINK_NAME])
def test_a_name_with_markup_is_printed_as_typed_in_every_view(cli, name, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")  # wide enough that no cell is folded
    assert cli("org", "add", name).exit_code == 0
    assert cli("alliance", "add", "Lakeside Learning Network").exit_code == 0
    assert cli("member", "add", name, "Lakeside Learning Network", "--since", "2022").exit_code == 0
    for args in (
        ("org", "list"),
        ("org", "show", name),
        ("log",),
        ("member", "list"),
        ("alliance", "show", "Lakeside Learning Network"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "Traceback" not in result.output
        assert name in result.stdout, (args, result.stdout)


def test_a_control_sequence_in_a_name_is_shown_not_sent(cli, engine):
    # the commands refuse control characters in a name; one stored by an older version
    # or another program is still shown safely
    assert cli("org", "add", "Harbour Polytechnic").exit_code == 0
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE organization SET name = :name"), {"name": "Harbour\x1b[31m Polytechnic"}
        )
    listing = cli("org", "list")
    assert "\x1b" not in listing.stdout
    assert "\\x1b[31m" in listing.stdout
    shown = cli("org", "show", "1")
    assert "\x1b" not in shown.stdout
    assert "\\x1b[31m" in shown.stdout


def test_an_error_line_shows_control_characters(cli):
    missing = cli("org", "show", "Nowhere\x1b]0;title\x07 School")
    assert missing.exit_code == 1
    assert "\x1b" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "\\x1b]0;title\\x07" in missing.stderr
