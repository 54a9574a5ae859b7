"""`tracker country`: ISO countries, their groups, and our cooperation, events and partners."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import (
    JsonOption,
    print_json,
    print_record,
    print_rows,
    print_table,
    session,
    wants_json,
)
from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import Lang, LangOption

app = typer.Typer(help=GROUP_HELP["country"])


@app.command("list")
def list_(
    group: Annotated[
        str | None, typer.Option(help="Only members of this group, with joined/left dates.")
    ] = None,
    region: Annotated[str | None, typer.Option(help="Only this region, e.g. 'South Asia'.")] = None,
    name: Annotated[
        str | None,
        typer.Option(help="Only names containing this text, English or Chinese (尼亚)."),
    ] = None,
    lang: LangOption = Lang.EN,
    json_output: JsonOption = False,
) -> None:
    """List countries by name.

    Example: tracker country list --region Africa \\
        --group "Belt and Road partner countries"
    Example: tracker country list --name 斯坦 --lang zh
    """
    from tracker.cli.views import country_row
    from tracker.services.country import CountryFilter, list_countries

    with session(writes=False) as db:
        rows = [
            country_row(c, m, chinese=lang is Lang.ZH)
            for c, m in list_countries(db, CountryFilter(group, region, name))
        ]
    columns = ["code", "name", "region", "subregion"]
    print_rows(rows, [*columns, "joined", "left"] if group else columns, "Countries", json_output)


@app.command("show")
def show(
    country: Annotated[str, typer.Argument(help="ISO code (CN, KEN) or name (Kenya, 肯尼亚).")],
    lang: LangOption = Lang.EN,
    json_output: JsonOption = False,
) -> None:
    """Show a country: its groups, our cooperation there, events held there, partner
    institutions there ("our" is the home organization).

    Example: tracker country show Kenya
    Example: tracker country show 肯尼亚 --lang zh
    """
    from tracker.cli.views import (
        cooperation_row,
        country_row,
        event_row,
        group_member_row,
        organization_row,
    )
    from tracker.services.country import country_report

    with session(writes=False) as db:
        report = country_report(db, country)
        record = country_row(report.country, chinese=lang is Lang.ZH)
        record["official_name"] = report.country.official_name
        record["groups"] = [group_member_row(m) for m in report.groups]
        record["cooperation"] = [cooperation_row(c) for c in report.cooperation]
        record["events"] = [event_row(e) for e in report.events]
        record["partners"] = [organization_row(o) for o in report.partners]
    if wants_json(json_output):
        print_json(record)
        return
    lists = ("groups", "cooperation", "events", "partners")
    print_record({k: v for k, v in record.items() if k not in lists}, title=record["name"])
    print_table(record["groups"], ["group", "joined", "left"], "Groups")
    print_table(
        record["cooperation"],
        ["id", "kind", "organization", "partner", "title", "start", "end"],
        "Cooperation",
        drop=["organization", "title"],
    )
    print_table(record["events"], ["id", "when", "title", "kind", "city"], "Events")
    print_table(record["partners"], ["id", "name", "kind", "city"], "Partner institutions")
