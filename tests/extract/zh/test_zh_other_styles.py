"""The Chinese rules on news written in styles the development articles do not use: foreign
places inside names, list markers, numeric dates in the body, month-only date lines, attended
events, tallies, people with transliterated names. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.zh.dates import date_line, find_dates
from tracker.extract.zh.events import city_of
from tracker.extract.zh.figures import find_figures
from tracker.extract.zh.names import find_names
from tracker.extract.zh.organizations import ALL_ENDINGS
from tracker.extract.zh.places import find_countries


@pytest.mark.parametrize(("sentence", "expected"), [
    ("成都职业技术学院与蓝湖大学签署协议。", ["成都职业技术学院", "蓝湖大学"]),
    ("代表团访问了太原理工大学。", ["太原理工大学"]),
    ("副院长率团访问维也纳应用科学大学。", ["维也纳应用科学大学"]),
    ("双方与都柏林技术学院签约。", ["都柏林技术学院"]),
    ("代表团在都柏林与云杉大学签署协议。", ["云杉大学"]),
    ("考察团在成都与青山职业学院座谈。", ["青山职业学院"]),
], ids=["chengdu", "taiyuan", "vienna", "dublin", "city-then-and", "chengdu-then-and"])
def test_a_place_holding_a_stop_character_is_no_stop(sentence, expected) -> None:
    assert [n.text for n in find_names(sentence, ALL_ENDINGS)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("双方与云杉职业学院签约。", ["云杉职业学院"]),
    ("双方就共建青山工坊交换了意见。", ["青山工坊"]),
    ("各方与蓝湖大学代表座谈。", ["蓝湖大学"]),
], ids=["parties-and", "parties-about", "all-parties"])
def test_the_parties_are_no_part_of_a_name(sentence, expected) -> None:
    assert [n.text for n in find_names(sentence, ALL_ENDINGS)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2024.4.15，研修班在东岭开班。", ["2024-04-15"]),
    ("2023-08-29，代表团出席年会。", ["2023-08-29"]),
    ("会议于2022/11/3在蓝湖召开，11月5日闭幕。", ["2022-11-03", "2022-11-05"]),
], ids=["dotted", "dashed", "slashed-then-chinese"])
def test_numeric_dates_in_the_body(sentence, expected) -> None:
    assert [d.iso for d in find_dates(sentence, year=2022, month=11)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("国际处召开推进会\n2024年3月\n本月上旬，国际处召开推进会。", "2024-03"),
    ("青山学院举办讲座\n发布日期：2021-07\n讲座于8日举行。", "2021-07"),
    ("标题\n2024年3月8日\n正文", "2024-03-08"),
], ids=["month-alone", "month-labelled", "full-date-still"])
def test_a_date_line_that_gives_only_a_month(text, expected) -> None:
    assert date_line(text)[0] == expected


def test_a_day_and_this_month_take_a_month_only_date_line() -> None:
    assert [d.iso for d in find_dates("本月上旬，处里召开推进会；8日，代表团来访。",
                                      year=2024, month=3)] == ["2024-03", "2024-03-08"]


def _events(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(e.date, e.city, e.country, e.kind) for e in extract_text(text).events]


@pytest.mark.parametrize(("text", "expected"), [
    ("新闻\n2024年5月20日\n5月16日，蓝湖职业教育论坛在广西南宁举行。论坛期间召开了联盟理事会会议。",
     ["南宁", "南宁"]),
    ("新闻\n2024年5月20日\n5月16日，东岭教育峰会在湖北武汉开幕。峰会期间举办了校长座谈会。",
     ["武汉", "武汉"]),
], ids=["during-the-forum", "during-the-summit"])
def test_a_meeting_held_during_the_last_event_is_where_it_was(text, expected) -> None:
    assert [e.city for e in extract_text(text).events] == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("新闻\n2024年2月28日\n2月26日，我校与云杉职业学院举行签约仪式。", "signing"),
    ("新闻\n2024年2月28日\n2月26日，双方举行了揭牌仪式。", "ceremony"),
], ids=["signing-ceremony", "unveiling-ceremony"])
def test_an_unnamed_event_takes_its_kind_from_its_clause(text, kind) -> None:
    assert [e.kind for e in extract_text(text).events] == [kind]


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.organization) for p in extract_text(text).people]


@pytest.mark.parametrize("text", [
    "新闻\n2024年10月9日\n塔南技能发展局局长来访。",
    "新闻\n2024年10月9日\n蓝湖大学副校长率团访问我校。",
], ids=["director-visits", "vice-president-leads"])
def test_a_verb_after_a_title_is_no_name(text) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("sentence", [
    "会议指出，2023年学校国际化工作成效显著。",
    "2024年3月我院国际合作再上台阶。",
], ids=["year-school", "month-college"])
def test_a_date_before_our_word_for_ourselves_is_no_part_of_it(sentence) -> None:
    assert all(not n.text[:1].isdigit() for n in find_names(sentence, ALL_ENDINGS))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("学生学习英语、法语和西班牙语。", set()),
    ("越南语专业学生赴越南实习。", {"VN"}),
    ("开设泰语、老挝语课程。", set()),
], ids=["spanish", "vietnamese-and-vietnam", "thai-and-lao"])
def test_a_language_names_no_country(sentence, expected) -> None:
    assert set(find_countries(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "2024国际交流周开幕式在报告厅举行。",
    "学校举办2023国际文化节。",
], ids=["week", "festival"])
def test_a_year_before_international_is_no_count_of_countries(sentence) -> None:
    assert list(find_figures(sentence)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("成立\n2024年11月6日\n11月5日，云杉职业教育联盟成立大会在南京举行。联盟由青山学院与蓝湖大学共同发起。",
     {("青山学院", "lead_member"), ("蓝湖大学", "lead_member")}),
    ("成立\n2024年11月6日\n云杉职业教育联盟于11月5日成立，联盟由东岭职业学院牵头发起。",
     {("东岭职业学院", "lead_member")}),
], ids=["sentence-start", "clause-start"])
def test_the_alliance_named_bare_before_its_initiators(text, expected) -> None:
    assert {(m.member, m.role) for m in extract_text(text).memberships} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("二〇二四年三月八日，研讨会在东岭召开。", ["2024-03-08"]),
    ("二〇二三年十月，学院与蓝湖大学签约。", ["2023-10"]),
    ("2024 年 3 月 8 日，论坛举行。", ["2024-03-08"]),
], ids=["written-day", "written-month", "spaced"])
def test_dates_written_in_characters_or_spaced(sentence, expected) -> None:
    assert [d.iso for d in find_dates(sentence, year=None)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("出访\n2024年7月\n7月上旬，处长一行赴老挝万象，先后走访了两所院校。", [("2024-07", "万象", "LA")]),
    ("出访\n2024年7月20日\n7月8日，代表团前往匈牙利布达佩斯，访问了蓝湖大学。",
     [("2024-07-08", "布达佩斯", "HU")]),
], ids=["went-then-called-on", "went-then-visited"])
def test_a_place_gone_to_before_a_comma(text, expected) -> None:
    assert _events(text) == [(*e, "visit") for e in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("新闻\n发布时间：2024-04-28 作者：国际处\n正文。", []),
    ("新闻\n2024-04-28\n（通讯员 宣传部 记者 王静）正文。", ["王静"]),
], ids=["office-author", "office-reporter"])
def test_an_office_credited_is_no_person(text, expected) -> None:
    assert [p.name for p in extract_text(text).people] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("新闻\n2023年12月15日\n12月12日，第二届云杉建设联盟大会在江苏苏州召开。", ["云杉建设联盟"]),
    ("新闻\n2023年12月15日\n12月12日，第三届蓝湖职业教育联盟年会在湖北武汉举行。", ["蓝湖职业教育联盟"]),
], ids=["second-congress", "third-annual-meeting"])
def test_an_editions_number_is_no_part_of_the_alliance(text, expected) -> None:
    assert [a.name for a in extract_text(text).alliances] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("通知\n发布时间：二〇二四年三月八日\n正文。", "2024-03-08"),
    ("通知\n二〇二三年十月九日\n正文。", "2023-10-09"),
], ids=["labelled", "alone"])
def test_a_date_line_written_in_characters(text, expected) -> None:
    assert date_line(text)[0] == expected


@pytest.mark.parametrize(("place", "expected"), [
    ("北京语言大学", "北京"), ("山东青岛职业技术学院", "青岛"), ("北京某大学珠海校区", None),
    ("云杉职业技术学院", None),
], ids=["city-university", "province-city-college", "campus-elsewhere", "no-city"])
def test_a_college_named_by_its_city_places_the_event_there(place, expected) -> None:
    assert city_of(place) == expected


@pytest.mark.parametrize("text", [
    "学院新闻\n2023年5月2日\n副校长王明出席并致辞。",
    "学院新闻\n2023年5月2日\n4月28日，师生代表参加了志愿服务。",
    "工作总结\n2024年1月5日\n2023年，学校接待来访团组31批次，派出教师出访12人次。",
    "工作总结\n2024年1月5日\n去年全年，学院共举办国际培训班9期。",
    "工作部署\n2024年3月4日\n会议要求：（二）筹备好蓝湖职业教育论坛。",
    "工作部署\n2024年3月4日\n下一步，学校将筹划召开东岭国际合作研讨会。",
    "部署\n2024年3月\n会议强调，要举办好第三届蓝湖国际文化节。",
    "部署\n2024年3月\n会议要求，各单位要组织好、参加好东岭职业技能大赛。",
], ids=[
    'attending-without-an-event-named-is-no-event:attends-alone',
    'attending-without-an-event-named-is-no-event:attends-no-event',
    'a-tally-of-happenings-is-no-event:visits-counted',
    'a-tally-of-happenings-is-no-event:trainings-counted',
    'preparing-an-event-is-a-plan:prepare',
    'preparing-an-event-is-a-plan:plan',
    'a-task-set-is-no-event:hold-it-well',
    'a-task-set-is-no-event:take-part-well',
])
def test_no_events_in_other_styles(text) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("来自12个非洲国家的30余名代表出席。", [(12, "countries"), (30, "participants")]),
    ("学校与9个“一带一路”沿线国家的院校合作。", [(9, "countries")]),
    ("学员来自6个东南亚国家。", [(6, "countries")]),
    ("共建3个国家级平台。", [(3, "other")]),
    ("10所院校来自国家示范校。", [(10, "institutions")]),
    ("来自菲律宾的25名教师参加培训。", [(25, "trainees")]),
    ("共有40名企业骨干接受了数控技术研修。", [(40, "trainees")]),
    ("36名教师出席开幕式。", [(36, "other")]),
    ("全年接待来访团组28批次。", [(28, "other")]),
    ("举办线上讲座12场。", [(12, "sessions")]),
    ("与5个国际组织合作。", [(5, "other")]),
    ("承担8个国内项目。", [(8, "other")]),
    ("覆盖11个国家。", [(11, "countries")]),
    ("本年度该项目共招收新生85人。", [(85, "students")]),
    ("秋季学期录取新生120名。", [(120, "students")]),
    ("累计培训各类人员超过1.2万人次。", [(12000, "trainees")]),
    ("两年来共研修企业骨干300名。", [(300, "trainees")]),
    ("来自全国25个省份的150余所院校参会。", [(25, "other"), (150, "institutions")]),
    ("覆盖12个城市的30家企业。", [(12, "other"), (30, "institutions")]),
    ("项目现有在校生560人。", [(560, "students")]),
    ("目前在校生共1200名。", [(1200, "students")]),
    ("学校举行2024届国际学生毕业典礼，86名学生毕业。", [(86, "students")]),
    ("2023届毕业生共有1200名。", [(1200, "students")]),
    ("12名骨干教师赴德国纽伦堡参加“双元制”职业教育师资培训。", [(12, "trainees")]),
    ("该联盟由来自26个国家的100余所院校和企业组成。", [(26, "countries"), (100, "members")]),
    ("由20家职业院校共37位代表组成的考察团到访。", [(20, "institutions"), (37, "participants")]),
], ids=[
    'countries-qualified-by-a-region:african',
    'countries-qualified-by-a-region:belt-and-road',
    'countries-qualified-by-a-region:south-east-asian',
    'countries-qualified-by-a-region:national-level',
    'countries-qualified-by-a-region:not-qualified',
    'persons-counted-as-trained-are-trainees:teachers-trained',
    'persons-counted-as-trained-are-trainees:staff-take-a-course',
    'persons-counted-as-trained-are-trainees:teachers-attend',
    'batches-and-sessions-are-counted:batches',
    'batches-and-sessions-are-counted:sessions',
    'guo-after-the-measure-word-is-a-country-only-as-a-noun:international',
    'guo-after-the-measure-word-is-a-country-only-as-a-noun:domestic',
    'guo-after-the-measure-word-is-a-country-only-as-a-noun:countries',
    'new-students-are-students:enrolled',
    'new-students-are-students:admitted',
    'persons-after-a-training-verb-are-trainees:trained-then-count',
    'persons-after-a-training-verb-are-trainees:courses-then-count',
    'counted-places-are-no-institutions:provinces',
    'counted-places-are-no-institutions:cities',
    'students-enrolled-are-students:persons',
    'students-enrolled-are-students:named',
    'a-graduating-class-is-no-count:class-of-2024',
    'a-graduating-class-is-no-count:class-of-2023',
    'who-is-trained-and-what-makes-up-an-alliance:trained-far-after',
    'who-is-trained-and-what-makes-up-an-alliance:make-up-an-alliance',
    'who-is-trained-and-what-makes-up-an-alliance:make-up-a-delegation',
])
def test_figure_metrics_in_other_styles(sentence, expected) -> None:
    assert [(f.value, f.metric) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("来访\n2024年4月10日\n日前，塔南教育部常务秘书玛丽亚·桑托斯一行来访。",
     [("玛丽亚·桑托斯", "常务秘书", "塔南教育部")]),
    ("来访\n2024年4月10日\n4月8日，云杉大学校长阿卜杜拉·卡里姆（Abdullah Karim）一行到访。",
     [("阿卜杜拉·卡里姆", "校长", "云杉大学")]),
    ("来访\n2024年4月10日\n蓝湖大学校长Oyelaran出席并致辞。", [("Oyelaran", "校长", "蓝湖大学")]),
    ("出访\n2023年6月21日\n6月19日，代表团访问云杉理工学院，与该院副院长林海进行了会谈。",
     [("林海", "副院长", "云杉理工学院")]),
    ("出访\n2023年6月21日\n代表团走访了蓝湖大学，该校副校长Peter Hall介绍了学校概况。",
     [("Peter Hall", "副校长", "蓝湖大学")]),
    ("签约\n2024年2月28日\n云杉学院院长Anna Berg、我校副校长周宁分别致辞。",
     [("Anna Berg", "院长", "云杉学院"), ("周宁", "副校长", "我校")]),
    ("签约\n2024年2月28日\n外方代表、我院院长孙立先后发言。", [("孙立", "院长", "我院")]),
    ("来访\n2023年11月22日\n11月20日，塔南驻华使馆参赞艾哈迈德·萨利赫一行3人来校访问。",
     [("艾哈迈德·萨利赫", "参赞", "塔南驻华使馆")]),
    ("会议\n2023年7月14日\n云杉联邦教育部副部长伊万·彼得罗夫通过视频致辞。",
     [("伊万·彼得罗夫", "副部长", "云杉联邦教育部")]),
    ("来访\n2023年11月22日\n塔南驻华使馆参赞来校访问。", []),
    ("揭牌\n2024年1月18日\n蓝湖中心主任张海、我校党委书记吴敏共同为基地揭牌。",
     [("张海", "主任", "蓝湖中心"), ("吴敏", "党委书记", "我校")]),
    ("签约\n2024年1月18日\n云杉大学校长刘波与我院院长陈静共同签署协议。",
     [("刘波", "校长", "云杉大学"), ("陈静", "院长", "我院")]),
    ("签约\n2024年3月22日\n3月20日，云杉大学副校长林志远博士一行到访。", [("林志远", "副校长", "云杉大学")]),
    ("研修\n2023年8月18日\n8月7日，东岭职业教育校长研修班在我校开班。", []),
    ("研修\n2023年8月18日\n8月7日，蓝湖中心主任培训班在我校开班。", []),
], ids=[
    'foreign-names-after-a-title:transliterated',
    'foreign-names-after-a-title:transliterated-then-latin',
    'foreign-names-after-a-title:one-latin-word',
    'a-title-of-that-institution-names-the-one-last-named:that-college',
    'a-title-of-that-institution-names-the-one-last-named:that-university',
    'our-title-after-an-enumeration-comma:after-a-guest',
    'our-title-after-an-enumeration-comma:after-a-comma-list',
    'a-transliterated-name-ends-where-the-sentence-goes-on:then-delegation',
    'a-transliterated-name-ends-where-the-sentence-goes-on:then-by-video',
    'a-transliterated-name-ends-where-the-sentence-goes-on:comes-to-the-school',
    'a-name-ends-before-together:unveil-together',
    'a-name-ends-before-together:sign-together',
    'titled-names-and-courses-for-the-titled:doctor-after-the-name',
    'titled-names-and-courses-for-the-titled:principals-course',
    'titled-names-and-courses-for-the-titled:directors-course',
])
def test_people_in_other_styles(text, expected) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("调研\n2023年6月\n6月上旬，国际处处长一行赴甘肃兰州，走访了蓝湖职业学院。",
     [("2023-06", "兰州", "CN", "visit")]),
    ("调研\n2023年6月30日\n6月12日，副校长带队走访合作企业云杉集团。", [("2023-06-12", None, "CN", "visit")]),
    ("论坛举行\n2023年12月8日\n昨日，第二届东岭职业教育论坛在云南昆明举行。", [("2023-12-07", "昆明", "CN", "forum")]),
    ("开班\n2024年3月1日\n今天上午，蓝湖国际研修班在江苏无锡开班。", [("2024-03-01", "无锡", "CN", "training")]),
    ("出访\n2024年3月30日\n3月18日至26日，副校长率团出访新加坡、马来西亚两国。", [("2024-03-18", None, "SG", "visit")]),
    ("出访\n2023年10月9日\n9月下旬，院长率团出访德国。", [("2023-09", None, "DE", "visit")]),
    ("出访\n2024年3月30日\n3月，代表团赴越南参访，考察了两所院校。", [("2024-03", None, "VN", "visit")]),
    ("出访\n2024年3月30日\n3月，校长率队赴泰国访问，会见了合作院校校长。", [("2024-03", None, "TH", "visit")]),
    ("学院新闻\n2023年5月2日\n4月28日，副院长率团赴塞尔维亚贝尔格莱德参加第五届蓝湖职教峰会并作主旨发言。",
     [("2023-04-28", "贝尔格莱德", "RS", "conference")]),
    ("学校新闻\n2022年9月30日\n9月26日，校长一行在越南河内出席东岭职业教育年会。",
     [("2022-09-26", "河内", "VN", "meeting")]),
    ("出访纪实\n2024年6月1日\n5月24日，代表团在葡萄牙里斯本与云杉大学签署合作协议。",
     [("2024-05-24", "里斯本", "PT", "signing")]),
    ("出访纪实\n2024年6月1日\n5月25日，代表团前往匈牙利德布勒森参加东岭论坛。",
     [("2024-05-25", "德布勒森", "HU", "forum")]),
    ("参观\n2024年11月25日\n11月20日，外籍专家参观了东岭博物馆。", [("2024-11-20", None, "CN", "visit")]),
    ("参观\n2024年11月25日\n11月21日，代表团在江苏苏州参观了蓝湖产业园。",
     [("2024-11-21", "苏州", "CN", "visit")]),
    ("培训\n2024年8月20日\n8月5日，我校选派8名教师赴老挝开展为期两周的汽修技能培训。",
     [("2024-08-05", None, "LA", "training")]),
    ("调研\n2024年8月20日\n8月12日，国际处一行赴广西南宁开展调研。", [("2024-08-12", "南宁", "CN", "visit")]),
    ("合作\n2024年8月20日\n8月12日，双方商定开展师资培训等合作。", []),
    ("交流周\n2024年8月30日\n8月28日，东岭教育交流周开幕式在贵州贵阳举行。"
     "我校与云杉理工学院在交流周期间签署合作备忘录。", [("2024-08-28", "贵阳", "CN", "ceremony")]),
    ("论坛\n2024年8月30日\n8月28日，蓝湖职教论坛在湖南长沙举行。"
     "我院与东岭大学在论坛期间签署协议。", [("2024-08-28", "长沙", "CN", "forum")]),
    ("培训\n2023年12月4日\n11月12日至12月2日，我校12名教师赴德国纽伦堡参加“双元制”师资培训。"
     "培训期间，教师们走访了8家企业。", [("2023-11-12", "纽伦堡", "DE", "training")]),
    ("研修\n2023年12月4日\n11月6日，我院5名教师赴奥地利维也纳参加职业教育研修。",
     [("2023-11-06", "维也纳", "AT", "training")]),
], ids=[
    'calling-on-partners-is-a-visit:month-and-early',
    'calling-on-partners-is-a-visit:day',
    'a-day-said-relatively-counts-from-the-date-line:yesterday',
    'a-day-said-relatively-counts-from-the-date-line:today',
    'going-abroad-is-a-visit:two-countries',
    'going-abroad-is-a-visit:one-country',
    'a-verb-after-a-country-gone-to-is-no-city:visit-word',
    'a-verb-after-a-country-gone-to-is-no-city:visit-verb',
    'an-event-attended-is-an-event:attends-a-summit',
    'an-event-attended-is-an-event:attends-an-annual-meeting-abroad',
    'the-place-of-a-signing-or-of-an-event-gone-to:at-then-with',
    'the-place-of-a-signing-or-of-an-event-gone-to:going-to',
    'touring-a-site-is-a-visit:museum',
    'touring-a-site-is-a-visit:placed',
    'an-activity-carried-out-is-an-event:training-abroad',
    'an-activity-carried-out-is-an-event:fact-finding',
    'an-activity-carried-out-is-an-event:cooperation-planned',
    'a-signing-during-an-event-is-folded-into-it:during-the-week',
    'a-signing-during-an-event-is-folded-into-it:during-the-forum',
    'a-training-attended-is-an-event:training-abroad-then-calls',
    'a-training-attended-is-an-event:course-abroad',
])
def test_events_in_other_styles(text, expected) -> None:
    assert _events(text) == expected
