"""`tracker import` proposes the exchanges an article states (training of people from
abroad, our teachers or interns abroad) as cooperation records with direction, headcount
and days; a second import of the article adds nothing. Articles written for these tests."""

from __future__ import annotations

from typing import Any

from tracker.models import Cooperation

ENGLISH = """Officials from Laos Trained at Our College
Date: 2024-05-20

Our college held a two-week training course for 30 officials from Laos.
"""
CHINESE = """我校教师赴柬埔寨开展培训
发布时间：2024-06-20

2024年6月3日，我校选派3名教师赴柬埔寨开展为期一个月的培训。
"""
HOME_NAMED_FIRST = """Interns Abroad
Date: 2024-09-02

12 students began a six-month internship at a Chinese power company in Kenya.
"""


def _row(c: Cooperation) -> tuple[Any, ...]:
    return (c.organization.name, c.kind.value, c.direction.value if c.direction else None,
            c.country.code if c.country else None, c.headcount, c.duration_days(),
            c.start.iso() if c.start else None)


def _records(recorded: Any) -> list[tuple[Any, ...]]:
    return recorded(Cooperation, _row, "cooperation")  # type: ignore[no-any-return]


def test_training_of_people_from_abroad_is_planned_applied_and_not_added_twice(
        cli: Any, dump: Any, recorded: Any, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("laos.txt", ENGLISH)
    item = next(i for i in planned(article) if i["kind"] == "cooperation")
    assert item["action"] == "create"
    assert (item["fields"]["direction"], item["fields"]["headcount"], item["fields"]["days"]) \
        == ("incoming", 30, 14)
    assert "publication month" in item["note"]  # the sentence gives no date
    assert cli("import", str(article), "--yes").exit_code == 0
    assert _records(recorded) == [(home, "short_training", "incoming", "LA", 30, 14, "2024-05")]
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after


def test_our_teachers_abroad_from_a_chinese_article(
        cli: Any, dump: Any, recorded: Any, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("zh.txt", CHINESE)
    item = next(i for i in planned(article) if i["kind"] == "cooperation")
    assert item["action"] == "create" and item["fields"]["organization"] == home
    assert cli("import", str(article), "--yes").exit_code == 0
    assert _records(recorded) == [(home, "teaching_abroad", "outgoing", "KH", 3, 30,
                                 "2024-06-03")]
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after


def test_the_country_is_never_the_home_organizations(
        cli: Any, recorded: Any, article_file: Any, planned: Any, home: str) -> None:
    assert cli("org", "edit", home, "--country", "CN").exit_code == 0
    article = article_file("interns.txt", HOME_NAMED_FIRST)
    item = next(i for i in planned(article) if i["kind"] == "cooperation")
    assert item["action"] == "create" and item["fields"]["country"] == "KE"
    assert cli("import", str(article), "--yes").exit_code == 0
    assert _records(recorded) == [(home, "internship_abroad", "outgoing", "KE", 12, 180,
                                 "2024-09")]


def test_without_a_home_organization_nothing_is_applied(
        article_file: Any, planned: Any) -> None:
    item = next(i for i in planned(article_file("zh.txt", CHINESE))
                if i["kind"] == "cooperation")
    assert item["action"] == "skip" and "home organization" in item["note"]
