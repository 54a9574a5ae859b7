"""`tracker org`: organizations (universities, colleges, companies, government bodies)."""

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
from tracker.cli.options import COUNTRY, NAME_FILTER, SourceOption
from tracker.vocab import OrganizationKind, codes

app = typer.Typer(help=GROUP_HELP["org"])
app.add_typer(alias_app("organization", "Shenzhen Polytechnic University", "SZPU"), name="alias")

OrgArgument = Annotated[str, typer.Argument(help="Organization id, name or alias.")]
KINDS = codes(OrganizationKind)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Full name, e.g. 'Shenzhen Polytechnic University'.")],
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    country: Annotated[str | None, typer.Option(help=f"The country: {COUNTRY}.")] = None,
    province: Annotated[str | None, typer.Option(help="Province or state.")] = None,
    city: Annotated[str | None, typer.Option(help="City.")] = None,
    website: Annotated[str | None, typer.Option(help="Web address.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", "-a", help="Another name; repeat for more.")
    ] = None,
    home: Annotated[
        bool, typer.Option("--home", help="This is our own institution (at most one).")
    ] = False,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add an organization.

    Example: tracker org add "Shenzhen Polytechnic University" --kind college \\
        --country CN --city Shenzhen --alias SZPU --home
    """
    from tracker.citations import cite
    from tracker.cli.views import organization_row
    from tracker.services.organization import add_organization
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)
        org = add_organization(
            db, name, kind, country, province, city, website, home, aliases=alias or []
        )
        cite(db, org, cited)
        db.flush()  # to report the new id
        done(
            f"Added organization {org.name} (id {org.id}).",
            record=organization_row(org),
            json_output=json_output,
        )


@app.command("list")
def list_(
    kind: Annotated[str | None, typer.Option(help=f"Only this kind: {KINDS}.")] = None,
    country: Annotated[str | None, typer.Option(help="Only this country (code or name).")] = None,
    name: Annotated[str | None, typer.Option(help=NAME_FILTER)] = None,
    json_output: JsonOption = False,
) -> None:
    """List organizations.

    Example: tracker org list --kind college --country CN
    """
    from tracker.cli.views import organization_row
    from tracker.services.organization import OrganizationFilter, list_organizations

    with session(writes=False) as db:
        rows = [
            organization_row(o)
            for o in list_organizations(db, OrganizationFilter(kind, country, name))
        ]
    if wants_json(json_output):
        print_json(rows)
        return
    for row in rows:
        row["aliases"] = ", ".join(row["aliases"])
        row["home"] = "yes" if row["home"] else ""
    print_table(rows, ["id", "name", "kind", "country", "city", "aliases", "home"], "Organizations")


@app.command("show")
def show(organization: OrgArgument, json_output: JsonOption = False) -> None:
    """Show an organization: its names, its memberships with their role history, the
    events it took part in, and its cooperation.

    Example: tracker org show SZPU
    """
    from tracker.cli.views import (
        cooperation_row,
        membership_row,
        organization_row,
        role_history,
    )
    from tracker.services import resolve
    from tracker.services.cooperation import cooperation_of
    from tracker.services.event import date_span, events_of_organization, roles_of

    with session(writes=False) as db:
        org = resolve.organization(db, organization)
        record = organization_row(org)
        memberships = sorted(org.memberships, key=lambda m: m.alliance.name_key)
        record["memberships"] = [membership_row(m) for m in memberships]
        histories = [role_history(m) for m in memberships]
        record["events"] = [
            {"id": e.id, "title": e.title, "when": date_span(e.start, e.end),
             "roles": roles_of(e, org)}
            for e in events_of_organization(db, org)
        ]
        record["cooperation"] = [cooperation_row(c) for c in cooperation_of(db, org)]
    if wants_json(json_output):
        print_json(record)
        return
    fields = {k: v for k, v in record.items() if not isinstance(v, list)}
    fields["aliases"] = ", ".join(record["aliases"])
    fields["home"] = "yes" if record["home"] else "no"
    print_record(fields, title=record["name"])
    rows = [
        {**m, "history": history}
        for m, history in zip(record["memberships"], histories, strict=True)
    ]
    print_table(rows, ["alliance", "current_role", "joined", "left", "history"], "Memberships")
    events = [{**e, "roles": ", ".join(e["roles"])} for e in record["events"]]
    print_table(events, ["id", "when", "title", "roles"], "Events")
    # the organization is one side of each record: show only the other (never itself)
    cooperation = [{**c, "with": c["partner"] if c["organization"] == org.name
                    else c["organization"]} for c in record["cooperation"]]
    print_table(cooperation, ["id", "kind", "with", "country", "title", "start", "end"],
                "Cooperation", drop=["country", "title"])


@app.command("edit")
def edit(
    organization: OrgArgument,
    name: Annotated[
        str | None, typer.Option(help="New name (the old one is kept as alias).")
    ] = None,
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO code or name; '' clears it.")] = None,
    province: Annotated[str | None, typer.Option(help="Province; '' clears it.")] = None,
    city: Annotated[str | None, typer.Option(help="City; '' clears it.")] = None,
    website: Annotated[str | None, typer.Option(help="Web address; '' clears it.")] = None,
    home: Annotated[
        bool | None, typer.Option("--home/--no-home", help="Make it (or stop it being) ours.")
    ] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change an organization's fields; fields not given stay as they are.

    Example: tracker org edit SZPU --city Shenzhen \\
        --website https://www.szpu.edu.cn
    """
    from tracker.citations import cite
    from tracker.cli.views import organization_row
    from tracker.services import resolve
    from tracker.services.organization import edit_organization
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)  # a source stating the corrected facts
        org = resolve.organization(db, organization)
        edit_organization(db, org, name, kind, country, province, city, website, home)
        cite(db, org, cited)
        done(
            f"Updated organization {org.name} (id {org.id}).",
            record=organization_row(org),
            json_output=json_output,
        )


@app.command("remove")
def remove(organization: OrgArgument, yes: YesOption = False) -> None:
    """Delete an organization with its aliases, memberships and event participations.

    Example: tracker org remove "Old College" --yes
    """
    from tracker.services import resolve
    from tracker.services.organization import remove_organization

    with session() as db:
        org = resolve.organization(db, organization)
        confirm(
            f"Delete {org.name} (id {org.id}) and its {len(org.memberships)} membership(s)?", yes
        )
        remove_organization(db, org)
        done(f"Removed organization {org.name}.")


@app.command("merge")
def merge(
    duplicate: Annotated[
        str, typer.Argument(help="The duplicate to merge away (id, name or alias).")
    ],
    into: Annotated[str, typer.Argument(help="The organization to keep (id, name or alias).")],
    yes: YesOption = False,
) -> None:
    """Merge a duplicate organization into another: every membership, role term, event
    participation, person, cooperation, figure and alias moves over, the duplicate's name
    becomes an alias, and the duplicate is deleted. Where both belong to one alliance, the
    two role histories become one (a term of the same role over the same time is joined),
    shown before the merge applies. `tracker log` shows each move; `tracker undo` undoes it.

    Example: tracker org merge "Shenzhen Polytechnic" SZPU --yes
    """
    from tracker.cli.merging import merge_after_asking
    from tracker.services import resolve
    from tracker.services.merge import merge_organizations

    with session() as db:
        duplicate_org = resolve.organization(db, duplicate)
        kept = resolve.organization(db, into)
        question = (f"Merge {duplicate_org.name} (id {duplicate_org.id}) into {kept.name} "
                    f"(id {kept.id}) and delete {duplicate_org.name}?")
        merge_after_asking(lambda: merge_organizations(db, duplicate_org, kept),
                           question=question, yes=yes)
