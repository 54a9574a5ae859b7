"""`tracker import`: turn news articles into records, each tied to its source.

The work is in tracker.ingest; this module shows plans, asks, and prints.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.printable import console_cell, console_text

if TYPE_CHECKING:
    from rich.console import Console

    from tracker.ingest.plan import Item, Plan
    from tracker.ingest.run import Result, Summary

ACTION_STYLE = {"create": "green", "match": "cyan", "conflict": "yellow", "skip": "dim"}
EVIDENCE_WIDTH = 90


def import_(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="PATH... | URL",
                       help="Article files, folders of articles, http(s) URLs; - for stdin."),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Apply without asking.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only show what would change; write nothing.")
    ] = False,
    json_output: Annotated[
        bool,
        typer.Option("--json", help="Print each plan (and what was applied) as JSON Lines; "
                     "applies only with --yes."),
    ] = False,
    review: Annotated[
        bool, typer.Option("--review", help="Go through the items one by one: accept, skip, "
                           "edit a field, or merge with a close record.")
    ] = False,
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
    from tracker.cli.common import NeedsConfirmation, engine
    from tracker.cli.state import state
    from tracker.errors import InvalidInput
    from tracker.ingest.run import STDIN, Summary, expand_inputs, import_all

    json_output = json_output or state().json
    if dry_run and (yes or review):
        raise InvalidInput("--dry-run cannot be combined with --yes or --review")
    interactive = not (yes or dry_run or json_output)
    if (interactive or review) and (STDIN in inputs or not has_terminal()):
        raise NeedsConfirmation(
            "importing asks before it changes anything, and there is no terminal to ask on; "
            "re-run with --yes to apply or --dry-run to only look"
        )
    paths = expand_inputs(inputs)
    if not paths:
        from tracker.articles import ARTICLE_SUFFIXES

        raise InvalidInput(f"no article files found ({', '.join(ARTICLE_SUFFIXES)})")
    console = _console()
    current = state()
    decide = _decider(console, yes=yes, dry_run=dry_run, json_output=json_output, review=review)
    summary = Summary()
    opened = engine(writes=not dry_run)  # a dry run only reads: a mistyped --db is refused
    try:
        results = import_all(opened, paths, decide, current.actor, current.command,
                             allow_empty=allow_empty, allow_private_urls=allow_private_urls)
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


def has_terminal() -> bool:
    """Whether there is a terminal to ask questions on."""
    return sys.stdin.isatty()


def _console() -> Console:
    from rich.console import Console

    # soft wrap: a status line stays one line (the terminal folds it), so scripts and
    # tests can read it whatever the path length; tables still fit the width
    return Console(highlight=False, soft_wrap=True)


def _decider(console: Console, *, yes: bool, dry_run: bool, json_output: bool,
             review: bool) -> Any:
    """What to do with each plan: show it, maybe ask, and say whether to apply it."""

    def decide(plan: Plan) -> bool:
        if not plan.changes_anything():
            return True  # nothing to ask about; the outcome says "unchanged"
        if json_output:
            return yes
        if dry_run:
            print_plan(console, plan)
            return False
        if yes and not review:
            return True
        if review:
            _review(console, plan)
        print_plan(console, plan)
        return yes or typer.confirm("Apply these changes?", default=False)

    return decide


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
    from rich.table import Table

    table = Table(title=console_cell(f"Plan for {plan.origin}"), title_justify="left",
                  header_style="bold", show_lines=False)
    for column in ("#", "kind", "action", "what", "in the database", "evidence"):
        table.add_column(column, overflow="fold")
    for number, item in enumerate(plan.items, 1):
        action = item.action.value
        if item.candidate is not None and action == "create":
            action = "create?"
        style = ACTION_STYLE.get(item.action.value, "")
        table.add_row(str(number), item.kind, f"[{style}]{action}[/{style}]",
                      console_cell(item.label), console_cell(_database_cell(item)),
                      console_cell(_clip(item.evidence)))
    console.print(table)


def _database_cell(item: Item[Any]) -> str:
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


def _clip(text: str | None, width: int = EVIDENCE_WIDTH) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _review(console: Console, plan: Plan) -> None:
    """One item at a time: [a]ccept, [s]kip, [e]dit a field, [m]erge, take the [t]ext's value."""
    from tracker.ingest.plan import Action

    for number, item in enumerate(plan.items, 1):
        if item.kind == "source":
            continue
        if item.action is Action.SKIP:  # shown, so the review covers every fact of the article
            console.print(f"\n[dim]{number}. {item.kind} · skip[/dim] "
                          f"{console_text(item.label)}: {console_text(item.note or '')}")
            continue
        console.print(f"\n[bold]{number}. {item.kind} · {item.action.value}[/bold] "
                      f"{console_text(item.label)}")
        if described := _database_cell(item):
            console.print(f"   database: {console_text(described)}")
        if item.evidence:
            console.print(f"   evidence: {console_text(_clip(item.evidence, 200))}")
        # only a new record's fields are written: a matched one is edited with its own command
        choices = ["a", "s", "e"] if item.action is Action.CREATE else ["a", "s"]
        if item.candidate is not None and item.action is Action.CREATE:
            choices.append("m")
        if item.action is Action.CONFLICT:
            choices.append("t")
        help_text = " ".join(_CHOICE_LABELS[choice] for choice in choices)
        while True:
            answer = typer.prompt(f"   {help_text}", default="a").strip().lower()[:1]
            if answer not in choices:
                continue
            if answer == "s":
                item.skip("skipped by the reviewer")
            elif answer == "m":
                item.merge_with_candidate()
            elif answer == "t":
                item.take_article = True
            elif answer == "e":
                _edit(plan, item)
                continue  # show the prompt again: accept or edit more
            break


_CHOICE_LABELS = {"a": "[a]ccept", "s": "[s]kip", "e": "[e]dit",
                  "m": "[m]erge with the close record", "t": "[t]ake the article's value"}


def _edit(plan: Plan, item: Item[Any]) -> None:
    import dataclasses

    from tracker.ingest.kinds import BY_NAME

    kind = BY_NAME[item.kind]
    editable = [f.name for f in dataclasses.fields(item.fields)
                if (getattr(item.fields, f.name) is None
                    or isinstance(getattr(item.fields, f.name), str | int | float))
                and f.name not in kind.fixed]
    name = typer.prompt(f"   field ({', '.join(editable)})").strip()
    if name not in editable:
        typer.echo(f"   no field '{name}'")
        return
    reference = name in kind.references
    old = getattr(item.fields, name)
    value = typer.prompt(f"   new {name}" + (" ('-' for none)" if reference else ""),
                         default=str(old or "")).strip()
    if reference:
        try:
            plan.repoint(item, name, "" if value == "-" else value)
        except ValueError as error:
            typer.echo(f"   {error}")
        return
    try:
        setattr(item.fields, name, type(old)(value) if isinstance(old, int | float) and value
                else (value or None))
    except ValueError:
        typer.echo(f"   '{value}' is not a number")
        return
    if name in ("name", "title"):
        item.label = value


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
    if outcome.unchanged:
        console.print(f"unchanged: {console_text(result.origin)} is already source "
                      f"{outcome.source_id}; nothing changed")
        return
    console.print(
        f"imported {console_text(result.origin)} as source {outcome.source_id}: "
        f"{outcome.created} created, "
        f"{outcome.matched} matched, {outcome.conflicts} conflicts kept, "
        f"{outcome.skipped} skipped"
    )


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
