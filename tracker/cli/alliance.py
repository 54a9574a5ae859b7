"""`tracker alliance`: consortia, leagues, networks and associations of institutions."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.aliases import alias_app
from tracker.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    done,
    print_json,
    print_record,
    print_table,
    session,
    wants_json,
)
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import COUNTRY, DATES, NAME_FILTER, SourceOption
from tracker.vocab import AllianceScope, codes

app = typer.Typer(help=GROUP_HELP["alliance"])
app.add_typer(
    alias_app("alliance", "Silk Road TVET Cooperation Network", "SRTCN"), name="alias"
)

AllianceArgument = Annotated[str, typer.Argument(help="Alliance id, name or alias.")]
SCOPES = codes(AllianceScope)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Full name of the alliance.")],
    scope: Annotated[str | None, typer.Option(help=f"One of: {SCOPES}.")] = None,
    country: Annotated[
        str | None, typer.Option(help=f"Country of its seat: {COUNTRY}.")
    ] = None,
    founded: Annotated[str | None, typer.Option(help=f"When it was founded: {DATES}.")] = None,
    dissolved: Annotated[str | None, typer.Option(help="When it was dissolved.")] = None,
    lead: Annotated[
        str | None, typer.Option(help="Lead or secretariat organization (name or alias).")
    ] = None,
    website: Annotated[str | None, typer.Option(help="Web address.")] = None,
    description: Annotated[str | None, typer.Option(help="What the alliance is for.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", "-a", help="Another name; repeat for more.")
    ] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add an alliance.

    Example: tracker alliance add "Silk Road TVET Cooperation Network" \\
        --alias SRTCN --scope international --country CN --founded 2019
    """
    from tracker.citations import cite
    from tracker.cli.views import alliance_row
    from tracker.services.alliance import add_alliance
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)
        alliance = add_alliance(
            db, name, scope, country, founded, dissolved, lead, website, description, alias or []
        )
        cite(db, alliance, cited)
        db.flush()  # to report the new id
        done(
            f"Added alliance {alliance.name} (id {alliance.id}).",
            record=alliance_row(alliance),
            json_output=json_output,
        )


@app.command("list")
def list_(
    scope: Annotated[str | None, typer.Option(help=f"Only this scope: {SCOPES}.")] = None,
    country: Annotated[str | None, typer.Option(help="Only alliances seated here.")] = None,
    name: Annotated[str | None, typer.Option(help=NAME_FILTER)] = None,
    json_output: JsonOption = False,
) -> None:
    """List alliances with their member counts.

    Example: tracker alliance list --scope international
    """
    from tracker.cli.views import alliance_row
    from tracker.services.alliance import list_alliances

    with session(writes=False) as db:
        rows = [
            {**alliance_row(a), "members": len(a.memberships)}
            for a in list_alliances(db, scope, country, name)
        ]
    if wants_json(json_output):
        print_json(rows)
        return
    for row in rows:
        row["aliases"] = ", ".join(row["aliases"])
    print_table(
        rows, ["id", "name", "scope", "country", "founded", "members", "aliases"], "Alliances"
    )


@app.command("show")
def show(alliance: AllianceArgument, json_output: JsonOption = False) -> None:
    """Show an alliance, its members with their current roles, and its events.

    Example: tracker alliance show "Silk Road TVET Cooperation Network"
    """
    from tracker.cli.views import alliance_row, event_row, membership_row
    from tracker.services import resolve
    from tracker.services.event import EventFilter, list_events

    with session(writes=False) as db:
        record = resolve.alliance(db, alliance)
        data = alliance_row(record)
        data["members"] = [
            membership_row(m)
            for m in sorted(record.memberships, key=lambda m: m.organization.name_key)
        ]
        data["events"] = [
            event_row(e) for e in list_events(db, EventFilter(alliance=str(record.id)))
        ]
    if wants_json(json_output):
        print_json(data)
        return
    fields = {k: v for k, v in data.items() if k not in ("members", "events")}
    fields["aliases"] = ", ".join(data["aliases"])
    print_record(fields, title=data["name"])
    print_table(data["members"], ["organization", "current_role", "joined", "left"], "Members")
    print_table(data["events"], ["id", "when", "title", "kind", "city"], "Events")


@app.command("edit")
def edit(
    alliance: AllianceArgument,
    name: Annotated[
        str | None, typer.Option(help="New name (the old one is kept as alias).")
    ] = None,
    scope: Annotated[str | None, typer.Option(help=f"One of: {SCOPES}; '' clears it.")] = None,
    country: Annotated[str | None, typer.Option(help="Country of its seat; '' clears it.")] = None,
    founded: Annotated[str | None, typer.Option(help=f"Founded: {DATES}.")] = None,
    dissolved: Annotated[str | None, typer.Option(help="Dissolved; '' clears it.")] = None,
    lead: Annotated[str | None, typer.Option(help="Lead organization; '' clears it.")] = None,
    website: Annotated[str | None, typer.Option(help="Web address; '' clears it.")] = None,
    description: Annotated[str | None, typer.Option(help="Description; '' clears it.")] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change an alliance's fields; fields not given stay as they are.

    Example: tracker alliance edit "Silk Road TVET Cooperation Network" \\
        --founded 2019
    """
    from tracker.citations import cite
    from tracker.cli.views import alliance_row
    from tracker.services import resolve
    from tracker.services.alliance import edit_alliance
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)  # a source stating the corrected facts
        record = resolve.alliance(db, alliance)
        edit_alliance(
            db, record, name, scope, country, founded, dissolved, lead, website, description
        )
        cite(db, record, cited)
        done(
            f"Updated alliance {record.name} (id {record.id}).",
            record=alliance_row(record),
            json_output=json_output,
        )


@app.command("remove")
def remove(alliance: AllianceArgument, yes: YesOption = False) -> None:
    """Delete an alliance with its aliases and memberships.

    Example: tracker alliance remove "Old Network" --yes
    """
    from tracker.services import resolve
    from tracker.services.alliance import remove_alliance

    with session() as db:
        record = resolve.alliance(db, alliance)
        confirm(
            f"Delete {record.name} (id {record.id}) and its {len(record.memberships)} "
            "membership(s)?",
            yes,
        )
        remove_alliance(db, record)
        done(f"Removed alliance {record.name}.")


@app.command("merge")
def merge(
    duplicate: Annotated[
        str, typer.Argument(help="The duplicate to merge away (id, name or alias).")
    ],
    into: Annotated[str, typer.Argument(help="The alliance to keep (id, name or alias).")],
    yes: YesOption = False,
) -> None:
    """Merge a duplicate alliance into another: members (an organization in both keeps one
    role history), aliases, events, series, figures and citations move over; the duplicate's
    name becomes an alias. Shown before it applies; `tracker undo` undoes it.

    Example: tracker alliance merge 广东省一带一路职业教育联盟 GDBRA --yes
    """
    from tracker.cli.merging import merge_after_asking
    from tracker.services import resolve
    from tracker.services.merge_kinds import merge_alliances

    with session() as db:
        gone, kept = resolve.alliance(db, duplicate), resolve.alliance(db, into)
        merge_after_asking(lambda: merge_alliances(db, gone, kept), yes=yes,
                           question=f"Merge {gone.name} (id {gone.id}) into {kept.name} "
                                    f"(id {kept.id}) and delete {gone.name}?")
