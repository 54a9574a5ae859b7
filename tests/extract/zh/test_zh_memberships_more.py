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


@pytest.mark.parametrize(("text", "expected"), [
    ("3月8日，云杉职业教育联盟年会在昆明举行。会上，青山职业学院、白沙理工学院等12所院校新加入联盟。",
     {("青山职业学院", "云杉职业教育联盟", "member", "2024-03-08"),
      ("白沙理工学院", "云杉职业教育联盟", "member", "2024-03-08")}),
    ("东岭产教联盟现有成员单位60家。红河职业学院于2023年加入该联盟。",
     {("红河职业学院", "东岭产教联盟", "member", "2023")}),
], ids=["加入联盟", "加入该联盟"])
def test_joining_the_alliance_named_short(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3月8日，云杉职业教育联盟年会在昆明举行。此次新增成员单位包括：\n1. 青山职业学院\n2. 白沙理工学院\n",
     {("青山职业学院", "云杉职业教育联盟", "member", "2024-03-08"),
      ("白沙理工学院", "云杉职业教育联盟", "member", "2024-03-08")}),
    ("东岭产教联盟成立于2015年。新成员单位名单如下：\n红河职业学院\n蓝湖理工学院\n联盟秘书处将另行通知。",
     {("红河职业学院", "东岭产教联盟", "member", None),
      ("蓝湖理工学院", "东岭产教联盟", "member", None)}),
], ids=["包括：", "名单如下："])
def test_a_list_of_new_members_one_per_line(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("云杉职业教育联盟成立于2019年。该联盟由蓝湖职业技术大学、白沙理工学院等单位联合发起。",
     {("蓝湖职业技术大学", "云杉职业教育联盟", "lead_member", None),
      ("白沙理工学院", "云杉职业教育联盟", "lead_member", None)}),
    ("东岭产教联盟现有成员单位60家。本联盟由红河职业学院牵头组建。",
     {("红河职业学院", "东岭产教联盟", "lead_member", None)}),
], ids=["该联盟由", "本联盟由"])
def test_initiators_of_the_alliance_named_short(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("日前，我校被正式吸纳为云杉职业院校联合会（YSVA）会员。",
     {("我校", "云杉职业院校联合会", "member", None)}),
    ("青山职业学院成为东岭职业教育协会会员。",
     {("青山职业学院", "东岭职业教育协会", "member", None)}),
], ids=["吸纳为…（缩写）会员", "成为…会员"])
def test_member_without_unit(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize("text", [
    "2月2日，东岭职业教育学会第四次会员代表大会在武汉举行，青山职业学院党委宣传部报道。",
    "云杉职业院校联合会调整会员费标准。",
], ids=["会员代表大会", "会员费"])
def test_members_congress_and_dues_give_no_role(text: str) -> None:
    assert _memberships(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年6月，我校加入云杉职业教育联盟；2023年10月，我校当选该联盟理事单位。",
     {("我校", "云杉职业教育联盟", "member", "2022-06"),
      ("我校", "云杉职业教育联盟", "council_member", "2023-10")}),
    ("2019年红河职业学院加入东岭产教联盟，2021年又当选为副理事长单位。",
     {("红河职业学院", "东岭产教联盟", "member", "2019"),
      ("红河职业学院", "东岭产教联盟", "vice_chair", "2021")}),
], ids=["分号", "又当选"])
def test_each_role_takes_the_date_nearest_before_it(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize("text", [
    "云杉职业教育联盟现有成员单位60家。青山职业学院将与联盟成员单位共同推进标准建设。",
    "东岭产教联盟成立于2015年。红河职业学院带领各成员单位开展师资培训。",
], ids=["与联盟成员单位", "带领各成员单位"])
def test_working_with_the_members_is_no_role(text: str) -> None:
    assert _memberships(text) == set()
