"""Small DataFrame helpers the report sections share."""

from __future__ import annotations

import datetime as dt

import pandas as pd


def partial_iso(days: pd.Series, precisions: pd.Series) -> pd.Series:
    """Partial dates as text at their precision: 2023, 2023-11 or 2023-11-17.

    Works for starts (first day stored) and ends (last day stored) alike, since
    the year and month of either anchor are the period's.
    """

    def one(value: object, precision: object) -> str | None:
        if value is None or value is pd.NaT or (not isinstance(value, dt.date) and pd.isna(value)):  # type: ignore[call-overload]
            return None
        day = pd.Timestamp(value).date()  # type: ignore[arg-type]
        if precision == "year":
            return f"{day.year:04d}"
        if precision == "month":
            return f"{day.year:04d}-{day.month:02d}"
        return day.isoformat()

    return pd.Series(
        [one(d, p) for d, p in zip(days, precisions, strict=True)], index=days.index, dtype=object
    )


def as_dates(values: pd.Series) -> pd.Series:
    """A column of dates (SQLite and PostgreSQL both give `date`; NULL stays None)."""
    return values.map(lambda v: None if v is None or pd.isna(v) else pd.Timestamp(v).date())


def sorted_roles(values: pd.Series) -> pd.Series:
    """Comma lists in a fixed order (string aggregation order differs between engines)."""
    return values.map(lambda v: ", ".join(sorted(str(v).split(", "))) if isinstance(v, str) else v)


def source_ids(*frames: pd.DataFrame) -> list[int]:
    """Every source id named in the `source_id` column of the frames."""
    ids: set[int] = set()
    for frame in frames:
        if "source_id" in frame.columns:
            ids.update(int(v) for v in frame["source_id"].dropna())
    return sorted(ids)


SHARE_SUFFIX = "share"


def _cell(value: object, is_share: bool) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if is_share:
            return f"{value:.1%}"
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, int) and not is_share:
        return f"{value:,}"
    if is_share and isinstance(value, int):
        return f"{value:.1%}"
    return str(value)


def display(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as the text a person reads: shares as percentages, booleans yes/no.

    A share is a column named `..._share`, or a row of the key figures whose
    `figure_code` ends so.
    """
    share_rows = (
        frame["figure_code"].astype(str).str.endswith(SHARE_SUFFIX)
        if "figure_code" in frame.columns
        else pd.Series(False, index=frame.index)
    )
    shown = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        column_share = str(column).endswith(SHARE_SUFFIX)
        if str(column).endswith(("year", "_id")):  # years and ids without thousands separators
            shown[column] = [_cell(v, False).replace(",", "") for v in frame[column]]
            continue
        shown[column] = [
            _cell(v.item() if hasattr(v, "item") else v, column_share or bool(row_share))
            for v, row_share in zip(frame[column], share_rows, strict=True)
        ]
    return shown


def heading(column: str) -> str:
    """A column name as a table heading: `role_at_year_end` -> `Role at year end`."""
    words = column.replace("_", " ")
    return words[:1].upper() + words[1:]
