"""`tracker import` proposes the standards of ours an article says were adopted abroad,
and a second import of the article, or of another one restating the adoption, adds
nothing. Articles written for these tests."""

from __future__ import annotations

from typing import Any

from tracker.models import StandardAdoption

ENGLISH = """Our Welding Standard Goes Abroad
Date: 2024-05-09

On May 6, 2024, the professional teaching standard for Welding Technology developed by our
college was adopted by the Ministry of Education of Ghana.
"""
RESTATED = """The Year in Review
Date: 2024-12-28

This year the professional teaching standard for Welding Technology of our college was
adopted by the Ministry of Education of Ghana.
"""
CHINESE = """我校课程标准走出国门
发布时间：2024-06-20

6月18日，我校编制的光伏安装课程标准被马拉维劳动部正式采纳。
"""
HOME_NAMED_FIRST = """Standards Shared
Date: 2024-07-01

Backed by China, our course standard for Hospitality was incorporated into the national
curriculum of Bolivia.
"""


def _row(s: StandardAdoption) -> tuple[Any, ...]:
    return (s.organization.name, s.kind.value, s.title, s.adopter.name if s.adopter else None,
            s.adopter.country.code if s.adopter and s.adopter.country else None,
            s.country.code if s.country else None, s.adopted.iso() if s.adopted else None)


def _standards(recorded: Any) -> list[tuple[Any, ...]]:
    return recorded(StandardAdoption, _row, "standard_adoption")  # type: ignore[no-any-return]


def test_an_english_standard_is_planned_applied_and_not_added_twice(
        cli: Any, dump: Any, recorded: Any, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("standard.txt", ENGLISH)
    item = next(i for i in planned(article) if i["kind"] == "standard")
    assert item["action"] == "create" and item["fields"]["kind"] == "programme"
    assert "adopted by the Ministry of Education of Ghana" in item["evidence"]
    assert cli("import", str(article), "--yes").exit_code == 0
    assert _standards(recorded) == [
        (home, "programme", "Professional teaching standard for Welding Technology",
         "Ministry of Education of Ghana", "GH", "GH", "2024-05-06")]
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after
    restated = article_file("review.txt", RESTATED)
    assert [i["action"] for i in planned(restated) if i["kind"] == "standard"] == ["match"]
    assert cli("import", str(restated), "--yes").exit_code == 0
    assert len(_standards(recorded)) == 1


def test_a_chinese_standard_is_the_home_organizations(
        cli: Any, dump: Any, recorded: Any, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("zh.txt", CHINESE)
    item = next(i for i in planned(article) if i["kind"] == "standard")
    assert item["action"] == "create" and item["fields"]["organization"] == home
    assert cli("import", str(article), "--yes").exit_code == 0
    assert _standards(recorded) == [(home, "course", "光伏安装课程标准", "马拉维劳动部", "MW",
                                   "MW", "2024-06-18")]
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after


def test_without_a_home_organization_the_standard_is_not_applied(
        article_file: Any, planned: Any) -> None:
    item = next(i for i in planned(article_file("zh.txt", CHINESE)) if i["kind"] == "standard")
    assert item["action"] == "skip" and "home organization" in item["note"]


def test_the_adopters_country_is_never_the_home_organizations(
        cli: Any, recorded: Any, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("first.txt", HOME_NAMED_FIRST)
    assert cli("org", "edit", home, "--country", "CN").exit_code == 0
    item = next(i for i in planned(article) if i["kind"] == "standard")
    assert item["action"] == "create" and item["fields"]["country"] == "BO"
    assert cli("import", str(article), "--yes").exit_code == 0
    assert [row[5] for row in _standards(recorded)] == ["BO"]
