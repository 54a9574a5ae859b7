"""`tracker load`: bring the office's workbooks and CSV files in, row by row, through the
import's plan (shown, asked, applied in one transaction per file).

The work is in tracker.load; this module shows plans, asks, and prints.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.cli.options import DryRunOption, JsonPlanOption, ReviewOption, YesOption

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

    from tracker.load.run import LoadResult

PROGRESS_ROWS = 500  # a file with fewer rows loads too fast for a progress bar



def load(
    files: Annotated[
        list[Path] | None,
        typer.Argument(metavar="FILE", help=".xlsx workbooks (one sheet per kind of record) "
                       "or .csv files (one kind each).", show_default=False),
    ] = None,
    yes: YesOption = False,
    dry_run: DryRunOption = False,
    review: ReviewOption = False,
    json_output: JsonPlanOption = False,
    kind: Annotated[
        str | None, typer.Option("--kind", help="The kind of record every sheet holds, when "
                                 "the headers do not tell: organization, alliance, membership, "
                                 "event, person, figure or cooperation.")
    ] = None,
    mapping: Annotated[
        list[str] | None, typer.Option("--map", metavar="HEADER=FIELD",
                                       help="The field a column gives (\"单位全称=name\"); "
                                       "repeat for several.")
    ] = None,
    template: Annotated[
        Path | None, typer.Option("--template", help="Write an empty workbook with every "
                                  "sheet's headers, lists of allowed values and an example "
                                  "row, and load nothing.")
    ] = None,
    lang: Annotated[
        str, typer.Option("--lang", help="Headers of --template in English (en) or Chinese (zh).")
    ] = "en",
) -> None:
    """Load records from workbooks and CSV files: each row planned like an article's facts.

    A sheet's kind and its columns are recognised from the headers, in English
    or Chinese (单位名称, 简称, 类型, 国家 / 联盟名称, 成立时间 / 单位名称, 联盟名称,
    角色, 开始日期 ...). Each file is one transaction and one source; every record
    it creates or confirms cites the file and the row. Loading a file again
    changes nothing. Rows with a value that does not read (a bad date, an unknown
    country or role) are refused, shown with their reason, and written to
    FILE.errors.xlsx (or .csv) beside the file, to be fixed and loaded again.

    Example: tracker load partners.xlsx --dry-run
    """
    from tracker.cli.common import engine
    from tracker.cli.import_ import asks
    from tracker.cli.state import state
    from tracker.errors import InvalidInput
    from tracker.load.mapping import parse_overrides
    from tracker.load.run import load_file, read_file

    if template is not None:
        from tracker.load.workbook import write_template

        write_template(template, lang=_lang(lang))
        typer.echo(f"wrote the template {template}")
        return
    if not files:
        raise InvalidInput("name at least one .xlsx or .csv file to load (or --template FILE)")
    json_output = json_output or state().json
    interactive = asks(yes=yes, dry_run=dry_run, review=review, json_output=json_output,
                       verb="loading")
    overrides = parse_overrides(mapping or [])
    # every file is read (and refused if unreadable) before anything is written
    read = [(path, read_file(path, kind=kind, overrides=overrides)) for path in files]
    console = _console()
    current = state()
    opened = engine(writes=not dry_run)  # a dry run only reads: a mistyped --db is refused
    decide = _decider(console, opened, yes=yes, dry_run=dry_run, json_output=json_output,
                      review=review)
    try:
        for path, tables in read:
            with _progress(console, tables, quiet=json_output or interactive) as advance:
                result = load_file(opened, path, tables, decide, actor=current.actor,
                                   command=current.command, advance=advance)
            if result.refused and result.outcome is not None:  # written when loaded
                from tracker.load.run import write_errors

                result.errors_file = write_errors(path, result.refused)
            if json_output:
                typer.echo(json.dumps(_result_json(result), ensure_ascii=False, default=str))
            else:
                _report(console, result, dry_run)
    finally:
        opened.dispose()


def _lang(text: str) -> str:
    from tracker.errors import InvalidInput

    if text not in ("en", "zh"):
        raise InvalidInput(f"--lang '{text}' is neither en nor zh")
    return text


def _console() -> Console:
    from tracker.cli.import_ import _console as import_console

    return import_console()


def _decider(console: Console, engine: Engine, **flags: bool) -> Any:
    # the same showing and asking as `tracker import`: the plans are the same kind (a
    # failing row is the file's one error line: the import's retry of an item is not offered)
    from tracker.cli.import_ import _decider as import_decider

    decide, _retry = import_decider(console, engine, **flags)
    return decide


@contextlib.contextmanager
def _progress(console: Console, tables: list[Any], *,
              quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar over a large file: planning its rows, then applying its items.

    Not shown when the plan is asked about (the prompt would be drawn over) or printed
    as JSON.
    """
    rows = sum(len(table.rows) for table, _ in tables)
    if quiet or rows < PROGRESS_ROWS:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task(f"planning {rows:,} rows", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, description="applying", completed=done, total=total)

        yield advance


def _result_json(result: LoadResult) -> dict[str, Any]:
    return {
        "file": str(result.path),
        "sheets": [{"sheet": table.sheet, "kind": mapped.kind.name, "rows": len(table.rows),
                    "columns": dict(mapped.columns), "ignored": list(mapped.ignored)}
                   for table, mapped in result.tables],
        "plan": result.plan.to_json(),
        "applied": result.outcome.to_json() if result.outcome else None,
        "refused": len(result.refused),
        "errors_file": str(result.errors_file) if result.errors_file else None,
    }


def _report(console: Console, result: LoadResult, dry_run: bool) -> None:
    for table, mapped in result.tables:
        where = f"sheet {table.sheet}" if table.sheet is not None else table.origin
        ignored = f"; columns ignored: {', '.join(mapped.ignored)}" if mapped.ignored else ""
        console.print(f"{where}: {len(table.rows)} rows of {mapped.kind.name}{ignored}")
    outcome = result.outcome
    if result.errors_file is not None:
        console.print(f"{len(result.refused)} row(s) refused, written with their reasons to "
                      f"{result.errors_file}")
    elif result.refused:
        console.print(f"{len(result.refused)} row(s) refused (see the plan)")
    if outcome is None:
        if not dry_run:
            console.print(f"not applied: {result.path}")
        return
    from tracker.cli.import_ import outcome_line

    console.print(outcome_line(str(result.path), outcome, "loaded"))
