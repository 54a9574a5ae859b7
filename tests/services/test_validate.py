"""Choices from a vocabulary: by code, or by the vocabulary's English or Chinese label."""

from __future__ import annotations

import pytest

from tracker.errors import InvalidInput
from tracker.models import AliasKind, EventKind, OrganizationKind
from tracker.services.validate import choice


@pytest.mark.parametrize(
    ("typed", "member"),
    [("forum", EventKind.FORUM), ("FORUM", EventKind.FORUM), ("Forum", EventKind.FORUM),
     ("论坛", EventKind.FORUM), ("「论坛」", EventKind.FORUM), ("研讨会", EventKind.SEMINAR)],
)
def test_event_kind_by_code_or_label(typed, member):
    assert choice(EventKind, typed, "event kind") is member


def test_organization_kind_by_english_label_and_chinese_label():
    assert choice(OrganizationKind, "Government body", "kind") is OrganizationKind.GOVERNMENT
    assert choice(OrganizationKind, "企业", "kind") is OrganizationKind.ENTERPRISE


def test_refusal_lists_codes_then_chinese_labels():
    with pytest.raises(InvalidInput) as refused:
        choice(OrganizationKind, "城堡", "kind")
    assert str(refused.value) == (
        "unknown kind '城堡'; choose one of: university, college, enterprise, government, "
        "association, other; or in Chinese: 大学, 职业院校, 企业, 政府部门, 协会, 其他"
    )


def test_a_vocabulary_without_labels_takes_codes_only():
    assert choice(AliasKind, "acronym", "alias kind") is AliasKind.ACRONYM
    with pytest.raises(InvalidInput, match=r"choose one of: acronym, former.*[^)]$"):
        choice(AliasKind, "缩写", "alias kind")


def test_none_and_blank():
    assert choice(EventKind, None, "event kind") is None
    with pytest.raises(InvalidInput):
        choice(EventKind, " ", "event kind")
