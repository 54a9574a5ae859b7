"""Plan.item finds an item by its ref in an index that follows the appended items."""

from __future__ import annotations

from tracker.ingest.plan import Action, Item, Plan, SourceFields


def _item(ref: str) -> Item[None]:
    return Item(ref, "organization", Action.CREATE, ref, None)


def test_items_appended_after_a_lookup_are_found() -> None:
    plan = Plan("origin", SourceFields(None, None, None, None, "", "hash"))
    plan.items.append(_item("organization:1"))
    assert plan.item("organization:1") is plan.items[0]
    plan.items.append(_item("organization:2"))
    assert plan.item("organization:2") is plan.items[1]
    assert plan.item("organization:3") is None


def test_a_list_changed_otherwise_is_indexed_again() -> None:
    plan = Plan("origin", SourceFields(None, None, None, None, "", "hash"))
    plan.items.extend([_item("a"), _item("b")])
    assert plan.item("b") is plan.items[1]
    plan.items[:] = [_item("c")]
    assert plan.item("b") is None
    assert plan.item("c") is plan.items[0]
