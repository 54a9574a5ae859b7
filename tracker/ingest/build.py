"""From extracted facts to a plan: what each fact matches in the database, and what is new.

The source item comes first; then each fact kind of the registry
(`ingest.kinds`) plans its items in turn, sharing one `PlanContext` so that
an entity the article names is one item whatever fact names it. Reads the
database, never writes it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from tracker.extract.facts import ArticleFacts
from tracker.ingest.context import PlanContext
from tracker.ingest.kinds import KINDS
from tracker.ingest.kinds.source import plan_source
from tracker.ingest.plan import Plan
from tracker.ingest.resolve import FuzzyKeys


def build_plan(
    session: Session,
    facts: ArticleFacts,
    text: str,
    origin: str,
    url: str | None = None,
    fuzzy_keys: FuzzyKeys | None = None,
) -> Plan:
    """The plan of changes that importing this article would make to the database.

    `fuzzy_keys`, shared by the articles of one run, saves reading every name again.
    """
    plan = plan_source(session, facts, text, origin, url)
    if plan.already_imported is not None:
        return plan
    context = PlanContext(session, facts, plan, fuzzy_keys)
    for kind in KINDS:
        if kind.plan is not None:
            kind.plan(context)
    return plan
