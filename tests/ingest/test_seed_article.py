"""The office's own seed article into a fresh database, end to end (issue 12's "How good").

A user adds the home organization, imports the article with --yes, and looks at
the memberships, the alliance, the event and the yearly report. Parts of this
depend on what the extractor reads (the executive-council role's start date).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from tracker.db import make_engine, session_scope
from tracker.models import Alliance, Event, Figure, Membership, Organization
from tracker.reports.yearly import build_yearly
from tracker.services.membership import current_role

ARTICLE = (Path(__file__).resolve().parents[2] / ".." / "shared" / "articles" / "dev"
           / "szpu-belt-and-road-alliance-2023.txt")
ALLIANCE = "Belt and Road Vocational Education Alliance of Guangdong Province"


def _seeded(cli: Any) -> None:
    result = cli("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home",
                 "--kind", "college", "--country", "CN")
    assert result.exit_code == 0, result.output
    result = cli("import", "--yes", str(ARTICLE))
    assert result.exit_code == 0, result.output


def _key_figures(db_url: str, home_id: int, year: int) -> dict[str, tuple[int, int]]:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        figures = build_yearly(connection, home_id, year).frame("key_figures")
    engine.dispose()
    return {row.figure_code: (int(row.value), int(row.previous_value))
            for row in figures.itertuples()}


def test_the_seed_article_gives_the_records_the_article_states(cli: Any, db_url: str,
                                                               dump: Any) -> None:
    _seeded(cli)
    engine = make_engine(db_url)
    with session_scope(engine) as session:
        home = session.scalars(select(Organization).where(Organization.is_home)).one()
        alliance = session.scalars(select(Alliance)).one()
        assert alliance.name == ALLIANCE
        assert str(alliance.founded) == "2017"
        members = session.scalars(select(Figure).where(Figure.alliance_id == alliance.id,
                                                       Figure.metric == "members")).one()
        assert (members.value, str(members.as_of)) == (105, "2023-10")

        membership = session.scalars(select(Membership).where(
            Membership.organization_id == home.id, Membership.alliance_id == alliance.id)).one()
        assert str(membership.joined) == "2022"
        assert membership.invited_by is not None
        assert membership.invited_by.name == "Guangdong Industry Polytechnic"
        role = current_role(membership)
        assert role is not None and role.code == "executive_council_member"
        terms = sorted(((t.role.code, str(t.start), str(t.end) if t.end else None)
                        for t in membership.terms), key=lambda t: t[1])
        assert terms == [("member", "2022", "2023-11-17"),
                         ("executive_council_member", "2023-11-17", None)]

        event = session.scalars(select(Event)).one()
        assert (str(event.start), event.city) == ("2023-11-17", "Foshan")
        present = {p.organization.name if p.organization else p.person.name  # type: ignore[union-attr]
                   for p in event.participants}
        assert {"Shenzhen Polytechnic University", "Li Yue"} <= present
        home_id = home.id
    engine.dispose()

    this_year = _key_figures(db_url, home_id, 2023)
    assert this_year["leadership_roles"] == (1, 0)
    assert this_year["events_attended"][0] == 1
    assert this_year["alliances"] == (1, 1)

    before = dump()
    again = cli("import", "--yes", str(ARTICLE))
    assert again.exit_code == 0, again.output
    assert "unchanged" in again.output
    assert dump() == before
