"""`alias add` and `alias remove`, shared by `tracker org` and `tracker alliance`."""

from typing import Annotated

import typer

from tracker.cli.common import done, session


def alias_app(noun: str, example_owner: str, example_alias: str) -> typer.Typer:
    """The alias sub-commands for organizations (noun="organization") or alliances."""
    app = typer.Typer(help=f"Other names of an {noun} (acronyms, former names, translations).")
    owner_help = f"{noun.capitalize()} id, name or alias."

    def owner_of(db, text: str):  # type: ignore[no-untyped-def]
        from tracker.services import resolve

        return getattr(resolve, noun)(db, text)

    @app.command("add")
    def add(
        owner: Annotated[str, typer.Argument(help=owner_help)],
        alias: Annotated[str, typer.Argument(help="The other name, e.g. an acronym.")],
        kind: Annotated[
            str | None, typer.Option(help="acronym, former, translation, short or other.")
        ] = None,
    ) -> None:
        from tracker.services.organization import add_alias

        with session() as db:
            record = owner_of(db, owner)
            add_alias(db, record, alias, kind)
            done(f"Added alias '{alias}' to {record.name}.")

    @app.command("remove")
    def remove(
        owner: Annotated[str, typer.Argument(help=owner_help)],
        alias: Annotated[str, typer.Argument(help="The alias to remove.")],
    ) -> None:
        from tracker.services.organization import remove_alias

        with session() as db:
            record = owner_of(db, owner)
            removed = remove_alias(db, record, alias)
            done(f"Removed alias '{removed.name}' from {record.name}.")

    @app.command("edit")
    def edit(
        owner: Annotated[str, typer.Argument(help=owner_help)],
        alias: Annotated[str, typer.Argument(help="The alias to correct.")],
        name: Annotated[str | None, typer.Option("--name", help="Its right spelling.")] = None,
        kind: Annotated[
            str | None, typer.Option(help="acronym, former, translation, short or other.")
        ] = None,
    ) -> None:
        from tracker.errors import InvalidInput
        from tracker.services.organization import edit_alias

        if name is None and kind is None:
            raise InvalidInput("nothing to change: give --name or --kind")
        with session() as db:
            record = owner_of(db, owner)
            changed = edit_alias(db, record, alias, new_name=name, kind=kind)
            done(f"Alias '{changed.name}' of {record.name} is a {changed.kind.value} name.")

    command = "org" if noun == "organization" else "alliance"
    add.__doc__ = (
        f"Give an {noun} another name.\n\n"
        f'Example: tracker {command} alias add "{example_owner}" \\\n'
        f"    {example_alias}"
    )
    remove.__doc__ = (
        f"Remove one of an {noun}'s other names.\n\n"
        f'Example: tracker {command} alias remove "{example_owner}" \\\n'
        f"    {example_alias}"
    )
    edit.__doc__ = (
        f"Correct one of an {noun}'s other names: its spelling or kind.\n\n"
        f'Example: tracker {command} alias edit "{example_owner}" \\\n'
        f"    {example_alias} --kind acronym"
    )
    return app
