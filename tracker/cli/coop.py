"""`tracker coop`: cooperation with partner institutions and countries.

An MoU's end is its expiry.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    done,
    print_rows,
    session,
)
from tracker.cli.options import COUNTRY, DATES, OrgFilter, SourceOption, YearFilter
from tracker.vocab import CooperationKind, codes

app = typer.Typer(
    help="Cooperation: exchanges, trainings, joint programmes, workshops, research, MoUs."
)

CoopArgument = Annotated[str, typer.Argument(help="Cooperation id (`tracker coop list`).")]
KINDS = codes(CooperationKind)
COLUMNS = ["id", "kind", "organization", "partner", "country", "title", "start", "end", "headcount"]


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
    json_output: JsonOption = False,
) -> None:
    """Record cooperation with a partner organization and/or a country.

    Example: tracker coop add SZPU --partner "Kenya Technical Trainers College" --country KE
    --kind mou --start 2023-05 --end 2028-05
    """
    from tracker.cli.views import cooperation_row
    from tracker.services.cooperation import add_cooperation
    from tracker.services.source import optional_source

    with session() as db:
        record = add_cooperation(
            db, organization, partner, country, kind, title, start, end, headcount, notes,
            optional_source(db, source),
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
    json_output: JsonOption = False,
) -> None:
    """List cooperation by start date.

    Example: tracker coop list --kind mou --expiring-before 2025-01
    """
    from tracker.cli.views import cooperation_row
    from tracker.services.cooperation import CooperationFilter, list_cooperation

    with session(writes=False) as db:
        where = CooperationFilter(year, kind, country, organization, expiring_before)
        rows = [cooperation_row(c) for c in list_cooperation(db, where)]
    print_rows(rows, COLUMNS, "Cooperation", json_output)


@app.command("end")
def end(
    cooperation: CoopArgument,
    on: Annotated[
        str | None, typer.Option(help=f"When it ended: {DATES} (default: today).")
    ] = None,
) -> None:
    """Record that cooperation ended.

    Example: tracker coop end 4 --on 2024-06
    """
    from tracker.services.cooperation import cooperation as find
    from tracker.services.cooperation import end_cooperation

    with session() as db:
        record = end_cooperation(db, find(db, cooperation), on)
        done(f"Cooperation {record.id} ({_describe(record)}) ends {record.end}.")


@app.command("remove")
def remove(cooperation: CoopArgument, yes: YesOption = False) -> None:
    """Delete a cooperation record.

    Example: tracker coop remove 4 --yes
    """
    from tracker.services.cooperation import cooperation as find
    from tracker.services.cooperation import remove_cooperation

    with session() as db:
        record = find(db, cooperation)
        described = _describe(record)
        confirm(f"Delete cooperation {record.id} ({described})?", yes)
        remove_cooperation(db, record)
        done(f"Removed cooperation {record.id} ({described}).")


@app.command("show")
def show(cooperation: CoopArgument, json_output: JsonOption = False) -> None:
    """Show one cooperation record with every field.

    Example: tracker coop show 3
    """
    from tracker.cli.common import print_json, print_record, wants_json
    from tracker.cli.views import cooperation_row
    from tracker.services.cooperation import cooperation as find_cooperation

    with session(writes=False) as db:
        record = find_cooperation(db, cooperation)
        row, title = cooperation_row(record), _describe(record)
    if wants_json(json_output):
        print_json(row)
    else:
        print_record(row, title=title)


@app.command("edit")
def edit(
    cooperation: CoopArgument,
    partner: Annotated[str | None, typer.Option(help="Partner organization; '' clears it.")] = None,
    country: Annotated[
        str | None, typer.Option(help=f"Partner country: {COUNTRY}; '' clears it.")
    ] = None,
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    title: Annotated[str | None, typer.Option(help="What it is called; '' clears it.")] = None,
    start: Annotated[
        str | None, typer.Option(help=f"When it began: {DATES}; '' clears it.")
    ] = None,
    end: Annotated[str | None, typer.Option(help=f"When it ends: {DATES}; '' clears it.")] = None,
    headcount: Annotated[int | None, typer.Option(help="People exchanged or trained.")] = None,
    notes: Annotated[str | None, typer.Option(help="Notes; '' clears them.")] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Source: id, URL or title; '' clears it.")
    ] = None,
    clear: Annotated[
        list[str] | None,
        typer.Option("--clear", help="Empty this field (repeatable): headcount, source, ..."),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Correct a cooperation record: partner, country, kind, title, dates, headcount, notes.

    Example: tracker coop edit 3 --end 2028-05 --clear headcount
    """
    from tracker.cli.views import cooperation_row
    from tracker.errors import InvalidInput
    from tracker.services.cooperation import CooperationEdit, edit_cooperation
    from tracker.services.cooperation import cooperation as find_cooperation
    from tracker.services.source import optional_source

    given = (partner, country, kind, title, start, end, headcount, notes, source)
    if all(v is None for v in given) and not clear:
        raise InvalidInput("nothing to change: give a field to change or --clear FIELD")
    with session() as db:
        record = edit_cooperation(db, find_cooperation(db, cooperation), CooperationEdit(
            partner=partner, country=country, kind=kind, title=title, start=start, end=end,
            headcount=headcount, notes=notes, source=optional_source(db, source),
            clear=frozenset(clear or ()) | ({"source"} if source == "" else set())))
        done(f"Updated cooperation {record.id}: {_describe(record)}.",
             record=cooperation_row(record), json_output=json_output)
