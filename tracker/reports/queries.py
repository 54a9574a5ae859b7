"""The report's SQL: aggregates computed in the database, read into DataFrames.

Every function takes a SQLAlchemy `Connection` and one organization's id and
returns a small frame: grouped counts, or the rows of that one organization
(its memberships, its events of one year). No function reads a whole table,
so the report's cost grows with the organization's own activity, not with
the size of the database. The statements are SQLAlchemy Core, so SQLite and
PostgreSQL run the same query and give the same numbers.

Dates come back as `datetime.date`; partial dates keep their precision
column beside them (see `tracker.models._columns`).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from sqlalchemy import (
    Connection,
    Date,
    Integer,
    Select,
    and_,
    case,
    cast,
    distinct,
    extract,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from tracker.models import (
    Alliance,
    Cooperation,
    CooperationKind,
    Country,
    CountryGroup,
    CountryGroupMember,
    Event,
    EventParticipant,
    Figure,
    Membership,
    MembershipTerm,
    Organization,
    ParticipantRole,
    Role,
    Source,
)
from tracker.names import name_key

BELT_AND_ROAD_GROUP = "Belt and Road partner countries"
# taking part in one of these roles means the organization held the event
HOST_ROLES = (ParticipantRole.HOST, ParticipantRole.CO_HOST, ParticipantRole.ORGANIZER)

organization = Organization.__table__
alliance = Alliance.__table__
membership = Membership.__table__
term = MembershipTerm.__table__
role = Role.__table__
event = Event.__table__
participant = EventParticipant.__table__
cooperation = Cooperation.__table__
country = Country.__table__
group = CountryGroup.__table__
group_member = CountryGroupMember.__table__
figure = Figure.__table__
source = Source.__table__


def _read(connection: Connection, statement: Select) -> pd.DataFrame:  # type: ignore[type-arg]
    return pd.read_sql(statement, connection)


def year_of(column: ColumnElement) -> ColumnElement:  # type: ignore[type-arg]
    """The calendar year of a date column as an integer, on every engine."""
    return cast(extract("year", column), Integer)


def month_of(day: ColumnElement, precision: ColumnElement) -> ColumnElement:  # type: ignore[type-arg]
    """The month of a partial date, or NULL when it is known only to the year.

    An event dated "2023" is stored as 2023-01-01; counting it in January would
    be a lie, so its month is unknown.
    """
    return case((precision == "year", None), else_=cast(extract("month", day), Integer))


def years_table(first_year: int, last_year: int):  # type: ignore[no-untyped-def]
    """A derived table (year, first_day, last_day), one row a year, for overlap joins.

    Built from literal SELECTs joined by UNION ALL because SQLite has no
    generate_series and no VALUES with column aliases.
    """
    rows = [
        select(
            literal(year, Integer).label("year"),
            literal(dt.date(year, 1, 1), Date).label("first_day"),
            literal(dt.date(year, 12, 31), Date).label("last_day"),
        )
        for year in range(first_year, last_year + 1)
    ]
    return union_all(*rows).subquery("years")


def overlaps(start: ColumnElement, end: ColumnElement, years) -> ColumnElement:  # type: ignore[no-untyped-def,type-arg]
    """A record from `start` to `end` (open when NULL) is active at some time in the year.

    Starts store the first day of their period and ends the last day, so
    "since 2022" overlaps every day of 2022.
    """
    return and_(
        start.is_not(None),
        start <= years.c.last_day,
        or_(end.is_(None), end >= years.c.first_day),
    )


def organization_row(connection: Connection, organization_id: int) -> dict[str, object]:
    """Name and country of the organization the report is about."""
    row = connection.execute(
        select(
            organization.c.id,
            organization.c.name,
            organization.c.country_id,
            country.c.name.label("country"),
        )
        .select_from(organization.outerjoin(country, country.c.id == organization.c.country_id))
        .where(organization.c.id == organization_id)
    ).one()
    return dict(row._mapping)


def membership_terms(connection: Connection, organization_id: int) -> pd.DataFrame:
    """Every role term of the organization's memberships, with alliance and role.

    One organization has tens of memberships, so these are rows, not an aggregate;
    the per-year logic (held, new, role at year end) is pandas in `alliances.py`.
    """
    statement = (
        select(
            membership.c.id.label("membership_id"),
            alliance.c.id.label("alliance_id"),
            alliance.c.name.label("alliance"),
            membership.c.joined_date,
            membership.c.joined_precision,
            membership.c.left_date,
            membership.c.left_precision,
            term.c.id.label("term_id"),
            role.c.code.label("role_code"),
            role.c.label.label("role"),
            role.c.rank.label("role_rank"),
            term.c.start_date,
            term.c.start_precision,
            term.c.end_date,
            term.c.end_precision,
            func.coalesce(term.c.source_id, membership.c.source_id).label("source_id"),
        )
        .select_from(
            membership.join(alliance, alliance.c.id == membership.c.alliance_id)
            .outerjoin(term, term.c.membership_id == membership.c.id)
            .outerjoin(role, role.c.id == term.c.role_id)
        )
        .where(membership.c.organization_id == organization_id)
        .order_by(alliance.c.name_key, term.c.start_date, term.c.id)
    )
    return _read(connection, statement)


def _my_events(organization_id: int):  # type: ignore[no-untyped-def]
    """Per event the organization took part in: whether it held it, and its roles."""
    held = func.max(case((participant.c.role.in_([r.value for r in HOST_ROLES]), 1), else_=0))
    return (
        select(
            participant.c.event_id,
            held.label("is_held"),
            func.aggregate_strings(participant.c.role, ", ").label("our_role"),
        )
        .where(participant.c.organization_id == organization_id)
        .group_by(participant.c.event_id)
        .subquery("mine")
    )


def event_counts(connection: Connection, organization_id: int, last_year: int) -> pd.DataFrame:
    """Events taken part in, up to `last_year`, counted by year, month, kind and held.

    Columns: year, month (NULL when the date is known only to the year), kind,
    is_held, events, participants (sum of the stated participant counts).
    An event counts in the year and month it starts.
    """
    mine = _my_events(organization_id)
    year = year_of(event.c.start_date)
    month = month_of(event.c.start_date, event.c.start_precision)
    statement = (
        select(
            year.label("year"),
            month.label("month"),
            event.c.kind,
            mine.c.is_held,
            func.count().label("events"),
            func.coalesce(func.sum(event.c.participants_count), 0).label("participants"),
        )
        .select_from(mine.join(event, event.c.id == mine.c.event_id))
        .where(event.c.start_date <= dt.date(last_year, 12, 31))
        .group_by(year, month, event.c.kind, mine.c.is_held)
        .order_by(year, month, event.c.kind, mine.c.is_held)
    )
    return _read(connection, statement)


def events_of_year(connection: Connection, organization_id: int, year: int) -> pd.DataFrame:
    """The events the organization took part in that start in `year`, with its role."""
    mine = _my_events(organization_id)
    statement = (
        select(
            event.c.id.label("event_id"),
            event.c.start_date,
            event.c.start_precision,
            event.c.title,
            event.c.kind,
            event.c.city,
            country.c.name.label("country"),
            event.c.is_online,
            alliance.c.name.label("alliance"),
            mine.c.is_held,
            mine.c.our_role,
            event.c.participants_count,
            event.c.countries_count,
            event.c.source_id,
        )
        .select_from(
            mine.join(event, event.c.id == mine.c.event_id)
            .outerjoin(country, country.c.id == event.c.country_id)
            .outerjoin(alliance, alliance.c.id == event.c.alliance_id)
        )
        .where(event.c.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .order_by(event.c.start_date, event.c.title, event.c.id)
    )
    return _read(connection, statement)


def first_activity_year(connection: Connection, organization_id: int) -> int | None:
    """The earliest year of a dated cooperation record of the organization."""
    first = connection.execute(
        select(func.min(cooperation.c.start_date)).where(
            cooperation.c.organization_id == organization_id
        )
    ).scalar()
    if first is None:
        return None
    return first.year if isinstance(first, dt.date) else int(str(first)[:4])


def _activities(organization_id: int, first_year: int, last_year: int):  # type: ignore[no-untyped-def]
    """(country_id, year, activity, activity_id) for everything that engages a country.

    - an event the organization took part in engages the event's country and
      the countries of the other organizations taking part (year of its start);
    - a cooperation record engages its country and its partner's country in
      every year it is active; its partner is counted as a partner institution.

    Each table is read once for what it gives: the organization's events (once
    each, whatever its roles in them), the other participants of those events,
    and its cooperation records with their partners, spread over the years they
    are active. The two shared parts are materialized, so the branches of the
    union read them from memory instead of going back to the tables (by year).
    """
    mine = participant.alias("mine")
    others = participant.alias("others")
    other_org = organization.alias("other_org")
    partner = organization.alias("partner")
    my_events = (
        select(
            event.c.id.label("event_id"),
            year_of(event.c.start_date).label("year"),
            event.c.country_id.label("country_id"),
        )
        .select_from(mine.join(event, event.c.id == mine.c.event_id))
        .where(
            mine.c.organization_id == organization_id,
            event.c.start_date <= dt.date(last_year, 12, 31),
        )
        .distinct()
        .cte("my_events")
        .prefix_with("MATERIALIZED")
    )
    event_place = select(
        my_events.c.country_id.label("country_id"),
        my_events.c.year.label("year"),
        literal("event").label("activity"),
        my_events.c.event_id.label("activity_id"),
    )
    event_guests = (
        select(other_org.c.country_id, my_events.c.year, literal("event"), my_events.c.event_id)
        .select_from(
            my_events.join(others, others.c.event_id == my_events.c.event_id).join(
                other_org, other_org.c.id == others.c.organization_id
            )
        )
        .where(others.c.organization_id != organization_id)
    )
    my_cooperation = (
        select(
            cooperation.c.id,
            cooperation.c.start_date,
            cooperation.c.end_date,
            cooperation.c.country_id,
            partner.c.id.label("partner_id"),
            partner.c.country_id.label("partner_country_id"),
        )
        .select_from(
            cooperation.outerjoin(partner, partner.c.id == cooperation.c.partner_organization_id)
        )
        .where(cooperation.c.organization_id == organization_id)
        .cte("my_cooperation")
    )
    years = years_table(first_year, last_year)
    active = (
        select(my_cooperation, years.c.year)
        .select_from(
            my_cooperation.join(
                years, overlaps(my_cooperation.c.start_date, my_cooperation.c.end_date, years)
            )
        )
        .cte("active")
        .prefix_with("MATERIALIZED")
    )
    cooperation_country = select(
        active.c.country_id, active.c.year, literal("cooperation"), active.c.id
    ).where(active.c.country_id.is_not(None))
    partner_country = select(
        active.c.partner_country_id, active.c.year, literal("cooperation"), active.c.id
    ).where(active.c.partner_id.is_not(None))
    partner_institution = select(
        active.c.partner_country_id, active.c.year, literal("partner"), active.c.partner_id
    ).where(active.c.partner_id.is_not(None))
    return union_all(
        event_place, event_guests, cooperation_country, partner_country, partner_institution
    ).subquery("activity")


def engagement(
    connection: Connection,
    organization_id: int,
    last_year: int,
    exclude_country_id: int | None,
    by_year: bool = True,
) -> pd.DataFrame:
    """Countries engaged, up to `last_year`: distinct events, cooperation records and partners.

    Columns: [year,] country_id, country, region, subregion, events,
    cooperation, partners. The organization's own country (`exclude_country_id`)
    is left out: the report is about international engagement. With
    `by_year=False` each country has one row over the whole period, its
    activities counted once, and first_year/last_year.
    """
    first_year = min(first_activity_year(connection, organization_id) or last_year, last_year)
    activity = _activities(organization_id, first_year, last_year)

    def distinct_of(kind: str) -> ColumnElement:  # type: ignore[type-arg]
        return func.count(distinct(case((activity.c.activity == kind, activity.c.activity_id))))

    keys = [activity.c.year] if by_year else []
    columns = [
        *keys,
        activity.c.country_id,
        country.c.name.label("country"),
        country.c.region,
        country.c.subregion,
        distinct_of("event").label("events"),
        distinct_of("cooperation").label("cooperation"),
        distinct_of("partner").label("partners"),
    ]
    if not by_year:
        columns += [
            func.min(activity.c.year).label("first_year"),
            func.max(activity.c.year).label("last_year"),
        ]
    conditions = [activity.c.country_id.is_not(None)]
    if exclude_country_id is not None:
        conditions.append(activity.c.country_id != exclude_country_id)
    statement = (
        select(*columns)
        .select_from(activity.join(country, country.c.id == activity.c.country_id))
        .where(*conditions)
        .group_by(
            *keys, activity.c.country_id, country.c.name, country.c.region, country.c.subregion
        )
        .order_by(*keys, country.c.name)
    )
    return _read(connection, statement)


def cooperation_counts(
    connection: Connection, organization_id: int, first_year: int, last_year: int
) -> pd.DataFrame:
    """Cooperation records by the year they start and kind: records and headcount."""
    year = year_of(cooperation.c.start_date)
    statement = (
        select(
            year.label("year"),
            cooperation.c.kind,
            func.count().label("records"),
            func.coalesce(func.sum(cooperation.c.headcount), 0).label("headcount"),
        )
        .where(
            cooperation.c.organization_id == organization_id,
            cooperation.c.start_date.between(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)),
        )
        .group_by(year, cooperation.c.kind)
        .order_by(year, cooperation.c.kind)
    )
    return _read(connection, statement)


def mou_expiries(
    connection: Connection, organization_id: int, first_year: int, last_year: int
) -> pd.DataFrame:
    """MoUs by the year they expire (their end): year, mous."""
    year = year_of(cooperation.c.end_date)
    statement = (
        select(year.label("year"), func.count().label("mous"))
        .where(
            cooperation.c.organization_id == organization_id,
            cooperation.c.kind == CooperationKind.MOU.value,
            cooperation.c.end_date.between(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)),
        )
        .group_by(year)
        .order_by(year)
    )
    return _read(connection, statement)


def partner_counts(
    connection: Connection, organization_id: int, first_year: int, last_year: int
) -> pd.DataFrame:
    """Distinct partner institutions of cooperation active in each year: year, partners."""
    years = years_table(first_year, last_year)
    statement = (
        select(
            years.c.year,
            func.count(distinct(cooperation.c.partner_organization_id)).label("partners"),
        )
        .select_from(
            cooperation.join(
                years,
                and_(
                    cooperation.c.organization_id == organization_id,
                    overlaps(cooperation.c.start_date, cooperation.c.end_date, years),
                ),
            )
        )
        .group_by(years.c.year)
        .order_by(years.c.year)
    )
    return _read(connection, statement)


def cooperation_of_year(connection: Connection, organization_id: int, year: int) -> pd.DataFrame:
    """The cooperation records active in `year`, with partner, country and source."""
    partner = organization.alias("partner")
    partner_country = country.alias("partner_country")
    statement = (
        select(
            cooperation.c.id.label("cooperation_id"),
            cooperation.c.kind,
            cooperation.c.title,
            partner.c.name.label("partner"),
            func.coalesce(country.c.name, partner_country.c.name).label("country"),
            cooperation.c.start_date,
            cooperation.c.start_precision,
            cooperation.c.end_date,
            cooperation.c.end_precision,
            cooperation.c.headcount,
            cooperation.c.source_id,
        )
        .select_from(
            cooperation.outerjoin(partner, partner.c.id == cooperation.c.partner_organization_id)
            .outerjoin(country, country.c.id == cooperation.c.country_id)
            .outerjoin(partner_country, partner_country.c.id == partner.c.country_id)
        )
        .where(
            cooperation.c.organization_id == organization_id,
            cooperation.c.start_date <= dt.date(year, 12, 31),
            or_(cooperation.c.end_date.is_(None), cooperation.c.end_date >= dt.date(year, 1, 1)),
        )
        .order_by(cooperation.c.kind, cooperation.c.start_date, cooperation.c.id)
    )
    return _read(connection, statement)


def belt_and_road_members(connection: Connection) -> pd.DataFrame:
    """The Belt and Road partner countries with the dates they joined and left."""
    statement = (
        select(
            group_member.c.country_id,
            group_member.c.joined_date,
            group_member.c.left_date,
        )
        .select_from(group_member.join(group, group.c.id == group_member.c.group_id))
        .where(group.c.name_key == name_key(BELT_AND_ROAD_GROUP))
        .order_by(group_member.c.country_id)
    )
    return _read(connection, statement)


def stated_figures(
    connection: Connection, organization_id: int, first_year: int, last_year: int
) -> pd.DataFrame:
    """Figures stated about the organization, dated (as of, else the source's date) in range."""
    when = func.coalesce(figure.c.as_of_date, source.c.published_date)
    statement = (
        select(
            figure.c.id.label("figure_id"),
            year_of(when).label("year"),
            figure.c.metric,
            figure.c.value,
            figure.c.bound,
            figure.c.statement,
            figure.c.source_id,
        )
        .select_from(figure.outerjoin(source, source.c.id == figure.c.source_id))
        .where(
            figure.c.organization_id == organization_id,
            when.between(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)),
        )
        .order_by(when, figure.c.metric, figure.c.id)
    )
    return _read(connection, statement)


def sources(connection: Connection, source_ids: list[int]) -> pd.DataFrame:
    """The sources with these ids, for the appendix."""
    statement = (
        select(
            source.c.id.label("source_id"),
            source.c.title,
            source.c.publisher,
            source.c.published_date,
            source.c.published_precision,
            source.c.url,
        )
        .where(source.c.id.in_(sorted(set(source_ids))))
        .order_by(source.c.id)
    )
    return _read(connection, statement)
