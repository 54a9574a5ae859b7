"""Stored text made safe to show: nothing a user typed is run by the terminal or the console.

A name is data, never instructions: rich would read `[red]` or `[/bar]` in it as
markup (colour, a hyperlink, or a MarkupError that breaks the view for everyone), a
terminal would obey an escape sequence in it, and a Markdown viewer would render
raw HTML. Everything that prints stored text passes through one of these.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

# C0 and C1 control characters and DEL, and the bidirectional overrides that can make
# a line read differently from what it holds (Trojan Source); line breaks are kept
# only where the caller says a value may span lines
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, *, multiline: bool = False) -> str:
    r"""`text` with every control character written out as an escape, so it is shown, not sent.

    >>> visible("Foo\x1b[31m College")
    'Foo\\x1b[31m College'
    >>> visible("one\ntwo"), visible("one\ntwo", multiline=True)
    ('one\\x0atwo', 'one\ntwo')
    """
    pattern = _CONTROL if multiline else _CONTROL_OR_NEWLINE
    return pattern.sub(_shown, text)


def console_text(text: str, *, multiline: bool = False) -> str:
    r"""`text` for a rich console or table: controls shown and markup escaped, printed as typed.

    >>> console_text("Foo [/bar] College")
    'Foo \\[/bar] College'
    """
    from rich.markup import escape

    return escape(visible(text, multiline=multiline))


def console_cell(text: str, *, multiline: bool = False) -> Text:
    """`text` as a rich Text for a table cell or title: never parsed as markup, controls shown.

    (`console_text` is for text inside a markup string; alone, rich would show the
    backslash it doubles at the end of a value.)
    """
    from rich.text import Text

    return Text(visible(text, multiline=multiline))


def markdown_text(text: str) -> str:
    """`text` for a Markdown document: HTML escaped (a viewer would render it), controls shown.

    >>> markdown_text("<script>x</script> & co")
    '&lt;script&gt;x&lt;/script&gt; &amp; co'
    """
    return html.escape(visible(text, multiline=True), quote=False)


# user:password@ in a URL, and password=... in a libpq connection string or a driver's message
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)
_KEYWORD_PASSWORD = re.compile(r"\b(password\s*=\s*)('[^']*'|\S+)", re.IGNORECASE)


def hide_passwords(text: str) -> str:
    """`text` with every database password replaced by ***, wherever a message quotes one.

    >>> hide_passwords("cannot open postgresql://clerk:s3cret@db.example/office")
    'cannot open postgresql://clerk:***@db.example/office'
    >>> hide_passwords("invalid dsn: host=db password=s3cret port=x")
    'invalid dsn: host=db password=*** port=x'
    """
    return _KEYWORD_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1***@", text))
