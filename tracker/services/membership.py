"""Memberships and role terms: joining, changing role, leaving, and who held what when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, contains_eager

from tracker.dates import PartialDate, Precision, check_order, parse_optional
from tracker.db import lock_rows
from tracker.errors import AlreadyExists, Conflict, InvalidInput, NotFound
from tracker.models import Alliance, Membership, MembershipTerm, Organization, Role, Source
from tracker.services import resolve
from tracker.services.validate import optional_text

DEFAULT_ROLE = "member"


def _membership_of(
    session: Session, organization: Organization, alliance: Alliance
) -> Membership | None:
    # an unflushed membership counts: the importer adds a whole article before one flush
    for row in session.new:
        if (isinstance(row, Membership) and row.organization is organization
                and row.alliance is alliance):
            return row
    if organization.id is None or alliance.id is None:
        return None
    return session.scalars(
        select(Membership).where(
            Membership.organization_id == organization.id, Membership.alliance_id == alliance.id
        )
    ).first()


def find_membership(session: Session, organization: Organization, alliance: Alliance) -> Membership:
    found = _membership_of(session, organization, alliance)
    if found is None:
        raise NotFound(f"{organization.name} is not a member of {alliance.name}")
    return found


def add_membership(
    session: Session,
    organization: Organization,
    alliance: Alliance,
    role: str | None = None,
    since: str | PartialDate | None = None,
    invited_by: Organization | None = None,
    source: Source | None = None,
    evidence: str | None = None,
) -> Membership:
    """The organization joins the alliance, holding `role` (member by default) from `since`."""
    role_row = resolve.role(session, role or DEFAULT_ROLE)
    start = parse_optional(since) if isinstance(since, str | None) else since
    existing = _membership_of(session, organization, alliance)
    if existing is not None:
        held = f" since {existing.joined}" if existing.joined else ""
        raise AlreadyExists(
            f"{organization.name} is already a member of {alliance.name}{held}; "
            "use `tracker member role` to record a new role"
        )
    if invited_by is organization:
        raise InvalidInput("an organization cannot invite itself")
    membership = Membership(
        organization=organization, alliance=alliance, invited_by=invited_by, source=source
    )
    membership.joined = start
    term = MembershipTerm(
        role=role_row, source=source, evidence=optional_text(evidence, "evidence", 2000)
    )
    term.start = start
    membership.terms.append(term)
    session.add(membership)
    return membership


def _hold(session: Session, membership: Membership) -> None:
    """Lock the membership and read its terms afresh: the open term is read and ended in
    one step, so concurrent role changes queue instead of each ending the same term and
    leaving several open (SQLite: the writing transaction holds the database already)."""
    if membership.id is None:  # added by this command: no one else can see it
        return
    session.flush()  # this command's own changes are kept through the fresh read
    lock_rows(session, Membership, (membership.id,))
    session.expire(membership, ["terms", "left_date", "left_precision"])


def open_terms(membership: Membership) -> list[MembershipTerm]:
    return [term for term in membership.terms if term.end is None]


def change_role(
    session: Session,
    organization: Organization,
    alliance: Alliance,
    role: str,
    since: str | PartialDate | None,
    source: Source | None = None,
    evidence: str | None = None,
) -> MembershipTerm:
    """Start a new role term; the membership's open term ends where the new one starts."""
    membership = find_membership(session, organization, alliance)
    _hold(session, membership)
    if membership.left is not None:
        raise Conflict(f"{organization.name} left {alliance.name} in {membership.left}")
    role_row = resolve.role(session, role)
    start = parse_optional(since) if isinstance(since, str | None) else since
    if start is None:
        start = PartialDate(dt.date.today(), Precision.DAY)
    current = open_terms(membership)
    for term in current:
        if term.role is role_row:
            began = f" since {term.start}" if term.start else ""
            raise Conflict(f"{organization.name} already holds {role_row.code}{began}")
        if term.start is not None and start.last_day < term.start.first_day:
            raise InvalidInput(
                f"the new role starts {start}, before the current {term.role.code} term "
                f"began ({term.start})"
            )
    if membership.joined is not None and start.last_day < membership.joined.first_day:
        raise InvalidInput(f"the new role starts {start}, before joining ({membership.joined})")
    for term in current:
        term.end = start
    new_term = MembershipTerm(
        role=role_row, source=source, evidence=optional_text(evidence, "evidence", 2000)
    )
    new_term.start = start
    membership.terms.append(new_term)
    return new_term


def record_role(
    session: Session,
    membership: Membership,
    role: str,
    since: PartialDate | None,
    *,
    source: Source | None = None,
    evidence: str | None = None,
) -> MembershipTerm:
    """Place a stated role in the membership's history, ending only what the text ends.

    Undated, it is recorded beside the open terms (nothing ends: the text does
    not say when). Dated before the first dated term, it is the earlier history:
    it ends where that term starts and the membership's joining date moves back.
    Otherwise it is a role change (`change_role`): the open term ends on its start.
    """
    _hold(session, membership)
    if since is not None:
        starts = [t.start for t in membership.terms if t.start is not None]
        first = min(starts, key=lambda start: start.first_day, default=None)
        if first is not None and since.last_day < first.first_day:
            term = _new_term(session, role, source, evidence)
            term.start, term.end = since, first
            membership.terms.insert(0, term)
            if membership.joined is None or since.first_day < membership.joined.first_day:
                membership.joined = since
            return term
        return change_role(session, membership.organization, membership.alliance, role, since,
                           source=source, evidence=evidence)
    term = _new_term(session, role, source, evidence)
    for held in open_terms(membership):
        if held.role is term.role:
            raise Conflict(f"{membership.organization.name} already holds {term.role.code}")
    membership.terms.append(term)
    return term


def _new_term(session: Session, role: str, source: Source | None,
              evidence: str | None) -> MembershipTerm:
    return MembershipTerm(role=resolve.role(session, role), source=source,
                          evidence=optional_text(evidence, "evidence", 2000))


def end_membership(
    session: Session, organization: Organization, alliance: Alliance, on: str | None
) -> Membership:
    """The organization leaves the alliance; its open role terms end on the same date."""
    membership = find_membership(session, organization, alliance)
    _hold(session, membership)
    if membership.left is not None:
        raise Conflict(f"{organization.name} already left {alliance.name} in {membership.left}")
    left = parse_optional(on) or PartialDate(dt.date.today(), Precision.DAY)
    check_order(membership.joined, left, "leaving date")
    for term in open_terms(membership):
        check_order(term.start, left, "leaving date")
        term.end = left
    membership.left = left
    return membership


def remove_membership(session: Session, membership: Membership) -> None:
    """Delete a membership recorded in error, with its role terms.

    Leaving an alliance is `end_membership`: it keeps the history.
    """
    session.delete(membership)


@dataclass(frozen=True)
class TermFilter:
    alliance: str | None = None
    organization: str | None = None
    role: str | None = None
    year: int | None = None


def list_terms(session: Session, where: TermFilter) -> list[MembershipTerm]:
    """Role terms, each with its membership, organization, alliance and role loaded."""
    query = (
        select(MembershipTerm)
        .join(MembershipTerm.membership)
        .join(Membership.organization)
        .join(Membership.alliance)
        .join(MembershipTerm.role)
        .options(
            contains_eager(MembershipTerm.membership).contains_eager(Membership.organization),
            contains_eager(MembershipTerm.membership).contains_eager(Membership.alliance),
            contains_eager(MembershipTerm.role),
        )
        # an undated term comes after the dated ones, on every engine (SQLite sorts NULL first)
        .order_by(Alliance.name_key, Organization.name_key, MembershipTerm.start_date.is_(None),
                  MembershipTerm.start_date, MembershipTerm.id)
    )
    if where.alliance:
        query = query.where(Membership.alliance_id == resolve.alliance(session, where.alliance).id)
    if where.organization:
        organization = resolve.organization(session, where.organization)
        query = query.where(Membership.organization_id == organization.id)
    if where.role:
        query = query.where(Role.id == resolve.role(session, where.role).id)
    if where.year is not None:
        query = query.where(*held_during(dt.date(where.year, 1, 1), dt.date(where.year, 12, 31)))
    return list(session.scalars(query).unique())


def held_during(first: dt.date, last: dt.date) -> list:  # type: ignore[type-arg]
    """Conditions for a term that overlaps [first, last]; an undated start counts as always."""
    return [
        or_(MembershipTerm.start_date.is_(None), MembershipTerm.start_date <= last),
        or_(MembershipTerm.end_date.is_(None), MembershipTerm.end_date >= first),
    ]


def current_role(membership: Membership) -> Role | None:
    """The highest-ranked role among the open terms."""
    roles = [term.role for term in open_terms(membership)]
    return min(roles, key=lambda r: r.rank) if roles else None


def find_term(session: Session, term_id: int) -> MembershipTerm:
    """A role term by its id (`tracker member list --json` shows it)."""
    term = session.get(MembershipTerm, term_id)
    if term is None:
        raise NotFound(f"no role term has id {term_id}; see `tracker member list`")
    return term


@dataclass(frozen=True)
class TermEdit:
    """What to change in a role term; None keeps a field, '' clears it (end, source)."""

    role: str | None = None
    start: str | None = None
    end: str | None = None
    source: Source | None = None
    clear_source: bool = False
    evidence: str | None = None


def edit_term(session: Session, term: MembershipTerm, change: TermEdit) -> MembershipTerm:
    """Correct one role term: its role, start, end, source or evidence."""
    if change.role is not None:
        term.role = resolve.role(session, change.role)
    start = term.start if change.start is None else parse_optional(change.start)
    end = term.end if change.end is None else parse_optional(change.end)
    check_order(start, end)
    membership = term.membership
    if membership.left is not None and start is not None:
        check_order(start, membership.left, "leaving date")
    if change.end is not None and end is None and membership.left is not None:
        raise InvalidInput(
            f"{membership.organization.name} left {membership.alliance.name} in "
            f"{membership.left}; a term cannot stay open after that"
        )
    term.start, term.end = start, end
    if change.clear_source:
        term.source = None
    elif change.source is not None:
        term.source = change.source
    if change.evidence is not None:
        term.evidence = optional_text(change.evidence, "evidence", 2000)
    return term


def remove_term(session: Session, term: MembershipTerm) -> None:
    """Delete one role term recorded in error; a membership keeps at least one."""
    membership = term.membership
    if len(membership.terms) == 1:
        raise Conflict(
            f"term {term.id} is the only role of {membership.organization.name} in "
            f"{membership.alliance.name}; use `tracker member remove` to delete the membership"
        )
    # deleted outright, not left as an orphan: the flush's listeners (audit, citations)
    # see only what is marked deleted before it starts
    membership.terms.remove(term)
    session.delete(term)
