"""recompute stored name keys: Chinese quotes, brackets and punctuation no longer count

`tracker.names.name_key` now drops the spaces that Chinese quotes, brackets,
full-width punctuation and the middle dot leave beside Chinese characters, so
"“一带一路”职业教育联盟" and "一带一路职业教育联盟" share one key. Stored
keys are recomputed so that lookups by the new rule find old rows. Two rows
that the new rule makes one name are not merged silently: the upgrade refuses
and names them, so the user can merge or rename them first.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 14:00:00
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from tracker.errors import Conflict
from tracker.names import name_key

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table that stores a key. The first three share one namespace: a name or alias
# of one organization or alliance may not be another's (services/organization.py).
NAMED = ("organization", "alliance", "alias")
OTHERS = ("event_series", "country_group", "person")
UNIQUE_ALONE = ("event_series", "country_group")  # person keys need not be unique


def _key_0003(name: str) -> str:
    """The rule before this revision, frozen here so that downgrade restores its keys."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"\b(?:\w\.){2,}", lambda match: match.group(0).replace(".", ""), text)
    text = re.sub(r"[^\w\s]", " ", text.replace("_", " "))
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the\s+", "", text)


def _rows(connection: sa.Connection, table: str) -> list[sa.Row]:
    columns = "id, name, name_key"
    if table == "alias":
        columns += ", organization_id, alliance_id"
    return list(connection.execute(sa.text(f"SELECT {columns} FROM {table} ORDER BY id")))


def _owner(table: str, row: sa.Row) -> tuple[str, int]:
    """The record a name belongs to: an alias belongs to its organization or alliance."""
    if table != "alias":
        return (table, row.id)
    if row.organization_id is not None:
        return ("organization", row.organization_id)
    return ("alliance", row.alliance_id)


def _collision(
    rows: dict[str, list[sa.Row]], tables: Sequence[str], key: Callable[[str], str]
) -> str | None:
    """The first pair of names, among these tables, that one key would join, described."""
    seen: dict[str, list[tuple[str, sa.Row]]] = defaultdict(list)
    for table in tables:
        for row in rows[table]:
            seen[key(row.name)].append((table, row))
    clashes = []
    for new_key, holders in seen.items():
        owners = {_owner(table, row) for table, row in holders}
        per_table = defaultdict(int)
        for table, _ in holders:
            per_table[table] += 1
        # an alias may share its own owner's key; two rows of one table, or two owners, not
        if len(owners) > 1 or max(per_table.values()) > 1:
            clashes.append((new_key, holders))
    if not clashes:
        return None
    new_key, holders = clashes[0]
    names = " and ".join(f"{table} {row.id} '{row.name}'" for table, row in holders[:2])
    more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
    return f"{names} would share the name key '{new_key}'{more}"


def _recompute(key: Callable[[str], str], below: str) -> None:
    connection = op.get_bind()
    rows = {table: _rows(connection, table) for table in (*NAMED, *OTHERS)}
    problems = [_collision(rows, NAMED, key)]
    problems += [_collision(rows, (table,), key) for table in UNIQUE_ALONE]
    problem = next((p for p in problems if p), None)
    if problem:
        raise Conflict(
            f"cannot {below}: {problem}; rename or merge one of them first (tracker org merge)"
        )
    # two passes through a placeholder ("#id": no real key holds punctuation): unique
    # constraints are checked row by row, and a row's new key may be another row's old
    # key until that row is updated too
    for table, table_rows in rows.items():
        changed = [row for row in table_rows if key(row.name) != row.name_key]
        statement = sa.text(f"UPDATE {table} SET name_key = :key WHERE id = :id")
        for row in changed:
            connection.execute(statement, {"key": f"#{row.id}", "id": row.id})
        for row in changed:
            connection.execute(statement, {"key": key(row.name), "id": row.id})


def upgrade() -> None:
    # the current rule, imported: recomputing with it is what makes stored keys match the code
    _recompute(name_key, "upgrade to 0004")


def downgrade() -> None:
    _recompute(_key_0003, "downgrade below 0004")
