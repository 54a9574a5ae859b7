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

app = typer.Typer(help="Organizations: universities, colleges, companies, government bodies.")
app.add_typer(alias_app("organization", "Shenzhen Polytechnic University", "SZPU"), name="alias")

OrgArgument = Annotated[str, typer.Argument(help="Organization id, name or alias.")]
KINDS = "university, college, enterprise, government, association, other"


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Full name, e.g. 'Shenzhen Polytechnic University'.")],
    kind: Annotated[str | None, typer.Option(help=f"One of: {KINDS}.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO code or name, e.g. CN.")] = None,
    province: Annotated[str | None, typer.Option(help="Province or state.")] = None,
    city: Annotated[str | None, typer.Option(help="City.")] = None,
    website: Annotated[str | None, typer.Option(help="Web address.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", "-a", help="Another name; repeat for more.")
    ] = None,
    home: Annotated[
        bool, typer.Option("--home", help="This is our own institution (at most one).")
    ] = False,
) -> None:
    """Add an organization.

    Example: tracker org add "Shenzhen Polytechnic University" --kind college
    --country CN --city Shenzhen --alias SZPU --home
    """
    from tracker.services.organization import add_organization

    with session() as db:
        org = add_organization(
            db, name, kind, country, province, city, website, home, aliases=alias or []
        )
        db.flush()  # to report the new id
        done(f"Added organization {org.name} (id {org.id}).")


@app.command("list")
def list_(
    kind: Annotated[str | None, typer.Option(help=f"Only this kind: {KINDS}.")] = None,
    country: Annotated[str | None, typer.Option(help="Only this country (code or name).")] = None,
    name: Annotated[str | None, typer.Option(help="Only names containing this text.")] = None,
    json_output: JsonOption = False,
) -> None:
    """List organizations.

    Example: tracker org list --kind college --country CN
    """
    from tracker.cli.views import organization_row
    from tracker.services.organization import OrganizationFilter, list_organizations

    with session() as db:
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
    """Show an organization: its names, and its memberships with their role history.

    Example: tracker org show SZPU
    """
    from tracker.cli.views import membership_row, organization_row, role_history
    from tracker.services import resolve

    with session() as db:
        org = resolve.organization(db, organization)
        record = organization_row(org)
        memberships = sorted(org.memberships, key=lambda m: m.alliance.name_key)
        record["memberships"] = [membership_row(m) for m in memberships]
        histories = [role_history(m) for m in memberships]
    if wants_json(json_output):
        print_json(record)
        return
    fields = {k: v for k, v in record.items() if k != "memberships"}
    fields["aliases"] = ", ".join(record["aliases"])
    fields["home"] = "yes" if record["home"] else "no"
    print_record(fields, title=record["name"])
    rows = [
        {**m, "history": history}
        for m, history in zip(record["memberships"], histories, strict=True)
    ]
    print_table(rows, ["alliance", "current_role", "joined", "left", "history"], "Memberships")


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
) -> None:
    """Change an organization's fields; fields not given stay as they are.

    Example: tracker org edit SZPU --city Shenzhen --website https://www.szpu.edu.cn
    """
    from tracker.services import resolve
    from tracker.services.organization import edit_organization

    with session() as db:
        org = resolve.organization(db, organization)
        edit_organization(db, org, name, kind, country, province, city, website, home)
        done(f"Updated organization {org.name} (id {org.id}).")


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
