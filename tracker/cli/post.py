"""`tracker post`: posts our people hold in organizations and alliances (a teacher on the
board of an international body), the International Influence Table's indicator 5."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tracker.cli.common import JsonOption, YesOption, print_rows, session
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import DATES, OrgFilter, SourceOption, YearFilter

app = typer.Typer(help=GROUP_HELP["post"])

PostArgument = Annotated[str, typer.Argument(help="Post id (`tracker post list`).")]
COLUMNS = ["id", "person", "body", "role", "title", "start", "end"]
BodyOrg = Annotated[
    str | None, typer.Option("--org", "--organization", help="Held in this organization.")
]
BodyAlliance = Annotated[str | None, typer.Option("--alliance", help="Held in this alliance.")]
RoleOption = Annotated[
    str | None,
    typer.Option(help="A role of the role table (vice_chair, council_member, 理事...)."),
]
TitleOption = Annotated[
    str | None, typer.Option(help="The post's own title (Board member, Expert...).")
]


def describe(post: Any) -> str:
    what = post.title or post.role.label
    body = post.organization or post.alliance
    return f"post {post.id}: {post.person.name}, {what} of {body.name}"


@app.command("add")
def add(
    person: Annotated[str, typer.Argument(help="The holder: person id or name.")],
    organization: BodyOrg = None,
    alliance: BodyAlliance = None,
    role: RoleOption = None,
    title: TitleOption = None,
    start: Annotated[str | None, typer.Option(help=f"Held from: {DATES}.")] = None,
    end: Annotated[str | None, typer.Option(help=f"Held until: {DATES}.")] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Record a post a person holds in an organization or an alliance.

    Example: tracker post add "Li Yue" --org "World Federation of Colleges" \\
        --title "Board member" --start 2022-10
    """
    from tracker.cli.impact_views import post_row
    from tracker.cli.records import write_done
    from tracker.services.post import add_post
    from tracker.services.source import optional_source

    with session() as db:
        record = add_post(
            db, person, organization=organization, alliance=alliance, role=role, title=title,
            start=start, end=end, source=optional_source(db, source),
        )
        write_done(db, "Added", record, describe=describe, row=post_row, json_output=json_output)


@app.command("list")
def list_(
    person: Annotated[str | None, typer.Option(help="Only this person's posts.")] = None,
    organization: OrgFilter = None,
    year: YearFilter = None,
    json_output: JsonOption = False,
) -> None:
    """List posts by start date (--org: held by its people or in it).

    Example: tracker post list --org SZPU --year 2023
    """
    from tracker.cli.impact_views import post_row
    from tracker.services.post import list_posts

    with session(writes=False) as db:
        found = list_posts(db, person=person, organization=organization, year=year)
        rows = [post_row(p) for p in found]
    print_rows(rows, COLUMNS, "Posts", json_output)


@app.command("show")
def show(post: PostArgument, json_output: JsonOption = False) -> None:
    """Show one post.

    Example: tracker post show 3
    """
    from tracker.cli.impact_views import post_row
    from tracker.cli.records import show_record
    from tracker.services.post import post as find

    show_record(find, post, post_row, "Post", json_output)


@app.command("edit")
def edit(
    post: PostArgument,
    organization: BodyOrg = None,
    alliance: BodyAlliance = None,
    role: RoleOption = None,
    title: TitleOption = None,
    start: Annotated[str | None, typer.Option(help=f"Held from: {DATES}; '' clears.")] = None,
    end: Annotated[str | None, typer.Option(help=f"Held until: {DATES}; '' clears.")] = None,
    source: SourceOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change a post's fields; fields not given stay as they are.

    Example: tracker post edit 3 --end 2024-06
    """
    from tracker.cli.impact_views import post_row
    from tracker.cli.records import write_done
    from tracker.services.post import edit_post
    from tracker.services.post import post as find
    from tracker.services.source import optional_source

    with session() as db:
        record = edit_post(
            db, find(db, post), organization=organization, alliance=alliance, role=role,
            title=title, start=start, end=end, source=optional_source(db, source),
        )
        write_done(db, "Updated", record, describe=describe, row=post_row,
                   json_output=json_output)


@app.command("remove")
def remove(post: PostArgument, yes: YesOption = False) -> None:
    """Delete a post.

    Example: tracker post remove 3 --yes
    """
    from tracker.cli.records import remove_record
    from tracker.services.post import post as find
    from tracker.services.post import remove_post

    remove_record(find, post, remove=remove_post, describe=describe, yes=yes)
