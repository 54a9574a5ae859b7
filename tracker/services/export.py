"""The whole database as one JSON document, in a stable order (tables by dependency, rows by id)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.audit import json_value
from tracker.db import Base
from tracker.errors import InvalidInput
from tracker.migrate import SCHEMA_HEAD


def export_database(session: Session) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in Base.metadata.sorted_tables:
        rows = session.execute(select(table).order_by(table.c.id)).mappings()
        tables[table.name] = [
            {key: json_value(value) for key, value in row.items()} for row in rows
        ]
    return {"format": "tracker-export", "schema": SCHEMA_HEAD, "tables": tables}


def write_export(session: Session, path: Path) -> int:
    """Write the export to `path`; returns the number of rows written."""
    document = export_database(session)
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise InvalidInput(f"cannot write {path}: {error.strerror or error}") from None
    return sum(len(rows) for rows in document["tables"].values())
