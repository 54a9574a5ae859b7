"""`tracker group`: groups of countries (Belt and Road partner countries, or your own)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from tracker.cli.common import (
    JsonOption,
    done,
    print_json,
    print_record,
    print_rows,
    print_table,
    session,
    wants_json,
)
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import COUNTRY, DATES

app = typer.Typer(help=GROUP_HELP["group"])

GroupArgument = Annotated[str, typer.Argument(help="Group id or name.")]
CountryArgument = Annotated[str, typer.Argument(help=f"The country: {COUNTRY}.")]
EXAMPLE_GROUP = '"Belt and Road partner countries"'


@app.command("list")
def list_(json_output: JsonOption = False) -> None:
    """List country groups with their current and former member counts.

    Example: tracker group list
    """
    from tracker.services.country import current_members, list_groups

    with session(writes=False) as db:
        rows = [
            {
                "id": g.id,
                "name": g.name,
                "members": len(current_members(g)),
                "former": len(g.members) - len(current_members(g)),
                "description": g.description,
            }
            for g in list_groups(db)
        ]
    print_rows(rows, ["id", "name", "members", "former"], "Country groups", json_output)


@app.command("show")
def show(group: GroupArgument, json_output: JsonOption = False) -> None:
    """Show a group and every country that joined it, with joined and left dates.

    Example: tracker group show "Belt and Road partner countries"
    """
    from tracker.cli.views import group_member_row
    from tracker.services.country import group as find_group

    with session(writes=False) as db:
        found = find_group(db, group)
        members = sorted(found.members, key=lambda m: m.country.name)
        record: dict[str, Any] = {
            "id": found.id,
            "name": found.name,
            "description": found.description,
            "sources": found.sources,
            "members": [group_member_row(m) for m in members],
        }
    if wants_json(json_output):
        print_json(record)
        return
    print_record({k: v for k, v in record.items() if k != "members"}, title=record["name"])
    print_table(record["members"], ["code", "country", "joined", "left", "source"], "Members")


@app.command("add")
def add(
    group: GroupArgument,
    country: CountryArgument,
    joined: Annotated[str | None, typer.Option(help=f"When it joined: {DATES}.")] = None,
    left: Annotated[str | None, typer.Option(help=f"When it left: {DATES}.")] = None,
    source: Annotated[str | None, typer.Option(help="Where this is stated.")] = None,
) -> None:
    """Add a country to a group.

    Example: tracker group add "Belt and Road partner countries" NR --joined 2024
    """
    from tracker.services.country import add_group_member
    from tracker.services.country import group as find_group

    with session() as db:
        found = find_group(db, group)
        member = add_group_member(db, found, country, joined, left, source)
        since = f" since {member.joined}" if member.joined else ""
        done(f"{member.country.name} is in {found.name}{since}.")


@app.command("remove")
def remove(group: GroupArgument, country: CountryArgument) -> None:
    """Take a country out of a group (to record that it left, add it with --left instead).

    Example: tracker group remove "Belt and Road partner countries" NR
    """
    from tracker.services.country import group as find_group
    from tracker.services.country import remove_group_member

    with session() as db:
        found = find_group(db, group)
        member = remove_group_member(db, found, country)
        done(f"Removed {member.country.name} from {found.name}.")


@app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="Name of the new group.")],
    csv_file: Annotated[
        Path | None,
        typer.Option(
            "--csv",
            help="UTF-8 CSV with a header: iso2 (or code, country, name), "
            "and optional joined, left, source.",
            dir_okay=False,
        ),
    ] = None,
    description: Annotated[str | None, typer.Option(help="What the group is.")] = None,
) -> None:
    """Create a country group, with its members from a CSV file.

    Example: tracker group create "Partner countries 2024" --csv partners.csv
    """
    from tracker.services.country import create_group

    with session() as db:
        created = create_group(db, name, description, csv_file)
        db.flush()  # to report the new id
        count = len(created.members)
        done(f"Created group {created.name} (id {created.id}) with {count} countries.")
