"""Reading the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import parse_partial_date
from tracker.db import Base
from tracker.errors import InvalidInput
from tracker.models import Change

DEFAULT_LIMIT = 50


def list_changes(
    session: Session,
    table: str | None = None,
    row: int | None = None,
    actor: str | None = None,
    since: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Change]:
    """The newest changes first, filtered by table, row id, actor and date."""
    query = select(Change).order_by(Change.id.desc()).limit(limit)
    if table:
        if table not in Base.metadata.tables:
            known = ", ".join(sorted(Base.metadata.tables))
            raise InvalidInput(f"unknown table '{table}'; tables are: {known}")
        query = query.where(Change.table_name == table)
    if row is not None:
        query = query.where(Change.row_id == row)
    if actor:
        query = query.where(Change.actor == actor)
    if since:
        first = parse_partial_date(since).first_day
        query = query.where(Change.at >= dt.datetime.combine(first, dt.time(), dt.UTC))
    return list(session.scalars(query))
