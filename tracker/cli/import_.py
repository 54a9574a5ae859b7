"""`tracker import`: turn news articles into records, each tied to its source.

The work is in tracker.ingest; this module shows plans, asks, and prints.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.cli.options import DryRunOption, JsonPlanOption, ReviewOption, YesOption
from tracker.printable import console_cell, console_text

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

    from tracker.ingest.apply import Outcome
    from tracker.ingest.plan import Item, Plan
    from tracker.ingest.run import Decide, Result, Retry, Summary

ACTION_STYLE = {"create": "green", "match": "cyan", "conflict": "yellow", "skip": "dim"}
EVIDENCE_WIDTH = 90


def import_(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="PATH... | URL",
                       help="Article files, folders of articles, http(s) URLs; - for stdin."),
    ],
    yes: YesOption = False,
    dry_run: DryRunOption = False,
    json_output: JsonPlanOption = False,
    review: ReviewOption = False,
    allow_empty: Annotated[
        bool, typer.Option("--allow-empty", help="Store an article nothing was read from "
                           "(a language no rule set reads) as a source anyway.")
    ] = False,
    allow_private_urls: Annotated[
        bool, typer.Option("--allow-private-urls", help="Fetch URLs on this machine or a "
                           "private network too (refused by default).")
    ] = False,
) -> None:
    """Import news articles: extract their facts, match them to the records, apply the plan.

    Each article is one transaction and one source. Importing an article again
    changes nothing; facts the records already hold are cited, not duplicated;
    a different date or role than the records hold is shown as a conflict and
    left as it is unless you accept it in --review. A name only close to an
    existing one (below 92 of 100) is created as new, with the close one shown.
    An article nothing was read from (a language no rule set reads) is not
    stored unless you pass --allow-empty.

    Example: tracker import seeds/articles/ --dry-run
    """
    from tracker.cli.common import engine
    from tracker.cli.state import state
    from tracker.errors import InvalidInput
    from tracker.ingest.run import STDIN, Summary, expand_inputs, import_all

    json_output = json_output or state().json
    interactive = asks(yes=yes, dry_run=dry_run, review=review, json_output=json_output,
                       verb="importing", stdin=STDIN in inputs)
    paths = expand_inputs(inputs)
    if not paths:
        from tracker.articles import ARTICLE_SUFFIXES

        raise InvalidInput(f"no article files found ({', '.join(ARTICLE_SUFFIXES)})")
    console = _console()
    current = state()
    summary = Summary()
    opened = engine(writes=not dry_run)  # a dry run only reads: a mistyped --db is refused
    decide, retry = _decider(console, opened, yes=yes, dry_run=dry_run,
                             json_output=json_output, review=review)
    try:
        results = import_all(opened, paths, decide, current.actor, current.command,
                             allow_empty=allow_empty, retry=retry,
                             allow_private_urls=allow_private_urls,
                             lock_first=not (interactive or review))
        if len(paths) > 1 and not interactive and not review and not json_output:
            results = _with_progress(console, results, len(paths))
        for result in results:
            summary.add(result)
            if result.error is not None and len(paths) == 1:
                raise result.error  # one article: its error is the command's error
            if json_output:
                typer.echo(json.dumps(_result_json(result), ensure_ascii=False, default=str))
            else:
                _report(console, result, dry_run)
    finally:
        opened.dispose()
    if not json_output:
        _print_summary(console, summary, dry_run)
    if summary.failed:
        raise typer.Exit(1)


def asks(*, yes: bool, dry_run: bool, review: bool, json_output: bool, verb: str,
         stdin: bool = False) -> bool:
    """Whether the plan is asked about; refuses modes that conflict or cannot ask."""
    from tracker.cli.common import NeedsConfirmation
    from tracker.errors import InvalidInput

    if dry_run and (yes or review):
        raise InvalidInput("--dry-run cannot be combined with --yes or --review")
    interactive = not (yes or dry_run or json_output)
    if (interactive or review) and (stdin or not has_terminal()):
        raise NeedsConfirmation(
            f"{verb} asks before it changes anything, and there is no terminal to ask on; "
            "re-run with --yes to apply or --dry-run to only look"
        )
    return interactive


def outcome_line(origin: str, outcome: Outcome, verb: str) -> str:
    """What applying one plan did, as the one line import and load print (a console line:
    the origin, a user's text, is escaped)."""
    origin = console_text(origin)
    if outcome.unchanged:
        return f"unchanged: {origin} is already source {outcome.source_id}; nothing changed"
    return (f"{verb} {origin} as source {outcome.source_id}: {outcome.created} created, "
            f"{outcome.matched} matched, {outcome.conflicts} conflicts kept, "
            f"{outcome.skipped} skipped")


def has_terminal() -> bool:
    """Whether there is a terminal to ask questions on."""
    return sys.stdin.isatty()


def _console() -> Console:
    from rich.console import Console

    # soft wrap: a status line stays one line (the terminal folds it), so scripts and
    # tests can read it whatever the path length; tables still fit the width
    return Console(highlight=False, soft_wrap=True)


def _decider(console: Console, engine: Engine, *, yes: bool, dry_run: bool,
             json_output: bool, review: bool) -> tuple[Decide, Retry | None]:
    """What to do with each plan (show it, maybe ask, say whether to apply it), and with a
    plan an item of which failed to apply (None: the failure is the article's error)."""
    asking = review or not (yes or dry_run or json_output)
    reviewer = None
    if asking:
        from tracker.cli.review import Reviewer

        reviewer = Reviewer(console, engine, review=review, yes=yes)

    def decide(plan: Plan) -> bool:
        if not plan.changes_anything():
            return True  # nothing to ask about; the outcome says "unchanged"
        if json_output:
            return yes
        if dry_run:
            print_plan(console, plan)
            return False
        if reviewer is None:
            return True
        return reviewer.decide(plan)

    return decide, (reviewer.retry if reviewer is not None else None)


def _with_progress(console: Console, results: Any, total: int) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("import", total=total)
        for result in results:
            yield result
            progress.advance(task)


def print_plan(console: Console, plan: Plan) -> None:
    """The plan as a table: each item, its action, what it matched and its evidence."""
    from tracker.terminal import fitted_table

    rows = []
    for number, item in enumerate(plan.items, 1):
        action = item.action.value
        if item.candidate is not None and action == "create":
            action = "create?"
        rows.append([str(number), item.kind, action, item.label, database_cell(item),
                     clip(item.evidence)])
    # narrow terminal: the evidence goes first (--review shows it item by item)
    table, layout = fitted_table(PLAN_COLUMNS, rows, console.width, drop=[5],
                                 title=console_cell(f"Plan for {plan.origin}"),
                                 title_justify="left",
                                 header_style="bold")
    for item, row in zip(plan.items, rows, strict=True):
        style = ACTION_STYLE.get(item.action.value, "")
        # the action is our word (markup is safe); stored and article text print as written
        cells: list[Any] = [row[0], row[1], f"[{style}]{row[2]}[/{style}]",
                            *(console_cell(text) for text in row[3:])]
        table.add_row(*layout.pick(cells))
    console.print(table)


PLAN_COLUMNS = ("#", "kind", "action", "what", "in the database", "evidence")


def database_cell(item: Item[Any]) -> str:
    parts = []
    if item.matched is not None:
        parts.append(item.matched.describe())
    if item.candidate is not None:
        parts.append(f"new, or the same as {item.candidate.name} "
                     f"(id {item.candidate.id}, score {item.candidate.score:.0f})?")
    for field, (held, stated) in item.conflicts.items():
        parts.append(f"{field}: database {held}, article {stated}"
                     + (" (taking the article's)" if item.take_article else " (kept)"))
    for field, value in item.fills.items():
        parts.append(f"{field}: empty, fill with {value}")
    if item.note and item.candidate is None:
        parts.append(item.note)
    return "; ".join(parts)


def clip(text: str | None, width: int = EVIDENCE_WIDTH) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _result_json(result: Result) -> dict[str, Any]:
    return {
        "origin": result.origin,
        "plan": result.plan.to_json() if result.plan else None,
        "applied": result.outcome.to_json() if result.outcome else None,
        "error": str(result.error) if result.error else None,
    }


def _report(console: Console, result: Result, dry_run: bool) -> None:
    if result.error is not None:
        console.print(f"[red]failed[/red] {console_text(result.origin)}: "
                      f"{console_text(str(result.error))}")
        return
    outcome = result.outcome
    if result.plan is not None and result.plan.unread and outcome is None:
        console.print(f"not applied: {console_text(result.origin)}: "
                      f"{console_text(str(result.plan.unread))}; "
                      "--allow-empty stores it as a source anyway")
        return
    if outcome is None:
        if not dry_run:
            console.print(f"not applied: {console_text(result.origin)}")
        return
    console.print(outcome_line(result.origin, outcome, "imported"))


def _print_summary(console: Console, summary: Summary, dry_run: bool) -> None:
    if summary.articles == 1 and not summary.failed:
        return
    if dry_run:
        console.print(f"Dry run over {summary.articles} article(s); nothing was written.")
        return
    console.print(
        f"{summary.articles} article(s): {summary.imported} imported, "
        f"{summary.unchanged} unchanged, {summary.not_applied} not applied, "
        f"{len(summary.failed)} failed; {summary.created} created, {summary.matched} matched, "
        f"{summary.conflicts} conflicts kept, {summary.skipped} skipped"
    )
    for origin, error in summary.failed:
        console.print(f"  failed: {console_text(origin)}: {console_text(str(error))}")
