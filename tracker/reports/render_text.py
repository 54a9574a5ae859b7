"""Plain renderings of a report: Markdown, CSV (a folder, one file a table), JSON, terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from tracker.printable import markdown_text, visible
from tracker.reports.frames import display, heading
from tracker.reports.safety import inside, neutralise_frame
from tracker.reports.yearly import Report

SUMMARY_SECTIONS = ("key_figures", "roles", "countries_by_region", "stated_vs_recorded")


def _markdown_cell(text: str) -> str:
    # raw HTML in a stored name would be rendered by a Markdown viewer: escaped first
    text = markdown_text(text)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(frame: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table of the frame (pipes escaped)."""
    if frame.empty:
        return "_None._\n"
    shown = display(frame)
    lines = [
        "| " + " | ".join(_markdown_cell(heading(str(c))) for c in shown.columns) + " |",
        "|" + "---|" * len(shown.columns),
    ]
    lines += ["| " + " | ".join(_markdown_cell(v) for v in row) + " |" for row in shown.to_numpy()]
    return "\n".join(lines) + "\n"


def to_markdown(report: Report) -> str:
    """The whole report as one Markdown document."""
    parts = [f"# {markdown_text(report.title)}\n"]
    for title, frame in report.sections.values():
        parts.append(f"## {markdown_text(title)}\n\n{markdown_table(frame)}")
    return "\n".join(parts)


def _json_value(value: Any) -> Any:
    if value is None or (not isinstance(value, str | list | dict) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def to_json_data(report: Report) -> dict[str, Any]:
    """The report as plain data: sections of rows keyed by column name."""
    sections = {}
    for name, (title, frame) in report.sections.items():
        rows = [
            {str(k): _json_value(v) for k, v in record.items()}
            for record in frame.to_dict(orient="records")
        ]
        sections[name] = {"title": title, "rows": rows}
    return {
        "report": report.kind,
        "title": report.title,
        "organization": report.organization,
        "year": report.year,
        "sections": sections,
    }


def write_markdown(report: Report, path: Path) -> Path:
    path.write_text(to_markdown(report), encoding="utf-8")
    return path


def write_json(report: Report, path: Path) -> Path:
    text = json.dumps(to_json_data(report), ensure_ascii=False, indent=2, default=str)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def write_csv(report: Report, folder: Path) -> Path:
    """One CSV file a section inside `folder`; formula-like cells neutralised."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (_title, frame) in report.sections.items():
        neutralise_frame(frame).to_csv(inside(folder, f"{name}.csv"), index=False)
    return folder


def print_summary(report: Report, console: Any = None) -> None:
    """The readable terminal summary: key figures and a few small tables (rich)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    # names typed by users are shown as Text, never parsed as rich markup
    console.print(Text(visible(report.title), style="bold"))
    for name in SUMMARY_SECTIONS:
        if name not in report.sections:
            continue
        title, frame = report.sections[name]
        shown = display(frame)  # before dropping figure_code, which marks the share row
        if name == "key_figures":
            shown = shown.drop(columns=["figure_code"])
        elif name == "stated_vs_recorded":
            shown = shown[["statement", "stated_value", "measure", "recorded_in_year"]]
        _print_frame(console, Table, title, frame, shown)
    if report.kind == "metrics":
        # a year a column: twenty metrics side by side do not fit a terminal
        title, frame = report.sections["metrics"]
        labels = dict(report.frame("definitions").itertuples(index=False))
        wide = display(frame).set_index("year").T
        wide.insert(0, "metric", [labels.get(c, c) for c in wide.index])
        _print_frame(console, Table, title, wide, wide)
    elif report.kind != "yearly":
        for title, frame in report.sections.values():
            _print_frame(console, Table, title, frame, display(frame))


NUMBER_COLUMNS = ("value", "previous_value", "change")


def _print_frame(
    console: Any, table_class: Any, title: str, frame: pd.DataFrame, shown: pd.DataFrame
) -> None:
    """`shown` (the display text of `frame`) as a rich table; numbers right-aligned."""
    from rich.text import Text

    if frame.empty:
        console.print(Text(f"{title}: none.", style="dim"))
        return
    table = table_class(title=title, title_justify="left", header_style="bold")
    for column in shown.columns:
        numeric = (
            column in NUMBER_COLUMNS
            or (column in frame.columns and pd.api.types.is_numeric_dtype(frame[column]))
            or str(column).isdigit()
        )
        table.add_column(heading(str(column)), justify="right" if numeric else "left")
    for row in shown.to_numpy():
        table.add_row(*(Text(visible(str(v))) for v in row))
    console.print(table)
