"""The other reports: metrics over years, alliances with role history, countries engaged."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from sqlalchemy import Connection

from tracker.reports import alliances, metrics, queries
from tracker.reports.yearly import Report


def build_metrics(
    connection: Connection, organization_id: int, first_year: int, last_year: int
) -> Report:
    """`report metrics`: one row a year from `first_year` to `last_year`."""
    facts = metrics.gather(connection, organization_id, first_year, last_year)
    report = Report(
        "metrics",
        f"{facts.organization}: internationalization metrics {first_year}–{last_year}",
        facts.organization,
        None,
        trend="metrics",
        period=f"metrics-{first_year}-{last_year}",
    )
    report.add("metrics", "Metrics by year", metrics.metric_table(facts).reset_index())
    legend = pd.DataFrame(metrics.METRICS, columns=["metric", "meaning"])
    report.add("definitions", "What each metric counts", legend)
    return report


def build_alliances(connection: Connection, organization_id: int) -> Report:
    """`report alliances`: every alliance with the current role and the role history."""
    org = queries.organization_row(connection, organization_id)
    terms = alliances.prepare(queries.membership_terms(connection, organization_id))
    report = Report(
        "alliances",
        f"{org['name']}: alliances and roles",
        str(org["name"]),
        None,
        period=f"alliances-{dt.date.today().isoformat()}",
    )
    report.add("alliances", "Alliances", alliances.alliance_history(terms))
    return report


def countries_overview(engaged: pd.DataFrame, partners: set[int]) -> pd.DataFrame:
    """Each country ever engaged: region, first and last year, activities, Belt and Road flag."""
    table = pd.DataFrame(
        {
            "country": engaged["country"],
            "region": engaged["region"],
            "subregion": engaged["subregion"],
            "first_year": engaged["first_year"].astype("int64"),
            "last_year": engaged["last_year"].astype("int64"),
            "events": engaged["events"].astype("int64"),
            "cooperation": engaged["cooperation"].astype("int64"),
            "partners": engaged["partners"].astype("int64"),
            "is_belt_and_road": engaged["country_id"].isin(partners),
        }
    )
    return table.sort_values("country").reset_index(drop=True)


def build_countries(connection: Connection, organization_id: int, year: int) -> Report:
    """`report countries`: countries engaged up to `year`; Belt and Road membership in `year`."""
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
        f"{org['name']}: countries engaged up to {year}",
        str(org["name"]),
        year,
        period=f"countries-{year}",
    )
    report.add("countries", "Countries engaged", countries_overview(engaged, partners))
    return report
