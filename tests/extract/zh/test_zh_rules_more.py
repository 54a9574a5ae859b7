"""Further rules of the Chinese rule set, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.zh.sentences import is_page_chrome

DATED = "发布时间：2024-05-20\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("6月3日，青山职教联盟成立大会在湖北武汉召开。大会还举行了首届产教融合论坛。",
     [("2024-06-03", "武汉"), ("2024-06-03", "武汉")]),
    ("9月1日，东岭产教联盟年会在西安举行。期间，联盟举办了学生技能大赛。",
     [("2024-09-01", "西安"), ("2024-09-01", "西安")]),
], ids=["还举行", "期间"])
def test_a_follow_up_event_is_where_the_last_one_was(text, expected) -> None:
    assert [(e.date, e.city) for e in extract_text(DATED + text).events] == expected


@pytest.mark.parametrize("text", [
    "10月9日，云杉职教联盟2023年会在长沙举行。",
    "10月9日，东岭产教联盟2023年会暨理事会在长沙召开。",
], ids=["年会", "年会暨"])
def test_an_annual_meeting_is_dated_by_its_day_not_its_year(text) -> None:
    assert [e.date for e in extract_text(DATED + text).events] == ["2024-10-09"]


@pytest.mark.parametrize(("text", "alliances"), [
    ("青山学院加入云岭区域产教联盟。产教联盟现有成员单位60家。", ["云岭区域产教联盟"]),
    ("蓝湖大学当选东海职业教育合作联盟理事单位。东海职业教育协作联盟成立于2015年。"
     "东海职业教育合作联盟秘书处设在青山。", ["东海职业教育合作联盟"]),
], ids=["short-form", "variant"])
def test_one_alliance_under_several_names(text, alliances) -> None:
    facts = extract_text(DATED + text)
    assert [a.name for a in facts.alliances] == alliances
    assert {m.alliance for m in facts.memberships} <= set(alliances)


@pytest.mark.parametrize("text", [
    "5月6日，论坛在长沙开幕，教育厅领导和联盟代表出席。",
    "会上，嘉宾与联盟成员进行了交流。",
], ids=["领导和联盟", "嘉宾与联盟"])
def test_and_the_alliance_names_no_alliance(text) -> None:
    assert extract_text(DATED + text).alliances == []


@pytest.mark.parametrize("text", [
    "联盟将由相关高校牵头组建若干专业联合体。",
    "今后可由成员院校牵头成立区域职教联盟。",
], ids=["可由", "今后可由"])
def test_a_possible_founding_is_no_membership(text) -> None:
    assert extract_text(DATED + text).memberships == []


@pytest.mark.parametrize(("text", "member"), [
    ("东岭市教育局、各职业学校等联盟成员单位参加会议。", "东岭市教育局"),
    ("青山区职业学校等联盟成员单位和蓝湖大学代表出席。", "青山区职业学校"),
], ids=["职业学校-generic", "named-学校"])
def test_school_inside_a_name_is_not_the_publisher(text, member) -> None:
    text = "云杉职教联盟年会召开。" + text
    assert "学校" not in {m.member for m in extract_text(DATED + text).memberships}


@pytest.mark.parametrize(("text", "expected"), [
    ("青山学会会长、原东岭市教育局局长吴新民出席会议。",
     ("吴新民", "会长、原东岭市教育局局长", "青山学会")),
    ("蓝湖大学校长孙立人院士、青山大学党委书记郑华出席。", ("郑华", "党委书记", "青山大学")),
], ids=["former-post", "second-person"])
def test_people_titles_and_organizations(text, expected) -> None:
    people = {p.name: (p.name, p.title, p.organization) for p in extract_text(DATED + text).people}
    assert people[expected[0]] == expected


@pytest.mark.parametrize(("line", "chrome"), [
    ("首页 > 新闻中心 > 学院要闻", True),
    ("网站首页 | 学院概况 | 机构设置 | 招生就业", True),
    ("上一篇：青山学院召开教学工作会议", True),
    ("【责任编辑：王一  审核：李二】", True),
    ("学院召开国际交流工作会议，各部门负责人参加。", False),
], ids=["breadcrumb", "menu", "previous-link", "credits", "sentence"])
def test_page_chrome(line, chrome) -> None:
    assert is_page_chrome(line) is chrome


def test_a_page_of_navigation_gives_empty_facts() -> None:
    facts = extract_text("网站首页 | 学院概况 | 新闻中心 | 联系我们\n上一篇：学院新闻\n下一篇：学院通知")
    assert facts.to_json()["organizations"] == [] and facts.alliances == []
    assert facts.events == [] and facts.people == [] and facts.countries == []


@pytest.mark.parametrize(("text", "expected"), [
    ("联盟成员单位已达95家。", (95, "members")),
    ("参加展会的院校和企业超过60个。", (60, "institutions")),
    ("学员将进行为期两年的学习，其中1年在青山学院。", (2, "other")),
    ("来自30余所中国高校的代表参会。", (30, "institutions")),
], ids=["members-noun-first", "noun-first-hedged", "duration", "中国-is-no-country-noun"])
def test_figure_metrics(text, expected) -> None:
    assert expected in {(f.value, f.metric) for f in extract_text(DATED + text).figures}


@pytest.mark.parametrize("text", [
    "我校作为下一届联盟轮值理事长单位发言。",
    "每一届论坛都有新主题。",
], ids=["下一届", "每一届"])
def test_next_session_is_no_figure(text) -> None:
    assert extract_text(DATED + text).figures == []


@pytest.mark.parametrize(("text", "expected"), [
    ("与印度尼西亚、马来西亚院校合作。", {"ID", "MY"}),
    ("东南亚、西亚与南亚的院校参加。", set()),
], ids=["names-holding-西亚", "regions"])
def test_country_names_win_over_regions_inside_them(text, expected) -> None:
    assert set(extract_text(DATED + text).countries) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("学院先后主办了2016、2018、2020年东岭国际职教论坛。", ["2016", "2018", "2020"]),
    ("协会已举办2019、2021两届青山技能大赛暨研讨会。", ["2019", "2021"]),
], ids=["主办了-years", "举办-two-years"])
def test_one_event_per_listed_year(text, expected) -> None:
    assert sorted(e.date for e in extract_text(DATED + text).events) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3月6日，以“数字职教”为主题的第二届云杉职业教育研讨会，以线上线下结合的形式开启。",
     [("2024-03-06", "seminar")]),
    ("11月2日，东岭产教融合论坛，来自各地的代表参与交流。", [("2024-11-02", "forum")]),
], ids=["研讨会-no-verb", "论坛-no-verb"])
def test_a_day_and_an_event_noun_report_an_event(text, expected) -> None:
    assert [(e.date, e.kind) for e in extract_text(DATED + text).events] == expected


@pytest.mark.parametrize(("text", "kinds"), [
    ("5月9日，东岭职业教育论坛在西安开幕。随后，青山学院与蓝湖大学签约。", ["forum"]),
    ("5月9日，青山学院举办国际文化节。活动中，学院与三所院校签约。", ["other"]),
], ids=["signing-after-forum", "signing-in-festival"])
def test_a_signing_on_the_day_of_a_larger_event_is_folded(text, kinds) -> None:
    assert [e.kind for e in extract_text(DATED + text).events] == kinds


@pytest.mark.parametrize(("text", "published"), [
    ("青山学院代表团访问肯尼亚\n2022年3月4日，青山学院代表团抵达内罗毕。", "2022-03-04"),
    ("云杉职教联盟年会召开\n来源：东岭日报\n2021年10月9日，年会在长沙召开。", "2021-10-09"),
], ids=["first-sentence", "after-source-line"])
def test_without_a_date_line_the_lead_dates_the_page(text, published) -> None:
    assert extract_text(text).source.published == published


@pytest.mark.parametrize(("text", "expected"), [
    ("本报讯（记者 周一鸣 通讯员 钱小雨）近日，青山学院举办文化节。",
     [("周一鸣", "记者"), ("钱小雨", "通讯员")]),
    ("来源：东岭网 作者：孙甲 吴乙 编辑：郑丙", [("孙甲", "作者"), ("吴乙", "作者"), ("郑丙", "编辑")]),
    ("【编辑：冯    丁    审核：陈戊】", [("冯丁", "编辑"), ("陈戊", "审核")]),
], ids=["brackets", "source-line", "spaced-out"])
def test_bylines(text, expected) -> None:
    from tracker.extract.zh.people import bylines

    assert [(p.name, p.title) for p in bylines(text)] == expected


def test_a_reporter_at_work_is_no_byline() -> None:
    from tracker.extract.zh.people import bylines

    assert bylines("记者从青山市教育局获悉，联盟将扩大。") == []


@pytest.mark.parametrize("text", [
    "云杉职教联盟年会在长沙召开。会上，蓝湖大学作了发言。5月3日，论坛在西安举行。",
    "东岭产教联盟成立。5月3日，成立大会在西安召开。",
], ids=["two-events", "one-event"])
def test_events_of_a_one_alliance_article_are_its_own(text) -> None:
    facts = extract_text(DATED + text)
    assert facts.events and {e.alliance for e in facts.events} == {facts.alliances[0].name}


@pytest.mark.parametrize(("text", "alliance", "alias"), [
    ("由东岭职业教育学会校企合作分会（以下简称“分会”）主办。截至目前，分会有300家会员单位。",
     "东岭职业教育学会校企合作分会", "分会"),
    ("青山产教融合促进会（简称“促进会”）召开年会。促进会现有会员单位120余家。",
     "青山产教融合促进会", "促进会"),
], ids=["分会", "促进会"])
def test_a_body_counting_its_member_units_is_an_alliance(text, alliance, alias) -> None:
    facts = extract_text(DATED + text)
    records = {a.name: a for a in facts.alliances}
    assert alias in records[alliance].aliases


@pytest.mark.parametrize(("text", "name"), [
    ("2023年9月25日经东岭市教育局批准成立。", "东岭市教育局"),
    ("10月8日青山职业技术学院举办开放日。", "青山职业技术学院"),
], ids=["year-month-day", "month-day"])
def test_a_date_before_a_name_is_not_part_of_it(text, name) -> None:
    assert name in {o.name for o in extract_text(DATED + text).organizations}


@pytest.mark.parametrize(("text", "expected"), [
    ("肯尼亚蒙巴萨2024年3月5日 /美通社/ -- 日前，青山学院代表团到访肯尼亚港务局。",
     [(None, "蒙巴萨", "KE")]),
    ("新华社长沙3月5日电 3月4日，云杉职教论坛开幕。", [("2024-03-04", "长沙", "CN")]),
], ids=["abroad", "xinhua"])
def test_a_wire_story_happens_at_its_dateline(text, expected) -> None:
    facts = extract_text("发布时间：2024-03-06\n" + text if "新华社" in text else text)
    assert [(e.date, e.city, e.country) for e in facts.events] == expected


@pytest.mark.parametrize("text", [
    "2012年以来，学院已举办了五届东岭职教论坛。",
    "自2015年起，学会每年召开一次年会。",
], ids=["以来", "自…起"])
def test_a_starting_year_dates_no_event(text) -> None:
    assert {e.date for e in extract_text(DATED + text).events} <= {None}


@pytest.mark.parametrize(("text", "city"), [
    ("云杉职教联盟在京成立\n发布时间：2024-05-20\n5月18日，联盟成立大会在青山职业技术学院举行。", "北京"),
    ("东岭论坛在湖南长沙开幕\n发布时间：2024-05-20\n5月18日，论坛在蓝湖国际会议厅开幕。", "长沙"),
], ids=["在京成立", "在湖南长沙"])
def test_a_headline_places_the_first_dated_event(text, city) -> None:
    assert [e.city for e in extract_text(text).events] == [city]


@pytest.mark.parametrize("text", [
    "学院积极参与行业产教联盟建设。",
    "各地纷纷成立职教联盟，推动国际合作联盟发展。",
], ids=["行业产教联盟", "职教联盟-国际合作联盟"])
def test_a_kind_of_alliance_is_no_alliance(text) -> None:
    facts = extract_text(DATED + text)
    assert facts.alliances == [] and facts.memberships == []


def test_a_person_found_later_ends_a_name_at_the_conjunction() -> None:
    text = "校长孙明出席活动。会上，孙明与蓝湖职业大学党委书记杨华完成交接。"
    facts = extract_text(DATED + text)
    assert "蓝湖职业大学" in {o.name for o in facts.organizations}
    assert {p.name: p.organization for p in facts.people}["杨华"] == "蓝湖职业大学"


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("5月8日，云杉职业教育论坛在长沙开幕。由东岭教育基金会邀请的30余名代表参加了论坛。",
     30, "云杉职业教育论坛"),
    ("5月8日，云杉职业教育论坛在长沙开幕。青山职业技术学院已先后为20个国家培训学员。",
     20, "青山职业技术学院"),
], ids=["attendance-of-the-event", "own-doing-of-the-subject"])
def test_the_subject_of_a_count(text, value, subject) -> None:
    figures = {f.value: f.subject for f in extract_text(DATED + text).figures}
    assert figures[value] == subject


def test_an_alliance_told_by_its_short_form_keeps_its_full_name() -> None:
    text = ("5月8日，由蓝湖大学发起的东岭教育促进会国际合作联盟工作委员会（简称东岭国际合作联盟）"
            "成立大会在长沙举行。东岭国际合作联盟首批成员单位60家。")
    facts = extract_text(DATED + text)
    assert [(a.name, a.member_count) for a in facts.alliances] == [
        ("东岭教育促进会国际合作联盟工作委员会", 60)]
    assert "东岭国际合作联盟" in facts.alliances[0].aliases
