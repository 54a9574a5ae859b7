"""What every `merge` command shares: work the merge out, show it, ask, then keep it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from tracker.cli.common import confirm, done

if TYPE_CHECKING:
    from tracker.services.merge import MergeReport


def merge_after_asking(merge: Callable[[], MergeReport], *, question: str, yes: bool) -> None:
    """Run `merge` in the open transaction, show what it did, and ask before it is kept:
    declining (or no --yes without a terminal) rolls the whole merge back."""
    report = merge()
    if not yes:
        typer.echo(f"The merge would move {report.summary()}.")
    for line in report.combined:
        typer.echo(f"Role history after the merge: {line}")
    confirm(question, yes)
    done(f"Merged {report.duplicate} into {report.into}; moved {report.summary()}.")
