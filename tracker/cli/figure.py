"""`tracker figure`: quantities that sources state ("57 Belt and Road countries")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from tracker.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    done,
    print_rows,
    session,
)
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import DATES, YEAR, SourceOption
from tracker.vocab import Metric, codes

if TYPE_CHECKING:
    from tracker.models import Figure

app = typer.Typer(help=GROUP_HELP["figure"])

METRICS = codes(Metric)
AboutHelp = "Organization or alliance the figure is about (id, name or alias)."


@app.command("add")
def add(
    about: Annotated[str, typer.Argument(help=AboutHelp)],
    metric: Annotated[str, typer.Argument(help=f"What is counted: {METRICS}.")],
    value: Annotated[str, typer.Argument(help="The number, e.g. 57 or 1,600.")],
    bound: Annotated[
        str | None, typer.Option(help="exact (default) or at_least ('more than 50').")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=f"As of when: {DATES}.")] = None,
    statement: Annotated[
        str | None, typer.Option(help="The sentence that states it, word for word.")
    ] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record a figure.

    Example: tracker figure add SZPU countries 57 --as-of 2023 \\
        --statement "cooperation with 57 Belt and Road countries"
    """
    from tracker.cli.views import figure_row
    from tracker.services.figure import add_figure
    from tracker.services.source import optional_source

    with session() as db:
        figure = add_figure(
            db, about, metric, value, bound, as_of, statement, optional_source(db, source)
        )
        db.flush()  # to report the new id
        done(
            f"Added figure {figure.id}: {_describe(figure)}.",
            record=figure_row(figure),
            json_output=json_output,
        )


@app.command("edit")
def edit(
    figure: Annotated[str, typer.Argument(help="Figure id (`tracker figure list`).")],
    about: Annotated[str | None, typer.Option(help=f"{AboutHelp} '' clears it.")] = None,
    metric: Annotated[str | None, typer.Option(help=f"What is counted: {METRICS}.")] = None,
    value: Annotated[str | None, typer.Option(help="The number, e.g. 57 or 1,600.")] = None,
    bound: Annotated[str | None, typer.Option(help="exact or at_least.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help=f"As of when: {DATES}; '' clears it.")
    ] = None,
    statement: Annotated[
        str | None, typer.Option(help="The sentence that states it; '' clears it.")
    ] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Correct a figure, or give one an imported article left without a subject.

    Example: tracker figure edit 12 --about "Silk Road TVET Network"
    """
    from tracker.cli.views import figure_row
    from tracker.services.figure import edit_figure, figure_by_id
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)  # a source stating the corrected facts
        found = edit_figure(db, figure_by_id(db, figure), about, metric, value, bound, as_of,
                            statement)
        if cited is not None:
            found.source = cited
        done(
            f"Figure {found.id} is now: {_describe(found)}.",
            record=figure_row(found),
            json_output=json_output,
        )


def _describe(figure: Figure) -> str:
    subject = figure.organization or figure.alliance
    number = f"{'≥ ' if figure.bound.value == 'at_least' else ''}{figure.value.normalize():,f}"
    return f"{subject.name if subject else '(no subject)'} {figure.metric.value} {number}"


@app.command("list")
def list_(
    about: Annotated[str | None, typer.Option(help=AboutHelp)] = None,
    metric: Annotated[str | None, typer.Option(help=f"Only this metric: {METRICS}.")] = None,
    year: Annotated[
        int | None, typer.Option(help="Only figures as of this year.", **YEAR)
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List figures: metric, value, bound, as-of date, statement and source.

    Example: tracker figure list --about SZPU --metric countries
    """
    from tracker.cli.views import figure_row
    from tracker.services.figure import list_figures

    with session(writes=False) as db:
        rows = [figure_row(f) for f in list_figures(db, about, metric, year)]
    columns = ["id", "about", "metric", "value", "bound", "as_of", "statement", "source_id"]
    print_rows(rows, columns, "Figures", json_output)


@app.command("remove")
def remove(
    figure: Annotated[str, typer.Argument(help="Figure id (`tracker figure list`).")],
    yes: YesOption = False,
) -> None:
    """Delete a figure.

    Example: tracker figure remove 7 --yes
    """
    from tracker.services.figure import figure_by_id, remove_figure

    with session() as db:
        found = figure_by_id(db, figure)
        confirm(f"Delete figure {found.id} ({found.metric.value} {found.value})?", yes)
        remove_figure(db, found)
        done(f"Removed figure {found.id}.")
