"""`tracker import` proposes the posts the publisher's people are stated to hold, and a
second import of the article, or of another one restating the post, adds nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tracker.db import make_engine, session_scope
from tracker.models import Citation, Post

ENGLISH = """Our Professor Elected to Lead an International Association
Date: 2024-05-10

Professor Anna Berg of our college was elected vice chair of the Nordic Welding Association
on May 8, 2024.
"""
RESTATED = """The Year in Review
Date: 2024-12-28

In May, Professor Anna Berg of our college was elected vice chair of the Nordic Welding
Association.
"""
CHINESE = """我校教师当选国际焊接联盟副理事长
发布时间：2024-05-10

5月8日，我校机电学院李明教授当选为国际焊接联盟副理事长。
"""


def _posts(db_url: str, home: str) -> list[tuple[Any, ...]]:
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        # the holder is of the home organization, as the impact table counts them
        assert {p.person.organization.name for p in session.scalars(select(Post))  # type: ignore[union-attr]
                } <= {home}
        rows = [(p.person.name, (p.organization or p.alliance).name,  # type: ignore[union-attr]
                 p.role.code if p.role else None, p.start.iso() if p.start else None,
                 p.source_id)
                for p in session.scalars(select(Post).order_by(Post.id))]
        cited = set(session.scalars(select(Citation.subject_table)))
    engine.dispose()
    assert not rows or "post" in cited
    return rows


def test_an_english_post_is_planned_applied_and_not_added_twice(
        cli: Any, dump: Any, db_url: str, article_file: Any, planned: Any,
        home: str) -> None:
    article = article_file("post.txt", ENGLISH)
    post = next(i for i in planned(article) if i["kind"] == "post")
    assert post["action"] == "create" and post["fields"]["role"] == "vice_chair"
    assert post["fields"]["organization"] == "Nordic Welding Association"
    assert cli("import", str(article), "--yes").exit_code == 0
    (person, body, role, start, source), = _posts(db_url, home)
    assert (person, body, role, start) == ("Anna Berg", "Nordic Welding Association",
                                           "vice_chair", "2024-05-08")
    assert source is not None
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after
    restated = article_file("review.txt", RESTATED)
    assert [i["action"] for i in planned(restated) if i["kind"] == "post"] == ["match"]
    assert cli("import", str(restated), "--yes").exit_code == 0
    assert len(_posts(db_url, home)) == 1


def test_a_chinese_post_in_an_alliance_is_held_by_a_person_of_ours(
        cli: Any, dump: Any, db_url: str, article_file: Any, planned: Any,
        home: str) -> None:
    article = article_file("zh.txt", CHINESE)
    items = planned(article)
    post = next(i for i in items if i["kind"] == "post")
    assert post["action"] == "create" and post["fields"]["alliance"] == "国际焊接联盟"
    holder = next(i for i in items if i["ref"] == post["needs"]["person"])
    assert holder["fields"]["organization"] == home
    assert cli("import", str(article), "--yes").exit_code == 0
    assert [row[:4] for row in _posts(db_url, home)] == [("李明", "国际焊接联盟", "vice_chair",
                                                     "2024-05-08")]
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after


def test_without_a_home_organization_the_post_is_not_applied(
        article_file: Any, planned: Any) -> None:
    items = planned(article_file("zh.txt", CHINESE))
    post = next(i for i in items if i["kind"] == "post")
    assert post["action"] == "skip" and "home organization" in post["note"]
