"""`tracker event`: meetings, forums, trainings, visits, and who took part in what role."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    done,
    print_json,
    print_record,
    print_rows,
    print_table,
    session,
    wants_json,
)
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import COUNTRY, DATES, OrgFilter, SourceOption, YearFilter
from tracker.vocab import EventKind, ParticipantRole, codes

app = typer.Typer(help=GROUP_HELP["event"])
participant_app = typer.Typer(help="Organizations and people taking part in an event.")
app.add_typer(participant_app, name="participant")

EventArgument = Annotated[str, typer.Argument(help="Event id or exact title.")]
KINDS = codes(EventKind)
ROLES = codes(ParticipantRole)
EVENT_COLUMNS = ["id", "when", "title", "kind", "city", "country", "alliance"]

Kind = Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")]
Date = Annotated[
    str | None, typer.Option(help=f"The day (or month) of a one-day event: {DATES}.")
]
Start = Annotated[str | None, typer.Option(help=f"First day: {DATES}.")]
End = Annotated[str | None, typer.Option(help=f"Last day: {DATES}.")]
City = Annotated[str | None, typer.Option(help="City.")]
Province = Annotated[str | None, typer.Option(help="Province or state.")]
Country = Annotated[str | None, typer.Option(help=f"Country: {COUNTRY}.")]
AllianceOpt = Annotated[
    str | None, typer.Option("--alliance", help="Alliance holding it (id, name or alias).")
]
Series = Annotated[
    str | None,
    typer.Option(help="Name of the recurring event it belongs to (created on first use)."),
]
Edition = Annotated[int | None, typer.Option(help="Its number in the series: 1, 2, ...")]
Participants = Annotated[
    int | None, typer.Option("--participants", help="How many people took part.")
]
Countries = Annotated[
    int | None, typer.Option("--countries", help="How many countries took part.")
]
Description = Annotated[str | None, typer.Option(help="What happened.")]
ParticipantKind = Annotated[
    str | None,
    typer.Option("--kind", help="organization or person, when the name or id could be either."),
]
WhoArgument = Annotated[str, typer.Argument(help="Organization (id, name, alias) or person.")]


def _start(date: str | None, start: str | None) -> str | None:
    """--date is a short form of --start for a one-day event; both together is a mistake."""
    if date is not None and start is not None:
        from tracker.errors import InvalidInput

        raise InvalidInput("give either --date or --start, not both")
    return date if date is not None else start


@app.command("add")
def add(
    title: Annotated[str, typer.Argument(help="Title of the event.")],
    kind: Kind = None,
    date: Date = None,
    start: Start = None,
    end: End = None,
    city: City = None,
    province: Province = None,
    country: Country = None,
    alliance: AllianceOpt = None,
    series: Series = None,
    edition: Edition = None,
    online: Annotated[bool, typer.Option("--online", help="It took place online.")] = False,
    participants: Participants = None,
    countries: Countries = None,
    description: Description = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record an event.

    Example: tracker event add "2023 annual meeting of the Alliance" \\
        --kind meeting --date 2023-11-17 --city Foshan --country CN \\
        --alliance GDBRA --participants 200
    """
    from tracker.cli.views import event_row
    from tracker.services.event import add_event
    from tracker.services.source import optional_source

    with session() as db:
        event = add_event(
            db, title, kind, _start(date, start), end, city, province, country, alliance,
            online, participants, countries, description, optional_source(db, source),
            series=series, edition=edition,
        )
        db.flush()  # to report the new id
        done(
            f"Added event {event.title} (id {event.id}).",
            record=event_row(event),
            json_output=json_output,
        )


@app.command("list")
def list_(
    year: YearFilter = None,
    kind: Annotated[str | None, typer.Option(help=f"Only this kind: {KINDS}.")] = None,
    alliance: Annotated[str | None, typer.Option(help="Only events of this alliance.")] = None,
    country: Annotated[str | None, typer.Option(help="Only events held in this country.")] = None,
    organization: OrgFilter = None,
    json_output: JsonOption = False,
) -> None:
    """List events by date.

    Example: tracker event list --year 2023 --org SZPU
    """
    from tracker.cli.views import event_row
    from tracker.services.event import EventFilter, list_events

    with session(writes=False) as db:
        where = EventFilter(year, kind, alliance, country, organization)
        rows = [event_row(e) for e in list_events(db, where)]
    print_rows(rows, EVENT_COLUMNS, "Events", json_output)


@app.command("show")
def show(event: EventArgument, json_output: JsonOption = False) -> None:
    """Show an event and its participants.

    Example: tracker event show 3
    """
    from tracker.cli.views import event_row
    from tracker.services.event import event as find_event

    with session(writes=False) as db:
        record = event_row(find_event(db, event))
    if wants_json(json_output):
        print_json(record)
        return
    fields = {k: v for k, v in record.items() if k not in ("participants", "when")}
    fields["online"] = "yes" if record["online"] else "no"
    print_record(fields, title=record["title"])
    print_table(record["participants"], ["kind", "name", "role"], "Participants")


@app.command("edit")
def edit(
    event: EventArgument,
    title: Annotated[str | None, typer.Option(help="New title.")] = None,
    kind: Kind = None,
    date: Date = None,
    start: Start = None,
    end: Annotated[str | None, typer.Option(help=f"Last day: {DATES}; '' clears it.")] = None,
    city: Annotated[str | None, typer.Option(help="City; '' clears it.")] = None,
    province: Annotated[str | None, typer.Option(help="Province; '' clears it.")] = None,
    country: Annotated[str | None, typer.Option(help="Country; '' clears it.")] = None,
    alliance: Annotated[str | None, typer.Option(help="Alliance; '' clears it.")] = None,
    series: Annotated[str | None, typer.Option(help="Series name; '' clears it.")] = None,
    edition: Edition = None,
    online: Annotated[
        bool | None, typer.Option("--online/--in-person", help="Online or in person.")
    ] = None,
    participants: Participants = None,
    countries: Countries = None,
    description: Annotated[str | None, typer.Option(help="Description; '' clears it.")] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change an event's fields; fields not given stay as they are.

    Example: tracker event edit 3 --end 2023-11-19 --participants 250
    """
    from tracker.citations import cite
    from tracker.cli.views import event_row
    from tracker.services.event import edit_event
    from tracker.services.event import event as find_event
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)  # a source stating the corrected facts
        record = find_event(db, event)
        edit_event(
            db, record, title, kind, _start(date, start), end, city, province, country,
            alliance, online, participants, countries, description, series, edition,
        )
        cite(db, record, cited)
        done(
            f"Updated event {record.title} (id {record.id}).",
            record=event_row(record),
            json_output=json_output,
        )


@app.command("remove")
def remove(event: EventArgument, yes: YesOption = False) -> None:
    """Delete an event with its participants.

    Example: tracker event remove 3 --yes
    """
    from tracker.services.event import event as find_event
    from tracker.services.event import remove_event

    with session() as db:
        record = find_event(db, event)
        confirm(
            f"Delete the event {record.title} (id {record.id}) and its "
            f"{len(record.participants)} participant(s)?",
            yes,
        )
        remove_event(db, record)
        done(f"Removed event {record.title}.")


@participant_app.command("add")
def participant_add(
    event: EventArgument,
    who: WhoArgument,
    role: Annotated[str, typer.Option(help=f"One of: {ROLES}.")] = "attendee",
    kind: ParticipantKind = None,
    source: SourceOption = None,
) -> None:
    """Record that an organization or a person took part in an event.

    Example: tracker event participant add 3 SZPU --role awardee
    """
    from tracker.citations import cite
    from tracker.services.event import add_participant, participant
    from tracker.services.event import event as find_event
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)
        record = find_event(db, event)
        found = participant(db, who, kind)
        row = add_participant(db, record, found, role)
        cite(db, row, cited)
        done(f"{found.name} is {row.role.value} of {record.title}.")


@participant_app.command("edit")
def participant_edit(
    event: EventArgument,
    who: WhoArgument,
    new_role: Annotated[str, typer.Option("--new-role", help=f"The right role: {ROLES}.")],
    role: Annotated[
        str | None, typer.Option(help="The role recorded now, if it holds several.")
    ] = None,
    kind: ParticipantKind = None,
) -> None:
    """Correct the role in which an organization or a person took part in an event.

    Example: tracker event participant edit 3 "Li Yue" --new-role speaker
    """
    from tracker.services.event import change_participant_role, participant
    from tracker.services.event import event as find_event

    with session() as db:
        record = find_event(db, event)
        found = participant(db, who, kind)
        row = change_participant_role(db, record, found, new_role, role=role)
        done(f"{found.name} is {row.role.value} of {record.title}.")


@participant_app.command("remove")
def participant_remove(
    event: EventArgument,
    who: WhoArgument,
    role: Annotated[
        str | None, typer.Option(help=f"Only this role ({ROLES}); default: every role.")
    ] = None,
    kind: ParticipantKind = None,
) -> None:
    """Remove an organization or a person from an event's participants.

    Example: tracker event participant remove 3 "Li Yue" --role speaker
    """
    from tracker.services.event import event as find_event
    from tracker.services.event import participant, remove_participant

    with session() as db:
        record = find_event(db, event)
        found = participant(db, who, kind)
        rows = remove_participant(db, record, found, role)
        roles = ", ".join(row.role.value for row in rows)
        done(f"{found.name} no longer takes part in {record.title} ({roles}).")


@app.command("merge")
def merge(
    duplicate: Annotated[str, typer.Argument(help="The duplicate to merge away (id or title).")],
    into: Annotated[str, typer.Argument(help="The event to keep (id or title).")],
    yes: YesOption = False,
) -> None:
    """Merge a duplicate event into another: participants and citations move over, and the
    kept event takes a date, place, count or series it lacks. `tracker undo` undoes it.

    Example: tracker event merge 7 3 --yes
    """
    from tracker.cli.merging import merge_after_asking
    from tracker.services.event import event as find_event
    from tracker.services.merge_kinds import merge_events

    with session() as db:
        gone, kept = find_event(db, duplicate), find_event(db, into)
        merge_after_asking(lambda: merge_events(db, gone, kept), yes=yes,
                           question=f"Merge event {gone.id} ({gone.title}) into event "
                                    f"{kept.id} ({kept.title}) and delete the duplicate?")
