"""The internationalization metrics: one row a year, from the report's aggregates.

`gather` runs the SQL aggregates once (`queries.py`); the other functions are
DataFrame in, DataFrame out, so each rule can be tested on a hand-built frame.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Connection

from tracker.models import CooperationKind, EventKind
from tracker.reports import alliances, queries
from tracker.reports.i18n import N_
from tracker.reports.places import Places, read_places

# (column, label) of every metric, in the order the reports show them
METRICS: list[tuple[str, str]] = [
    ("alliances", N_("Alliances belonged to")),
    ("alliances_new", N_("Alliances joined this year")),
    ("leadership_roles", N_("Leadership roles at year end (executive council and above)")),
    ("events_held", N_("Events held")),
    ("events_attended", N_("Events attended")),
    ("event_participants", N_("Participants at events held")),
    ("countries_engaged", N_("Countries engaged")),
    # 国（境）外: the countries and Hong Kong, Macao and Taiwan, as Chinese statistics count
    ("countries_and_regions_engaged", N_("Countries and regions engaged")),
    ("countries_new", N_("Countries engaged for the first time")),
    ("belt_and_road_countries", N_("Belt and Road partner countries engaged")),
    ("belt_and_road_partners", N_("Belt and Road partner countries (all)")),
    ("belt_and_road_share", N_("Share of Belt and Road partners engaged")),
    ("partner_institutions", N_("Partner institutions")),
    ("cooperation_records", N_("Cooperation records started")),
    ("cooperation_headcount", N_("People in cooperation started")),
    ("people_trained", N_("People trained")),
    ("mous_signed", N_("MoUs signed")),
    ("mous_expiring_next_year", N_("MoUs expiring next year")),
]
LABELS = dict(METRICS)


@dataclass(frozen=True)
class Facts:
    """The aggregates of one organization up to `last_year`, as read from the database."""

    organization_id: int
    organization: str
    country_id: int | None
    first_year: int
    last_year: int
    terms: pd.DataFrame
    event_counts: pd.DataFrame
    engagement: pd.DataFrame
    cooperation_counts: pd.DataFrame
    mou_expiries: pd.DataFrame
    partners: pd.DataFrame
    belt_and_road: pd.DataFrame
    # country codes: which ids are the regions Hong Kong, Macao, Taiwan; names in Chinese
    places: Places

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)


def gather(connection: Connection, organization_id: int, first_year: int, last_year: int) -> Facts:
    """Run every aggregate the metrics need for `first_year`..`last_year`.

    Engagement is read from the organization's first activity so that
    "countries engaged for the first time" knows the earlier years.
    """
    org = queries.organization_row(connection, organization_id)
    return Facts(
        organization_id=organization_id,
        organization=str(org["name"]),
        country_id=org["country_id"],  # type: ignore[arg-type]
        first_year=first_year,
        last_year=last_year,
        terms=alliances.prepare(queries.membership_terms(connection, organization_id)),
        event_counts=queries.event_counts(connection, organization_id, last_year),
        engagement=queries.engagement(connection, organization_id, last_year, org["country_id"]),  # type: ignore[arg-type]
        cooperation_counts=queries.cooperation_counts(
            connection, organization_id, first_year, last_year
        ),
        mou_expiries=queries.mou_expiries(connection, organization_id, first_year, last_year + 1),
        partners=queries.partner_counts(connection, organization_id, first_year, last_year),
        belt_and_road=queries.belt_and_road_members(connection),
        places=read_places(connection),
    )


def _per_year(frame: pd.DataFrame, value: str, years: Iterable[int]) -> pd.Series:
    """Sum of `value` by year, every year present (zero when none)."""
    index = pd.Index(list(years), name="year")
    if frame.empty:
        return pd.Series(0, index=index, dtype="int64")
    summed = frame.groupby("year")[value].sum()
    return summed.reindex(index, fill_value=0).astype("int64")


def event_metrics(event_counts: pd.DataFrame, years: Iterable[int]) -> pd.DataFrame:
    """events_held, events_attended, event_participants, trained_at_events by year."""
    years = list(years)
    held = event_counts[event_counts["is_held"] == 1]
    attended = event_counts[event_counts["is_held"] == 0]
    training = held[held["kind"] == EventKind.TRAINING.value]
    return pd.DataFrame(
        {
            "events_held": _per_year(held, "events", years),
            "events_attended": _per_year(attended, "events", years),
            "event_participants": _per_year(held, "participants", years),
            "trained_at_events": _per_year(training, "participants", years),
        }
    )


def belt_and_road_in(members: pd.DataFrame, year: int) -> set[int]:
    """Countries that were Belt and Road partners at any time in `year` (joined, not yet left)."""
    joined = pd.to_datetime(members["joined_date"])
    left = pd.to_datetime(members["left_date"])
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    during = (joined.isna() | (joined <= last)) & (left.isna() | (left >= first))
    return set(members.loc[during, "country_id"].astype(int))


def country_metrics(
    engagement: pd.DataFrame,
    belt_and_road: pd.DataFrame,
    years: Iterable[int],
    regions: frozenset[int] = frozenset(),
) -> pd.DataFrame:
    """Countries engaged, new, Belt and Road engaged, all partners and the share, by year.

    `regions` (Hong Kong, Macao, Taiwan) are no countries: they count only in
    `countries_and_regions_engaged`.
    """
    first_year = engagement[~engagement["country_id"].isin(regions)].groupby("country_id")[
        "year"
    ].min()
    records = []
    for year in years:
        places = set(engagement.loc[engagement["year"] == year, "country_id"].astype(int))
        engaged = places - regions
        partners = belt_and_road_in(belt_and_road, year)
        both = engaged & partners
        records.append(
            {
                "year": year,
                "countries_engaged": len(engaged),
                "countries_and_regions_engaged": len(places),
                "countries_new": int((first_year == year).sum()),
                "belt_and_road_countries": len(both),
                "belt_and_road_partners": len(partners),
                "belt_and_road_share": round(len(both) / len(partners), 4) if partners else 0.0,
            }
        )
    return pd.DataFrame.from_records(records).set_index("year")


def cooperation_metrics(
    cooperation_counts: pd.DataFrame,
    mou_expiries: pd.DataFrame,
    partners: pd.DataFrame,
    years: Iterable[int],
) -> pd.DataFrame:
    """Records and headcount started, trained, MoUs signed and expiring next year, partners."""
    years = list(years)
    training = cooperation_counts[cooperation_counts["kind"] == CooperationKind.TRAINING.value]
    mous = cooperation_counts[cooperation_counts["kind"] == CooperationKind.MOU.value]
    expiring = _per_year(mou_expiries, "mous", [y + 1 for y in years])
    expiring.index = pd.Index(years, name="year")
    return pd.DataFrame(
        {
            "partner_institutions": _per_year(partners, "partners", years),
            "cooperation_records": _per_year(cooperation_counts, "records", years),
            "cooperation_headcount": _per_year(cooperation_counts, "headcount", years),
            "trained_in_cooperation": _per_year(training, "headcount", years),
            "mous_signed": _per_year(mous, "records", years),
            "mous_expiring_next_year": expiring,
        }
    )


def metric_table(facts: Facts, held: pd.DataFrame | None = None) -> pd.DataFrame:
    """The metrics of `METRICS`, one row a year of `facts.years` (index `year`).

    `held` is `alliances.held_by_year(facts.terms, facts.years)` if already computed.
    """
    years = list(facts.years)
    if held is None:
        held = alliances.held_by_year(facts.terms, years)
    table = pd.concat(
        [
            alliances.alliance_metrics(held, years).set_index("year"),
            event_metrics(facts.event_counts, years),
            country_metrics(
                facts.engagement, facts.belt_and_road, years, facts.places.region_ids
            ),
            cooperation_metrics(
                facts.cooperation_counts, facts.mou_expiries, facts.partners, years
            ),
        ],
        axis=1,
    )
    table["people_trained"] = table["trained_in_cooperation"] + table["trained_at_events"]
    return table[[column for column, _ in METRICS]]


def compute(
    connection: Connection, organization_id: int, first_year: int, last_year: int
) -> pd.DataFrame:
    """`report metrics`: the metrics from `first_year` to `last_year`, a `year` column first."""
    facts = gather(connection, organization_id, first_year, last_year)
    return metric_table(facts).reset_index()
