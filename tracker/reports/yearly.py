"""The yearly cooperation report: its sections as DataFrames, ready for any renderer.

`build_yearly` reads the aggregates once (`metrics.gather`) plus the year's
rows (events, cooperation, figures, sources) and assembles the sections;
every assembling step is a function of DataFrames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy import Connection

from tracker.models import Metric
from tracker.reports import alliances, metrics, queries
from tracker.reports.frames import partial_iso, sorted_roles, source_ids
from tracker.reports.i18n import ENGLISH, N_, Labels
from tracker.reports.places import NO_PLACES, REGIONS_GROUP, Places, name_in

TREND_YEARS = 5  # the charts show this many years, ending with the report's year
UNKNOWN_MONTH = N_("month unknown")
NOT_RECORDED = N_("not recorded")
NO_REGION = N_("(no region)")
ONLINE = N_("online")


@dataclass
class Report:
    """A report: a title and its sections, each a titled DataFrame, in reading order."""

    kind: str
    title: str
    organization: str
    year: int | None
    sections: dict[str, tuple[str, pd.DataFrame]] = field(default_factory=dict)
    # the name of the section with one row a year that the charts draw, if any
    trend: str | None = None
    # what the file name says after the organization: "2023", "metrics-2018-2023"
    period: str = ""
    # the language its titles were built in and its renderers write
    labels: Labels = ENGLISH
    # the organization's id: keeps the file names of two alike Chinese names apart
    organization_id: int | None = None

    def add(self, name: str, title: str, frame: pd.DataFrame) -> None:
        self.sections[name] = (title, frame.reset_index(drop=True))

    def frame(self, name: str) -> pd.DataFrame:
        return self.sections[name][1]


def key_figures(
    table: pd.DataFrame, roles: pd.DataFrame, year: int, labels: Labels = ENGLISH
) -> pd.DataFrame:
    """Every metric and role count of `year` beside the year before, with the change.

    `table` is `metrics.metric_table` (index year); `roles` is `alliances.roles_by_rank`.
    """
    rows = [
        (code, labels.gettext(label), table.loc[year, code], table.loc[year - 1, code])
        for code, label in metrics.METRICS
    ]
    seats = roles.pivot_table(
        index=["role_rank", "role_code", "role"], columns="year", values="seats", fill_value=0
    )
    for (_, code, label), counts in seats.iterrows():
        rows.append(
            (
                f"role_{code}",
                labels.gettext("Seats held at year end: {role}").format(role=labels.role(label)),
                counts.get(year, 0),
                counts.get(year - 1, 0),
            )
        )
    # counts stay integers and the share a fraction: an object column keeps each as it is
    frame = pd.DataFrame(
        [
            (code, label, _number(now), _number(before), _number(now - before))
            for code, label, now, before in rows
        ],
        columns=["figure_code", "figure", "value", "previous_value", "change"],
        dtype=object,
    )
    return frame


def _number(value: object) -> int | float:
    number = float(value)  # type: ignore[arg-type]
    return int(number) if number.is_integer() else round(number, 4)


def events_by(
    event_counts: pd.DataFrame, year: int, by: str, labels: Labels = ENGLISH
) -> pd.DataFrame:
    """Events of `year` held and attended, by `kind` or `month` (unknown months last)."""
    counts = event_counts[event_counts["year"] == year]
    keys = counts[by]
    unknown = labels.gettext(UNKNOWN_MONTH)

    def month_name(m: int) -> str:
        # "11 Nov" sorts and reads in English; Chinese month names carry their number
        return labels.month(m) if labels.language == "zh" else f"{m:02d} {labels.month(m)}"

    if by == "month":
        keys = keys.map(lambda m: unknown if pd.isna(m) else month_name(int(m)))
    table = (
        counts.assign(key=keys, held=counts["is_held"].map({1: "held", 0: "attended"}))
        .pivot_table(index="key", columns="held", values="events", aggfunc="sum", fill_value=0)
        .reindex(columns=["held", "attended"], fill_value=0)
        .astype("int64")
    )
    if by == "month":
        months = [month_name(m) for m in range(1, 13)]
        extra = [unknown] if unknown in table.index else []
        table = table.reindex(months + extra, fill_value=0)
    table["total"] = table["held"] + table["attended"]
    table.columns.name = None
    return table.rename_axis(by).reset_index()


def countries_table(
    engagement: pd.DataFrame,
    belt_and_road: pd.DataFrame,
    year: int,
    places: Places = NO_PLACES,
    labels: Labels = ENGLISH,
) -> pd.DataFrame:
    """The countries and regions engaged in `year`: region, Belt and Road flag, activity
    counts, new flag. Hong Kong, Macao and Taiwan come last, listed under their own group
    (`is_region`), since they are regions of China, not countries."""
    first_year = engagement.groupby("country_id")["year"].min()
    rows = engagement[engagement["year"] == year]
    partners = metrics.belt_and_road_in(belt_and_road, year)
    is_region = rows["country_id"].isin(places.region_ids)
    table = pd.DataFrame(
        {
            "country": rows["country"].map(lambda n: places.name(n, labels)),
            "region": rows["region"].where(~is_region, REGIONS_GROUP),
            "subregion": rows["subregion"].where(~is_region, None),
            "is_region": is_region,
            "is_belt_and_road": rows["country_id"].isin(partners),
            "events": rows["events"].astype("int64"),
            "cooperation": rows["cooperation"].astype("int64"),
            "partners": rows["partners"].astype("int64"),
            "is_new": rows["country_id"].map(first_year) == year,
        }
    )
    return table.sort_values(["is_region", "country"]).reset_index(drop=True)


def by_region(countries: pd.DataFrame) -> pd.DataFrame:
    """Countries engaged by region, with how many are Belt and Road partners.

    Hong Kong, Macao and Taiwan form a group of their own, counted as regions.
    """
    is_region = countries["is_region"].astype(bool)
    table = (
        countries.assign(
            region=countries["region"].fillna(NO_REGION),
            is_country=~is_region,
            is_region=is_region,
            is_new=countries["is_new"] & ~is_region,
        )
        .groupby("region")
        .agg(
            countries=("is_country", "sum"),
            regions=("is_region", "sum"),
            belt_and_road_countries=("is_belt_and_road", "sum"),
            new_countries=("is_new", "sum"),
        )
        .astype("int64")
        .reset_index()
    )
    if not table["regions"].any():
        table = table.drop(columns=["regions"])  # no region of China engaged: no column
    return table.sort_values(["countries", "region"], ascending=[False, True])


def events_table(
    events: pd.DataFrame, places: Places = NO_PLACES, labels: Labels = ENGLISH
) -> pd.DataFrame:
    """The events section: date at its precision, kind, place, our role, participants, source."""
    country = events["country"].map(lambda n: places.name(n, labels)).fillna("")
    place = events["city"].fillna("") + ", " + country
    online = labels.gettext(ONLINE)
    place = place.str.strip(", ").where(~events["is_online"].astype(bool), online)
    return pd.DataFrame(
        {
            "date": partial_iso(events["start_date"], events["start_precision"]),
            "title": events["title"],
            "kind": events["kind"],
            "place": place,
            "alliance": events["alliance"],
            "our_role": sorted_roles(events["our_role"]),
            "participants": events["participants_count"].astype("Int64"),
            "source_id": events["source_id"].astype("Int64"),
        }
    )


def cooperation_tables(
    counts: pd.DataFrame,
    active: pd.DataFrame,
    year: int,
    places: Places = NO_PLACES,
    labels: Labels = ENGLISH,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cooperation by kind (started in `year`: records, headcount; active: records), and rows."""
    started = counts[counts["year"] == year].set_index("kind")[["records", "headcount"]]
    running = active.groupby("kind").size().rename("active")
    by_kind = started.join(running, how="outer").fillna(0).astype("int64")
    by_kind = by_kind.rename(columns={"records": "started"}).rename_axis("kind").reset_index()
    rows = pd.DataFrame(
        {
            "kind": active["kind"],
            "title": active["title"],
            "partner": active["partner"],
            "country": active["country"].map(lambda n: places.name(n, labels)),
            "start": partial_iso(active["start_date"], active["start_precision"]),
            "end": partial_iso(active["end_date"], active["end_precision"]),
            "headcount": active["headcount"].astype("Int64"),
            "source_id": active["source_id"].astype("Int64"),
        }
    )
    return by_kind, rows


# which measure of the database answers a stated figure's metric
MEASURE_OF_METRIC = {
    Metric.COUNTRIES.value: "countries_engaged",
    Metric.INSTITUTIONS.value: "partner_institutions",
    Metric.PARTICIPANTS.value: "event_participants",
    Metric.TRAINEES.value: "people_trained",
}


# how a statement says it counts Hong Kong, Macao and Taiwan with the countries
COUNTRIES_AND_REGIONS = re.compile(r"countries\W+and\W+regions|国家和地区|国（境）外|国\(境\)外")


def measure_for(metric: str, statement: str | None) -> str | None:
    """The metric column comparable with a stated figure, or None when nothing records it.

    "Cooperation with 57 Belt and Road countries" is a countries figure about
    Belt and Road partners, so it compares with those, not with all countries;
    "partners in 30 countries and regions" counts Hong Kong, Macao and Taiwan too.
    """
    measure = MEASURE_OF_METRIC.get(metric)
    text = (statement or "").lower()
    if measure == "countries_engaged" and ("belt and road" in text or "一带一路" in text):
        return "belt_and_road_countries"
    if measure == "countries_engaged" and COUNTRIES_AND_REGIONS.search(text):
        return "countries_and_regions_engaged"
    return measure


def stated_versus_recorded(
    figures: pd.DataFrame,
    table: pd.DataFrame,
    to_date: dict[str, int],
    labels: Labels = ENGLISH,
) -> pd.DataFrame:
    """Each stated figure beside what the database counts for the same measure.

    `to_date` holds cumulative counts (countries engaged up to the year end),
    since news usually states totals since the start of cooperation.
    """
    measures = [
        measure_for(m, s) for m, s in zip(figures["metric"], figures["statement"], strict=True)
    ]
    recorded = [
        None if m is None or y not in table.index else table.loc[y, m]
        for m, y in zip(measures, figures["year"], strict=True)
    ]
    frame = pd.DataFrame(
        {
            "year": figures["year"].astype("int64"),
            "metric": figures["metric"],
            "statement": figures["statement"],
            "stated_value": pd.to_numeric(figures["value"]),
            "bound": figures["bound"],
            "measure": [labels.gettext(metrics.LABELS[m] if m else NOT_RECORDED) for m in measures],
            "recorded_in_year": pd.array(recorded, dtype="Int64"),
            "recorded_to_date": pd.array(
                [to_date.get(m) if m else None for m in measures], dtype="Int64"
            ),
            "source_id": figures["source_id"].astype("Int64"),
        }
    )
    best = frame["recorded_to_date"].fillna(frame["recorded_in_year"])
    frame["missing_from_records"] = (frame["stated_value"] - best).clip(lower=0)
    return frame


def countries_to_date(
    engagement: pd.DataFrame,
    belt_and_road: pd.DataFrame,
    year: int,
    regions: frozenset[int] = frozenset(),
) -> dict[str, int]:
    """Countries (and with the regions) engaged in any year up to `year`, and how many
    are Belt and Road partners."""
    places = set(engagement.loc[engagement["year"] <= year, "country_id"].astype(int))
    ever = places - regions
    return {
        "countries_engaged": len(ever),
        "countries_and_regions_engaged": len(places),
        "belt_and_road_countries": len(ever & metrics.belt_and_road_in(belt_and_road, year)),
    }


def build_yearly(
    connection: Connection, organization_id: int, year: int, labels: Labels = ENGLISH
) -> Report:
    """The yearly report of the organization for `year`, all sections computed."""
    _ = labels.gettext
    facts = metrics.gather(connection, organization_id, year - TREND_YEARS + 1, year)
    held = alliances.held_by_year(facts.terms, facts.years)
    table = metrics.metric_table(facts, held)
    roles = alliances.roles_by_rank(held[held["year"] >= year - 1])
    events = queries.events_of_year(connection, organization_id, year)
    active = queries.cooperation_of_year(connection, organization_id, year)
    figures = queries.stated_figures(connection, organization_id, year, year)
    countries = countries_table(facts.engagement, facts.belt_and_road, year, facts.places, labels)
    by_kind, cooperation_rows = cooperation_tables(
        facts.cooperation_counts, active, year, facts.places, labels
    )

    report = Report(
        "yearly",
        _("{organization}: cooperation report {year}").format(
            organization=name_in(connection, organization_id, facts.organization, labels),
            year=year,
        ),
        facts.organization,
        year,
        trend="trend",
        period=f"yearly-{year}",
        labels=labels,
        organization_id=organization_id,
    )
    report.add("key_figures", _("Key figures"), key_figures(table, roles, year, labels))
    # the rank only orders the rows: people read the role
    this_year = roles[roles["year"] == year].drop(columns=["year", "role_code", "role_rank"])
    report.add("roles", _("Roles held at year end"), this_year)
    by_kind_of_event = events_by(facts.event_counts, year, "kind", labels)
    report.add("events_by_kind", _("Events by kind"), by_kind_of_event)
    by_month = events_by(facts.event_counts, year, "month", labels)
    report.add("events_by_month", _("Events by month"), by_month)
    report.add("countries_by_region", _("Countries engaged by region"), by_region(countries))
    memberships = alliances.membership_table(facts.terms, year, labels)
    report.add("memberships", _("Memberships"), memberships)
    changes = alliances.role_changes(facts.terms, year)
    report.add("role_changes", _("Changes within the year"), changes)
    event_rows = events_table(events, facts.places, labels)
    report.add("events", _("Events"), event_rows)
    report.add("countries", _("Countries and regions"), countries)
    report.add("cooperation_by_kind", _("Cooperation by kind"), by_kind)
    report.add("cooperation", _("Cooperation records active in the year"), cooperation_rows)
    stated = stated_versus_recorded(
        figures,
        table,
        countries_to_date(facts.engagement, facts.belt_and_road, year, facts.places.region_ids),
        labels,
    )
    report.add("stated_vs_recorded", _("Stated versus recorded"), stated)
    trend_title = _("Trend {first}–{last}").format(first=facts.first_year, last=year)
    report.add("trend", trend_title, table.reset_index())
    membership_sources = facts.terms.loc[
        alliances.held_between(facts.terms["start_date"], facts.terms["end_date"], year),
        ["source_id"],
    ]
    ids = source_ids(membership_sources, changes, event_rows, cooperation_rows, stated)
    report.add("sources", _("Sources"), sources_table(queries.sources(connection, ids)))
    return report


def sources_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The sources appendix: id, title, publisher, date at its precision, URL."""
    return pd.DataFrame(
        {
            "source_id": rows["source_id"].astype("int64"),
            "title": rows["title"],
            "publisher": rows["publisher"],
            "published": partial_iso(rows["published_date"], rows["published_precision"]),
            "url": rows["url"],
        }
    )
