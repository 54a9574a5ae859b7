"""`tracker import --review` and the question before applying: the prompts, and nothing
that loses the user's answers.

Each value is checked as it is typed (`tracker.ingest.review`, the record commands'
own parsers): a wrong one is shown and asked again. The last question ("Apply these
changes?") defaults to what the reviewer has been answering. When an item fails to
apply, it is named, nothing is written, and the reviewer can change it and apply the
same decisions again. Ctrl-C asks before throwing the decisions away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from tracker.printable import console_text

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

    from tracker.ingest.apply import ItemFailed
    from tracker.ingest.plan import Item, Plan

T = TypeVar("T")

_CHOICE_LABELS = {"a": "[a]ccept", "s": "[s]kip", "e": "[e]dit",
                  "m": "[m]erge with the close record", "t": "[t]ake the article's value"}


class Reviewer:
    """Decides each plan of an interactive import: by asking, item by item with `review`."""

    def __init__(self, console: Console, engine: Engine, *, review: bool, yes: bool) -> None:
        self.console, self.engine, self.review, self.yes = console, engine, review, yes
        self.decisions = 0  # answers given on the current plan: Ctrl-C asks before losing them
        self.accepted = 0
        self.last_apply = False  # without a review, the last answer to "Apply?" is the default

    def decide(self, plan: Plan) -> bool:
        """Review the plan if asked to, show it, and ask whether to apply it."""
        from tracker.cli.import_ import print_plan

        self.decisions = self.accepted = 0
        if self.review:
            for number, item in enumerate(plan.items, 1):
                self._review_item(plan, number, item)
        print_plan(self.console, plan)
        return self.yes or self._confirm_apply()

    def retry(self, plan: Plan, failure: ItemFailed) -> bool:
        """An item failed to apply (nothing was written): name it, let the reviewer change
        or skip it, and say whether to apply the plan, with every decision kept, again."""
        self.console.print(f"[red]Could not apply[/red] {console_text(str(failure))}. "
                           "Nothing was written; "
                           "your other decisions are kept.")
        if self.review:
            self._review_item(plan, failure.number, failure.item)
            return self._confirm_apply()
        answer = self._ask(lambda: typer.confirm(
            f"Skip item {failure.number} and apply the rest?", default=False))
        if answer:
            failure.item.skip("skipped after it failed to apply")
        return answer

    def _confirm_apply(self) -> bool:
        # after a review the default is to apply unless every answer was a skip: one Enter
        # too many after twenty accepts must not throw the review away
        default = self.accepted > 0 if self.review else self.last_apply
        answer = self._ask(lambda: typer.confirm("Apply these changes?", default=default))
        self.last_apply = answer
        return answer

    def _ask(self, question: Callable[[], T]) -> T:
        """Ask; on Ctrl-C (or the end of input), ask before the decisions are thrown away."""
        while True:
            try:
                return question()
            except typer.Abort:
                if not self.decisions:
                    raise
                # a second Ctrl-C, or no more input, here throws them away
                if typer.confirm(f"\nThrow away the {self.decisions} decision(s) made on "
                                 "this article?", default=False):
                    raise
                self.console.print("Going on where you were.")

    def _review_item(self, plan: Plan, number: int, item: Item[Any]) -> None:
        """One item: [a]ccept, [s]kip, [e]dit a field, [m]erge, take the [t]ext's value."""
        from tracker.cli.import_ import clip, database_cell
        from tracker.ingest.plan import Action

        if item.kind == "source":
            return
        if item.action is Action.SKIP:  # shown, so the review covers every fact of the article
            self.console.print(f"\n[dim]{number}. {item.kind} · skip[/dim] "
                               f"{console_text(item.label)}: {console_text(item.note or '')}")
            return
        self.console.print(f"\n[bold]{number}. {item.kind} · {item.action.value}[/bold] "
                           f"{console_text(item.label)}")
        if described := database_cell(item):
            self.console.print(f"   database: {console_text(described)}")
        if item.evidence:
            self.console.print(f"   evidence: {console_text(clip(item.evidence, 200))}")
        # only a new record's fields are written: a matched one is edited with its own command
        choices = ["a", "s", "e"] if item.action is Action.CREATE else ["a", "s"]
        if item.candidate is not None and item.action is Action.CREATE:
            choices.append("m")
        if item.action is Action.CONFLICT:
            choices.append("t")
        help_text = " ".join(_CHOICE_LABELS[choice] for choice in choices)
        while True:
            answer = self._ask(lambda: typer.prompt(f"   {help_text}", default="a"))
            answer = answer.strip().lower()[:1]
            if answer not in choices:
                self.console.print(f"   answer one of: {', '.join(choices)}")
                continue
            self.decisions += 1
            if answer == "e":
                self._edit(plan, item)
                continue  # show the prompt again: accept or edit more
            if answer == "s":
                item.skip("skipped by the reviewer")
            else:
                self.accepted += 1
                if answer == "m":
                    item.merge_with_candidate()
                elif answer == "t":
                    item.take_article = True
            return

    def _edit(self, plan: Plan, item: Item[Any]) -> None:
        """Ask for a field and its new value until the value will do (Enter: back)."""
        from sqlalchemy.orm import Session

        from tracker.errors import TrackerError
        from tracker.ingest.review import CLEAR, edit_field, editable_fields

        editable = editable_fields(item)
        while True:
            name = self._ask(lambda: typer.prompt(f"   field ({', '.join(editable)})",
                                                  default="", show_default=False)).strip()
            if not name:
                return
            if name in editable:
                break
            self.console.print(f"   no field '{console_text(name)}'")
        old = getattr(item.fields, name)
        while True:
            value = self._ask(lambda: typer.prompt(
                f"   new {name} ('{CLEAR}' for none, Enter keeps it)",
                default="" if old is None else str(old), show_default=old is not None))
            if not value.strip():
                return  # Enter on an empty field: left as it is
            try:
                with Session(self.engine) as session:  # reads the countries and roles only
                    edit_field(session, plan, item, name, value)
            except TrackerError as error:
                self.console.print(f"   [red]{console_text(str(error))}[/red]; try again")
                continue
            return
