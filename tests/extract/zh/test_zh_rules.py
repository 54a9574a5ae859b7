"""Memberships, events, figures and people of the Chinese rule set, each rule on sentences
written for these tests (invented institutions, alliances and people), two phrasings at least.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

DATED = "发布时间：2024-05-20\n"


def _memberships(text: str) -> set[tuple[str, str, str]]:
    return {(m.member, m.alliance, m.role) for m in extract_text(DATED + text).memberships}


@pytest.mark.parametrize(("text", "expected"), [
    ("青山职业技术学院当选云杉职教联盟常务理事单位。",
     {("青山职业技术学院", "云杉职教联盟", "executive_council_member")}),
    ("蓝湖大学成为东岭产教融合联盟副理事长单位。",
     {("蓝湖大学", "东岭产教融合联盟", "vice_chair")}),
    ("我校正式加入云杉职教联盟。", {("我校", "云杉职教联盟", "member")}),
    ("我院成功获批东岭应用技术大学联盟会员单位。", {("我院", "东岭应用技术大学联盟", "member")}),
    ("近日，我校入选云杉职业教育学会理事单位、东岭产教联盟秘书长单位。",
     {("我校", "云杉职业教育学会", "council_member"), ("我校", "东岭产教联盟", "secretary_general")}),
    ("在年会上，青山职业技术学院接过盟旗，作为云杉职教联盟轮值理事长单位。",
     {("青山职业技术学院", "云杉职教联盟", "chair")}),
], ids=["当选", "成为", "加入", "获批会员单位", "入选-list", "轮值理事长"])
def test_role_wordings(text, expected) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("由蓝湖大学、青山职业技术学院和东岭智造有限公司共同发起的云杉产教联盟正式成立。",
     {("蓝湖大学", "云杉产教联盟", "lead_member"),
      ("青山职业技术学院", "云杉产教联盟", "lead_member"),
      ("东岭智造有限公司", "云杉产教联盟", "lead_member")}),
    ("东岭职业学院牵头发起成立了全国乡村振兴职教联盟。",
     {("东岭职业学院", "全国乡村振兴职教联盟", "lead_member")}),
    ("由青山大学牵头、四十余家院校参与组建的海岸职业教育联盟在东岭成立。",
     {("青山大学", "海岸职业教育联盟", "lead_member")}),
], ids=["由…共同发起", "牵头发起成立", "由…牵头"])
def test_initiators_are_lead_members(text, expected) -> None:
    assert _memberships(text) == expected


def test_a_list_of_role_names_without_holder_gives_no_membership() -> None:
    text = "云杉职教联盟成立大会在东岭召开。会议审议了联盟理事长单位、副理事长单位、理事单位名单。"
    assert _memberships(text) == set()


def test_role_dated_by_the_meeting_it_was_given_at() -> None:
    text = ("5月8日，云杉职教联盟年会在长沙召开。会上，青山职业技术学院当选联盟常务理事单位。")
    facts = extract_text(DATED + text)
    assert [(m.member, m.role, m.since) for m in facts.memberships] == [
        ("青山职业技术学院", "executive_council_member", "2024-05-08")]


@pytest.mark.parametrize(("text", "expected"), [
    ("5月8日，第三届云杉职业教育论坛在湖南长沙开幕。", [("2024-05-08", "长沙", "forum")]),
    ("2023年11月2日至3日，蓝湖大学国际研讨会在成都召开。", [("2023-11-02", "成都", "seminar")]),
    ("4月12日，东岭产教联盟成立大会在青山职业技术学院举行。", [("2024-04-12", None, "conference")]),
    ("3月，青山学院代表团一行赴肯尼亚访问。", [("2024-03", None, "visit")]),
], ids=["开幕-city", "range-seminar", "campus-no-city", "visit"])
def test_events(text, expected) -> None:
    facts = extract_text(DATED + text)
    assert [(e.date, e.city, e.kind) for e in facts.events] == expected


@pytest.mark.parametrize("text", [
    "第四届云杉职业教育论坛将于9月在长沙举行。",
    "明年，联盟计划于10月在成都召开年会。",
], ids=["将于", "计划于"])
def test_planned_events_are_left_out(text) -> None:
    assert extract_text(DATED + text).events == []


def test_a_ceremony_inside_a_forum_is_folded_into_it() -> None:
    text = "5月8日，云杉职业教育论坛在长沙举行。5月8日，论坛开幕式上举行了签约仪式。"
    assert [e.kind for e in extract_text(DATED + text).events] == ["forum"]


@pytest.mark.parametrize(("text", "expected"), [
    ("来自15个国家的200余名代表参加会议。", {(15, "countries", "exact"),
                                   (200, "participants", "at_least")}),
    ("联盟现有成员单位86家，覆盖近四十所高校。", {(40, "institutions", "exact")}),
    ("联盟共有120余家成员单位。", {(120, "members", "at_least")}),
    ("学院已为30多个国家的500余名学员举办了12期培训。",
     {(30, "countries", "at_least"), (500, "trainees", "at_least"), (12, "sessions", "exact")}),
    ("论坛已举办三届，吸引逾千名观众。", {(3, "sessions", "exact"), (1000, "participants", "at_least")}),
    ("本次活动为期五天，共有10名留学生参加。", {(5, "other", "exact"), (10, "students", "exact")}),
], ids=["countries-participants", "近-institutions", "members", "training", "届-逾千",
        "duration-students"])
def test_figures(text, expected) -> None:
    facts = extract_text(DATED + text)
    assert {(f.value, f.metric, f.bound) for f in facts.figures} >= expected


@pytest.mark.parametrize("text", [
    "第十五届论坛于2023年在东岭举办。",
    "双方签署了一项协议，两国院校代表出席。",
    "数千个项目落地，十九大精神深入人心。",
], ids=["ordinal-year", "一项-两国", "vague-and-congress"])
def test_not_figures(text) -> None:
    assert extract_text(DATED + text).figures == []


@pytest.mark.parametrize(("text", "expected"), [
    ("蓝湖大学校长周明远出席并致辞。", ("周明远", "校长", "蓝湖大学")),
    ("东岭市教育局副局长陈思齐主持会议。", ("陈思齐", "副局长", "东岭市教育局")),
    ("青山职业技术学院党委书记、院长林青致欢迎辞。", ("林青", "党委书记、院长", "青山职业技术学院")),
], ids=["校长", "副局长", "two-titles"])
def test_people(text, expected) -> None:
    facts = extract_text(DATED + text)
    assert [(p.name, p.title, p.organization) for p in facts.people] == [expected]


@pytest.mark.parametrize("text", [
    "周明远校长首先对来宾表示欢迎。",
    "会上，林青院长随后介绍了合作情况。",
    "陈思齐局长同时强调了交流的意义。",
], ids=["首先", "随后", "同时"])
def test_adverb_after_a_title_is_no_person(text) -> None:
    assert all(p.name not in {"首先", "随后", "同时"} for p in extract_text(DATED + text).people)


@pytest.mark.parametrize(("text", "expected"), [
    ("云杉职教联盟成立于2016年，由蓝湖大学牵头发起。", {("蓝湖大学", "云杉职教联盟", "lead_member")}),
    ("东岭产教联盟于去年成立，由青山职业技术学院和蓝湖大学共同发起。",
     {("青山职业技术学院", "东岭产教联盟", "lead_member"), ("蓝湖大学", "东岭产教联盟", "lead_member")}),
], ids=["联盟…由…牵头发起", "联盟…由…共同发起"])
def test_initiators_of_the_alliance_the_sentence_opens_with(text, expected) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize("text", [
    "会议选举产生了新一届理事会。",
    "同一届毕业生中，该届学生表现突出。",
], ids=["新一届", "同一届"])
def test_one_session_is_no_figure(text) -> None:
    assert extract_text(DATED + text).figures == []


@pytest.mark.parametrize(("text", "expected"), [
    ("云杉职教联盟年会召开，联盟秘书处设在青山职业技术学院。",
     {("青山职业技术学院", "云杉职教联盟", "secretariat")}),
    ("东岭产教联盟成立，秘书处挂靠我校。", {("我校", "东岭产教联盟", "secretariat")}),
], ids=["设在", "挂靠"])
def test_secretariat_host(text, expected) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("云杉职教联盟年会在长沙召开。会上，青山学院被授予“理事单位”牌匾。",
     {("青山学院", "云杉职教联盟", "council_member")}),
    ("东岭产教联盟成立大会召开。蓝湖大学当选为副理事长单位。",
     {("蓝湖大学", "东岭产教联盟", "vice_chair")}),
], ids=["授予", "当选为"])
def test_role_given_without_the_alliance_name(text, expected) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("6月2日，青山学院国际研讨会在泰国清迈召开。", [("2024-06-02", "清迈", "TH")]),
    ("6月2日，东岭职教论坛在肯尼亚内罗毕举行。", [("2024-06-02", "内罗毕", "KE")]),
    ("6月2日，论坛在肯尼亚蓝湖大学举行。", [("2024-06-02", None, "KE")]),
], ids=["清迈", "内罗毕", "campus-abroad"])
def test_events_abroad(text, expected) -> None:
    assert [(e.date, e.city, e.country) for e in extract_text(DATED + text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("青山职业技术学院代表团访问蓝湖大学。今年3月，该院正式成为云杉职教联盟理事单位。",
     {("青山职业技术学院", "云杉职教联盟", "council_member")}),
    ("蓝湖大学与青山学院签约。该校已加入东岭产教联盟。",
     {("青山学院", "东岭产教联盟", "member")}),
], ids=["该院", "该校"])
def test_this_college_points_back(text, expected) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize("text", [
    "学院将以加入云杉职教联盟为契机，深化合作。",
    "我校拟加入东岭产教联盟。",
], ids=["将以加入", "拟加入"])
def test_a_planned_joining_is_no_membership(text) -> None:
    assert _memberships(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("6月2日，青山学院代表团访问马来西亚，出席在槟城举行的东岭职教论坛。", [("槟城", "MY")]),
    ("6月2日，学院代表团赴泰国，参加在清莱举办的校长峰会。", [("清莱", "TH")]),
], ids=["访问", "赴"])
def test_the_city_of_a_visit_abroad(text, expected) -> None:
    assert [(e.city, e.country) for e in extract_text(DATED + text).events] == expected


@pytest.mark.parametrize("text", [
    "院长王明出席第三届东岭职教校长论坛并致辞。",
    "校长周华参加青山校长联盟会议。",
], ids=["校长论坛", "校长联盟"])
def test_a_forum_of_presidents_is_no_person(text) -> None:
    names = {p.name for p in extract_text(DATED + text).people}
    assert not any(n.endswith(("论坛", "联盟")) for n in names)


def test_a_role_told_later_in_the_meeting_paragraph_is_dated_by_the_meeting() -> None:
    text = ("5月8日，云杉职教联盟年会在长沙召开。\n会上，联盟公布了新成员名单。"
            "青山职业技术学院成为联盟首批成员单位。")
    facts = extract_text(DATED + text)
    assert [(m.role, m.since) for m in facts.memberships] == [("founding_member", "2024-05-08")]


@pytest.mark.parametrize(("text", "expected"), [
    ("云杉职业教育学会年会召开，学会现有会员单位200家。会议审议通过了包括青山职业技术学院在内的5所院校的入会申请。",
     {("青山职业技术学院", "云杉职业教育学会", "member")}),
    ("东岭产教联盟理事会召开。会议批准了蓝湖大学和青山学院的入盟申请。",
     {("蓝湖大学", "东岭产教联盟", "member"), ("青山学院", "东岭产教联盟", "member")}),
], ids=["入会申请", "入盟申请"])
def test_an_approved_application_to_join(text, expected) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(("text", "since"), [
    ("青山职业技术学院于2021年加入云杉职教联盟，成为联盟理事单位。", "2021"),
    ("2022年3月，蓝湖大学成为东岭产教联盟常务理事单位。", "2022-03"),
], ids=["year", "month"])
def test_a_year_or_month_before_the_role_dates_it(text, since) -> None:
    assert {m.since for m in extract_text(DATED + text).memberships} == {since}


@pytest.mark.parametrize("text", [
    "云杉职教联盟成立于2019年，青山职业技术学院为联盟理事单位。",
    "青山职业技术学院作为下一届联盟轮值理事长单位，将办好2026年云杉职教联盟年会。",
], ids=["founding-year", "a-plan-after"])
def test_a_founding_or_later_year_does_not_date_the_role(text) -> None:
    assert {m.since for m in extract_text(DATED + text).memberships} == {None}


@pytest.mark.parametrize(("text", "name"), [
    ("5月18日，云杉职教联盟2024年年会在长沙召开。", "云杉职教联盟2024年年会"),
    ("5月18日，东岭产教联盟2023年度工作会议在桂林举行。", "东岭产教联盟2023年度工作会议"),
    ("2024年5月18日东岭国际合作论坛在桂林开幕。", "东岭国际合作论坛"),
], ids=["年会", "年度工作会议", "date-before-the-name"])
def test_a_year_inside_an_event_name_stays(text, name) -> None:
    assert [e.name for e in extract_text(DATED + text).events] == [name]
