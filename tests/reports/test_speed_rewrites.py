"""Rewrites for speed give the same answers as the code they replaced.

- The engagement query: the old one (kept here as the reference) read the
  organization's events once per branch and its cooperation records once per
  branch and year; the new one reads each once.
- `held_by_year`: once per year before, all years at once now.

Both run on a database filled by bench/synth.py, for several organizations,
on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import and_, literal, select, union_all

from tracker.db import make_engine
from tracker.reports import alliances, queries
from tracker.reports.queries import (
    cooperation,
    event,
    organization,
    overlaps,
    participant,
    year_of,
    years_table,
)

SYNTH = Path(__file__).resolve().parents[2] / "bench" / "synth.py"


def activities_before(organization_id: int, first_year: int, last_year: int):  # type: ignore[no-untyped-def]
    """The query as it was before the rewrite (a 5-way UNION reading each table per branch).

    - an event the organization took part in engages the event's country and
      the countries of the other organizations taking part (year of its start);
    - a cooperation record engages its country and its partner's country in
      every year it is active; its partner is counted as a partner institution.
    """
    mine = participant.alias("mine")
    others = participant.alias("others")
    other_org = organization.alias("other_org")
    partner = organization.alias("partner")
    event_year = year_of(event.c.start_date)
    dated_events = and_(
        mine.c.organization_id == organization_id,
        event.c.start_date <= dt.date(last_year, 12, 31),
    )
    event_place = (
        select(
            event.c.country_id.label("country_id"),
            event_year.label("year"),
            literal("event").label("activity"),
            event.c.id.label("activity_id"),
        )
        .select_from(mine.join(event, event.c.id == mine.c.event_id))
        .where(dated_events)
    )
    event_guests = (
        select(other_org.c.country_id, event_year, literal("event"), event.c.id)
        .select_from(
            mine.join(event, event.c.id == mine.c.event_id)
            .join(others, others.c.event_id == mine.c.event_id)
            .join(other_org, other_org.c.id == others.c.organization_id)
        )
        .where(dated_events, others.c.organization_id != organization_id)
    )
    years = years_table(first_year, last_year)
    active = and_(
        cooperation.c.organization_id == organization_id,
        overlaps(cooperation.c.start_date, cooperation.c.end_date, years),
    )
    with_years = cooperation.join(years, active)
    cooperation_country = (
        select(cooperation.c.country_id, years.c.year, literal("cooperation"), cooperation.c.id)
        .select_from(with_years)
        .where(cooperation.c.country_id.is_not(None))
    )
    with_partner = with_years.join(partner, partner.c.id == cooperation.c.partner_organization_id)
    partner_country = select(
        partner.c.country_id, years.c.year, literal("cooperation"), cooperation.c.id
    ).select_from(with_partner)
    partner_institution = select(
        partner.c.country_id, years.c.year, literal("partner"), partner.c.id
    ).select_from(with_partner)
    return union_all(
        event_place, event_guests, cooperation_country, partner_country, partner_institution
    ).subquery("activity")


@pytest.fixture
def generated(empty_db_url):
    """A small synthetic database (bench/synth.py at scale 0.01): ~500 organizations,
    2,000 events, 20,000 participants, 1,000 cooperation records."""
    spec = importlib.util.spec_from_file_location("synth", SYNTH)
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    synth.build(empty_db_url, scale=0.01, seed=11)
    engine = make_engine(empty_db_url)
    yield engine
    engine.dispose()


def _busiest(connection, count):  # type: ignore[no-untyped-def]
    """The home organization and the organizations with the most events and cooperation."""
    by_events = connection.exec_driver_sql(
        "SELECT organization_id FROM event_participant WHERE organization_id IS NOT NULL "
        "GROUP BY organization_id ORDER BY count(*) DESC, organization_id LIMIT 4"
    ).scalars()
    by_cooperation = connection.exec_driver_sql(
        "SELECT organization_id FROM cooperation GROUP BY organization_id "
        "ORDER BY count(*) DESC, organization_id LIMIT 4"
    ).scalars()
    return sorted({1, *by_events, *by_cooperation})[:count]


def test_engagement_is_the_same_as_before_the_rewrite(generated, monkeypatch):
    with generated.connect() as connection:
        checked = 0
        for organization_id in _busiest(connection, 9):
            own_country = connection.exec_driver_sql(
                f"SELECT country_id FROM organization WHERE id = {int(organization_id)}"
            ).scalar()
            for last_year in (2023, 2016):
                for by_year in (True, False):
                    for exclude in (own_country, None):
                        args = (connection, organization_id, last_year, exclude, by_year)
                        now = queries.engagement(*args)
                        with monkeypatch.context() as patch:
                            patch.setattr(queries, "_activities", activities_before)
                            before = queries.engagement(*args)
                        pd.testing.assert_frame_equal(now, before)
                        checked += len(now)
                first = queries.first_activity_year(connection, organization_id) or 2023
                # the activities themselves (duplicates aside: the counts are distinct)
                rows_now, rows_before = (
                    set(connection.execute(select(made(organization_id, first, 2023))).all())
                    for made in (queries._activities, activities_before)
                )
                assert rows_now == rows_before
        assert checked > 1000  # the comparison covered real rows, not empty frames


def test_held_by_year_is_the_same_as_year_by_year(generated):
    with generated.connect() as connection:
        organizations = connection.exec_driver_sql(
            "SELECT organization_id FROM membership GROUP BY organization_id "
            "ORDER BY count(*) DESC, organization_id LIMIT 6"
        ).scalars()
        compared = 0
        for organization_id in sorted({1, *organizations}):
            terms = alliances.prepare(queries.membership_terms(connection, organization_id))
            for years in (range(2009, 2024), range(2020, 2021), range(2015, 2019)):
                now = alliances.held_by_year(terms, years)
                before = pd.concat(
                    [alliances.held_in_year(terms, y).assign(year=y) for y in years],
                    ignore_index=True,
                )
                # the loop's empty years made some columns `object`; the values are the same
                pd.testing.assert_frame_equal(now, before, check_dtype=False)
                for consumer in (alliances.alliance_metrics, alliances.roles_by_rank):
                    arguments = (years,) if consumer is alliances.alliance_metrics else ()
                    pd.testing.assert_frame_equal(
                        consumer(now, *arguments), consumer(before, *arguments)
                    )
                compared += int(now["role_code"].notna().sum())
        assert compared > 100  # year-end roles were compared, not only empty columns
