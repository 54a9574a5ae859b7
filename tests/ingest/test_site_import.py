"""`tracker import` proposes the teaching sites abroad an article says opened, and a
second import of the article, or of another one restating the site, adds nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tracker.db import make_engine, session_scope
from tracker.models import Citation, TeachingSite

ENGLISH = """A Luban Workshop Opens in Kenya
Date: 2024-03-14

The Luban Workshop in Kenya, jointly built by our college and Mombasa Technical University,
was officially opened on March 12, 2024.
"""
RESTATED = """The Year in Review
Date: 2024-12-28

In March our Luban Workshop in Kenya was opened with Mombasa Technical University.
"""
CHINESE_HOME_FIRST = """我校赞比亚鲁班工坊揭牌
发布时间：2024-06-20

6月18日，我校携手中国有色集团与赞比亚大学共建的鲁班工坊正式揭牌。
"""
CHINESE = """我校泰国鲁班工坊揭牌
发布时间：2024-06-20

6月18日，我校与泰国曼谷职业技术学院共建的鲁班工坊正式揭牌。
"""


def _sites(db_url: str) -> list[tuple[Any, ...]]:
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        rows = [(s.organization.name, s.kind.value, s.country.code,
                 s.partner.name if s.partner else None, s.opened.iso() if s.opened else None)
                for s in session.scalars(select(TeachingSite).order_by(TeachingSite.id))]
        cited = set(session.scalars(select(Citation.subject_table)))
    engine.dispose()
    assert not rows or "teaching_site" in cited
    return rows


def test_an_english_site_is_planned_applied_and_not_added_twice(
        cli: Any, dump: Any, db_url: str, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("site.txt", ENGLISH)
    site = next(i for i in planned(article) if i["kind"] == "site")
    assert site["action"] == "create" and site["fields"]["country"] == "KE"
    assert cli("import", str(article), "--yes").exit_code == 0
    assert _sites(db_url) == [(home, "luban_workshop", "KE", "Mombasa Technical University",
                               "2024-03-12")]
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after
    restated = article_file("review.txt", RESTATED)
    assert [i["action"] for i in planned(restated) if i["kind"] == "site"] == ["match"]
    assert cli("import", str(restated), "--yes").exit_code == 0
    assert len(_sites(db_url)) == 1


def test_a_chinese_site_is_the_home_organizations(
        cli: Any, dump: Any, db_url: str, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("zh.txt", CHINESE)
    site = next(i for i in planned(article) if i["kind"] == "site")
    assert site["action"] == "create" and site["fields"]["organization"] == home
    assert cli("import", str(article), "--yes").exit_code == 0
    assert _sites(db_url) == [(home, "luban_workshop", "TH", "泰国曼谷职业技术学院",
                               "2024-06-18")]
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after


def test_without_a_home_organization_the_site_is_not_applied(
        article_file: Any, planned: Any) -> None:
    site = next(i for i in planned(article_file("zh.txt", CHINESE)) if i["kind"] == "site")
    assert site["action"] == "skip" and "home organization" in site["note"]


FIRST_NAMED_IS_HOME = """Our First Campus Abroad
Date: 2024-09-02

With support from China, our overseas branch campus was inaugurated in Kenya
on August 30, 2024.
"""
PLACED_AT_HOME = """A New Campus
Date: 2024-09-02

With support from China, our branch campus in Nairobi, Kenya, was inaugurated on
August 30, 2024.
"""


def test_a_site_is_never_in_the_home_organizations_own_country(
        cli: Any, db_url: str, article_file: Any, planned: Any, home: str) -> None:
    """The importer knows which country is ours (the home organization's): the article's
    first country is passed over for the next one it names."""
    assert cli("org", "edit", home, "--country", "CN").exit_code == 0
    site = next(i for i in planned(article_file("campus.txt", FIRST_NAMED_IS_HOME))
                if i["kind"] == "site")
    assert site["action"] == "create" and site["fields"]["country"] == "KE"
    assert cli("org", "edit", home, "--country", "KE").exit_code == 0  # now Kenya is home
    # the campus is placed in Kenya: at home, so not a site abroad (China only supported it)
    site = next(i for i in planned(article_file("home.txt", PLACED_AT_HOME))
                if i["kind"] == "site")
    assert site["action"] == "skip" and "abroad" in site["note"]


def test_a_chinese_site_is_abroad_by_the_home_organizations_country_too(
        cli: Any, article_file: Any, planned: Any, home: str) -> None:
    """Both languages leave "abroad" to the importer: China named first is passed over when
    it is the home organization's country, and is the host when home is elsewhere."""
    article = article_file("zh-home.txt", CHINESE_HOME_FIRST)
    assert cli("org", "edit", home, "--country", "CN").exit_code == 0
    site = next(i for i in planned(article) if i["kind"] == "site")
    assert site["action"] == "create" and site["fields"]["country"] == "ZM"
    assert cli("org", "edit", home, "--country", "ZM").exit_code == 0
    site = next(i for i in planned(article) if i["kind"] == "site")
    assert site["action"] == "create" and site["fields"]["country"] == "CN"
