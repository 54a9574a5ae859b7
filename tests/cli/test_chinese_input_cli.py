"""Chinese input in every option: dates, countries, names with or without Chinese quotes.

The institutions and alliances here are invented; none comes from the articles.
"""

from __future__ import annotations

import json

import pytest

ALLIANCE = "“数字丝路”职业教育合作联盟"  # stored with its quotes


@pytest.fixture
def world(cli, seed):
    """An English-named college with a Chinese alias, a Chinese-named one, an alliance."""
    seed((
        ("org", "add", "Lakeside Polytechnic", "--alias", "湖畔理工学院", "--country", "CN"),
        ("org", "add", "《高原》农牧职业学院", "--country", "肯尼亚"),
        ("alliance", "add", ALLIANCE, "--founded", "2019年6月"),
        ("person", "add", "阿卜杜拉·哈桑", "--org", "高原农牧职业学院"),
    ))
    return cli


def _json(cli, *args):  # type: ignore[no-untyped-def]
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2023年11月17日", "2023-11-17"), ("２０２３年１１月１７日", "2023-11-17"),
     ("2023年11月", "2023-11"), ("2023年", "2023"), ("Nov 17, 2023", "2023-11-17")],
)
def test_member_since_takes_chinese_dates(world, typed, stored):
    result = world("member", "add", "湖畔理工学院", ALLIANCE, "--since", typed)
    assert result.exit_code == 0, result.output
    [term] = _json(world, "member", "list", "--org", "Lakeside Polytechnic")
    assert term["start"] == stored


def test_year_options_take_chinese_years(world):
    assert world("member", "add", "湖畔理工学院", ALLIANCE, "--since", "2022年").exit_code == 0
    for typed in ("2023年", "２０２３"):
        [term] = _json(world, "member", "list", "--year", typed)
        assert term["start"] == "2022"
    assert _json(world, "member", "list", "--year", "2021年") == []


def test_bad_year_is_refused_in_one_line(world):
    result = world("member", "list", "--year", "2023年11月")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: Invalid value for '--year': '2023年11月' is not a year; write it as 2023 or "
        "2023年 (see `tracker member list --help`)"
    ]


def test_alliance_founded_in_a_chinese_month(world):
    assert _json(world, "alliance", "show", ALLIANCE)["founded"] == "2019-06"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["member", "add", "湖畔理工学院", ALLIANCE, "--since", "11月17日"],
         "Error: '11月17日' is not a date with a year; write it as 2023,"),
        (["member", "add", "湖畔理工学院", ALLIANCE, "--since", "2023年2月30日"],
         "Error: '2023年2月30日' is not a real date"),
        (["event", "add", "年会", "--date", "2023年13月"],
         "Error: '2023年13月' is not a real date"),
        (["alliance", "edit", ALLIANCE, "--founded", "二〇一九年"],
         "Error: '二〇一九年' is not a date with a year"),
    ],
    ids=["no year", "no such day", "no such month", "Chinese numerals"],
)
def test_bad_chinese_dates_are_refused_in_one_line(world, assert_refused, args, message):
    assert_refused(world, args, 2, message)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("肯尼亚", "KE"), ("老挝", "LA"), ("俄罗斯", "RU"), ("韩国", "KR"), ("玻利维亚", "BO"),
     ("刚果（金）", "CD"), ("刚果金", "CD"), ("坦桑尼亚联合共和国", "TZ"), ("中国香港", "HK")],
)
def test_country_options_take_chinese_names(world, typed, code):
    result = world("org", "add", "湖滨技工学校", "--country", typed)
    assert result.exit_code == 0, result.output
    assert _json(world, "org", "show", "湖滨技工学校")["country"] == code


def test_unknown_chinese_country_is_not_found_and_changes_nothing(world, assert_refused):
    assert_refused(world, ["org", "add", "湖滨技工学校", "--country", "火星国"], 1,
                   "Error: no country '火星国'")


def test_list_filters_by_chinese_country(world):
    assert [o["name"] for o in _json(world, "org", "list", "--country", "肯尼亚")] == [
        "《高原》农牧职业学院"
    ]


def test_country_list_and_show_in_chinese(world):
    found = _json(world, "country", "list", "--name", "斯坦", "--lang", "zh")
    assert {"KZ", "UZ", "PK"} <= {c["code"] for c in found}
    assert all("斯坦" in c["name"] for c in found)
    assert _json(world, "country", "show", "越南", "--lang", "zh")["name"] == "越南"
    assert _json(world, "country", "show", "香港", "--lang", "zh")["name"] == "中国香港"
    assert _json(world, "country", "show", "老挝")["name"] == "Laos"


def test_list_name_filter_matches_aliases_and_chinese_substrings(world):
    assert [o["name"] for o in _json(world, "org", "list", "--name", "湖畔")] == [
        "Lakeside Polytechnic"
    ]
    assert [o["name"] for o in _json(world, "org", "list", "--name", "高原 农牧")] == [
        "《高原》农牧职业学院"
    ]
    assert [a["name"] for a in _json(world, "alliance", "list", "--name", "数字丝路")] == [ALLIANCE]
    assert [p["name"] for p in _json(world, "person", "list", "--name", "哈桑")] == ["阿卜杜拉·哈桑"]


@pytest.mark.parametrize(
    "typed", ["数字丝路职业教育合作联盟", "「数字丝路」职业教育合作联盟", ALLIANCE]
)
def test_names_resolve_with_or_without_chinese_quotes(world, typed):
    assert _json(world, "alliance", "show", typed)["name"] == ALLIANCE


def test_a_name_that_differs_only_by_quotes_is_taken(world, assert_refused):
    assert_refused(world, ["org", "add", "高原农牧职业学院"], 1,
                   "Error: '高原农牧职业学院' is already the name of the organization")


@pytest.mark.parametrize(
    ("typed", "code"),
    [("副理事长单位", "vice_chair"), ("副理事长", "vice_chair"), ("常务理事单位", "executive_council_member"),
     ("常务理事", "executive_council_member"), ("理事单位", "council_member"), ("理事", "council_member"),
     ("理事长单位", "chair"), ("会长单位", "chair"), ("牵头单位", "lead_member"),
     ("成员单位", "member"), ("Executive council member", "executive_council_member")],
)
def test_role_options_take_chinese_role_names(world, typed, code):
    result = world("member", "add", "湖畔理工学院", ALLIANCE, "--role", typed, "--since", "2023年")
    assert result.exit_code == 0, result.output
    [term] = _json(world, "member", "list", "--role", typed)
    assert term["role"] == code


def test_unknown_chinese_role_is_refused(world, assert_refused):
    assert_refused(world, ["member", "add", "湖畔理工学院", ALLIANCE, "--role", "名誉单位"], 2,
                   "Error: unknown role '名誉单位'; roles are: chair, vice_chair")
    assert_refused(world, ["member", "add", "湖畔理工学院", ALLIANCE, "--role", "单位"], 2,
                   "Error: unknown role '单位'")


def test_a_role_users_added_is_found_by_code_and_chinese_label(world, engine):
    from tracker.db import session_scope
    from tracker.models import Role

    with session_scope(engine, actor="test", command="pytest") as db:
        db.add(Role(code="adviser", label="顾问单位", rank=95))
    assert world("member", "add", "湖畔理工学院", ALLIANCE, "--role", "顾问单位").exit_code == 0
    for typed in ("adviser", "顾问", "「顾问单位」"):
        [term] = _json(world, "member", "list", "--role", typed)
        assert term["role"] == "adviser"


def test_kind_options_take_the_vocabulary_chinese_labels(world, assert_refused):
    result = world("event", "add", "湖畔论坛", "--kind", "论坛", "--date", "2024年5月8日")
    assert result.exit_code == 0, result.output
    [event] = _json(world, "event", "list", "--year", "2024年")
    assert (event["kind"], event["when"]) == ("forum", "2024-05-08")
    assert_refused(world, ["org", "add", "湖滨技工学校", "--kind", "城堡"], 2,
                   "Error: unknown organization kind '城堡'; choose one of: university,")
