"""`tracker coop`: cooperation with partner institutions and countries.

An MoU's end is its expiry.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import (
    JsonOption,
    YesOption,
    done,
    print_rows,
    session,
)
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import COUNTRY, DATES, OrgFilter, SourceOption, YearFilter
from tracker.vocab import CooperationDirection, CooperationKind, codes

app = typer.Typer(help=GROUP_HELP["coop"])

CoopArgument = Annotated[str, typer.Argument(help="Cooperation id (`tracker coop list`).")]
KINDS = codes(CooperationKind)
COLUMNS = ["id", "kind", "direction", "organization", "partner", "country", "title", "start",
           "end", "headcount", "days"]
DirectionOption = Annotated[
    str | None,
    typer.Option(help=f"{codes(CooperationDirection)}: people come to us, ours go, or both."),
]
DaysOption = Annotated[
    int | None,
    typer.Option(help="Days it lasts (default: from exact start and end days); "
                      "person-days are headcount x days."),
]


def _describe(record) -> str:  # type: ignore[no-untyped-def]
    with_whom = " and ".join(
        name for name in (
            record.partner.name if record.partner else None,
            record.country.name if record.country else None,
        ) if name
    )
    return f"{record.kind.value} of {record.organization.name} with {with_whom}"


@app.command("add")
def add(
    organization: Annotated[str, typer.Argument(help="Our side: organization id, name or alias.")],
    partner: Annotated[
        str | None, typer.Option(help="Partner organization (id, name or alias).")
    ] = None,
    country: Annotated[str | None, typer.Option(help=f"Partner country: {COUNTRY}.")] = None,
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    title: Annotated[str | None, typer.Option(help="What it is called.")] = None,
    start: Annotated[
        str | None, typer.Option(help=f"When it began (MoU: signed): {DATES}.")
    ] = None,
    end: Annotated[str | None, typer.Option(help=f"When it ends (MoU: expires): {DATES}.")] = None,
    headcount: Annotated[int | None, typer.Option(help="People exchanged or trained.")] = None,
    notes: Annotated[str | None, typer.Option(help="Anything else worth keeping.")] = None,
    source: SourceOption = None,
    direction: DirectionOption = None,
    days: DaysOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record cooperation with a partner organization and/or a country.

    Example: tracker coop add SZPU --partner "Kenya Technical Trainers College" \\
        --country KE --kind mou --start 2023-05 --end 2028-05
    """
    from tracker.cli.views import cooperation_row
    from tracker.services.cooperation import add_cooperation
    from tracker.services.source import optional_source

    with session() as db:
        record = add_cooperation(
            db, organization, partner, country, kind, title, start, end, headcount, notes,
            optional_source(db, source), direction=direction, days=days,
        )
        db.flush()  # to report the new id
        done(
            f"Added cooperation {record.id}: {_describe(record)}.",
            record=cooperation_row(record),
            json_output=json_output,
        )


@app.command("list")
def list_(
    year: YearFilter = None,
    kind: Annotated[str | None, typer.Option(help=f"Only this kind: {KINDS}.")] = None,
    country: Annotated[
        str | None, typer.Option(help="Only with this country or its institutions.")
    ] = None,
    organization: OrgFilter = None,
    expiring_before: Annotated[
        str | None,
        typer.Option("--expiring-before", help=f"Only those ending before this date: {DATES}."),
    ] = None,
    direction: Annotated[
        str | None, typer.Option(help=f"Only this direction: {codes(CooperationDirection)}.")
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List cooperation by start date.

    Example: tracker coop list --kind mou --expiring-before 2025-01
    """
    from tracker.cli.views import cooperation_row
    from tracker.services.cooperation import CooperationFilter, list_cooperation

    with session(writes=False) as db:
        where = CooperationFilter(year, kind, country, organization, expiring_before, direction)
        rows = [cooperation_row(c) for c in list_cooperation(db, where)]
    # at 80 columns the dates stay; the home organization (usually every row's) goes first
    print_rows(rows, COLUMNS, "Cooperation", json_output,
               drop=["days", "headcount", "organization", "country", "title", "direction"])


@app.command("show")
def show(cooperation: CoopArgument, json_output: JsonOption = False) -> None:
    """Show one cooperation record.

    Example: tracker coop show 4
    """
    from tracker.cli.records import show_record
    from tracker.cli.views import cooperation_row
    from tracker.services.cooperation import cooperation as find

    show_record(find, cooperation, cooperation_row, "Cooperation", json_output)


@app.command("edit")
def edit(
    cooperation: CoopArgument,
    partner: Annotated[str | None, typer.Option(help="Partner organization; '' clears.")] = None,
    country: Annotated[str | None, typer.Option(help=f"{COUNTRY}; '' clears.")] = None,
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    direction: DirectionOption = None,
    title: Annotated[str | None, typer.Option(help="What it is called; '' clears.")] = None,
    start: Annotated[str | None, typer.Option(help=f"{DATES}; '' clears.")] = None,
    end: Annotated[str | None, typer.Option(help=f"{DATES}; '' clears.")] = None,
    headcount: Annotated[int | None, typer.Option(help="People exchanged or trained.")] = None,
    days: DaysOption = None,
    notes: Annotated[str | None, typer.Option(help="Notes; '' clears.")] = None,
    source: SourceOption = None,
    clear: Annotated[
        list[str] | None,
        typer.Option("--clear", help="Empty this field (repeatable): headcount, days, source, ..."),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Change a cooperation record's fields; fields not given stay as they are.

    Example: tracker coop edit 4 --direction incoming --headcount 12 --days 14

    Example: tracker coop edit 4 --end 2028-05 --clear headcount
    """
    from tracker.cli.records import write_done
    from tracker.cli.views import cooperation_row
    from tracker.errors import InvalidInput
    from tracker.services.cooperation import cooperation as find
    from tracker.services.cooperation import edit_cooperation
    from tracker.services.source import optional_source

    given = (partner, country, kind, direction, title, start, end, headcount, days, notes, source)
    if all(value is None for value in given) and not clear:
        raise InvalidInput("nothing to change: give a field to change or --clear FIELD")
    with session() as db:
        record = edit_cooperation(
            db, find(db, cooperation), partner=partner, country=country, kind=kind,
            direction=direction, title=title, start=start, end=end, headcount=headcount,
            days=days, notes=notes, source=optional_source(db, source or None),
            clear=(clear or []) + (["source"] if source == "" else []),
        )
        write_done(db, "Updated", record,
                   describe=lambda r: f"cooperation {r.id} ({_describe(r)})",
                   row=cooperation_row, json_output=json_output)


@app.command("end")
def end(
    cooperation: CoopArgument,
    on: Annotated[
        str | None, typer.Option(help=f"When it ended: {DATES} (default: today).")
    ] = None,
    source: SourceOption = None,
) -> None:
    """Record that cooperation ended.

    Example: tracker coop end 4 --on 2024-06
    """
    from tracker.citations import cite
    from tracker.services.cooperation import cooperation as find
    from tracker.services.cooperation import end_cooperation
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)  # a source stating that it ended
        record = end_cooperation(db, find(db, cooperation), on)
        cite(db, record, cited)
        done(f"Cooperation {record.id} ({_describe(record)}) ends {record.end}.")


@app.command("remove")
def remove(cooperation: CoopArgument, yes: YesOption = False) -> None:
    """Delete a cooperation record.

    Example: tracker coop remove 4 --yes
    """
    from tracker.cli.records import remove_record
    from tracker.services.cooperation import cooperation as find
    from tracker.services.cooperation import remove_cooperation

    remove_record(find, cooperation, remove=remove_cooperation, yes=yes,
                  describe=lambda r: f"cooperation {r.id} ({_describe(r)})")
