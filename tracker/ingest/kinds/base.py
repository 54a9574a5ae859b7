"""What a fact kind of the import plan is made of: its fields, its planner, its apply step."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.ingest.context import valid_date
from tracker.ingest.plan import Item

if TYPE_CHECKING:
    from tracker.ingest.context import PlanContext
    from tracker.models import Source

# apply(session, item, the rows its needs stand for, the article's source) -> the row
Apply = Callable[[Session, Item[Any], dict[str, Any], "Source"], Any]
# compare(database row, the article's fields) -> (fills, conflicts) of a matched entity
Compare = Callable[[Any, Any], tuple[dict[str, Any], dict[str, list[Any]]]]


@dataclass(frozen=True)
class Kind:
    """One kind of plan item.

    `plan` adds this kind's items (None: another kind's planner adds them, as an
    organization's planner adds its aliases); planners run in registry order.
    `references` are the fields that name another item of the article, with the
    kinds they may name (review can point them elsewhere); `fixed` fields review
    never edits. `cited` gives the rows the source is cited on (default: the row).
    """

    name: str
    fields: type
    apply: Apply | None
    plan: Callable[[PlanContext], None] | None = None
    references: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fixed: frozenset[str] = frozenset()
    model: type | None = None
    compare: Compare | None = None
    cited: Callable[[Any, Item[Any]], list[Any]] | None = None


def get_row(session: Session, model: type, item: Item[Any]) -> Any:
    """The matched record, refusing when it was deleted since the plan was made."""
    assert item.matched is not None
    row = session.get(model, item.matched.id)
    if row is None:
        from tracker.errors import Conflict

        raise Conflict(f"{item.matched.table} {item.matched.id} ({item.label}) no longer exists")
    return row


def accepted_changes(item: Item[Any]) -> dict[str, Any]:
    """What applying a matched record writes: its empty fields filled, and the article's
    values of its conflicts when the reviewer took them."""
    changes = dict(item.fills)
    if item.take_article:
        changes.update({name: values[1] for name, values in item.conflicts.items()})
    return changes


def evidence_of(item: Item[Any]) -> str | None:
    return item.evidence[:MAX_TEXT_LENGTH] if item.evidence else None


def own_ref(ctx: PlanContext) -> str | None:
    """Whose "our students", "our college's site" are: the home organization, else the
    publisher as the article names itself."""
    return ctx.home_ref() or ctx.self_ref or ctx.publisher_ref


def skipped(ctx: PlanContext, kind: str, label: str, fields: Any, *, evidence: str | None,
            note: str | None, key: tuple[Any, ...], seen: set[tuple[Any, ...]]) -> bool:
    """Whether an article's record is skipped: unusable (`note` says why) or stated again
    in the same article (`key` seen). A skipped one is added as such with its note; a
    usable one's key is remembered."""
    from tracker.ingest.plan import Action

    if note is None and key in seen:
        note = "not applied: stated again"
    if note is not None:
        ctx.add(kind, Action.SKIP, label, fields, evidence=evidence, note=note)
        return True
    seen.add(key)
    return False


def abroad(ctx: PlanContext, owner: str | None, country: str | None,
           others: tuple[str, ...]) -> str | None:
    """The first of the countries an article names for a record of ours abroad (a site's
    host, a standard's adopter) that is not the owner's own: which country is ours the
    home organization's record says, the article does not."""
    from tracker.models import Organization

    owner_id = ctx.db_id(owner)
    row = ctx.session.get(Organization, owner_id) if owner_id is not None else None
    home = row.country.code if row is not None and row.country is not None else None
    return next((code for code in (country, *others) if code and code != home), None)


def dated_or_published(ctx: PlanContext, date: str | None) -> tuple[str | None, str | None]:
    """A record's date and a note: the date its sentence gives, else the month the article
    was published in. The table counts a record in the year it is dated, and an office's
    news reports a training or an adoption within weeks; the day is not claimed."""
    if (given := valid_date(date)) is not None:
        return given, None
    published = ctx.plan.source.published
    if not published:
        return None, "the article gives no date; recorded undated (the table will not count it)"
    return published[:7], "dated by the article's publication month (its sentence gives no date)"
