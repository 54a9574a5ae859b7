"""Stored text made safe to show (tracker.printable) and the Markdown report's cells."""

from __future__ import annotations

import pandas as pd
import pytest
from rich.console import Console

from tracker.printable import console_cell, console_text, hide_passwords, markdown_text, visible
from tracker.reports.render_text import markdown_table


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Plain College", "Plain College"),
        ("Bell\x07 School", "Bell\\x07 School"),
        ("Tab\there", "Tab\\x09here"),
        ("Erase\x1b[2J all", "Erase\\x1b[2J all"),
        ("C1\x9b control", "C1\\x9b control"),
        ("Reversed \u202eetxt", "Reversed \\u202eetxt"),
        ("两行\n文字", "两行\\x0a文字"),
    ],
)
def test_visible_writes_out_every_control_character(typed, shown):
    assert visible(typed) == shown


def test_visible_keeps_line_breaks_when_a_value_may_span_lines():
    assert visible("first line\nsecond\x1b line", multiline=True) == "first line\nsecond\\x1b line"


@pytest.mark.parametrize(
    "typed", ["Foo [/bar] College", "[red]x[/red] Institute", "[link=http://a.example]go[/link]",
              "[bold]学院[/bold]", "trailing backslash \\"],
)
def test_console_cell_prints_as_typed(typed):
    console = Console(width=200, record=True, color_system=None)
    console.print(console_cell(typed))
    assert console.export_text().rstrip("\n") == typed


@pytest.mark.parametrize(
    "typed", ["Foo [/bar] College", "[red]x[/red] Institute", "ends in a backslash \\"],
)
def test_console_text_inside_markup_prints_as_typed(typed):
    console = Console(width=200, record=True, color_system=None)
    console.print(f"[bold]{console_text(typed)}[/bold] and after")
    assert console.export_text().rstrip("\n") == f"{typed} and after"


def test_markdown_text_escapes_html():
    assert markdown_text("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert markdown_text("R&D <b>Centre</b>") == "R&amp;D &lt;b&gt;Centre&lt;/b&gt;"


def test_a_markdown_table_escapes_html_and_pipes_in_cells():
    frame = pd.DataFrame({"name": ["<script>alert(1)</script> | Poly"], "count": [3]})
    table = markdown_table(frame)
    assert "<script>" not in table
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| Poly" in table


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("postgresql://clerk:s3cret@db.example:5432/office",
         "postgresql://clerk:***@db.example:5432/office"),
        ("cannot open postgresql+psycopg://a:b@h/d: refused", "cannot open postgresql+psycopg://a:***@h/d: refused"),
        ("host=db user=clerk password=s3cret dbname=x", "host=db user=clerk password=*** dbname=x"),
        ("password = 'two words'", "password = ***"),
        ("postgresql://clerk@db.example/office", "postgresql://clerk@db.example/office"),
    ],
)
def test_hide_passwords(text, shown):
    assert hide_passwords(text) == shown
