"""The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script.

Jinja2 autoescapes every value, so names and statements typed by users can
never become markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from tracker.reports.frames import display, heading
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
    "belt_and_road_countries",
    "partner_institutions",
    "people_trained",
    "mous_signed",
]


def bar_chart(frame: pd.DataFrame, title: str, series: list[str]) -> dict[str, Any]:
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
                    "value": f"{value:,.0f}",
                    "title": f"{heading(name)} {year}: {value:,.0f}",
                }
            )
    legend = [
        {"text": heading(s), "color": PALETTE[j % len(PALETTE)]} for j, s in enumerate(series)
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
        "top_value": f"{top:,.0f}",
        "top_y": MARGIN_TOP,
    }


def _cards(report: Report) -> list[dict[str, str]]:
    if "key_figures" not in report.sections:
        return []
    figures = report.frame("key_figures").set_index("figure_code")
    shown = display(report.frame("key_figures")).set_index(figures.index)
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


def to_html(report: Report) -> str:
    """The page as a string."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(
        loader=PackageLoader("tracker.reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    trend = report.frame(report.trend) if report.trend else None
    charts = (
        [bar_chart(trend, title, series) for title, series in CHARTS] if trend is not None else []
    )
    sections = [
        {
            "name": name,
            "title": title,
            "columns": [heading(str(c)) for c in frame.columns],
            "rows": display(frame).to_numpy().tolist(),
        }
        for name, (title, frame) in report.sections.items()
    ]
    return environment.get_template("report.html.j2").render(
        report=report, cards=_cards(report), charts=charts, sections=sections
    )


def write_html(report: Report, path: Path) -> Path:
    path.write_text(to_html(report), encoding="utf-8")
    return path
