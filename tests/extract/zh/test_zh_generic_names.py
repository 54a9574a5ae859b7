"""Names of a kind of body, not of one body, are no organizations (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

DATED = "发布时间：2024-05-20\n"


def _organizations(text: str) -> set[str]:
    return {o.name for o in extract_text(DATED + text).organizations}


@pytest.mark.parametrize(("text", "kept"), [
    ("青山职业学院与印尼的社区学院和高等技术学院开展合作。", {"青山职业学院"}),
    ("马克思主义学院与国际交流学院联合举办讲座，东岭理工学院师生参加。", {"东岭理工学院"}),
    ("蓝湖职业学院成立研究分会和线上分会，建设实训中心。", {"蓝湖职业学院"}),
    ("会议倡议构建人类命运共同体和职教共同体，白沙职业学院参加。", {"白沙职业学院"}),
], ids=["社区学院", "马克思主义学院", "研究分会", "命运共同体"])
def test_a_kind_of_body_is_no_organization(text: str, kept: set[str]) -> None:
    assert _organizations(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("教育部与科技部联合发文，支持青山职业学院。", {"教育部", "科技部", "青山职业学院"}),
    ("云杉应用技术大学与红河职业学院签约。", {"云杉应用技术大学", "红河职业学院"}),
], ids=["部委", "地名加通名"])
def test_ministries_and_named_bodies_stay(text: str, kept: set[str]) -> None:
    assert _organizations(text) >= kept


@pytest.mark.parametrize("text", [
    "会议推动中国高职院校走出去，青山职业学院作交流发言。",
    "论坛旨在提升高职院校国际化水平，蓝湖职业学院参加。",
], ids=["中国高职院校", "提升高职院校"])
def test_colleges_in_general_are_no_name(text: str) -> None:
    assert not any(name.endswith("职院") for name in _organizations(text))


@pytest.mark.parametrize(("text", "kept"), [
    ("青山职业学院党委宣传部供稿。", {"青山职业学院"}),
    ("新闻中心全媒体部报道：蓝湖职业学院与东岭大学签约。", {"蓝湖职业学院", "东岭大学"}),
], ids=["党委宣传部", "全媒体部"])
def test_offices_inside_an_institution_are_no_organizations(text: str, kept: set[str]) -> None:
    assert _organizations(text) == kept
