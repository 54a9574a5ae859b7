"""The report as an Excel workbook (XlsxWriter): one sheet a section, native charts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pandas as pd

from tracker.reports.frames import cell_text, for_people, heading
from tracker.reports.i18n import DATE_COLUMNS, N_, Labels
from tracker.reports.safety import neutralise
from tracker.reports.yearly import Report

MAX_WIDTH = 60
MIN_WIDTH = 8
SHEET_NAME_LIMIT = 31  # Excel's
# short words a shortened name does not end on
DANGLING_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})
# the trend charts: (title, [metric columns]) drawn from the report's trend section
CHARTS: list[tuple[str, list[str]]] = [
    (N_("Events held and attended"), ["events_held", "events_attended"]),
    (N_("Countries engaged"), ["countries_engaged", "belt_and_road_countries", "countries_new"]),
    (N_("Alliances and leadership roles"), ["alliances", "leadership_roles"]),
    (N_("People trained and in cooperation"), ["people_trained", "cooperation_headcount"]),
]
# where the charts go under their table: two a row, each this many pixels and rows apart
CHART_STEP_X, CHART_STEP_ROWS = 500, 16
# Excel number formats of a partial date at its precision, by language
DATE_FORMATS = {
    "en": {"year": "yyyy", "month": "yyyy-mm", "day": "yyyy-mm-dd"},
    "zh": {"year": 'yyyy"年"', "month": 'yyyy"年"m"月"', "day": 'yyyy"年"m"月"d"日"'},
}
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def shorten(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut between words (a CJK character is a word).

    >>> shorten("Cooperation records active in the year", 31)
    'Cooperation records active'
    >>> shorten("本年度在执行的合作记录", 6)
    '本年度在执行'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    # a space inside the limit ends the last whole word; text without one (Chinese) is cut
    # between characters, which are its words
    head = cut[:space] if space > 0 and text[:limit].isascii() else text[:limit]
    words = head.rstrip(" ,;:–-").split(" ")
    while len(words) > 1 and words[-1].lower() in DANGLING_WORDS:
        words.pop()  # "... active in" reads as cut off: end on the last full-meaning word
    return " ".join(words)


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique; whole words kept."""
    clean = " ".join("".join(" " if ch in "[]:*?/\\" else ch for ch in title).split())
    base = shorten(clean, SHEET_NAME_LIMIT) or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" {n}"
        name, n = shorten(clean, SHEET_NAME_LIMIT - len(suffix)) + suffix, n + 1
    used.add(name.lower())
    return name


def _as_date(text: str) -> tuple[dt.datetime, str] | None:
    """A partial date's text as the date Excel stores and its precision, or None."""
    found = _PARTIAL_DATE.match(text)
    if not found:
        return None
    year, month, day = found.groups()
    when = dt.datetime(int(year), int(month or 1), int(day or 1))
    return when, "day" if day else "month" if month else "year"


def _write_cell(
    sheet: Any,
    row: int,
    col: int,
    value: Any,
    formats: dict[str, Any],
    *,
    is_share: bool,
    is_date: bool,
    text: Any,
) -> None:
    if hasattr(value, "item"):
        value = value.item()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        sheet.write_blank(row, col, None)
    elif isinstance(value, bool):
        sheet.write_string(row, col, formats["labels"].yes_no(value))
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, formats["share"] if is_share else None)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, value, formats["date"]["day"])
    elif is_date and (found := _as_date(str(value))):
        # a real date Excel can sort and filter, shown at the precision it is known to
        when, precision = found
        sheet.write_datetime(row, col, when, formats["date"][precision])
    else:
        # write_string, never write(): text must not become a formula, even if neutralised
        sheet.write_string(row, col, str(neutralise(text(str(value)))))


def _width(frame: pd.DataFrame, column: str, title: str) -> int:
    lengths = frame[column].map(lambda v: _display_width(str(v)) if v is not None else 0)
    longest = max([_display_width(title), *lengths.tolist()]) if len(frame) else len(title)
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def _display_width(text: str) -> int:
    """Columns a text takes: a CJK character is two wide."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _write_sheet(
    workbook: Any,
    name: str,
    section: str,
    title: str,
    frame: pd.DataFrame,
    formats: dict[str, Any],
) -> Any:
    labels = formats["labels"]
    sheet = workbook.add_worksheet(name)
    sheet.write_string(0, 0, str(neutralise(title)), formats["title"])
    share_rows = (
        frame["figure_code"].astype(str).str.endswith("share").tolist()
        if "figure_code" in frame.columns
        else [False] * len(frame)
    )
    shown = for_people(frame)
    for col, column in enumerate(shown.columns):
        words = heading(str(column), labels, section)
        sheet.write_string(1, col, words, formats["header"])
        sheet.set_column(col, col, _width(shown, str(column), words))
    texts = [cell_text(str(column), section, labels) for column in shown.columns]
    for r, values in enumerate(shown.itertuples(index=False), start=2):
        for col, (column, value) in enumerate(zip(shown.columns, values, strict=True)):
            is_share = str(column).endswith("share") or (
                share_rows[r - 2] and column in ("value", "previous_value", "change")
            )
            _write_cell(
                sheet,
                r,
                col,
                value,
                formats,
                is_share=is_share,
                is_date=str(column) in DATE_COLUMNS,
                text=texts[col],
            )
    sheet.freeze_panes(2, 0)  # the title and header rows stay in view
    if len(shown.columns):
        sheet.autofilter(1, 0, max(1, len(shown) + 1), len(shown.columns) - 1)
    return sheet


def _add_charts(workbook: Any, sheet: Any, name: str, frame: pd.DataFrame, labels: Labels) -> None:
    """Native line charts over the trend sheet's columns, two a row under the table."""
    if frame.empty or "year" not in frame.columns:
        return
    columns = list(frame.columns)
    first, last = 2, len(frame) + 1
    year_col = columns.index("year")
    below = last + 2  # one empty row between the table and the charts
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
        chart.set_title({"name": labels.gettext(title)})
        chart.set_y_axis({"min": 0})
        chart.set_legend({"position": "bottom"})
        sheet.insert_chart(
            below + (i // 2) * CHART_STEP_ROWS,
            0,
            chart,
            {"x_offset": (i % 2) * CHART_STEP_X, "y_offset": 0},
        )


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
        "date": {
            precision: workbook.add_format({"num_format": number_format, "align": "left"})
            for precision, number_format in DATE_FORMATS[report.labels.language].items()
        },
        "labels": report.labels,
    }
    used: set[str] = set()
    for key, (title, frame) in report.sections.items():
        name = _sheet_name(title, used)
        sheet = _write_sheet(workbook, name, key, title, frame, formats)
        if key == report.trend:
            _add_charts(workbook, sheet, name, frame, report.labels)
    workbook.close()
    return path
