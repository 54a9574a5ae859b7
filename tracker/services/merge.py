"""Merging a duplicate organization into the one to keep.

Every reference to the duplicate moves to the kept organization, the
duplicate's name and aliases become aliases of the kept one, and the
duplicate is deleted, all in the caller's one transaction. Every move is an
ORM update, so the audit log records each one (before and after) under the
merge command.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from tracker.dates import PartialDate
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
    MembershipTerm,
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
    combined: list[str] = field(default_factory=list)  # role histories joined, one line each

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
    _refuse_self_cooperation(session, duplicate, into)
    report = MergeReport(duplicate.name, into.name)
    dup_id, into_id = duplicate.id, into.id

    kept = {m.alliance_id: m for m in into.memberships}
    for membership in list(duplicate.memberships):
        if membership.invited_by_id in (dup_id, into_id):  # it cannot have invited itself
            membership.invited_by = None
        if membership.alliance_id in kept:
            combine_memberships(session, membership, kept[membership.alliance_id], report)
            continue
        report.moved["memberships"] += 1
        report.moved["role terms"] += len(membership.terms)
        membership.organization = into
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
    _move_impact_records(session, dup_id, into_id, report)
    move_citations(session, "organization", dup_id, into_id, report)

    for alias in list(duplicate.aliases):
        alias.organization = into
        report.moved["aliases"] += 1
    move_other_references(session, duplicate, into, report)
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


def _move_impact_records(session: Session, dup_id: int, into_id: int, report: MergeReport) -> None:
    """The International Influence Table's records: each organization column they have."""
    from tracker.models import Award, Post, StandardAdoption, TeachingSite

    columns: tuple[tuple[str, type[Any], str], ...] = (
        ("posts", Post, "organization_id"),
        ("standard adoptions", StandardAdoption, "organization_id"),
        ("standard adoptions", StandardAdoption, "adopter_organization_id"),
        ("awards", Award, "organization_id"),
        ("teaching sites", TeachingSite, "organization_id"),
        ("teaching sites", TeachingSite, "partner_organization_id"),
    )
    for what, model, column in columns:
        for row in _where(session, model, getattr(model, column) == dup_id):
            setattr(row, column, into_id)
            report.moved[what] += 1


def _where(session: Session, model: type[Any], condition: ColumnElement[bool]) -> list[Any]:
    """The rows of `model` meeting `condition`, by id (a stable order for the audit log)."""
    return list(session.scalars(select(model).where(condition).order_by(model.id)))


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


def move_citations(
    session: Session, table: str, dup_id: int, into_id: int, report: MergeReport
) -> None:
    """Citations of the duplicate row cite the kept one; one repeating a source is dropped."""
    cited = {
        c.source_id
        for c in _where(
            session, Citation,
            (Citation.subject_table == table) & (Citation.subject_id == into_id),
        )
    }
    for citation in _where(
        session, Citation,
        (Citation.subject_table == table) & (Citation.subject_id == dup_id),
    ):
        if citation.source_id in cited:
            session.delete(citation)
            report.dropped["citations"] += 1
        else:
            citation.subject_id = into_id
            cited.add(citation.source_id)
            report.moved["citations"] += 1


def move_other_references(
    session: Session, duplicate: Any, into: Any, report: MergeReport
) -> None:
    """Any reference not moved above (a series' host, a column added later) moves too,
    rather than being emptied or deleted with the duplicate by its foreign key's rule."""
    from tracker.audit import referencing

    session.flush()  # the moves above are in the database, so only what is left is found
    for model, key, _rule in referencing(type(duplicate).__table__):
        for row in _where(session, model, getattr(model, key) == duplicate.id):
            if row in session.deleted:
                continue
            setattr(row, key, into.id)
            report.moved[f"{model.__tablename__.replace('_', ' ')} references"] += 1
    session.flush()  # moved in the database before the duplicate's delete looks for references


def combine_memberships(
    session: Session, duplicate: Membership, kept: Membership, report: MergeReport
) -> None:
    """Join two memberships of one alliance: the kept one takes the earlier joining, the
    later leaving (none while either is open), a missing inviter or source, and every role
    term; a term of the same role over the same time as a kept one is joined into it."""
    kept.joined = _earliest(kept.joined, duplicate.joined)
    kept.left = None if kept.left is None or duplicate.left is None else _latest(
        kept.left, duplicate.left)
    if kept.invited_by is None and duplicate.invited_by not in (None, kept.organization):
        kept.invited_by = duplicate.invited_by
    kept.source = kept.source or duplicate.source
    for term in sorted(duplicate.terms, key=lambda t: t.id):
        same = next((t for t in kept.terms if t.role_id == term.role_id and _overlap(t, term)),
                    None)
        if same is None:
            term.membership = kept
            report.moved["role terms"] += 1
            continue
        same.start = _earliest(same.start, term.start)
        same.end = None if same.end is None or term.end is None else _latest(same.end, term.end)
        same.source = same.source or term.source
        same.evidence = same.evidence or term.evidence
        session.flush()  # the kept term's id is final before citations point at it
        move_citations(session, "membership_term", term.id, same.id, report)
        duplicate.terms.remove(term)
        session.delete(term)
        report.moved["role terms joined with the same role at the same time"] += 1
    session.flush()
    move_citations(session, "membership", duplicate.id, kept.id, report)
    report.combined.append(f"{kept.alliance.name}: " + "; ".join(
        f"{t.role.code} {t.start or '?'}–{t.end or ''}" for t in _by_start(kept.terms)))
    # out of both parents' lists, or the merged parent's delete would delete it again
    for parent in (duplicate.organization.memberships, duplicate.alliance.memberships):
        if duplicate in parent:
            parent.remove(duplicate)
    session.delete(duplicate)
    report.moved["memberships combined"] += 1


def _earliest(first: PartialDate | None, second: PartialDate | None) -> PartialDate | None:
    """The earlier of two dates; of "2022-05" and "2022-05-12", the day (it says more)."""
    if first is None or second is None:
        return first or second
    if _within(second, first) or _within(first, second):
        return first if _within(first, second) else second
    return min(first, second, key=lambda d: d.first_day)


def _latest(first: PartialDate, second: PartialDate) -> PartialDate:
    """The later of two dates; of "2024" and "2024-06", the month (it says more)."""
    if _within(second, first) or _within(first, second):
        return first if _within(first, second) else second
    return max(first, second, key=lambda d: d.last_day)


def _within(inner: PartialDate, outer: PartialDate) -> bool:
    return outer.first_day <= inner.first_day and inner.last_day <= outer.last_day


def _span(term: MembershipTerm) -> tuple[dt.date, dt.date]:
    return (term.start.first_day if term.start else dt.date.min,
            term.end.last_day if term.end else dt.date.max)


def _overlap(first: MembershipTerm, second: MembershipTerm) -> bool:
    (a_start, a_end), (b_start, b_end) = _span(first), _span(second)
    return a_start <= b_end and b_start <= a_end


def _by_start(terms: list[MembershipTerm]) -> list[MembershipTerm]:
    return sorted(terms, key=lambda t: (_span(t)[0], t.id or 0))
