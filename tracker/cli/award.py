"""`tracker award`: awards our students and teachers won at competitions (the
International Influence Table's indicator 8 counts those held abroad)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tracker.cli.common import JsonOption, YesOption, print_rows, session
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import DATES, YEAR, OrgFilter, SourceOption
from tracker.vocab import AwardLevel, AwardWinner, codes

app = typer.Typer(help=GROUP_HELP["award"])

AwardArgument = Annotated[str, typer.Argument(help="Award id (`tracker award list`).")]
COLUMNS = ["id", "competition", "country", "title", "level", "winner", "awarded"]
LevelOption = Annotated[str | None, typer.Option(help=f"One of: {codes(AwardLevel)}.")]
WinnerOption = Annotated[str | None, typer.Option(help=f"One of: {codes(AwardWinner)}.")]
TitleOption = Annotated[str | None, typer.Option(help="The award, e.g. 'Gold medal, welding'.")]
PersonOption = Annotated[str | None, typer.Option(help="The winner (person id or name).")]
NotesOption = Annotated[str | None, typer.Option(help="Anything else worth keeping.")]


def describe(record: Any) -> str:
    what = record.title or (record.level.value if record.level else "award")
    return f"award {record.id}: {what} at {record.event.title}"


@app.command("add")
def add(
    organization: Annotated[str, typer.Argument(help="Whose students or teachers won it.")],
    competition: Annotated[
        str, typer.Argument(help="The competition: an event of kind competition (id or title).")
    ],
    title: TitleOption = None,
    level: LevelOption = None,
    winner: WinnerOption = None,
    person: PersonOption = None,
    date: Annotated[
        str | None, typer.Option(help=f"When it was won: {DATES} (default: the event's).")
    ] = None,
    notes: NotesOption = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record an award won at a competition.

    Example: tracker award add SZPU "International Skills Cup 2023" \\
        --level gold --winner student --title "Gold medal, mechatronics"
    """
    from tracker.cli.impact_views import award_row
    from tracker.cli.records import write_done
    from tracker.services.award import add_award
    from tracker.services.source import optional_source

    with session() as db:
        record = add_award(
            db, organization, competition, title=title, level=level, winner=winner,
            person=person, awarded=date, notes=notes, source=optional_source(db, source),
        )
        write_done(db, "Added", record, describe=describe, row=award_row,
                   json_output=json_output)


@app.command("list")
def list_(
    organization: OrgFilter = None,
    year: Annotated[
        int | None, typer.Option(help="Only those won in this year (2023 or 2023年).", **YEAR)
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List awards by date.

    Example: tracker award list --year 2023
    """
    from tracker.cli.impact_views import award_row
    from tracker.services.award import list_awards

    with session(writes=False) as db:
        rows = [award_row(a) for a in list_awards(db, organization=organization, year=year)]
    print_rows(rows, COLUMNS, "Awards", json_output)


@app.command("show")
def show(award: AwardArgument, json_output: JsonOption = False) -> None:
    """Show one award.

    Example: tracker award show 1
    """
    from tracker.cli.impact_views import award_row
    from tracker.cli.records import show_record
    from tracker.services.award import award as find

    show_record(find, award, award_row, "Award", json_output)


@app.command("edit")
def edit(
    award: AwardArgument,
    competition: Annotated[str | None, typer.Option(help="Another competition.")] = None,
    title: TitleOption = None,
    level: LevelOption = None,
    winner: WinnerOption = None,
    person: PersonOption = None,
    date: Annotated[str | None, typer.Option(help=f"{DATES}; '' clears.")] = None,
    notes: NotesOption = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change an award's fields; fields not given stay as they are.

    Example: tracker award edit 1 --level silver
    """
    from tracker.cli.impact_views import award_row
    from tracker.cli.records import write_done
    from tracker.services.award import award as find
    from tracker.services.award import edit_award
    from tracker.services.source import optional_source

    with session() as db:
        record = edit_award(
            db, find(db, award), competition=competition, title=title, level=level,
            winner=winner, person=person, awarded=date, notes=notes,
            source=optional_source(db, source),
        )
        write_done(db, "Updated", record, describe=describe, row=award_row,
                   json_output=json_output)


@app.command("remove")
def remove(award: AwardArgument, yes: YesOption = False) -> None:
    """Delete an award.

    Example: tracker award remove 1 --yes
    """
    from tracker.cli.records import remove_record
    from tracker.services.award import award as find
    from tracker.services.award import remove_award

    remove_record(find, award, remove=remove_award, describe=describe, yes=yes)
