"""Tables that fit the terminal: which columns to show at a width, and how wide each is.

Rich shrinks a table that is too wide by folding its cells anywhere, so at 80
columns a date became `2025-05` / `-09` and a name `Shenzh` / `en`. Here each column
gets at least the width of its longest word (a date, an id, a code is one word and so
is never broken; names wrap at spaces); a word longer than `LONG_WORD` (a web address)
may still be folded. When even that does not fit, the columns the caller names as
least needed are left out, and the table's caption says which. The cells are measured
as plain text; the caller adds them (escaped as it needs) in the order `shown` gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.table import Table

LONG_WORD = 24  # a word longer than this (an address, a long Chinese name) may be folded
# the default box: a rule and a space either side of each column, and one edge rule
PER_COLUMN, EDGE = 3, 1


@dataclass(frozen=True)
class Layout:
    """The columns to show (indexes into the caller's columns) and their widths."""

    shown: list[int]
    widths: list[int]
    wraps: list[bool]  # False: the column's cells are single short words, never wrapped
    dropped: list[str]  # the headers of the columns left out

    def pick(self, row: Sequence[Any]) -> list[Any]:
        """The cells of `row` that are shown, in order."""
        return [row[index] for index in self.shown]


def _cell_len(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _longest_word(text: str) -> int:
    return max((_cell_len(word) for word in text.split()), default=0)


def _natural(text: str) -> int:
    return max((_cell_len(line) for line in text.splitlines()), default=0)


def fit_columns(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, *,
                drop: Sequence[int] = ()) -> Layout:
    """Widths for `headers`' columns so the table fits `width` without breaking a word.

    `drop` lists the indexes that may be left out, the least needed first; a column
    not in it is always shown.
    """
    columns = range(len(headers))
    natural = [max([_natural(headers[i]), *(_natural(row[i]) for row in rows)]) for i in columns]
    least = [max([min(_longest_word(headers[i]), LONG_WORD),
                  *(min(_longest_word(row[i]), LONG_WORD) for row in rows)]) for i in columns]
    wraps = [any(len(text.split()) > 1 for text in [headers[i], *(row[i] for row in rows)])
             or natural[i] > LONG_WORD for i in columns]
    shown = list(columns)
    leave_out = [i for i in drop if i in shown]

    def room() -> int:
        return width - PER_COLUMN * len(shown) - EDGE

    while sum(least[i] for i in shown) > room() and leave_out:
        shown.remove(leave_out.pop(0))
    widths = _share(room(), [least[i] for i in shown], [natural[i] for i in shown])
    return Layout(shown, widths, [wraps[i] for i in shown],
                  [headers[i] for i in columns if i not in shown])


def _share(room: int, least: list[int], natural: list[int]) -> list[int]:
    """Each column its least width, then the room left shared out in proportion to what
    each still wants, none beyond its natural width."""
    widths = list(least)
    spare = room - sum(widths)
    while spare > 0:
        wanting = [i for i, w in enumerate(widths) if w < natural[i]]
        if not wanting:
            break
        total = sum(natural[i] - widths[i] for i in wanting)
        given = 0
        for i in wanting:
            extra = min(natural[i] - widths[i], max(1, spare * (natural[i] - widths[i]) // total))
            extra = min(extra, spare - given)
            widths[i] += extra
            given += extra
        if given == 0:
            break
        spare -= given
    return widths


def fitted_table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, *,
                 drop: Sequence[int] = (), justify: Sequence[str] | None = None,
                 **table_options: Any) -> tuple[Table, Layout]:
    """A rich table with the columns `fit_columns` chose (no rows yet: add `layout.pick(row)`
    for each row); the caption names the columns left out."""
    from rich.table import Table

    layout = fit_columns(headers, rows, width, drop=drop)
    if layout.dropped:
        table_options.setdefault("caption", f"Not shown at this width: "
                                 f"{', '.join(layout.dropped)} (see --json)")
        table_options.setdefault("caption_justify", "left")
        table_options.setdefault("caption_style", "dim")
    table = Table(**table_options)
    for index, column_width, wraps in zip(layout.shown, layout.widths, layout.wraps,
                                          strict=True):
        table.add_column(headers[index], width=column_width, no_wrap=not wraps,
                         overflow="fold" if wraps else "ellipsis",
                         justify=justify[index] if justify else "left")  # type: ignore[arg-type]
    return table, layout
