"""Chinese membership statements in more phrasings, on sentences written for these tests.

Invented colleges and alliances; each rule in two phrasings.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

DATED = "发布时间：2024-05-20\n"
Row = tuple[str, str, str, str | None]


def _memberships(text: str) -> set[Row]:
    return {(m.member, m.alliance, m.role, m.since)
            for m in extract_text(DATED + text).memberships}


@pytest.mark.parametrize(("text", "expected"), [
    ("我校正式加入云杉职业教育联盟，成为该联盟理事单位。",
     {("我校", "云杉职业教育联盟", "council_member", None)}),
    ("蓝湖学院日前加入东岭产教联盟，并当选该联盟常务理事单位。",
     {("蓝湖学院", "东岭产教联盟", "executive_council_member", None)}),
], ids=["成为该联盟", "当选该联盟"])
def test_that_alliance_is_a_reference_not_a_member(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我校入选云杉职业院校联合会首批会员单位。",
     {("我校", "云杉职业院校联合会", "founding_member", None)}),
    ("蓝湖学院是东岭产教联盟创始会员单位。",
     {("蓝湖学院", "东岭产教联盟", "founding_member", None)}),
], ids=["首批会员单位", "创始会员单位"])
def test_first_members_are_founding_members(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3月8日，云杉职业教育联盟理事会在昆明召开。经联盟理事会审议，同意吸收青山职业学院、"
     "白沙理工学院为联盟新成员单位。",
     {("青山职业学院", "云杉职业教育联盟", "member", "2024-03-08"),
      ("白沙理工学院", "云杉职业教育联盟", "member", "2024-03-08")}),
    ("4月2日，东岭产教联盟年会在兰州举行。会议一致批准接纳红河职业学院为联盟新的成员单位。",
     {("红河职业学院", "东岭产教联盟", "member", "2024-04-02")}),
], ids=["同意吸收", "批准接纳"])
def test_members_admitted_at_a_meeting_are_dated_by_it(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("云杉职业教育联盟成立于2018年。目前，该联盟共有成员单位120家，我校为副理事长单位。",
     {("我校", "云杉职业教育联盟", "vice_chair", None)}),
    ("东岭产教联盟现有成员单位80家，青山职业学院是理事单位。",
     {("青山职业学院", "东岭产教联盟", "council_member", None)}),
], ids=["为", "是"])
def test_a_role_stated_with_is(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我院于2019年加入云杉职业教育联盟，2022年当选为常务理事单位。",
     {("我院", "云杉职业教育联盟", "member", "2019"),
      ("我院", "云杉职业教育联盟", "executive_council_member", "2022")}),
    ("青山职业学院2018年加入东岭产教联盟，2023年成为副理事长单位。",
     {("青山职业学院", "东岭产教联盟", "member", "2018"),
      ("青山职业学院", "东岭产教联盟", "vice_chair", "2023")}),
], ids=["于2019年加入", "2018年加入"])
def test_roles_dated_apart_are_kept_apart(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2021年5月，云杉职业教育联盟换届大会在兰州举行。大会选举产生了第二届理事会，"
     "湖滨职业学院当选理事长单位。",
     {("湖滨职业学院", "云杉职业教育联盟", "chair", "2021-05")}),
    ("2022年9月，东岭产教联盟年会在银川召开。会议选举白沙理工学院为副理事长单位。",
     {("白沙理工学院", "东岭产教联盟", "vice_chair", "2022-09")}),
], ids=["大会选举", "会议选举"])
def test_an_election_at_the_meeting_is_dated_by_it(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected
