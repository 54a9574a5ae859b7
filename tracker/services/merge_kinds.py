"""Merging duplicate alliances, people and events (organizations: `services.merge`).

Each merge moves every reference of the duplicate to the kept record, fills
the kept record's empty fields from the duplicate, keeps the duplicate's
citations, and deletes it, in the caller's transaction; each move is an ORM
change, so the log records it and `tracker undo` can put it back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from tracker.errors import InvalidInput
from tracker.models import Alias, AliasKind, Alliance, Event, EventParticipant, Person
from tracker.services.merge import (
    MergeReport,
    _where,
    combine_memberships,
    move_citations,
    move_other_references,
)

# never copied from the duplicate: identity, and the kept record's own name
_OWN_COLUMNS = frozenset({"id", "name", "name_key", "created_at", "updated_at", "is_home"})


def merge_alliances(session: Session, duplicate: Alliance, into: Alliance) -> MergeReport:
    """Move the duplicate alliance's members (joining the role histories of an organization
    in both), aliases, events, series and figures to `into`; its name becomes an alias."""
    report = _start(duplicate, into)
    kept = {m.organization_id: m for m in into.memberships}
    for membership in list(duplicate.memberships):
        if membership.organization_id in kept:
            combine_memberships(session, membership, kept[membership.organization_id], report)
        else:
            membership.alliance = into
            report.moved["memberships"] += 1
    for alias in list(duplicate.aliases):
        alias.alliance = into
        report.moved["aliases"] += 1
    name = duplicate.name
    _finish(session, duplicate, into, report)
    session.add(Alias(name=name, kind=AliasKind.OTHER, alliance=into))
    report.moved["aliases"] += 1
    return report


def merge_people(session: Session, duplicate: Person, into: Person) -> MergeReport:
    """Move the duplicate person's event participations (one already held is dropped) to
    `into`, and its title or organization where `into` has none."""
    report = _start(duplicate, into)
    _move_participants(session, "person_id", duplicate.id, into.id, report)
    _finish(session, duplicate, into, report)
    return report


def merge_events(session: Session, duplicate: Event, into: Event) -> MergeReport:
    """Move the duplicate event's participants (one already recorded is dropped) to `into`,
    and its date, place, counts or series where `into` has none."""
    report = _start(duplicate, into)
    _move_participants(session, "event_id", duplicate.id, into.id, report)
    _finish(session, duplicate, into, report, own=frozenset({"title"}))
    return report


def _start(duplicate: Any, into: Any) -> MergeReport:
    if duplicate is into:
        raise InvalidInput(f"cannot merge {_label(into)} into itself")
    return MergeReport(_label(duplicate), _label(into))


def _label(record: Any) -> str:
    return str(getattr(record, "name", None) or getattr(record, "title", None) or record.id)


def _finish(
    session: Session, duplicate: Any, into: Any, report: MergeReport, *,
    own: frozenset[str] = frozenset()
) -> None:
    """Fill `into`'s blanks, move citations and what else refers to the duplicate, delete it."""
    _fill_blanks(duplicate, into, report, own=_OWN_COLUMNS | own)
    move_citations(session, type(duplicate).__tablename__, duplicate.id, into.id, report)
    move_other_references(session, duplicate, into, report)
    session.delete(duplicate)
    session.flush()  # the duplicate's unique name is gone before anything takes it


def _fill_blanks(
    duplicate: Any, into: Any, report: MergeReport, *, own: frozenset[str]
) -> None:
    for attr in inspect(type(into)).column_attrs:
        key = attr.key
        if key in own or getattr(into, key) is not None:
            continue
        value = getattr(duplicate, key)
        if value is not None:
            setattr(into, key, value)
            report.moved["fields filled"] += 1


def _move_participants(
    session: Session, column: str, dup_id: int, into_id: int, report: MergeReport
) -> None:
    """Move participations by `column` (event_id or person_id); a repeat of one held is
    dropped (the same event, party and role)."""

    def key(row: EventParticipant) -> tuple[Any, ...]:
        """Who took part in what, in which role, as it would read after the move."""
        moved = {"event_id": row.event_id, "person_id": row.person_id, column: into_id}
        return (moved["event_id"], row.organization_id, moved["person_id"], row.role)

    moved_column = getattr(EventParticipant, column)
    held = {key(row) for row in _where(session, EventParticipant, moved_column == into_id)}
    for row in _where(session, EventParticipant, moved_column == dup_id):
        if key(row) in held:
            session.delete(row)
            report.dropped["participations"] += 1
        else:
            held.add(key(row))
            setattr(row, column, into_id)
            report.moved["participations"] += 1
