"""Small DataFrame helpers the report sections share."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from tracker.reports.i18n import (
    CHANGE_WORDS,
    DATE_COLUMNS,
    ENGLISH,
    ROLE_COLUMNS,
    VALUE_VOCABULARY,
    WORD_COLUMNS,
    Labels,
)


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


def _cell(value: object, is_share: bool, labels: Labels) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    if isinstance(value, bool):
        return labels.yes_no(value)
    if isinstance(value, int | float):
        return labels.percent(value) if is_share else labels.number(value)
    return str(value)


def cell_text(column: str, section: str | None, labels: Labels):  # type: ignore[no-untyped-def]
    """How the text cells of `column` read: a code as its label, a date in the language."""
    vocabulary = VALUE_VOCABULARY.get(section or "", {}).get(column)
    if vocabulary is not None:
        return lambda text: labels.code(vocabulary, text)
    if column in ROLE_COLUMNS:
        return labels.role
    if column in DATE_COLUMNS:
        return labels.partial_date
    if section == "definitions" and column == "metric":
        return labels.heading  # a metric's code as its label
    if section == "role_changes" and column == "change":

        def change(text: str) -> str:
            return labels.gettext(CHANGE_WORDS.get(text) or text)

        return change
    if column in WORD_COLUMNS:
        return labels.gettext
    return lambda text: text


def display(
    frame: pd.DataFrame, labels: Labels = ENGLISH, section: str | None = None
) -> pd.DataFrame:
    """Every cell as the text a person reads in `labels`' language.

    Shares as percentages, booleans yes/no, numbers and dates in the locale's
    form, vocabulary codes of `section` as their labels. A share is a column
    named `..._share`, or a row of the key figures whose `figure_code` ends so.
    """
    share_rows = (
        frame["figure_code"].astype(str).str.endswith(SHARE_SUFFIX)
        if "figure_code" in frame.columns
        else pd.Series(False, index=frame.index)
    )
    shown = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        name = str(column)
        column_share = name.endswith(SHARE_SUFFIX)
        if name.endswith(("year", "_id")):  # years and ids without thousands separators
            shown[column] = [_cell(v, False, ENGLISH).replace(",", "") for v in frame[column]]
            continue
        text = cell_text(name, section, labels)
        shown[column] = [
            text(v)
            if isinstance(v, str)
            else _cell(v.item() if hasattr(v, "item") else v, column_share or row_share, labels)
            for v, row_share in zip(frame[column], share_rows.astype(bool), strict=True)
        ]
    return shown


def heading(column: str, labels: Labels = ENGLISH, section: str | None = None) -> str:
    """A column name as a table heading in the language: `previous_value` -> `Last year`."""
    return labels.heading(column, section)


# Internal columns people never need to read: html, md and xlsx leave them out.
# (`is_region` is said by the region column's group "Hong Kong, Macao and Taiwan (China)")
HIDDEN_COLUMNS = ("figure_code", "is_region")


def for_people(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without its internal columns (codes that mark rows for the program)."""
    return frame.drop(columns=[c for c in HIDDEN_COLUMNS if c in frame.columns])


def by_year(frame: pd.DataFrame, labels: Labels = ENGLISH) -> pd.DataFrame:
    """A one-row-a-year table turned to a year a column, a metric a row, as display text.

    Seventeen metrics side by side fit neither a terminal nor a 1280 px page;
    five or six years do. The first column is the metric's label.
    """
    wide = display(frame, labels).set_index("year").T
    wide.columns = [str(c) for c in wide.columns]
    wide.insert(0, "metric", [labels.heading(str(c)) for c in wide.index])
    return wide.reset_index(drop=True)
