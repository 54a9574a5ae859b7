"""`tracker import` proposes the awards an article states, with their competition, and a
second import of the article, or of another one restating the award, adds nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tracker.db import make_engine, session_scope
from tracker.models import Award, Citation, Event

ENGLISH = """Harbour College Students Win Gold Abroad
Date: 2024-09-20

Students of Harbour College won a gold medal at the 2024 International Welding Contest.
"""
# another article restating the same award in other words
RESTATED = """Harbour College in Review
Date: 2024-12-30

In September, a team from Harbour College took the gold medal at the 2024 International
Welding Contest.
"""
CHINESE = """我校学生在国际数控技能大赛中荣获银奖
发布时间：2024-05-18

5月16日，我校学生在2024年国际数控技能大赛中荣获银奖。
"""


def _awards(db_url: str) -> list[tuple[str, str, str, str | None, int | None]]:
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        rows = [(a.organization.name, a.event.title, a.event.kind.value,
                 a.level.value if a.level else None, a.source_id)
                for a in session.scalars(select(Award).order_by(Award.id))]
        cited = set(session.scalars(select(Citation.subject_table)))
    engine.dispose()
    assert not rows or {"award", "event"} <= cited
    return rows


def test_an_english_award_is_planned_applied_and_not_added_twice(
        cli: Any, dump: Any, db_url: str, article_file: Any, planned: Any) -> None:
    article = article_file("award.txt", ENGLISH)
    items = planned(article)
    award = next(i for i in items if i["kind"] == "award")
    assert award["action"] == "create" and award["fields"]["level"] == "gold"
    # the competition is the article's own event of that name (its year kept in the title)
    assert award["fields"]["competition"].endswith("International Welding Contest")
    assert sum(i["kind"] == "event" for i in items) == 1
    assert "Harbour College" in award["evidence"]
    assert cli("import", str(article), "--yes").exit_code == 0
    (org, title, kind, level, source), = _awards(db_url)
    assert (org, kind, level) == ("Harbour College", "competition", "gold")
    assert title.endswith("International Welding Contest")
    assert source is not None
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after
    # another article restating it: the award and its competition are matched
    restated = article_file("review.txt", RESTATED)
    items = planned(restated)
    assert [i["action"] for i in items if i["kind"] == "award"] == ["match"]
    assert cli("import", str(restated), "--yes").exit_code == 0
    assert len(_awards(db_url)) == 1


def test_a_chinese_award_of_our_students_is_the_home_organizations(
        cli: Any, dump: Any, db_url: str, article_file: Any, planned: Any, home: str) -> None:
    article = article_file("zh.txt", CHINESE)
    items = planned(article)
    award = next(i for i in items if i["kind"] == "award")
    assert award["action"] == "create" and award["fields"]["level"] == "silver"
    assert award["fields"]["organization"] == home
    assert cli("import", str(article), "--yes").exit_code == 0
    (org, title, kind, level, _), = _awards(db_url)
    assert (org, kind, level) == (home, "competition", "silver")
    assert title.endswith("国际数控技能大赛")
    after = dump()
    assert cli("import", str(article), "--yes").exit_code == 0
    assert dump() == after


def test_a_recorded_event_of_another_kind_is_not_made_a_competition(
        cli: Any, dump: Any, db_url: str, article_file: Any, planned: Any) -> None:
    from tracker.services.event import add_event

    engine = make_engine(db_url)
    with session_scope(engine, actor="test") as session:
        add_event(session, "International Welding Contest", "forum", "2024")
    engine.dispose()
    items = planned(article_file("award.txt", ENGLISH))
    award = next(i for i in items if i["kind"] == "award")
    assert award["action"] == "skip" and "another kind" in award["note"]
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        assert session.scalars(select(Event.kind)).one().value == "forum"
    engine.dispose()
