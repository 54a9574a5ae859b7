"""The other reports: metrics over years, alliances with role history, countries engaged."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from sqlalchemy import Connection

from tracker.reports import alliances, metrics, queries
from tracker.reports.i18n import ENGLISH, Labels
from tracker.reports.places import NO_PLACES, REGIONS_GROUP, Places, name_in, read_places
from tracker.reports.yearly import Report


def build_metrics(
    connection: Connection,
    organization_id: int,
    first_year: int,
    last_year: int,
    labels: Labels = ENGLISH,
) -> Report:
    """`report metrics`: one row a year from `first_year` to `last_year`."""
    _ = labels.gettext
    facts = metrics.gather(connection, organization_id, first_year, last_year)
    report = Report(
        "metrics",
        _("{organization}: internationalization metrics {first}–{last}").format(
            organization=name_in(connection, organization_id, facts.organization, labels),
            first=first_year,
            last=last_year,
        ),
        facts.organization,
        None,
        trend="metrics",
        period=f"metrics-{first_year}-{last_year}",
        labels=labels,
        organization_id=organization_id,
    )
    report.add("metrics", _("Metrics by year"), metrics.metric_table(facts).reset_index())
    legend = pd.DataFrame(
        [(code, _(meaning)) for code, meaning in metrics.METRICS], columns=["metric", "meaning"]
    )
    report.add("definitions", _("What each metric counts"), legend)
    return report


def build_alliances(
    connection: Connection, organization_id: int, labels: Labels = ENGLISH
) -> Report:
    """`report alliances`: every alliance with the current role and the role history."""
    _ = labels.gettext
    org = queries.organization_row(connection, organization_id)
    terms = alliances.prepare(queries.membership_terms(connection, organization_id))
    report = Report(
        "alliances",
        _("{organization}: alliances and roles").format(
            organization=name_in(connection, organization_id, str(org["name"]), labels)
        ),
        str(org["name"]),
        None,
        period=f"alliances-{dt.date.today().isoformat()}",
        labels=labels,
        organization_id=organization_id,
    )
    report.add("alliances", _("Alliances"), alliances.alliance_history(terms, labels))
    return report


def countries_overview(
    engaged: pd.DataFrame,
    partners: set[int],
    places: Places = NO_PLACES,
    labels: Labels = ENGLISH,
) -> pd.DataFrame:
    """Each country ever engaged: region, first and last year, activities, Belt and Road flag.

    Hong Kong, Macao and Taiwan come last, under their own group (`is_region`).
    """
    is_region = engaged["country_id"].isin(places.region_ids)
    table = pd.DataFrame(
        {
            "country": engaged["country"].map(lambda n: places.name(n, labels)),
            "region": engaged["region"].where(~is_region, REGIONS_GROUP),
            "subregion": engaged["subregion"].where(~is_region, None),
            "is_region": is_region,
            "first_year": engaged["first_year"].astype("int64"),
            "last_year": engaged["last_year"].astype("int64"),
            "events": engaged["events"].astype("int64"),
            "cooperation": engaged["cooperation"].astype("int64"),
            "partners": engaged["partners"].astype("int64"),
            "is_belt_and_road": engaged["country_id"].isin(partners),
        }
    )
    return table.sort_values(["is_region", "country"]).reset_index(drop=True)


def build_countries(
    connection: Connection, organization_id: int, year: int, labels: Labels = ENGLISH
) -> Report:
    """`report countries`: countries engaged up to `year`; Belt and Road membership in `year`."""
    _ = labels.gettext
    org = queries.organization_row(connection, organization_id)
    engaged = queries.engagement(
        connection,
        organization_id,
        year,
        org["country_id"],  # type: ignore[arg-type]
        by_year=False,
    )
    partners = metrics.belt_and_road_in(queries.belt_and_road_members(connection), year)
    report = Report(
        "countries",
        _("{organization}: countries and regions engaged up to {year}").format(
            organization=name_in(connection, organization_id, str(org["name"]), labels),
            year=year,
        ),
        str(org["name"]),
        year,
        period=f"countries-{year}",
        labels=labels,
        organization_id=organization_id,
    )
    places = read_places(connection)
    overview = countries_overview(engaged, partners, places, labels)
    report.add("countries", _("Countries and regions"), overview)
    return report
