"""The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script.

Jinja2 autoescapes every value, so names and statements typed by users can
never become markup.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

from tracker.reports.frames import by_year, display, for_people, heading
from tracker.reports.i18n import DATE_COLUMNS, ENGLISH, Labels
from tracker.reports.render_xlsx import CHARTS
from tracker.reports.yearly import Report

PALETTE = ["#1F4E79", "#C55A11", "#548235", "#7030A0"]
WIDTH, HEIGHT = 520, 240
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 12, 16, 48
# the key figures shown as cards above the tables
CARDS = [
    "alliances",
    "leadership_roles",
    "events_held",
    "events_attended",
    "countries_engaged",
    "countries_and_regions_engaged",
    "belt_and_road_countries",
    "partner_institutions",
    "people_trained",
    "mous_signed",
]


def bar_chart(
    frame: pd.DataFrame, title: str, series: list[str], words: Labels = ENGLISH
) -> dict[str, Any]:
    """Geometry of a grouped bar chart (years on x) for the template to draw as SVG."""
    series = [s for s in series if s in frame.columns]
    years = frame["year"].tolist()
    top = max([float(frame[s].max()) for s in series if len(frame)] + [1.0])
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    group_w = plot_w / max(len(years), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    bars, labels = [], []
    for i, year in enumerate(years):
        x0 = MARGIN_LEFT + i * group_w + group_w * 0.1
        labels.append({"x": x0 + group_w * 0.4, "text": str(year)})
        for j, name in enumerate(series):
            value = float(frame[name].iloc[i])
            height = plot_h * value / top
            bars.append(
                {
                    "x": round(x0 + j * bar_w, 1),
                    "y": round(MARGIN_TOP + plot_h - height, 1),
                    "width": round(bar_w * 0.92, 1),
                    "height": round(height, 1),
                    "color": PALETTE[j % len(PALETTE)],
                    "value": words.number(value),
                    "title": f"{heading(name, words)} {year}: {words.number(value)}",
                }
            )
    legend = [
        {"text": heading(s, words), "color": PALETTE[j % len(PALETTE)]}
        for j, s in enumerate(series)
    ]
    return {
        "title": title,
        "bars": bars,
        "labels": labels,
        "legend": legend,
        "width": WIDTH,
        "height": HEIGHT,
        "axis_y": MARGIN_TOP + plot_h,
        "left": MARGIN_LEFT,
        "right": WIDTH - MARGIN_RIGHT,
        "top_value": words.number(top),
        "top_y": MARGIN_TOP,
    }


def _cards(report: Report) -> list[dict[str, str]]:
    if "key_figures" not in report.sections:
        return []
    figures = report.frame("key_figures").set_index("figure_code")
    shown = display(report.frame("key_figures"), report.labels).set_index(figures.index)
    return [
        {
            "code": code,
            "label": str(figures.loc[code, "figure"]),
            "value": shown.loc[code, "value"],
            "change": shown.loc[code, "change"],
        }
        for code in CARDS
        if code in figures.index
    ]


def _sections(report: Report) -> list[dict[str, Any]]:
    """Each section as headings and rows of text; the trend a year a column."""
    labels = report.labels
    links = _source_links(report)
    sections = []
    for name, (title, frame) in report.sections.items():
        shown = (
            by_year(frame, labels)
            if name == report.trend and not frame.empty
            else for_people(display(frame, labels, name))
        )
        columns = [str(c) for c in shown.columns]
        rows = [_row(name, columns, values, links) for values in shown.to_numpy().tolist()]
        # a column of numbers is right-aligned, its heading too
        numeric = [
            any(row["cells"][i]["number"] for row in rows)
            and all(row["cells"][i]["number"] or not row["cells"][i]["text"] for row in rows)
            for i in range(len(columns))
        ]
        sections.append(
            {
                "name": name,
                "title": title,
                "columns": columns,
                "headings": [
                    {"text": heading(c, labels, name), "number": numeric[i]}
                    for i, c in enumerate(columns)
                ],
                "rows": rows,
            }
        )
    return sections


# columns that name sources by id: each id links to the source's page (or its row below)
SOURCE_COLUMNS = ("source_id", "source_ids")
NUMBER_TEXT = re.compile(r"^[-+]?[\d,.]+%?$")
SHORT_CELL = 14  # characters


def _row(
    section: str, columns: list[str], values: list[str], links: dict[str, str]
) -> dict[str, Any]:
    """One table row for the template: each cell's text pieces, with a link where one is due."""
    cells = []
    for column, text in zip(columns, values, strict=True):
        if column in SOURCE_COLUMNS and text:
            pieces = [{"text": i, "href": links.get(i, f"#source-{i}")} for i in text.split(", ")]
        elif column == "url" and text.startswith(("https://", "http://")):
            pieces = [{"text": text, "href": text}]
        else:
            pieces = [{"text": text, "href": ""}]
        number = bool(NUMBER_TEXT.match(text)) and column != "year" and column not in DATE_COLUMNS
        # a short cell (a date, a kind, a country) never breaks; long titles wrap instead
        short = len(text) <= SHORT_CELL
        cells.append({"links": pieces, "number": number, "short": short, "text": text})
    anchor = f"source-{values[0]}" if section == "sources" and values else None
    return {"cells": cells, "anchor": anchor}


def _source_links(report: Report) -> dict[str, str]:
    """Source id -> its web address, for the links from each record to its source."""
    if "sources" not in report.sections:
        return {}
    frame = report.frame("sources")
    return {
        str(int(i)): str(url)
        for i, url in zip(frame["source_id"], frame["url"], strict=True)
        if isinstance(url, str) and url.startswith(("https://", "http://"))
    }


def to_html(report: Report) -> str:
    """The page as a string."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    from tracker.reports.i18n import translations

    environment = Environment(
        loader=PackageLoader("tracker.reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
    )
    environment.install_gettext_translations(  # type: ignore[attr-defined]
        translations(report.labels.language), newstyle=True
    )
    trend = report.frame(report.trend) if report.trend else None
    charts = (
        [
            bar_chart(trend, report.labels.gettext(title), series, report.labels)
            for title, series in CHARTS
        ]
        if trend is not None
        else []
    )
    return environment.get_template("report.html.j2").render(
        report=report,
        language=report.labels.language,
        cards=_cards(report),
        charts=charts,
        sections=_sections(report),
    )


def write_html(report: Report, path: Path) -> Path:
    path.write_text(to_html(report), encoding="utf-8")
    return path
