"""Every fact of an article is in the plan: created, matched, a conflict, or not applied
with its reason; the counts add up to the plan.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tracker.db import session_scope
from tracker.extract.facts import (
    Alliance,
    ArticleFacts,
    Event,
    Evidence,
    Figure,
    Organization,
    Person,
    Source,
)
from tracker.ingest.apply import apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.plan import Action, Item, Plan
from tracker.models import Citation
from tracker.services.organization import add_organization


def _evidence(sentence: str) -> Evidence:
    return Evidence(0, len(sentence), sentence)


def _import(engine: Any, facts: ArticleFacts, text: str = "an article") -> tuple[Plan, Any]:
    with session_scope(engine, actor="test", command="pytest") as session:
        plan = build_plan(session, facts, text, "test")
        return plan, apply_plan(session, plan)


def _skipped(plan: Plan, kind: str) -> list[Item]:
    return [i for i in plan.items if i.kind == kind and i.action is Action.SKIP]


def test_a_bare_reference_is_not_applied_with_its_reason(engine: Any) -> None:
    facts = ArticleFacts(organizations=[Organization("the university"),
                                        Organization("Marsh Creek Institute")],
                         alliances=[Alliance("the Consortium")])
    plan, outcome = _import(engine, facts)
    notes = {i.label: i.note for i in [*_skipped(plan, "organization"),
                                       *_skipped(plan, "alliance")]}
    assert notes == {"the university": "not applied: a reference, not a name",
                     "the Consortium": "not applied: a reference, not a name"}
    assert outcome.skipped == 2 and outcome.created == 1


def test_facts_stated_twice_are_in_the_plan_once_applied(engine: Any) -> None:
    said = "The forum opened in Lima on 3 June 2024."
    again = "On 3 June 2024 the forum opened in Lima."
    facts = ArticleFacts(
        events=[Event("Andean skills forum", "forum", "2024-06-03", "Lima", "PE", None,
                      _evidence(said)),
                Event("Andean Skills Forum", "forum", "2024-06-03", "Lima", "PE", None,
                      _evidence(again))],
        people=[Person("Rosa Quispe", "Rector", None, _evidence(said)),
                Person("Rosa  Quispe", None, None, _evidence(again))],
        figures=[Figure(300, "participants", "at_least", "over 300 guests", None, None,
                        _evidence(said)),
                 Figure(300, "participants", "at_least", "over 300 guests", None, None,
                        _evidence(again))],
    )
    plan, outcome = _import(engine, facts)
    for kind in ("event", "person", "figure"):
        assert [i.action for i in plan.items if i.kind == kind] == [Action.CREATE, Action.SKIP]
        assert (_skipped(plan, kind)[0].note or "").startswith("not applied:")
    assert outcome.skipped == 3


def test_an_alias_that_names_another_record_is_not_applied(engine: Any) -> None:
    with session_scope(engine, actor="test") as session:
        add_organization(session, "Marsh Creek Institute", aliases=["MCI"])
        add_organization(session, "Mill Cove Institute")
    facts = ArticleFacts(organizations=[Organization("Mill Cove Institute", "college", ["MCI"])])
    plan, _ = _import(engine, facts)
    [alias] = _skipped(plan, "alias")
    assert alias.note == "not applied: the name already belongs to Marsh Creek Institute"


def test_named_countries_are_cited_and_an_unknown_code_is_not_applied(engine: Any) -> None:
    facts = ArticleFacts(countries=["KE", "PE", "XX"],
                         country_evidence={"KE": _evidence("Teachers from Kenya came.")})
    plan, outcome = _import(engine, facts)
    countries = [(i.label, i.action) for i in plan.items if i.kind == "country"]
    assert countries == [("Kenya", Action.MATCH), ("Peru", Action.MATCH), ("XX", Action.SKIP)]
    assert outcome.matched == 2 and outcome.skipped == 1
    with session_scope(engine) as session:
        cited = session.scalars(select(Citation.evidence).where(
            Citation.subject_table == "country")).all()
        assert sorted(cited, key=lambda e: e or "") == [None, "Teachers from Kenya came."]


def test_the_counts_cover_every_item_of_the_plan(engine: Any) -> None:
    facts = ArticleFacts(
        source=Source(title="A visit", published="2024-06-04", publisher="Marsh Creek Institute"),
        organizations=[Organization("Marsh Creek Institute", "college", ["our institute"]),
                       Organization("the institute")],
        countries=["PE"],
        people=[Person("Rosa Quispe"), Person("Rosa Quispe")],
    )
    plan, outcome = _import(engine, facts)
    counted = outcome.created + outcome.matched + outcome.conflicts + outcome.skipped
    assert counted == len(plan.items) - 1  # the source itself is not counted
