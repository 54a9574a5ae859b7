"""Merging a duplicate organization into the one to keep.

Every reference to the duplicate moves to the kept organization, the
duplicate's name and aliases become aliases of the kept one, and the
duplicate is deleted, all in the caller's one transaction. Every move is an
ORM update, so the audit log records each one (before and after) under the
merge command.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from tracker.db import lock_rows
from tracker.errors import Conflict, InvalidInput
from tracker.models import (
    Alias,
    AliasKind,
    Alliance,
    Citation,
    Cooperation,
    EventParticipant,
    Figure,
    Membership,
    Organization,
    Person,
)


@dataclass
class MergeReport:
    """How many rows of each kind moved to the kept organization, and what was dropped."""

    duplicate: str
    into: str
    moved: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        parts = [f"{count} {what}" for what, count in sorted(self.moved.items()) if count]
        dropped = [f"{count} {what}" for what, count in sorted(self.dropped.items()) if count]
        text = ", ".join(parts) or "nothing"
        if dropped:
            text += f" (dropped as already recorded: {', '.join(dropped)})"
        return text


def merge_organizations(
    session: Session, duplicate: Organization, into: Organization
) -> MergeReport:
    """Move every reference of `duplicate` to `into`, keep its names as aliases, delete it."""
    if duplicate is into:
        raise InvalidInput(f"cannot merge {into.name} into itself")
    # a concurrent merge or edit of either waits until this one is committed
    lock_rows(session, Organization, (duplicate.id, into.id))
    session.refresh(duplicate)
    session.refresh(into)
    _refuse_double_memberships(duplicate, into)
    _refuse_self_cooperation(session, duplicate, into)
    report = MergeReport(duplicate.name, into.name)
    dup_id, into_id = duplicate.id, into.id

    for membership in list(duplicate.memberships):
        report.moved["memberships"] += 1
        report.moved["role terms"] += len(membership.terms)
        membership.organization = into
        if membership.invited_by_id == dup_id:  # it cannot have invited itself
            membership.invited_by = None
    for membership in _where(session, Membership, Membership.invited_by_id == dup_id):
        # a membership of `into` invited by its own duplicate has no inviter left
        membership.invited_by = None if membership.organization_id == into_id else into
        report.moved["invitations"] += 1

    _move_participations(session, dup_id, into, report)
    for person in _where(session, Person, Person.organization_id == dup_id):
        person.organization = into
        report.moved["people"] += 1
    for record in _where(session, Cooperation, Cooperation.organization_id == dup_id):
        record.organization = into
        report.moved["cooperation"] += 1
    for record in _where(session, Cooperation, Cooperation.partner_organization_id == dup_id):
        record.partner = into
        report.moved["cooperation"] += 1
    for figure in _where(session, Figure, Figure.organization_id == dup_id):
        figure.organization = into
        report.moved["figures"] += 1
    for alliance in _where(session, Alliance, Alliance.lead_organization_id == dup_id):
        alliance.lead_organization = into
        report.moved["alliances led"] += 1
    _move_citations(session, dup_id, into_id, report)

    for alias in list(duplicate.aliases):
        alias.organization = into
        report.moved["aliases"] += 1
    was_home = duplicate.is_home
    old_name = duplicate.name
    session.flush()  # every row points at `into` before the duplicate's delete cascades
    session.delete(duplicate)
    session.flush()  # the duplicate's name and home flag must be gone before `into` takes them
    session.add(Alias(name=old_name, kind=AliasKind.OTHER, organization=into))
    report.moved["aliases"] += 1
    if was_home:
        into.is_home = True
    return report


def _where(session: Session, model: type[Any], condition: ColumnElement[bool]) -> list[Any]:
    """The rows of `model` meeting `condition`, by id (a stable order for the audit log)."""
    return list(session.scalars(select(model).where(condition).order_by(model.id)))


def _refuse_double_memberships(duplicate: Organization, into: Organization) -> None:
    kept = {m.alliance_id for m in into.memberships}
    both = sorted(m.alliance.name for m in duplicate.memberships if m.alliance_id in kept)
    if both:
        raise Conflict(
            f"both {duplicate.name} and {into.name} are members of {'; '.join(both)}; "
            f"the merge would give {into.name} two memberships of the same alliance"
        )


def _refuse_self_cooperation(session: Session, duplicate: Organization, into: Organization) -> None:
    pair = {duplicate.id, into.id}
    rows = _where(session, Cooperation, Cooperation.organization_id.in_(pair))
    between = sorted(
        r.id for r in rows if {r.organization_id, r.partner_organization_id} == pair
    )
    if between:
        listing = ", ".join(str(i) for i in between)
        raise Conflict(
            f"cooperation {listing} is between {duplicate.name} and {into.name}, which would "
            "become cooperation with itself; remove it first (`tracker coop remove ID`)"
        )


def _move_participations(
    session: Session, dup_id: int, into: Organization, report: MergeReport
) -> None:
    """Move event participations; one `into` already has in the same role is dropped."""
    held = {
        (p.event_id, p.role)
        for p in _where(session, EventParticipant, EventParticipant.organization_id == into.id)
    }
    for row in _where(session, EventParticipant, EventParticipant.organization_id == dup_id):
        if (row.event_id, row.role) in held:
            session.delete(row)
            report.dropped["event participations"] += 1
        else:
            row.organization = into
            held.add((row.event_id, row.role))
            report.moved["event participations"] += 1


def _move_citations(session: Session, dup_id: int, into_id: int, report: MergeReport) -> None:
    """Citations of the duplicate cite the kept organization; a repeated one is dropped."""
    cited = {
        c.source_id
        for c in _where(
            session, Citation,
            (Citation.subject_table == "organization") & (Citation.subject_id == into_id),
        )
    }
    for citation in _where(
        session, Citation,
        (Citation.subject_table == "organization") & (Citation.subject_id == dup_id),
    ):
        if citation.source_id in cited:
            session.delete(citation)
            report.dropped["citations"] += 1
        else:
            citation.subject_id = into_id
            report.moved["citations"] += 1
