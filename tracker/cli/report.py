"""`tracker report`: the yearly cooperation report, metrics over years, alliances, countries."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from tracker.cli.nouns import GROUP_HELP
from tracker.cli.options import YEAR

app = typer.Typer(help=GROUP_HELP["report"])

NO_HOME = "no home organization; pass --org or set one with tracker org edit NAME --home"
FORMATS = "xlsx, html, md, csv (a folder of tables) or json"

OrgOption = Annotated[
    str | None,
    typer.Option("--org", help="Organization id, name or alias (default: the home organization)."),
]
FormatOption = Annotated[
    list[str] | None,
    typer.Option(
        "--format",
        "-f",
        help=f"Write a file: {FORMATS}. Repeat for several. Without it, print a summary.",
    ),
]
OutOption = Annotated[str, typer.Option("--out", help="Folder the report files are written in.")]
JsonReport = Annotated[
    bool, typer.Option("--json", help="Print the report as JSON (what --format json writes).")
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Language of the report: zh or en (default: TRACKER_LANG, else the locale, else en).",
    ),
]
BomOption = Annotated[
    bool,
    typer.Option(
        "--bom/--no-bom",
        help="CSV files start with a UTF-8 byte order mark, so Excel reads Chinese right.",
    ),
]


def _organization_id(db, name: str | None) -> int:  # type: ignore[no-untyped-def]
    from tracker.errors import NotFound
    from tracker.services import organization, resolve

    if name:
        return resolve.organization(db, name).id
    home = organization.home_id(db)
    if home is None:
        raise NotFound(NO_HOME)
    return home


def _labels(lang: str | None):  # type: ignore[no-untyped-def]
    """The report's language from --lang (checked before the database is opened)."""
    from tracker.reports.i18n import LANGUAGES, labels_for

    if lang is not None and lang not in LANGUAGES:
        raise typer.BadParameter(
            f"'{lang}' is not one of {', '.join(LANGUAGES)}", param_hint="--lang"
        )
    return labels_for(lang)


def _deliver(  # type: ignore[no-untyped-def]
    build, org: str | None, formats: list[str] | None, out: str, *,
    json_output: bool = False, bom: bool = True, summary=None,
) -> None:
    """Build the report in one read-only transaction, then print it (`summary`, default the
    shared terminal summary) or write each format.

    With --json the report is printed as the json format's data (a script reads stdout);
    files asked for with --format are still written, and said so on stderr.
    """
    from tracker.cli.common import print_json, session, wants_json
    from tracker.reports.i18n import WROTE
    from tracker.reports.output import FORMATS as KNOWN
    from tracker.reports.output import write_report
    from tracker.reports.render_text import print_summary

    for fmt in formats or []:
        if fmt not in KNOWN:
            raise typer.BadParameter(
                f"'{fmt}' is not one of {', '.join(KNOWN)}", param_hint="--format"
            )
    with session(writes=False) as db:
        organization_id = _organization_id(db, org)
        report = build(db.connection(), organization_id)
    as_json = wants_json(json_output)
    if as_json:
        from tracker.reports.render_text import to_json_data

        print_json(to_json_data(report))
    elif not formats:
        (summary or print_summary)(report)
    for fmt in formats or []:
        written = write_report(report, fmt, out, bom=bom)
        typer.echo(report.labels.gettext(WROTE).format(path=written), err=as_json)


@app.command("yearly")
def yearly(
    year: Annotated[int, typer.Option(help="The report's year.", **YEAR)],
    org: OrgOption = None,
    formats: FormatOption = None,
    out: OutOption = "reports",
    lang: LangOption = None,
    bom: BomOption = True,
    json_output: JsonReport = False,
) -> None:
    """The yearly cooperation report of the home organization (or --org).

    Key figures against last year, memberships and roles, events, countries,
    cooperation, stated versus recorded figures, and the sources.

    Example: tracker report yearly --year 2023 --format xlsx --format html
    """
    from tracker.reports.yearly import build_yearly

    labels = _labels(lang)
    _deliver(lambda c, o: build_yearly(c, o, year, labels), org, formats, out,
             json_output=json_output, bom=bom)


@app.command("metrics")
def metrics(
    from_year: Annotated[int, typer.Option("--from", help="First year.", **YEAR)],
    to_year: Annotated[int, typer.Option("--to", help="Last year.", **YEAR)],
    org: OrgOption = None,
    formats: FormatOption = None,
    out: OutOption = "reports",
    lang: LangOption = None,
    bom: BomOption = True,
    json_output: JsonReport = False,
) -> None:
    """The internationalization metrics as a time series, one row a year.

    Example: tracker report metrics --from 2018 --to 2023 --format xlsx
    """
    from tracker.errors import InvalidInput
    from tracker.reports.overview import build_metrics

    if to_year < from_year:
        raise InvalidInput(f"--to {to_year} is before --from {from_year}")
    labels = _labels(lang)
    build = lambda c, o: build_metrics(c, o, from_year, to_year, labels)  # noqa: E731
    _deliver(build, org, formats, out, json_output=json_output, bom=bom)


@app.command("alliances")
def alliances(
    org: OrgOption = None,
    formats: FormatOption = None,
    out: OutOption = "reports",
    lang: LangOption = None,
    bom: BomOption = True,
    json_output: JsonReport = False,
) -> None:
    """Every alliance with the current role and the role history.

    Example: tracker report alliances --format md
    """
    from tracker.reports.overview import build_alliances

    labels = _labels(lang)
    _deliver(lambda c, o: build_alliances(c, o, labels), org, formats, out,
             json_output=json_output, bom=bom)


@app.command("countries")
def countries(
    year: Annotated[
        int | None, typer.Option(help="Count up to this year (default: this year).", **YEAR)
    ] = None,
    org: OrgOption = None,
    formats: FormatOption = None,
    out: OutOption = "reports",
    lang: LangOption = None,
    bom: BomOption = True,
    json_output: JsonReport = False,
) -> None:
    """Every country engaged: first and last year, activities, Belt and Road membership.

    Example: tracker report countries --format csv
    """
    from tracker.reports.overview import build_countries

    last = year or dt.date.today().year
    labels = _labels(lang)
    _deliver(lambda c, o: build_countries(c, o, last, labels), org, formats, out,
             json_output=json_output, bom=bom)


@app.command("impact")
def impact(
    year: Annotated[int, typer.Option(help="The report's year.", **YEAR)],
    org: OrgOption = None,
    formats: FormatOption = None,
    out: OutOption = "reports",
    lang: LangOption = None,
    bom: BomOption = True,
    json_output: JsonReport = False,
) -> None:
    """The International Influence Table (国际影响表): nine indicators, the year and the
    year before, each value with the records behind it. In Chinese unless --lang en (the
    office files it in Chinese), with the English gloss beside each label.

    Example: tracker report impact --year 2023 --format xlsx
    """
    from tracker.reports.impact import IMPACT_LANGUAGE, build_impact, print_table

    labels = _labels(lang or IMPACT_LANGUAGE)
    _deliver(lambda c, o: build_impact(c, o, year, labels.language), org, formats, out,
             json_output=json_output, bom=bom, summary=print_table)
