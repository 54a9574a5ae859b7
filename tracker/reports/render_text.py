"""Plain renderings of a report: Markdown, CSV (a folder, one file a table), JSON, terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from tracker.printable import markdown_text, visible
from tracker.reports.frames import by_year, display, for_people, heading
from tracker.reports.i18n import ENGLISH, Labels
from tracker.reports.safety import inside, neutralise_frame
from tracker.reports.yearly import Report

SUMMARY_SECTIONS = ("key_figures", "roles", "countries_by_region", "stated_vs_recorded")


def _markdown_cell(text: str) -> str:
    # raw HTML in a stored name would be rendered by a Markdown viewer: escaped first
    text = markdown_text(text)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(
    frame: pd.DataFrame, labels: Labels = ENGLISH, section: str | None = None
) -> str:
    """A GitHub-flavoured Markdown table of the frame (pipes escaped), in `labels`' language."""
    if frame.empty:
        return "_" + labels.gettext("None.") + "_\n"
    shown = for_people(display(frame, labels, section))
    lines = [
        "| "
        + " | ".join(_markdown_cell(heading(str(c), labels, section)) for c in shown.columns)
        + " |",
        "|" + "---|" * len(shown.columns),
    ]
    lines += ["| " + " | ".join(_markdown_cell(v) for v in row) + " |" for row in shown.to_numpy()]
    return "\n".join(lines) + "\n"


def to_markdown(report: Report) -> str:
    """The whole report as one Markdown document."""
    parts = [f"# {markdown_text(report.title)}\n"]
    for name, (title, frame) in report.sections.items():
        if name == report.trend and not frame.empty:
            frame = by_year(frame, report.labels)  # a year a column: fits the page
        parts.append(f"## {markdown_text(title)}\n\n{markdown_table(frame, report.labels, name)}")
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


def write_csv(report: Report, folder: Path, *, bom: bool = True) -> Path:
    """One CSV file a section inside `folder`; formula-like cells neutralised.

    With `bom` (the default) the files start with a UTF-8 byte order mark: Excel
    on a Chinese (or any non-UTF-8) Windows reads a file without one in the
    local code page, and every Chinese name turns to garbage.
    """
    folder.mkdir(parents=True, exist_ok=True)
    encoding = "utf-8-sig" if bom else "utf-8"
    for name, (_title, frame) in report.sections.items():
        path = inside(folder, f"{name}.csv")
        neutralise_frame(frame).to_csv(path, index=False, encoding=encoding)
    return folder


def print_summary(report: Report, console: Any = None) -> None:
    """The readable terminal summary: key figures and a few small tables (rich)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    labels = report.labels
    console = console or Console()
    # names typed by users are shown as Text, never parsed as rich markup
    console.print(Text(visible(report.title), style="bold"))
    for name in SUMMARY_SECTIONS:
        if name not in report.sections:
            continue
        title, frame = report.sections[name]
        shown = for_people(display(frame, labels, name))  # display first: figure_code marks shares
        if name == "stated_vs_recorded":
            shown = shown[["statement", "stated_value", "measure", "recorded_in_year"]]
        _print_frame(console, Table, title, frame, shown, labels)
    if report.kind == "metrics":
        # a year a column: twenty metrics side by side do not fit a terminal
        title, frame = report.sections["metrics"]
        wide = by_year(frame, labels)
        _print_frame(console, Table, title, wide, wide, labels)
    elif report.kind != "yearly":
        for name, (title, frame) in report.sections.items():
            shown = for_people(display(frame, labels, name))
            _print_frame(console, Table, title, frame, shown, labels)


NUMBER_COLUMNS = ("value", "previous_value", "change")
LEAST_NEEDED = ("subregion", "region", "role_rank", "source_ids")


def _print_frame(
    console: Any,
    table_class: Any,
    title: str,
    frame: pd.DataFrame,
    shown: pd.DataFrame,
    labels: Labels = ENGLISH,
) -> None:
    """`shown` (the display text of `frame`) as a rich table; numbers right-aligned."""
    from rich.text import Text

    if frame.empty:
        console.print(Text(labels.gettext("{title}: none.").format(title=title), style="dim"))
        return
    from tracker.terminal import fitted_table

    columns = [str(column) for column in shown.columns]
    justify = [
        "right" if (column in NUMBER_COLUMNS
                    or (column in frame.columns and pd.api.types.is_numeric_dtype(frame[column]))
                    or column.isdigit()) else "left"
        for column in columns
    ]
    cells = [[visible(str(v)) for v in row] for row in shown.to_numpy()]
    # too wide for the terminal: these go first (a country's name is never cut), then the
    # earliest years of a table with a year a column
    drop = [columns.index(c) for c in LEAST_NEEDED if c in columns]
    drop += sorted((i for i, c in enumerate(columns) if c.isdigit()), key=lambda i: columns[i])
    table, layout = fitted_table([heading(c, labels) for c in columns], cells, console.width,
                                 drop=drop, justify=justify, title=Text(visible(title)),
                                 title_justify="left", header_style="bold")
    for row in cells:
        table.add_row(*(Text(v) for v in layout.pick(row)))
    console.print(table)
