"""A deleted record takes its citations with it.

Citations name their subject by table and id (any table can be cited), so the
database cannot cascade to them; this hook deletes them in the same flush, through
the session, so the audit log records those deletions too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from tracker.models.source import Citation


def _drop_citations_of_deleted(session: Session, _context: Any, _instances: Any) -> None:
    deleted: dict[str, list[int]] = defaultdict(list)
    for row in session.deleted:
        if not isinstance(row, Citation) and getattr(row, "id", None) is not None:
            deleted[row.__tablename__].append(row.id)
    if not deleted:
        return
    with session.no_autoflush:
        for table, ids in deleted.items():
            for citation in session.scalars(select(Citation).where(
                    Citation.subject_table == table, Citation.subject_id.in_(ids))):
                # a citation this flush moves to another record (a merge) stays
                if citation.subject_table == table and citation.subject_id in ids:
                    session.delete(citation)


event.listen(Session, "before_flush", _drop_citations_of_deleted)


def cite(session: Session, record: Any, source: Any | None, evidence: str | None = None) -> None:
    """Record that `source` states `record` (a hand-entered fact's `--source`), once."""
    if source is None:
        return
    session.flush()  # the record's id, which the citation names
    table = record.__tablename__
    exists = session.scalars(select(Citation).where(
        Citation.source_id == source.id, Citation.subject_table == table,
        Citation.subject_id == record.id)).first()
    if exists is None:
        session.add(Citation(source=source, subject_table=table, subject_id=record.id,
                             evidence=evidence))
