"""The report as an Excel workbook (XlsxWriter): one sheet a section, native charts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd

from tracker.reports.frames import heading
from tracker.reports.safety import neutralise
from tracker.reports.yearly import Report

MAX_WIDTH = 60
MIN_WIDTH = 8
# the trend charts: (title, [metric columns]) drawn from the report's trend section
CHARTS: list[tuple[str, list[str]]] = [
    ("Events held and attended", ["events_held", "events_attended"]),
    ("Countries engaged", ["countries_engaged", "belt_and_road_countries", "countries_new"]),
    ("Alliances and leadership roles", ["alliances", "leadership_roles"]),
    ("People trained and in cooperation", ["people_trained", "cooperation_headcount"]),
]


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    base = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31].strip() or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def _write_cell(
    sheet: Any, row: int, col: int, value: Any, formats: dict[str, Any], is_share: bool
) -> None:
    if hasattr(value, "item"):
        value = value.item()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        sheet.write_blank(row, col, None)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, formats["share"] if is_share else None)
    elif isinstance(value, dt.date):
        sheet.write_string(row, col, value.isoformat())
    else:
        # write_string, never write(): text must not become a formula, even if neutralised
        sheet.write_string(row, col, str(neutralise(str(value))))


def _width(frame: pd.DataFrame, column: str) -> int:
    lengths = frame[column].map(lambda v: len(str(v)) if v is not None else 0)
    longest = max([len(heading(column)), *lengths.tolist()]) if len(frame) else len(column)
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def _write_sheet(
    workbook: Any, name: str, title: str, frame: pd.DataFrame, formats: dict[str, Any]
) -> Any:
    sheet = workbook.add_worksheet(name)
    sheet.write_string(0, 0, str(neutralise(title)), formats["title"])
    for col, column in enumerate(frame.columns):
        sheet.write_string(1, col, heading(str(column)), formats["header"])
        sheet.set_column(col, col, _width(frame, str(column)))
    share_rows = (
        frame["figure_code"].astype(str).str.endswith("share").tolist()
        if "figure_code" in frame.columns
        else [False] * len(frame)
    )
    for r, values in enumerate(frame.itertuples(index=False), start=2):
        for col, (column, value) in enumerate(zip(frame.columns, values, strict=True)):
            is_share = str(column).endswith("share") or (
                share_rows[r - 2] and column in ("value", "previous_value", "change")
            )
            _write_cell(sheet, r, col, value, formats, is_share)
    sheet.freeze_panes(2, 0)  # the title and header rows stay in view
    if len(frame.columns):
        sheet.autofilter(1, 0, max(1, len(frame) + 1), len(frame.columns) - 1)
    return sheet


def _add_charts(workbook: Any, sheet: Any, name: str, frame: pd.DataFrame) -> None:
    """Native line charts over the trend sheet's columns, placed right of the table."""
    if frame.empty or "year" not in frame.columns:
        return
    columns = list(frame.columns)
    first, last = 2, len(frame) + 1
    year_col = columns.index("year")
    anchor_col = len(columns) + 1
    for i, (title, series) in enumerate(CHARTS):
        chart = workbook.add_chart({"type": "line"})
        for metric in series:
            if metric not in columns:
                continue
            col = columns.index(metric)
            chart.add_series(
                {
                    "name": [name, 1, col],
                    "categories": [name, first, year_col, last, year_col],
                    "values": [name, first, col, last, col],
                    "marker": {"type": "circle"},
                }
            )
        chart.set_title({"name": title})
        chart.set_y_axis({"min": 0})
        chart.set_legend({"position": "bottom"})
        sheet.insert_chart(1 + (i // 2) * 16, anchor_col + (i % 2) * 8, chart)


def write_xlsx(report: Report, path: Path) -> Path:
    """Write the workbook to `path`: a sheet a section, charts on the trend sheet."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path),
        # in_memory: no temporary file a sheet (creating and removing them took a third of
        # the time); the strings_ options keep text as text whatever it looks like
        {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
    )
    formats = {
        "title": workbook.add_format({"bold": True, "font_size": 14}),
        "header": workbook.add_format(
            {
                "bold": True,
                "bg_color": "#1F4E79",
                "font_color": "#FFFFFF",
                "border": 1,
                "text_wrap": True,
                "valign": "top",
            }
        ),
        "share": workbook.add_format({"num_format": "0.0%"}),
    }
    used: set[str] = set()
    for key, (title, frame) in report.sections.items():
        name = _sheet_name(title, used)
        sheet = _write_sheet(workbook, name, title, frame, formats)
        if key == report.trend:
            _add_charts(workbook, sheet, name, frame)
    workbook.close()
    return path
