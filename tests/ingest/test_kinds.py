"""The registry of fact kinds: every item of a plan is of a registered kind, typed by it."""

from __future__ import annotations

import dataclasses
from typing import Any

from tracker.db import session_scope
from tracker.extract.facts import (
    Alliance,
    ArticleFacts,
    Event,
    Evidence,
    Figure,
    Membership,
    Organization,
    Person,
    Source,
)
from tracker.ingest.build import build_plan
from tracker.ingest.kinds import BY_NAME, KINDS


def test_every_kind_is_registered_once_with_a_dataclass_of_fields() -> None:
    assert len(BY_NAME) == len(KINDS)
    for kind in KINDS:
        assert dataclasses.is_dataclass(kind.fields), kind.name
        names = {f.name for f in dataclasses.fields(kind.fields)}
        assert set(kind.references) <= names and kind.fixed <= names, kind.name
        assert kind.apply is not None or kind.name == "source"


def test_every_item_of_a_plan_has_its_kinds_fields(engine: Any) -> None:
    said = Evidence(0, 10, "Dune Coast College hosted the Sahel Skills Network forum.")
    facts = ArticleFacts(
        source=Source(title="A forum", published="2024-04-02", publisher="Dune Coast College"),
        organizations=[Organization("Dune Coast College", "college", ["DCC"], "SN", said)],
        alliances=[Alliance("Sahel Skills Network", [], "2019", 30, "2024", said)],
        memberships=[Membership("Dune Coast College", "Sahel Skills Network", "member", "2020",
                                said)],
        events=[Event("Sahel Skills Network forum", "forum", "2024-04-01", "Dakar", "SN",
                      "Sahel Skills Network", said)],
        figures=[Figure(30, "members", "exact", "30 members", "Sahel Skills Network")],
        people=[Person("Awa Diop", "Rector", "Dune Coast College", said)],
        countries=["SN"],
    )
    with session_scope(engine) as session:
        plan = build_plan(session, facts, "text", "test")
    kinds = [item.kind for item in plan.items]
    assert {"source", "organization", "alias", "alliance", "membership", "event",
            "participant", "person", "figure", "country"} <= set(kinds)
    for item in plan.items:
        assert isinstance(item.fields, BY_NAME[item.kind].fields), item.ref
        assert item.to_json()["fields"] == dataclasses.asdict(item.fields)
