"""Memberships and their role terms, as the article states them.

A membership is planned per organization and alliance pair; the roles the
article states for it become its history (`ingest.history`). Against a
recorded membership each role is the same term (matched), an earlier one, a
rise dated after the recorded history (a new term), or a conflict: a role
lower than the recorded one is never a demotion unless the reviewer takes it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.dates import PartialDate, parse_optional
from tracker.extract.facts import Membership as MembershipFact
from tracker.ingest.context import PlanContext, first_position, iso, sentence, valid_date
from tracker.ingest.history import Claim, History, role_history
from tracker.ingest.kinds.base import Kind, evidence_of, get_row
from tracker.ingest.plan import Action, Item, Matched
from tracker.models import Membership, MembershipTerm, Source
from tracker.names import name_key
from tracker.services.membership import add_membership, record_role
from tracker.vocab import role_rank

# "at the invitation of X", "invited by X" (on name keys: lower case, no punctuation);
# the inviter is the article's organization named first after it, within a few words
_INVITED = re.compile(r"\b(?:invitation of|invited by|invitation from)\b")
_INVITER_DISTANCE = 12
_UNDATED_NOTE = "undated: recorded after the dated roles, which keep their open end"


@dataclass
class MembershipFields:
    organization: str | None = None
    alliance: str | None = None
    role: str | None = None
    since: str | None = None
    invited_by: str | None = None


@dataclass
class TermFields:
    role: str | None = None
    since: str | None = None


@dataclass
class _Term:
    id: int
    role: str
    start: PartialDate | None
    end: PartialDate | None


def plan(ctx: PlanContext) -> None:
    groups: dict[tuple[str, str], list[MembershipFact]] = defaultdict(list)
    for fact in ctx.facts.memberships:
        org = ctx.named_ref(fact.member, "organization", fact.evidence)
        alliance = ctx.named_ref(fact.alliance, "alliance", fact.evidence)
        label = f"{fact.member} in {fact.alliance} as {fact.role}"
        fields = MembershipFields(fact.member, fact.alliance, fact.role, valid_date(fact.since))
        if fact.role not in ctx.roles:
            ctx.add("membership", Action.SKIP, label, fields, evidence=sentence(fact.evidence),
                    note=f"not applied: unknown role '{fact.role}'")
        elif not (ctx.live(org) and ctx.live(alliance)):
            ctx.add("membership", Action.SKIP, label, fields, evidence=sentence(fact.evidence),
                    note="not applied: its organization or alliance is skipped")
        else:
            assert org is not None and alliance is not None
            groups[(org, alliance)].append(fact)
    for (org, alliance), facts in groups.items():
        org_id, alliance_id = ctx.db_id(org), ctx.db_id(alliance)
        existing = None
        if org_id is not None and alliance_id is not None:
            existing = ctx.session.scalars(
                select(Membership).where(Membership.organization_id == org_id,
                                         Membership.alliance_id == alliance_id)
            ).first()
        if existing is None:
            _new(ctx, org, alliance, facts)
        else:
            _known(ctx, org, alliance, existing, facts)


def _claims(facts: list[MembershipFact]) -> list[Claim[MembershipFact]]:
    return [Claim(fact.role, parse_optional(valid_date(fact.since)), fact) for fact in facts]


def _left_out(ctx: PlanContext, label: str, history: History[MembershipFact]) -> None:
    for claim, reason in history.left_out:
        ctx.add("role_term", Action.SKIP, f"{label}: {claim.role}",
                TermFields(claim.role, iso(claim.since)),
                evidence=sentence(claim.origin.evidence), note=f"not applied: {reason}")


def inviter(ctx: PlanContext, org: str, facts: list[MembershipFact]) -> str | None:
    """The article's organization that invited `org` in, as its joining sentence says."""
    forms: dict[str, list[str]] | None = None  # read only when a sentence tells an invitation
    for fact in facts:
        lowered = name_key(sentence(fact.evidence) or "")
        found = _INVITED.search(lowered)
        if not found:
            continue
        forms = ctx.refs("organization") if forms is None else forms
        after = lowered[found.end():]
        best: tuple[int, str] | None = None
        for ref, keys in forms.items():
            position = first_position(after, keys)
            if ref != org and position >= 0 and (best is None or position < best[0]):
                best = (position, ref)
        if best is not None and best[0] <= _INVITER_DISTANCE:
            return best[1]
    return None


def _pair(ctx: PlanContext, org: str, alliance: str) -> tuple[str, str, str]:
    org_label, alliance_label = ctx.label_of(org) or "", ctx.label_of(alliance) or ""
    return org_label, alliance_label, f"{org_label} in {alliance_label}"


def _new(ctx: PlanContext, org: str, alliance: str, facts: list[MembershipFact]) -> None:
    history = role_history(_claims(facts))
    first, rest = history.terms[0], history.terms[1:]
    org_label, alliance_label, label = _pair(ctx, org, alliance)
    invited = inviter(ctx, org, facts)
    needs = {"organization": org, "alliance": alliance}
    if invited is not None:
        needs["invited_by"] = invited
    membership = ctx.add(
        "membership", Action.CREATE, f"{label} as {first.role}",
        MembershipFields(org_label, alliance_label, first.role, iso(first.since),
                         ctx.label_of(invited)),
        evidence=sentence(first.origin.evidence), needs=needs,
    )
    for claim in rest:
        ctx.add("role_term", Action.CREATE, f"{label}: {claim.role}",
                TermFields(claim.role, iso(claim.since)),
                evidence=sentence(claim.origin.evidence), needs={"membership": membership.ref},
                note=None if claim.since else _UNDATED_NOTE)
    _left_out(ctx, label, history)


def _known(ctx: PlanContext, org: str, alliance: str, membership: Membership,
           facts: list[MembershipFact]) -> None:
    org_label, alliance_label, label = _pair(ctx, org, alliance)
    terms = [_Term(t.id, t.role.code, t.start, t.end) for t in membership.terms]
    invited = inviter(ctx, org, facts)
    fills: dict[str, Any] = {}
    needs = {"organization": org, "alliance": alliance}
    if invited is not None and membership.invited_by_id is None:
        fills["invited_by"] = ctx.label_of(invited)
        needs["invited_by"] = invited
    item = ctx.add(
        "membership", Action.MATCH, label,
        MembershipFields(org_label, alliance_label, None, iso(membership.joined),
                         membership.invited_by.name if membership.invited_by else None),
        evidence=sentence(facts[0].evidence),
        matched=Matched("membership", membership.id, label, 100.0,
                        "same organization and alliance"),
        needs=needs, fills=fills,
    )
    history = role_history(_claims(facts))
    for claim in history.terms:
        _known_term(ctx, item, label, membership, terms, claim)
    _left_out(ctx, label, history)


def _term_match(term: _Term, via: str) -> Matched:
    return Matched("membership_term", term.id, f"{term.role} since {term.start or 'undated'}",
                   100.0, via)


def _known_term(ctx: PlanContext, membership_item: Item[Any], label: str,
                membership: Membership, terms: list[_Term],
                claim: Claim[MembershipFact]) -> None:
    """One stated role against the recorded history: the same, earlier, a rise, or a conflict.

    A role lower than the current one is a conflict, never a demotion; a higher one
    is a new term only when dated after every recorded start.
    """
    since = claim.since
    common: dict[str, Any] = {"evidence": sentence(claim.origin.evidence),
                              "needs": {"membership": membership_item.ref}}
    fields = TermFields(claim.role, iso(since))
    title = f"{label}: {claim.role}"
    same_role = [t for t in terms if t.role == claim.role]
    agreeing = [t for t in same_role if since is None or t.start is None or t.start.overlaps(since)]
    if agreeing:
        ctx.add("role_term", Action.MATCH, title, fields, **common,
                matched=_term_match(agreeing[0], "same role"))
        return
    if same_role:
        term = same_role[0]
        ctx.add("role_term", Action.CONFLICT, title, fields, **common,
                matched=_term_match(term, "same role"),
                conflicts={"since": [iso(term.start), iso(since)]})
        return
    starts = [t.start for t in terms if t.start is not None]
    first = min(starts, key=lambda d: d.first_day, default=None)
    latest = max(starts, key=lambda d: d.first_day, default=None)
    current = min((t for t in terms if t.end is None), key=lambda t: role_rank(t.role),
                  default=None)
    higher = current is None or role_rank(claim.role) < role_rank(current.role)
    if since is not None and membership.left is None and first is not None \
            and since.last_day < first.first_day:
        ctx.add("role_term", Action.CREATE, title, fields, **common,
                note=f"an earlier role: it ends where the recorded history starts ({first})")
    elif since is not None and membership.left is None and higher and (
            latest is None or since.first_day > latest.first_day):
        ctx.add("role_term", Action.CREATE, title, fields, **common,
                note="a new role from this date; the current one ends there")
    else:
        held = current or (max(terms, key=lambda t: t.id) if terms else None)
        why = ("lower than the recorded role: never a demotion unless you take the article's"
               if not higher else
               "the article does not date the change after the recorded history")
        ctx.add("role_term", Action.CONFLICT, title, fields, **common,
                matched=_term_match(held, "current role") if held else None,
                conflicts={"role": [held.role if held else None, claim.role]}, note=why)


def apply(session: Session, item: Item[MembershipFields], deps: dict[str, Any],
          source: Source) -> Membership:
    if item.action is Action.CREATE:
        return add_membership(session, deps["organization"], deps["alliance"],
                              item.fields.role, item.fields.since,
                              invited_by=deps.get("invited_by"), source=source,
                              evidence=evidence_of(item))
    row: Membership = get_row(session, Membership, item)
    if "invited_by" in item.fills and deps.get("invited_by") is not None:
        row.invited_by = deps["invited_by"]
    return row


def apply_term(session: Session, item: Item[TermFields], deps: dict[str, Any],
               source: Source) -> MembershipTerm:
    membership: Membership = deps["membership"]
    role, since = item.fields.role or "", parse_optional(item.fields.since)
    if item.action is Action.CREATE:
        return record_role(session, membership, role, since, source=source,
                           evidence=evidence_of(item))
    term: MembershipTerm = get_row(session, MembershipTerm, item)
    if item.action is Action.CONFLICT and item.take_article:
        if "since" in item.conflicts:
            term.start = since
        else:
            return record_role(session, membership, role, since, source=source,
                               evidence=evidence_of(item))
    return term


def _cited(row: Membership, item: Item[Any]) -> list[Any]:
    # a new membership's first term (the role it joined with) is cited with it
    return [row, row.terms[0]] if item.action is Action.CREATE else [row]


_FIXED = frozenset({"organization", "alliance", "invited_by"})
KIND = Kind("membership", MembershipFields, apply, plan=plan, fixed=_FIXED, model=Membership,
            cited=_cited)
TERM = Kind("role_term", TermFields, apply_term, model=MembershipTerm)
