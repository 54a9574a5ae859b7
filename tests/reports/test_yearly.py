"""The yearly report's numbers on the hand-built database (tests/reports/conftest.py).

Every expected number below is worked out by hand from the story in the
conftest docstring; the comments say how.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from tracker.db import make_engine
from tracker.reports.yearly import build_yearly

SEEDS = Path(__file__).resolve().parents[2] / "tracker" / "migrations" / "data"


def belt_and_road_partners(year: int) -> int:
    """Partners at any time in `year`, counted straight from the seed list."""
    with (SEEDS / "belt_and_road.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return sum(
        1
        for row in rows
        if (not row["joined"] or int(row["joined"]) <= year)
        and (not row["left"] or int(row["left"]) >= year)
    )


@pytest.fixture
def report(built):  # type: ignore[no-untyped-def]
    engine = make_engine(built.url)
    with engine.connect() as connection:
        made = build_yearly(connection, built.home_id, 2023)
    engine.dispose()
    return made


def test_every_key_figure(report) -> None:  # type: ignore[no-untyped-def]
    partners_2023, partners_2022 = belt_and_road_partners(2023), belt_and_road_partners(2022)
    expected = {
        # A1, A2, A3, A4 (left mid-2023) / A1, A2 ("since 2022"), A4
        "alliances": (4, 3),
        "alliances_new": (1, 1),  # A3 / A2
        "leadership_roles": (2, 1),  # A1 executive council + A2 vice chair / A2
        "events_held": (2, 0),  # E1 host, E3 organizer+speaker counted once
        "events_attended": (1, 1),  # E2 / E4
        "event_participants": (240, 0),  # 200 + 40
        # 2023: TH (E1, C2), KE (E1 guest, C1), DE (E2 guest), IT (C3), RU (C4); China left out
        # 2022: DE (E4), TH (C2 active)
        "countries_engaged": (5, 2),
        "countries_and_regions_engaged": (5, 2),  # the same: no Hong Kong, Macao or Taiwan
        "countries_new": (3, 0),  # KE, IT, RU; TH since 2021, DE since 2019
        "belt_and_road_countries": (4, 1),  # TH, KE, IT (left in 2023), RU / TH
        "belt_and_road_partners": (partners_2023, partners_2022),
        "belt_and_road_share": (round(4 / partners_2023, 4), round(1 / partners_2022, 4)),
        "partner_institutions": (4, 1),  # Kenya Poly, Thai, Italian, Chinese / Thai
        "cooperation_records": (4, 0),  # C1, C3, C4, C6
        "cooperation_headcount": (47, 0),  # 30 + 12 + 5
        "people_trained": (70, 0),  # C1 30 + E3 40
        "mous_signed": (1, 0),  # C3
        "mous_expiring_next_year": (1, 0),  # C2 ends 2024-04-30
        "role_vice_chair": (1, 1),
        "role_executive_council_member": (1, 0),
        "role_council_member": (1, 1),  # A4 held it until it left
        "role_member": (1, 1),  # A3 / A1 before its promotion
    }
    figures = report.frame("key_figures").set_index("figure_code")
    got = {
        code: (figures.loc[code, "value"], figures.loc[code, "previous_value"])
        for code in figures.index
    }
    assert got == expected
    changes = figures["value"] - figures["previous_value"]
    assert (figures["change"] == changes).all()


def test_events_by_month_counts_partial_dates_honestly(report) -> None:  # type: ignore[no-untyped-def]
    by_month = report.frame("events_by_month").set_index("month")
    assert by_month.loc["05 May"].tolist() == [1, 0, 1]  # E3, a day
    assert by_month.loc["11 Nov"].tolist() == [1, 0, 1]  # E1, dated "2023-11"
    assert by_month.loc["month unknown"].tolist() == [0, 1, 1]  # E2, dated "2023"
    assert by_month.loc["01 Jan"].tolist() == [0, 0, 0]  # not January
    by_kind = report.frame("events_by_kind")
    expected = pd.DataFrame(
        {
            "kind": ["forum", "seminar", "training"],
            "held": [1, 0, 1],
            "attended": [0, 1, 0],
            "total": [1, 1, 1],
        }
    )
    pd.testing.assert_frame_equal(by_kind, expected)


def test_countries_and_regions(report) -> None:  # type: ignore[no-untyped-def]
    countries = report.frame("countries")
    expected = pd.DataFrame(
        {
            "country": ["Germany", "Italy", "Kenya", "Russian Federation", "Thailand"],
            "is_belt_and_road": [False, True, True, True, True],
            "events": [1, 0, 1, 0, 1],
            "cooperation": [0, 1, 1, 1, 1],
            "partners": [0, 1, 1, 0, 1],
            "is_new": [False, True, True, True, False],
        }
    )
    pd.testing.assert_frame_equal(countries[expected.columns.tolist()], expected)
    regions = report.frame("countries_by_region").set_index("region")
    assert regions["countries"].to_dict() == {"Europe": 3, "Africa": 1, "Asia": 1}
    assert regions["belt_and_road_countries"].to_dict() == {"Europe": 2, "Africa": 1, "Asia": 1}


def test_memberships_and_changes(report, built) -> None:  # type: ignore[no-untyped-def]
    memberships = report.frame("memberships")
    assert memberships["alliance"].tolist() == [f"Alliance {n}" for n in (1, 2, 3, 4)]
    assert memberships["role_at_year_end"].tolist() == [
        "Executive council member",
        "Vice chair",
        "Member",
        "Council member",
    ]
    assert memberships["joined"].tolist() == ["2020", "2022", "2023-03", "2019"]
    changes = report.frame("role_changes")
    assert changes[["alliance", "date", "change"]].to_numpy().tolist() == [
        ["Alliance 3", "2023-03", "joined"],
        ["Alliance 4", "2023-06", "left"],
        ["Alliance 1", "2023-11-17", "role"],
    ]
    promotion = changes.iloc[2]
    assert (promotion["previous_role"], promotion["role"]) == ("Member", "Executive council member")
    assert promotion["source_id"] == built.sources["S1"]


def test_events_table(report, built) -> None:  # type: ignore[no-untyped-def]
    events = report.frame("events")
    assert events["date"].tolist() == ["2023", "2023-05-10", "2023-11"]
    assert events["our_role"].tolist() == ["attendee", "organizer, speaker", "host"]
    assert events["place"].tolist() == ["Shenzhen, China", "Shenzhen, China", "Bangkok, Thailand"]
    assert events["source_id"].tolist()[2] == built.sources["S2"]


def test_stated_versus_recorded(report, built) -> None:  # type: ignore[no-untyped-def]
    stated = report.frame("stated_vs_recorded").set_index("metric")
    assert stated.loc["countries", "measure"] == "Belt and Road partner countries engaged"
    assert stated.loc["countries", "stated_value"] == 57
    assert stated.loc["countries", "recorded_in_year"] == 4
    assert stated.loc["countries", "missing_from_records"] == 53
    assert stated.loc["trainees", "recorded_in_year"] == 70
    assert stated.loc["experts", "measure"] == "not recorded"
    assert pd.isna(stated.loc["experts", "recorded_in_year"])
    assert "2022" not in stated["year"].astype(str).tolist()  # the 2022 figure is not this year's


def test_sources_appendix_lists_the_sources_used(report, built) -> None:  # type: ignore[no-untyped-def]
    ids = report.frame("sources")["source_id"].tolist()
    assert ids == sorted(built.sources[s] for s in ("S1", "S2", "S3", "S4"))  # not S5


def test_trend_matches_key_figures(report) -> None:  # type: ignore[no-untyped-def]
    trend = report.frame("trend").set_index("year")
    assert trend.index.tolist() == [2019, 2020, 2021, 2022, 2023]
    assert trend["countries_engaged"].tolist() == [1, 1, 1, 2, 5]  # DE (C5) 2019-20, TH (C2) 2021
