"""`tracker site`: teaching sites of ours abroad (overseas branches, Luban Workshops, joint
centres), the International Influence Table's indicator 9."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tracker.cli.common import JsonOption, YesOption, print_rows, session
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import COUNTRY, DATES, OrgFilter, SourceOption, YearFilter
from tracker.vocab import SiteKind, codes

app = typer.Typer(help=GROUP_HELP["site"])

SiteArgument = Annotated[str, typer.Argument(help="Site id (`tracker site list`).")]
COLUMNS = ["id", "name", "kind", "country", "partner", "opened", "closed"]
KindOption = Annotated[str | None, typer.Option(help=f"One of: {codes(SiteKind)}.")]
PartnerOption = Annotated[
    str | None, typer.Option(help="Partner organization there (id, name or alias).")
]
NotesOption = Annotated[str | None, typer.Option(help="Anything else worth keeping.")]


def describe(record: Any) -> str:
    return f"teaching site {record.id}: {record.name} ({record.country.name})"


@app.command("add")
def add(
    organization: Annotated[str, typer.Argument(help="Whose site it is (id, name or alias).")],
    name: Annotated[str, typer.Argument(help="The site's name.")],
    country: Annotated[str | None, typer.Option(help=f"Host country: {COUNTRY}.")] = None,
    kind: KindOption = None,
    partner: PartnerOption = None,
    opened: Annotated[str | None, typer.Option(help=f"When it opened: {DATES}.")] = None,
    closed: Annotated[str | None, typer.Option(help=f"When it closed: {DATES}.")] = None,
    notes: NotesOption = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record a teaching site abroad.

    Example: tracker site add SZPU "Luban Workshop in Lakeside" --country KE \\
        --kind luban_workshop --partner "Lakeside Technical Institute" \\
        --opened 2021-11
    """
    from tracker.cli.impact_views import site_row
    from tracker.cli.records import write_done
    from tracker.services.site import add_site
    from tracker.services.source import optional_source

    with session() as db:
        record = add_site(
            db, organization, name, country=country, kind=kind, partner=partner,
            opened=opened, closed=closed, notes=notes, source=optional_source(db, source),
        )
        write_done(db, "Added", record, describe=describe, row=site_row, json_output=json_output)


@app.command("list")
def list_(
    organization: OrgFilter = None,
    country: Annotated[str | None, typer.Option(help="Only in this country.")] = None,
    year: YearFilter = None,
    json_output: JsonOption = False,
) -> None:
    """List teaching sites by opening date.

    Example: tracker site list --year 2023
    """
    from tracker.cli.impact_views import site_row
    from tracker.services.site import list_sites

    with session(writes=False) as db:
        found = list_sites(db, organization=organization, country=country, year=year)
        rows = [site_row(s) for s in found]
    print_rows(rows, COLUMNS, "Teaching sites abroad", json_output)


@app.command("show")
def show(site: SiteArgument, json_output: JsonOption = False) -> None:
    """Show one teaching site.

    Example: tracker site show 1
    """
    from tracker.cli.impact_views import site_row
    from tracker.cli.records import show_record
    from tracker.services.site import site as find

    show_record(find, site, site_row, "Teaching site", json_output)


@app.command("edit")
def edit(
    site: SiteArgument,
    name: Annotated[str | None, typer.Option(help="New name.")] = None,
    country: Annotated[str | None, typer.Option(help=f"Host country: {COUNTRY}.")] = None,
    kind: KindOption = None,
    partner: PartnerOption = None,
    opened: Annotated[str | None, typer.Option(help=f"{DATES}; '' clears.")] = None,
    closed: Annotated[str | None, typer.Option(help=f"{DATES}; '' clears.")] = None,
    notes: NotesOption = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change a teaching site's fields; fields not given stay as they are.

    Example: tracker site edit 1 --closed 2025-06
    """
    from tracker.cli.impact_views import site_row
    from tracker.cli.records import write_done
    from tracker.services.site import edit_site
    from tracker.services.site import site as find
    from tracker.services.source import optional_source

    with session() as db:
        record = edit_site(
            db, find(db, site), name=name, country=country, kind=kind, partner=partner,
            opened=opened, closed=closed, notes=notes, source=optional_source(db, source),
        )
        write_done(db, "Updated", record, describe=describe, row=site_row,
                   json_output=json_output)


@app.command("remove")
def remove(site: SiteArgument, yes: YesOption = False) -> None:
    """Delete a teaching site.

    Example: tracker site remove 1 --yes
    """
    from tracker.cli.records import remove_record
    from tracker.services.site import remove_site
    from tracker.services.site import site as find

    remove_record(find, site, remove=remove_site, describe=describe, yes=yes)
