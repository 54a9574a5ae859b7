"""`tracker person`: people named in the records, with their title and organization."""

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
from tracker.cli.options import OrgFilter, SourceOption

app = typer.Typer(help=GROUP_HELP["person"])

PersonArgument = Annotated[str, typer.Argument(help="Person id or name.")]


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Full name, e.g. 'Li Yue'.")],
    title: Annotated[str | None, typer.Option(help="Title or position.")] = None,
    organization: Annotated[
        str | None, typer.Option("--org", "--organization", help="Organization (id, name, alias).")
    ] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add a person.

    Example: tracker person add "Li Yue" --title "Vice President" --org SZPU
    """
    from tracker.citations import cite
    from tracker.cli.views import person_row
    from tracker.services.person import add_person
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)
        person = add_person(db, name, title, organization)
        cite(db, person, cited)
        db.flush()  # to report the new id
        done(
            f"Added person {person.name} (id {person.id}).",
            record=person_row(person),
            json_output=json_output,
        )


@app.command("list")
def list_(
    name: Annotated[str | None, typer.Option(help="Only names containing this text.")] = None,
    organization: OrgFilter = None,
    json_output: JsonOption = False,
) -> None:
    """List people by name.

    Example: tracker person list --org SZPU
    """
    from tracker.cli.views import person_row
    from tracker.services.person import list_people

    with session(writes=False) as db:
        rows = [person_row(p) for p in list_people(db, name, organization)]
    print_rows(rows, ["id", "name", "title", "organization"], "People", json_output)


@app.command("show")
def show(person: PersonArgument, json_output: JsonOption = False) -> None:
    """Show a person and the events they took part in.

    Example: tracker person show "Li Yue"
    """
    from tracker.cli.views import person_row
    from tracker.services import resolve
    from tracker.services.person import events_of_person

    with session(writes=False) as db:
        found = resolve.person(db, person)
        record = person_row(found)
        record["events"] = [
            {"id": e.id, "title": e.title, "start": e.start.iso() if e.start else None,
             "role": role.value}
            for e, role in events_of_person(db, found)
        ]
    if wants_json(json_output):
        print_json(record)
        return
    print_record({k: v for k, v in record.items() if k != "events"}, title=record["name"])
    print_table(record["events"], ["id", "start", "title", "role"], "Events")


@app.command("edit")
def edit(
    person: PersonArgument,
    name: Annotated[str | None, typer.Option(help="New name.")] = None,
    title: Annotated[str | None, typer.Option(help="Title; '' clears it.")] = None,
    organization: Annotated[
        str | None, typer.Option("--org", "--organization", help="Organization; '' clears it.")
    ] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change a person's fields; fields not given stay as they are.

    Example: tracker person edit "Li Yue" --title "President"
    """
    from tracker.citations import cite
    from tracker.cli.views import person_row
    from tracker.services import resolve
    from tracker.services.person import edit_person
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)  # a source stating the corrected facts
        found = resolve.person(db, person)
        edit_person(db, found, name, title, organization)
        cite(db, found, cited)
        done(
            f"Updated person {found.name} (id {found.id}).",
            record=person_row(found),
            json_output=json_output,
        )


@app.command("remove")
def remove(person: PersonArgument, yes: YesOption = False) -> None:
    """Delete a person with their event participations.

    Example: tracker person remove "Li Yue" --yes
    """
    from tracker.services import resolve
    from tracker.services.person import remove_person

    with session() as db:
        found = resolve.person(db, person)
        confirm(f"Delete {found.name} (id {found.id})?", yes)
        remove_person(db, found)
        done(f"Removed person {found.name}.")


@app.command("merge")
def merge(
    duplicate: Annotated[str, typer.Argument(help="The duplicate to merge away (id or name).")],
    into: Annotated[str, typer.Argument(help="The person to keep (id or name).")],
    yes: YesOption = False,
) -> None:
    """Merge a duplicate person into another: event participations and citations move over,
    and the kept person takes a title or organization it lacks. `tracker undo` undoes it.

    Example: tracker person merge 12 "Li Yue" --yes
    """
    from tracker.cli.merging import merge_after_asking
    from tracker.services import resolve
    from tracker.services.merge_kinds import merge_people

    with session() as db:
        gone, kept = resolve.person(db, duplicate), resolve.person(db, into)
        merge_after_asking(lambda: merge_people(db, gone, kept), yes=yes,
                           question=f"Merge {gone.name} (id {gone.id}) into {kept.name} "
                                    f"(id {kept.id}) and delete the duplicate?")
