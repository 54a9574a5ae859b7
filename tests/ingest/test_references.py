"""Which names are references, not names: they never become aliases or records."""

from __future__ import annotations

import pytest

from tracker.ingest.resolve import is_generic, is_self_reference


@pytest.mark.parametrize("name", [
    "the alliance", "our university", "Alliance", "the network",
    "联盟", "该联盟", "本联盟", "我校", "学校", "该校", "本院", "协会", "成员单位",
], ids=str)
def test_references_are_generic(name: str) -> None:
    assert is_generic(name)


@pytest.mark.parametrize("name", [
    "University Alliance", "Lakeshore Skills Alliance", "Northern Polytechnic",
    "青湖职业技术学院", "山海职业教育联盟", "东岭市教育局", "绿洲大学",
], ids=str)
def test_names_are_not_generic(name: str) -> None:
    assert not is_generic(name)


@pytest.mark.parametrize("name", ["our university", "we", "我校", "本校", "我院", "本院"], ids=str)
def test_self_references(name: str) -> None:
    assert is_self_reference(name)


@pytest.mark.parametrize("name", ["the alliance", "该校", "联盟", "绿洲大学", "我国"], ids=str)
def test_not_self_references(name: str) -> None:
    assert not is_self_reference(name)
