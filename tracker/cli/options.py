"""Option types and help strings shared by the record commands (event, coop, figure...)."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from tracker.dates import FORMS

DATES = FORMS  # the date forms every date option accepts, for its help text
COUNTRY = "ISO code or name (KE, Kenya or 肯尼亚)"  # what every country option accepts
NAME_FILTER = "Only those whose name or an alias contains this text (Lakeside, 湖畔)."

SourceOption = Annotated[
    str | None,
    typer.Option(
        "--source", help="The source it comes from: id, URL or title (`tracker source list`)."
    ),
]
OrgFilter = Annotated[
    str | None,
    typer.Option("--org", "--organization", help="Only this organization (id, name or alias)."),
]


# the options of the commands that show a plan, ask, and apply it (import, load)
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Apply without asking.")]
DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Only show what would change; write nothing.")
]
ReviewOption = Annotated[
    bool, typer.Option("--review", help="Go through the items one by one: accept, skip, "
                       "edit a field, or merge with a close record.")
]
JsonPlanOption = Annotated[
    bool, typer.Option("--json", help="Print each plan (and what was applied) as JSON Lines; "
                       "applies only with --yes.")
]


def year(text: str) -> int:
    """Typer's parser for a year option: 2023, 2023年 or ２０２３ (a bad one: one line, exit 2)."""
    from tracker.dates import parse_year
    from tracker.errors import InvalidInput

    try:
        return parse_year(text)
    except InvalidInput as error:
        raise typer.BadParameter(str(error)) from None


YEAR = {"parser": year, "metavar": "YEAR"}  # the keywords of every year option
YearFilter = Annotated[
    int | None, typer.Option(help="Only records at any time in this year (2023 or 2023年).", **YEAR)
]


class Lang(enum.StrEnum):
    """The language names are shown in."""

    EN = "en"
    ZH = "zh"


LangOption = Annotated[
    Lang, typer.Option("--lang", help="Show country names in English (en) or Chinese (zh).")
]
