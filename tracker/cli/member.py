"""`tracker member`: which organization belongs to which alliance, in which role, since when."""

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
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import DATES, YEAR, SourceOption
from tracker.vocab import ROLES as VOCAB_ROLES
from tracker.vocab import role_codes

app = typer.Typer(help=GROUP_HELP["member"])

OrgArgument = Annotated[str, typer.Argument(help="Organization id, name or alias.")]
AllianceArgument = Annotated[str, typer.Argument(help="Alliance id, name or alias.")]
ROLES = f"{role_codes()}; or in Chinese: {', '.join(role.label.zh for role in VOCAB_ROLES)}"


@app.command("add")
def add(
    organization: OrgArgument,
    alliance: AllianceArgument,
    role: Annotated[str, typer.Option(help=f"Role held on joining: {ROLES}.")] = "member",
    since: Annotated[str | None, typer.Option(help=f"When it joined: {DATES}.")] = None,
    invited_by: Annotated[
        str | None, typer.Option("--invited-by", help="Organization that invited it.")
    ] = None,
    source: SourceOption = None,
) -> None:
    """Record that an organization joined an alliance.

    Example: tracker member add SZPU GDBRA --since 2022 \\
        --invited-by "Guangdong Industry Polytechnic"
    """
    from tracker.services import resolve
    from tracker.services.membership import add_membership
    from tracker.services.source import optional_source

    with session() as db:
        org = resolve.organization(db, organization)
        group = resolve.alliance(db, alliance)
        inviter = resolve.optional_organization(db, invited_by)
        membership = add_membership(db, org, group, role, since, inviter,
                                    source=optional_source(db, source))
        held = f" since {membership.joined}" if membership.joined else ""
        done(f"{org.name} is a member of {group.name} as {membership.terms[0].role.code}{held}.")


@app.command("role")
def role(
    organization: OrgArgument,
    alliance: AllianceArgument,
    new_role: Annotated[str, typer.Argument(metavar="ROLE", help=f"The new role: {ROLES}.")],
    since: Annotated[
        str | None, typer.Option(help=f"When the new role began: {DATES} (default: today).")
    ] = None,
    source: SourceOption = None,
) -> None:
    """Record a new role within a membership; the previous role ends where this one starts.

    Example: tracker member role SZPU GDBRA executive_council_member \\
        --since 2023-11-17
    """
    from tracker.services import resolve
    from tracker.services.membership import change_role
    from tracker.services.source import optional_source

    with session() as db:
        org = resolve.organization(db, organization)
        group = resolve.alliance(db, alliance)
        term = change_role(db, org, group, new_role, since, source=optional_source(db, source))
        done(f"{org.name} holds {term.role.code} in {group.name} from {term.start}.")


@app.command("end")
def end(
    organization: OrgArgument,
    alliance: AllianceArgument,
    on: Annotated[str | None, typer.Option(help=f"When it left: {DATES} (default: today).")] = None,
    source: SourceOption = None,
) -> None:
    """Record that an organization left an alliance; its current role ends too.

    Example: tracker member end "Old College" "Some Alliance" --on 2024-06
    """
    from tracker.citations import cite
    from tracker.services import resolve
    from tracker.services.membership import end_membership
    from tracker.services.source import optional_source

    with session() as db:
        cited = optional_source(db, source)  # a source stating that it left
        org = resolve.organization(db, organization)
        group = resolve.alliance(db, alliance)
        membership = end_membership(db, org, group, on)
        cite(db, membership, cited)
        done(f"{org.name} left {group.name} in {membership.left}.")


@app.command("remove")
def remove(
    organization: OrgArgument,
    alliance: AllianceArgument,
    yes: YesOption = False,
) -> None:
    """Delete a membership recorded in error, with its role history and citations.

    To record that an organization left, use `tracker member end` instead: it keeps the
    history.

    Example: tracker member remove "Old College" "Some Alliance" --yes
    """
    from tracker.services import resolve
    from tracker.services.membership import find_membership, remove_membership

    with session() as db:
        org = resolve.organization(db, organization)
        group = resolve.alliance(db, alliance)
        membership = find_membership(db, org, group)
        confirm(f"Delete the membership of {org.name} in {group.name} and its "
                f"{len(membership.terms)} role term(s)? (To record leaving, use "
                "`tracker member end`.)", yes)
        remove_membership(db, membership)
        done(f"Removed the membership of {org.name} in {group.name}.")


@app.command("list")
def list_(
    alliance: Annotated[str | None, typer.Option(help="Only this alliance.")] = None,
    organization: Annotated[
        str | None, typer.Option("--org", "--organization", help="Only this organization.")
    ] = None,
    role: Annotated[str | None, typer.Option(help=f"Only this role: {ROLES}.")] = None,
    year: Annotated[
        int | None,
        typer.Option(help="Only roles held at any time in this year.", **YEAR),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List role terms: who held which role in which alliance, from when to when.

    Example: tracker member list --org SZPU --year 2023
    """
    from tracker.cli.views import term_row
    from tracker.services.membership import TermFilter, list_terms

    with session(writes=False) as db:
        rows = [term_row(t) for t in list_terms(db, TermFilter(alliance, organization, role, year))]
    columns = ["id", "organization", "alliance", "role", "start", "end"]
    print_rows(rows, columns, "Memberships", json_output)


term_app = typer.Typer(help="One role term of a membership: correct it or delete it.")
app.add_typer(term_app, name="term")
TermArgument = Annotated[int, typer.Argument(help="The term's id (`tracker member list`).")]


@term_app.command("edit")
def term_edit(
    term_id: TermArgument,
    role: Annotated[str | None, typer.Option(help=f"The role: {ROLES}.")] = None,
    start: Annotated[str | None, typer.Option(help=f"Start: {DATES}; '' clears it.")] = None,
    end: Annotated[str | None, typer.Option(help=f"End: {DATES}; '' reopens it.")] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Source: id, URL or title; '' clears it.")
    ] = None,
    evidence: Annotated[
        str | None, typer.Option(help="The sentence that states it; '' clears it.")
    ] = None,
) -> None:
    """Correct one role term (a wrong role or date from an import) and keep the others.

    Example: tracker member term edit 7 --role executive_council_member \\
        --start 2023-11-17
    """
    from tracker.errors import InvalidInput
    from tracker.services.membership import TermEdit, edit_term, find_term
    from tracker.services.source import optional_source

    if all(v is None for v in (role, start, end, source, evidence)):
        raise InvalidInput("nothing to change: give --role, --start, --end, --source or --evidence")
    with session() as db:
        term = edit_term(db, find_term(db, term_id), TermEdit(
            role=role, start=start, end=end, source=optional_source(db, source),
            clear_source=source == "", evidence=evidence))
        until = f" until {term.end}" if term.end else ""
        done(f"Term {term.id}: {term.membership.organization.name} holds {term.role.code} in "
             f"{term.membership.alliance.name} from {term.start or '?'}{until}.")


@term_app.command("remove")
def term_remove(term_id: TermArgument, yes: YesOption = False) -> None:
    """Delete one role term recorded in error, with its citations; the membership stays.

    Example: tracker member term remove 7 --yes
    """
    from tracker.services.membership import find_term, remove_term

    with session() as db:
        term = find_term(db, term_id)
        what = (f"the {term.role.code} term of {term.membership.organization.name} in "
                f"{term.membership.alliance.name}")
        remove_term(db, term)
        confirm(f"Delete {what}?", yes)
        done(f"Removed {what}.")
