"""Carrying out a plan: every write through the services, every fact tied to the source.

`apply_plan` runs inside the caller's session (one `session_scope` per
article), so an article is imported entirely or not at all: an error or an
interrupt anywhere rolls the whole article back. It records the source first,
then each item in plan order through its kind's apply step (`ingest.kinds`),
and finally one citation per created or confirmed record, carrying the
sentence that states it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.errors import TrackerError
from tracker.ingest.kinds import BY_NAME
from tracker.ingest.kinds.source import record_source
from tracker.ingest.plan import Action, Item, Plan
from tracker.models import Citation, Source

# needs whose target may be skipped without skipping the item (it is then left empty)
OPTIONAL_NEEDS = frozenset({"invited_by", "series"})
Advance = Callable[[int, int], None]  # (items applied, items in the plan)
FLUSH_EVERY = 200  # items applied between flushes (an article has fewer: one flush)


class ItemFailed(TrackerError):
    """One item of the plan could not be applied: the message names it by its number in the
    plan and review (the source is 1), its kind and its label, then says why."""

    def __init__(self, number: int, item: Item[Any], cause: TrackerError) -> None:
        super().__init__(f"item {number} ({item.kind} '{item.label}'): {cause}")
        self.number, self.item, self.cause = number, item, cause
        self.exit_code = cause.exit_code


@dataclass
class Outcome:
    """What applying one plan did: every item but the source counts in one of the four."""

    source_id: int | None = None
    created: int = 0
    matched: int = 0
    conflicts: int = 0
    skipped: int = 0
    unchanged: bool = False

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def apply_plan(session: Session, plan: Plan, *, advance: Advance | None = None) -> Outcome:
    """Write the plan's accepted items; the caller's transaction makes it all or nothing.

    `advance(done, total)` is told of each item applied (a progress bar for a large file).
    """
    if plan.already_imported is not None:
        return Outcome(source_id=plan.already_imported, unchanged=True)
    # one flush for the whole article instead of one before every lookup the services make
    # (the name checks see unflushed rows; the database's constraints still stand behind them)
    with session.no_autoflush:
        outcome, source, cited = _apply_items(session, plan, advance)
    # ids of the rows just added are needed for the citations
    session.flush()
    _cite(session, source, cited)
    outcome.source_id = source.id
    return outcome


def _apply_items(session: Session, plan: Plan, advance: Advance | None
                 ) -> tuple[Outcome, Source, list[tuple[Any, str | None]]]:
    outcome = Outcome()
    made: dict[str, Any] = {}
    cited: list[tuple[Any, str | None]] = []
    source: Source | None = None
    for number, item in enumerate(plan.items, 1):
        if advance is not None:
            advance(number, len(plan.items))
        if number % FLUSH_EVERY == 0:
            # a workbook's plan holds thousands of items, and the services look through
            # the unflushed rows one by one for a name or a membership: keep them few
            session.flush()
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
            source = made[item.ref] = record_source(session, plan)
            continue
        assert source is not None, "the source item comes first"
        kind = BY_NAME[item.kind]
        assert kind.apply is not None
        try:
            row = kind.apply(session, item, deps, source)
        except TrackerError as error:
            raise ItemFailed(number, item, error) from error
        made[item.ref] = row
        cited.extend((one, item.evidence) for one in
                     (kind.cited(row, item) if kind.cited else [row]))
        if item.action is Action.CREATE:
            outcome.created += 1
        elif item.action is Action.CONFLICT and not item.take_article:
            outcome.conflicts += 1
        else:
            outcome.matched += 1
    assert source is not None, "every plan holds its source"
    return outcome, source, cited


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
