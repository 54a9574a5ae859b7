"""Carrying out a plan: every write through the services, every fact tied to the source.

`apply_plan` runs inside the caller's session (one `session_scope` per
article), so an article is imported entirely or not at all: an error or an
interrupt anywhere rolls the whole article back. It records the source first,
then each item in plan order, and finally one citation per created or
confirmed record, carrying the sentence that states it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import parse_optional
from tracker.ingest.plan import Action, Item, Plan
from tracker.models import (
    Alliance,
    Citation,
    Country,
    Event,
    EventParticipant,
    Figure,
    Membership,
    MembershipTerm,
    Organization,
    Person,
    Source,
)
from tracker.services.alliance import add_alliance, edit_alliance
from tracker.services.event import add_event, add_participant
from tracker.services.figure import add_figure
from tracker.services.membership import add_membership, record_role
from tracker.services.organization import add_alias, add_organization, edit_organization
from tracker.services.person import add_person
from tracker.services.source import add_source


@dataclass
class Outcome:
    """What applying one plan did."""

    source_id: int | None = None
    created: int = 0
    matched: int = 0
    conflicts: int = 0
    skipped: int = 0
    unchanged: bool = False

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


# needs whose target may be skipped without skipping the item (it is then left empty)
OPTIONAL_NEEDS = frozenset({"invited_by"})

Handler = Callable[[Session, Item, dict[str, Any], Source], Any]


def apply_plan(session: Session, plan: Plan) -> Outcome:
    """Write the plan's accepted items; the caller's transaction makes it all or nothing."""
    if plan.already_imported is not None:
        return Outcome(source_id=plan.already_imported, unchanged=True)
    # one flush for the whole article instead of one before every lookup the services make
    # (the name checks see unflushed rows; the database's constraints still stand behind them)
    with session.no_autoflush:
        outcome, made, cited = _apply_items(session, plan)
    source = made["source"]
    # ids of the rows just added are needed for the citations
    session.flush()
    _cite(session, source, cited)
    outcome.source_id = source.id
    return outcome


def _apply_items(session: Session, plan: Plan) -> tuple[Outcome, dict[str, Any],
                                                        list[tuple[Any, str | None]]]:
    outcome = Outcome()
    made: dict[str, Any] = {}
    cited: list[tuple[Any, str | None]] = []
    source: Source | None = None
    for item in plan.items:
        if item.action is Action.SKIP:
            outcome.skipped += 1
            continue
        deps = {name: made.get(ref) for name, ref in item.needs.items()}
        missing = [name for name, row in deps.items()
                   if row is None and name not in OPTIONAL_NEEDS]
        if missing:
            item.skip(f"skipped: its {', '.join(missing)} is skipped")
            outcome.skipped += 1
            continue
        if item.kind == "source":
            source = _source(session, plan)
            made[item.ref] = source
            continue
        assert source is not None, "the source item comes first"
        row = HANDLERS[item.kind](session, item, deps, source)
        made[item.ref] = row
        cited.append((row, item.evidence))
        if isinstance(row, Membership) and item.action is Action.CREATE:
            cited.append((row.terms[0], item.evidence))  # the role it joined with
        if item.action is Action.CREATE:
            outcome.created += 1
        elif item.action is Action.CONFLICT and not item.take_article:
            outcome.conflicts += 1
        else:
            outcome.matched += 1
    return outcome, made, cited


def _cite(session: Session, source: Source, cited: list[tuple[Any, str | None]]) -> None:
    seen: set[tuple[str, int]] = set()
    for row, evidence in cited:
        key = (row.__tablename__, row.id)
        if key in seen:
            continue
        seen.add(key)
        session.add(Citation(source=source, subject_table=key[0], subject_id=key[1],
                             evidence=evidence[:MAX_TEXT_LENGTH] if evidence else None))
    session.flush()


def _source(session: Session, plan: Plan) -> Source:
    fields = plan.source
    return add_source(session, title=fields.title, url=fields.url, publisher=fields.publisher,
                      published=fields.published, text=fields.text)


def _get(session: Session, model: type, item: Item) -> Any:
    assert item.matched is not None
    row = session.get(model, item.matched.id)
    if row is None:  # deleted since the plan was made: refuse rather than guess
        from tracker.errors import Conflict

        raise Conflict(f"{item.matched.table} {item.matched.id} ({item.label}) no longer exists")
    return row


def _organization(session: Session, item: Item, _deps: dict[str, Any], _src: Source) -> Any:
    fields = item.fields
    if item.action is Action.CREATE:
        return add_organization(session, fields["name"], fields.get("kind"), fields.get("country"))
    row = _get(session, Organization, item)
    changes = dict(item.fills)
    if item.take_article:
        changes.update({name: values[1] for name, values in item.conflicts.items()})
    if changes:
        edit_organization(session, row, country=changes.get("country"))
    return row


def _alliance(session: Session, item: Item, _deps: dict[str, Any], _src: Source) -> Any:
    if item.action is Action.CREATE:
        return add_alliance(session, item.fields["name"], founded=item.fields.get("founded"))
    row = _get(session, Alliance, item)
    changes = dict(item.fills)
    if item.take_article:
        changes.update({name: values[1] for name, values in item.conflicts.items()})
    if changes:
        edit_alliance(session, row, founded=changes.get("founded"))
    return row


def _alias(session: Session, item: Item, deps: dict[str, Any], _src: Source) -> Any:
    return add_alias(session, deps["owner"], item.fields["name"])


def _membership(session: Session, item: Item, deps: dict[str, Any], source: Source) -> Any:
    if item.action is Action.CREATE:
        return add_membership(session, deps["organization"], deps["alliance"],
                              item.fields["role"], item.fields.get("since"),
                              invited_by=deps.get("invited_by"), source=source,
                              evidence=_evidence(item))
    row = _get(session, Membership, item)
    if "invited_by" in item.fills and deps.get("invited_by") is not None:
        row.invited_by = deps["invited_by"]
    return row


def _role_term(session: Session, item: Item, deps: dict[str, Any], source: Source) -> Any:
    membership: Membership = deps["membership"]
    role, since = item.fields["role"], parse_optional(item.fields.get("since"))
    if item.action is Action.CREATE:
        return record_role(session, membership, role, since, source=source,
                           evidence=_evidence(item))
    term = _get(session, MembershipTerm, item)
    if item.action is Action.CONFLICT and item.take_article:
        if "since" in item.conflicts:
            term.start = since
        else:
            return record_role(session, membership, role, since, source=source,
                               evidence=_evidence(item))
    return term


def _event(session: Session, item: Item, deps: dict[str, Any], source: Source) -> Any:
    if item.action is not Action.CREATE:
        return _get(session, Event, item)
    fields = item.fields
    alliance = deps.get("alliance")
    return add_event(session, fields["title"], fields.get("kind"), fields.get("date"),
                     city=fields.get("city"), country=fields.get("country"),
                     alliance=alliance, source=source)


def _participant(session: Session, item: Item, deps: dict[str, Any], _src: Source) -> Any:
    event, organization = deps["event"], deps["organization"]
    if item.action is Action.CREATE:
        return add_participant(session, event, organization, item.fields["role"])
    return session.scalars(
        select(EventParticipant).where(EventParticipant.event_id == event.id,
                                       EventParticipant.organization_id == organization.id,
                                       EventParticipant.role == item.fields["role"])
    ).one()


def _person(session: Session, item: Item, deps: dict[str, Any], _src: Source) -> Any:
    if item.action is not Action.CREATE:
        return _get(session, Person, item)
    return add_person(session, item.fields["name"], item.fields.get("title"),
                      deps.get("organization"))


def _figure(session: Session, item: Item, deps: dict[str, Any], source: Source) -> Any:
    if item.action is not Action.CREATE:
        return _get(session, Figure, item)
    fields = item.fields
    subject = deps.get("subject")  # None: the article names no subject
    return add_figure(session, subject, fields["metric"], fields["value"],
                      fields.get("bound"), fields.get("as_of"), fields.get("statement"),
                      source=source)


def _country(session: Session, item: Item, _deps: dict[str, Any], _src: Source) -> Any:
    return _get(session, Country, item)


def _evidence(item: Item) -> str | None:
    return item.evidence[:MAX_TEXT_LENGTH] if item.evidence else None


HANDLERS: dict[str, Handler] = {
    "organization": _organization,
    "alliance": _alliance,
    "alias": _alias,
    "membership": _membership,
    "role_term": _role_term,
    "event": _event,
    "participant": _participant,
    "person": _person,
    "figure": _figure,
    "country": _country,
}
