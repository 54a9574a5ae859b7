"""Option types and help strings shared by the record commands (event, coop, figure...)."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from tracker.dates import FORMS

DATES = FORMS  # the date forms every date option accepts, for its help text
COUNTRY = "ISO code or name (KE, Kenya or 肯尼亚)"  # what every country option accepts

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
YearFilter = Annotated[
    int | None, typer.Option(help="Only records at any time in this year.", min=1000, max=2999)
]


class Lang(enum.StrEnum):
    """The language names are shown in."""

    EN = "en"
    ZH = "zh"


LangOption = Annotated[
    Lang, typer.Option("--lang", help="Show country names in English (en) or Chinese (zh).")
]
