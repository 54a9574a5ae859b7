"""Which kind of record a table holds and which field each of its columns gives.

The headers decide: for each kind, the columns whose header names one of its
fields; the kind whose required fields are all there and which recognises the
most columns wins, the sheet's title breaking a tie. `--map "列名=field"`
names a column's field and `--kind` the table's kind when the headers do not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from tracker.errors import InvalidInput
from tracker.load.columns import (
    KIND_BY_NAME,
    SHEET_KINDS,
    SheetKind,
    header_fields,
    header_key,
    title_kind,
)
from tracker.load.read import Table


@dataclass(frozen=True)
class Mapped:
    """A table's kind and, for each field, the index of the column that gives it."""

    kind: SheetKind
    columns: Mapping[str, int]
    ignored: tuple[str, ...]  # headers no field takes, shown to the user


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """`--map` options ("列名=field") as header key -> field; a malformed one is refused."""
    found: dict[str, str] = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        if not sep or not header.strip() or not field.strip():
            raise InvalidInput(f"--map '{pair}' is not of the form \"header=field\"")
        found[header_key(header)] = field.strip()
    return found


# rows above the header an office puts a title or a note in ("2023年合作单位名单")
MAX_TITLE_ROWS = 3


def recognise(table: Table, *, kind_name: str | None = None,
              overrides: Mapping[str, str] | None = None) -> tuple[Table, Mapped]:
    """The table as its header row starts it, and its mapping.

    The first row is the header unless it is a title: then the first of the next
    MAX_TITLE_ROWS rows that does make a header is, and the rows above it are left out.
    """
    try:
        return table, map_table(table, kind_name=kind_name, overrides=overrides)
    except InvalidInput as first_error:
        for index, (number, cells) in enumerate(table.rows[:MAX_TITLE_ROWS]):
            below = replace(table, header_row=number, headers=cells,
                            rows=table.rows[index + 1:])
            try:
                return below, map_table(below, kind_name=kind_name, overrides=overrides)
            except InvalidInput:
                continue
        raise first_error from None


def map_table(table: Table, *, kind_name: str | None = None,
              overrides: Mapping[str, str] | None = None) -> Mapped:
    """The kind of `table` and its column mapping, or InvalidInput saying why none fits."""
    overrides = overrides or {}
    if kind_name is not None:
        if kind_name not in KIND_BY_NAME:
            raise InvalidInput(f"--kind '{kind_name}' is none of: {', '.join(KIND_BY_NAME)}")
        candidates: tuple[SheetKind, ...] = (KIND_BY_NAME[kind_name],)
    else:
        candidates = SHEET_KINDS
    known = {column.field for kind in candidates for column in kind.columns}
    if unknown := sorted(set(overrides.values()) - known):
        raise InvalidInput(f"--map: no field '{unknown[0]}' (fields: {', '.join(sorted(known))})")
    fits = [mapped for kind in candidates
            if (mapped := _fit(table, kind, overrides)) is not None]
    place = table.where(table.header_row).rsplit(", row", 1)[0]
    if not fits:
        if kind_name is not None:
            kind = KIND_BY_NAME[kind_name]
            wanted = ", ".join(c.header() for c in kind.columns if c.required)
            raise InvalidInput(f"{place}: the headers lack a column for {wanted} "
                               f"(row {table.header_row}); name it with --map \"header=field\"")
        raise InvalidInput(f"{place}: no recognisable header in row {table.header_row} "
                           f"({', '.join(h for h in table.headers if h)[:120]}); "
                           "name the kind with --kind and columns with --map")
    best = max(len(m.columns) for m in fits)
    top = [m for m in fits if len(m.columns) == best]
    if len(top) > 1:
        titled = title_kind(table.sheet or table.origin.rsplit(".", 1)[0])
        top = [m for m in top if m.kind is titled] or top
    if len(top) > 1:
        raise InvalidInput(f"{place}: the headers fit {' and '.join(m.kind.name for m in top)} "
                           "alike; name the kind with --kind")
    return top[0]


def _fit(table: Table, kind: SheetKind, overrides: Mapping[str, str]) -> Mapped | None:
    known = header_fields(kind)
    fields = {column.field for column in kind.columns}
    columns: dict[str, int] = {}
    ignored = []
    for index, header in enumerate(table.headers):
        key = header_key(header)
        if not key:
            continue
        field = overrides.get(key) or known.get(key)
        if field in fields and field not in columns:
            columns[field] = index
        else:
            ignored.append(header)
    if any(column.required and column.field not in columns for column in kind.columns):
        return None
    if kind.one_of and not any(field in columns for field in kind.one_of):
        return None
    return Mapped(kind, columns, tuple(ignored))
