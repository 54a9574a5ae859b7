"""Report rules on small hand-built frames (no database)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tracker.errors import InvalidInput
from tracker.reports import alliances
from tracker.reports.safety import inside, neutralise, neutralise_frame, slug
from tracker.reports.yearly import events_by, measure_for


def terms(*rows: tuple) -> pd.DataFrame:  # type: ignore[type-arg]
    """(membership, term, role, rank, start, end) rows as `queries.membership_terms` gives."""
    frame = pd.DataFrame(
        rows, columns=["membership_id", "term_id", "role", "role_rank", "start_date", "end_date"]
    )
    frame["role_code"] = frame["role"]
    frame["alliance_id"] = frame["membership_id"]
    frame["alliance"] = "A" + frame["membership_id"].astype(str)
    frame["joined_date"] = frame.groupby("membership_id")["start_date"].transform("min")
    frame["left_date"] = None
    for column in ("joined_precision", "left_precision", "start_precision", "end_precision"):
        frame[column] = "day"
    frame["source_id"] = None
    return alliances.prepare(frame)


def test_year_end_role_is_the_highest_open_on_31_december() -> None:
    frame = terms(
        (1, 10, "member", 90, dt.date(2020, 1, 1), dt.date(2023, 11, 17)),
        (1, 11, "vice_chair", 20, dt.date(2023, 11, 17), None),
        # a membership whose only term ended in the year keeps that role
        (2, 20, "council_member", 60, dt.date(2019, 1, 1), dt.date(2023, 6, 30)),
        # a term starting next year does not count
        (3, 30, "member", 90, dt.date(2022, 1, 1), dt.date(2023, 12, 31)),
        (3, 31, "chair", 10, dt.date(2024, 1, 1), None),
    )
    got = alliances.year_end_roles(frame, 2023)
    expected = pd.DataFrame(
        {
            "membership_id": [1, 2, 3],
            "role_code": ["vice_chair", "council_member", "member"],
            "role": ["vice_chair", "council_member", "member"],
            "role_rank": [20, 60, 90],
        }
    )
    pd.testing.assert_frame_equal(got, expected)


def test_events_by_month_puts_year_only_dates_apart() -> None:
    counts = pd.DataFrame(
        {
            "year": [2023, 2023, 2023, 2022],
            "month": [11.0, None, 11.0, 11.0],
            "kind": ["forum"] * 4,
            "is_held": [1, 0, 0, 1],
            "events": [2, 3, 1, 7],
            "participants": [0, 0, 0, 0],
        }
    )
    table = events_by(counts, 2023, "month").set_index("month")
    assert table.loc["11 Nov"].tolist() == [2, 1, 3]
    assert table.loc["month unknown"].tolist() == [0, 3, 3]
    assert table["total"].sum() == 6  # 2022 left out


@pytest.mark.parametrize(
    ("metric", "statement", "measure"),
    [
        ("countries", "cooperation with 57 Belt and Road countries", "belt_and_road_countries"),
        ("countries", "partners in 40 countries", "countries_engaged"),
        ("trainees", None, "people_trained"),
        ("experts", "1,600 experts", None),
    ],
)
def test_a_stated_figure_is_compared_with_its_measure(metric, statement, measure) -> None:  # type: ignore[no-untyped-def]
    assert measure_for(metric, statement) == measure


@pytest.mark.parametrize("text", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x"])
def test_formula_like_text_is_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text


def test_numbers_and_plain_text_are_left_alone() -> None:
    frame = pd.DataFrame({"name": ["Alliance", "=evil"], "value": [-3, 4]})
    safe = neutralise_frame(frame)
    assert safe["name"].tolist() == ["Alliance", "'=evil"]
    assert safe["value"].tolist() == [-3, 4]


def test_output_names_stay_inside_the_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert inside(tmp_path, "a.xlsx") == tmp_path.resolve() / "a.xlsx"
    with pytest.raises(InvalidInput):
        inside(tmp_path, "../escape.xlsx")
    assert slug("../../etc/Home Poly.") == "etc-home-poly"
