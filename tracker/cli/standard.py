"""`tracker standard`: programme and course standards of ours adopted abroad (the
International Influence Table's indicators 6 and 7)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tracker.cli.common import JsonOption, YesOption, print_rows, session
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import COUNTRY, DATES, YEAR, OrgFilter, SourceOption
from tracker.vocab import StandardKind, codes

app = typer.Typer(help=GROUP_HELP["standard"])

StandardArgument = Annotated[str, typer.Argument(help="Adoption id (`tracker standard list`).")]
COLUMNS = ["id", "kind", "title", "adopter", "country", "adopted"]
KINDS = codes(StandardKind)
AdopterOption = Annotated[
    str | None, typer.Option(help="Institution or authority that adopted it (id, name, alias).")
]
CountryOption = Annotated[
    str | None, typer.Option(help=f"Country that adopted it: {COUNTRY} (default: the adopter's).")
]
NotesOption = Annotated[str | None, typer.Option(help="Anything else worth keeping.")]


def describe(record: Any) -> str:
    where = record.adopter.name if record.adopter else record.country.name
    return f"standard adoption {record.id}: {record.title} ({record.kind.value}) by {where}"


@app.command("add")
def add(
    organization: Annotated[str, typer.Argument(help="Who developed it (id, name or alias).")],
    title: Annotated[str, typer.Argument(help="The standard's title.")],
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    adopter: AdopterOption = None,
    country: CountryOption = None,
    adopted: Annotated[str | None, typer.Option(help=f"When it was adopted: {DATES}.")] = None,
    notes: NotesOption = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record a standard we developed that an institution or authority abroad adopted.

    Example: tracker standard add SZPU "Industrial robotics programme standard" \\
        --kind programme --adopter "Lakeside Technical Institute" \\
        --adopted 2023-09
    """
    from tracker.cli.impact_views import standard_row
    from tracker.cli.records import write_done
    from tracker.services.source import optional_source
    from tracker.services.standard import add_standard

    with session() as db:
        record = add_standard(
            db, organization, title, kind=kind, adopter=adopter, country=country,
            adopted=adopted, notes=notes, source=optional_source(db, source),
        )
        write_done(db, "Added", record, describe=describe, row=standard_row,
                   json_output=json_output)


@app.command("list")
def list_(
    organization: OrgFilter = None,
    kind: Annotated[str | None, typer.Option(help=f"Only this kind: {KINDS}.")] = None,
    year: Annotated[
        int | None, typer.Option(help="Only those adopted in this year (2023 or 2023年).", **YEAR)
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List standard adoptions by date.

    Example: tracker standard list --kind course --year 2023
    """
    from tracker.cli.impact_views import standard_row
    from tracker.services.standard import list_standards

    with session(writes=False) as db:
        found = list_standards(db, organization=organization, kind=kind, year=year)
        rows = [standard_row(s) for s in found]
    print_rows(rows, COLUMNS, "Standards adopted abroad", json_output)


@app.command("show")
def show(standard: StandardArgument, json_output: JsonOption = False) -> None:
    """Show one standard adoption.

    Example: tracker standard show 2
    """
    from tracker.cli.impact_views import standard_row
    from tracker.cli.records import show_record
    from tracker.services.standard import standard as find

    show_record(find, standard, standard_row, "Standard adoption", json_output)


@app.command("edit")
def edit(
    standard: StandardArgument,
    title: Annotated[str | None, typer.Option(help="New title.")] = None,
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    adopter: AdopterOption = None,
    country: CountryOption = None,
    adopted: Annotated[str | None, typer.Option(help=f"{DATES}; '' clears.")] = None,
    notes: NotesOption = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change a standard adoption's fields; fields not given stay as they are.

    Example: tracker standard edit 2 --adopted 2023-10
    """
    from tracker.cli.impact_views import standard_row
    from tracker.cli.records import write_done
    from tracker.services.source import optional_source
    from tracker.services.standard import edit_standard
    from tracker.services.standard import standard as find

    with session() as db:
        record = edit_standard(
            db, find(db, standard), title=title, kind=kind, adopter=adopter, country=country,
            adopted=adopted, notes=notes, source=optional_source(db, source),
        )
        write_done(db, "Updated", record, describe=describe, row=standard_row,
                   json_output=json_output)


@app.command("remove")
def remove(standard: StandardArgument, yes: YesOption = False) -> None:
    """Delete a standard adoption.

    Example: tracker standard remove 2 --yes
    """
    from tracker.cli.records import remove_record
    from tracker.services.standard import remove_standard
    from tracker.services.standard import standard as find

    remove_record(find, standard, remove=remove_standard, describe=describe, yes=yes)
