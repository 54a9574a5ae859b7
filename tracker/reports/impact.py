"""The International Influence Table (国际影响表) of an organization for a year and the
year before, with the records behind every value.

国（境）外 ("countries and regions abroad") is every place but mainland China: foreign
countries, and Hong Kong, Macao and Taiwan as regions. Each indicator of the catalogue
(`impact_catalogue`) names the records that feed it and the measure; the records of
each value are listed, one line each, with what they add to it, so the office can
defend every number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd
from sqlalchemy import ColumnElement, Connection, or_, select
from sqlalchemy.orm import Session

from tracker.models import (
    Alliance,
    AllianceScope,
    Award,
    Cooperation,
    Country,
    Event,
    Organization,
    Person,
    Post,
    StandardAdoption,
    TeachingSite,
)
from tracker.reports.impact_catalogue import Indicator, indicators_for
from tracker.reports.yearly import Report
from tracker.services.periods import dated_in_year, held_in_year

MAINLAND = "CN"  # the one place that is not 国（境）外


def is_abroad(country: Country | None) -> bool:
    """Abroad in the table's sense: known, and not mainland China (HK, MO, TW are abroad).

    >>> is_abroad(Country(code="HK")), is_abroad(Country(code="CN")), is_abroad(None)
    (True, False, False)
    """
    return country is not None and country.code != MAINLAND


@dataclass(frozen=True, slots=True)
class Evidence:
    """One record behind a value, and what it adds to the value."""

    year: int
    record: str
    record_id: int
    description: str
    country: str | None
    date: str | None
    headcount: int | None
    days: int | None
    adds: int
    note: str | None = None


def _in_year(indicator: Indicator, start: Any, end: Any, year: int) -> ColumnElement[bool]:
    if indicator.in_year == "overlaps":
        return held_in_year(start, end, year)
    return dated_in_year(start, year)


def _cooperation(
    session: Session, indicator: Indicator, home: int, year: int
) -> Iterator[Evidence]:
    query = (
        select(Cooperation)
        .where(Cooperation.organization_id == home)
        .where(_in_year(indicator, Cooperation.start_date, Cooperation.end_date, year))
        .order_by(Cooperation.start_date, Cooperation.id)
    )
    if indicator.kind:
        query = query.where(Cooperation.kind == indicator.kind)
    if indicator.direction:
        # no direction recorded: the kind says it (students come, interns go)
        query = query.where(
            or_(Cooperation.direction.is_(None), Cooperation.direction == indicator.direction)
        )
    for record in session.scalars(query):
        country = record.country or (record.partner.country if record.partner else None)
        if not is_abroad(country):
            continue
        days, note = record.duration_days(), None
        if indicator.measure == "person_days":
            adds = (record.headcount or 0) * (days or 0)
            if record.headcount is None or days is None:
                note = "headcount or days unknown: adds nothing"
        else:
            adds = record.headcount or 0
            if record.headcount is None:
                note = "headcount unknown: adds nothing"
        with_whom = record.partner.name if record.partner else country.name  # type: ignore[union-attr]
        yield Evidence(
            year, "cooperation", record.id, record.title or f"{record.kind.value} with {with_whom}",
            country.code if country else None, record.start.iso() if record.start else None,
            record.headcount, days, adds, note,
        )


def _post_abroad(post: Post) -> bool:
    if post.organization is not None:
        return is_abroad(post.organization.country)
    alliance: Alliance = post.alliance  # type: ignore[assignment]
    return is_abroad(alliance.country) or alliance.scope is AllianceScope.INTERNATIONAL


def _posts(
    session: Session, indicator: Indicator, home: int, year: int
) -> Iterator[Evidence]:
    query = (
        select(Post)
        .join(Person, Post.person_id == Person.id)
        .where(Person.organization_id == home)
        .where(_in_year(indicator, Post.start_date, Post.end_date, year))
        .order_by(Person.name_key, Post.start_date, Post.id)
    )
    counted: set[int] = set()
    for post in session.scalars(query):
        if not _post_abroad(post):
            continue
        body = post.organization or post.alliance
        first = post.person_id not in counted
        counted.add(post.person_id)
        country = body.country  # type: ignore[union-attr]
        yield Evidence(
            year, "post", post.id,
            f"{post.person.name}: {post.title or post.role.label} of {body.name}",  # type: ignore[union-attr]
            country.code if country else None, post.start.iso() if post.start else None,
            None, None, 1 if first else 0, None if first else "same person counted once",
        )


def _standards(
    session: Session, indicator: Indicator, home: int, year: int
) -> Iterator[Evidence]:
    query = (
        select(StandardAdoption)
        .where(StandardAdoption.organization_id == home)
        .where(_in_year(indicator, StandardAdoption.adopted_date, None, year))
        .order_by(StandardAdoption.adopted_date, StandardAdoption.id)
    )
    if indicator.kind:
        query = query.where(StandardAdoption.kind == indicator.kind)
    for record in session.scalars(query):
        country = record.country or (record.adopter.country if record.adopter else None)
        if not is_abroad(country):
            continue
        by = record.adopter.name if record.adopter else country.name  # type: ignore[union-attr]
        yield Evidence(
            year, "standard", record.id, f"{record.title}, adopted by {by}",
            country.code if country else None, record.adopted.iso() if record.adopted else None,
            None, None, 1,
        )


def _awards(
    session: Session, indicator: Indicator, home: int, year: int
) -> Iterator[Evidence]:
    query = (
        select(Award)
        .join(Event, Award.event_id == Event.id)
        .where(Award.organization_id == home)
        .where(_in_year(indicator, Award.awarded_date, None, year))
        .order_by(Award.awarded_date, Award.id)
    )
    for award in session.scalars(query):
        if not is_abroad(award.event.country):
            continue
        what = award.title or (award.level.value if award.level else "award")
        yield Evidence(
            year, "award", award.id, f"{what} at {award.event.title}",
            award.event.country.code, award.awarded.iso() if award.awarded else None,  # type: ignore[union-attr]
            None, None, 1,
        )


def _sites(
    session: Session, indicator: Indicator, home: int, year: int
) -> Iterator[Evidence]:
    query = (
        select(TeachingSite)
        .where(TeachingSite.organization_id == home)
        .where(_in_year(indicator, TeachingSite.opened_date, TeachingSite.closed_date, year))
        .order_by(TeachingSite.opened_date, TeachingSite.id)
    )
    for site in session.scalars(query):
        if is_abroad(site.country):
            yield Evidence(
                year, "teaching_site", site.id, site.name, site.country.code,
                site.opened.iso() if site.opened else None, None, None, 1,
            )


SOURCES: dict[str, Callable[[Session, Indicator, int, int], Iterator[Evidence]]] = {
    "cooperation": _cooperation,
    "post": _posts,
    "standard": _standards,
    "award": _awards,
    "teaching_site": _sites,
}


def evidence(session: Session, indicator: Indicator, home: int, year: int) -> list[Evidence]:
    """The records behind one indicator's value in one year."""
    return list(SOURCES[indicator.record](session, indicator, home, year))


# The table is filed in Chinese: its language unless one is asked for (not the locale's,
# which the other reports follow).
IMPACT_LANGUAGE = "zh"

# The table's column headings, in the report's language; the English gloss always beside
# the Chinese label in Chinese, and the Chinese label beside the gloss in English.
HEADINGS = {
    "zh": {"number": "序号", "label": "指标", "other": "Indicator", "unit": "单位",
           "title": "国际影响表", "records": "指标{n}依据记录"},
    "en": {"number": "No.", "label": "Indicator", "other": "指标", "unit": "Unit",
           "title": "International Influence Table", "records": "Indicator {n} records"},
}


def build_impact(
    connection: Connection, organization_id: int, year: int, lang: str = IMPACT_LANGUAGE
) -> Report:
    """The table for `year` and the year before, then one section of records per
    indicator (both years)."""
    from tracker.reports.i18n import labels_for

    words = HEADINGS[lang]
    years = (year - 1, year)
    session = Session(bind=connection)
    home = session.get_one(Organization, organization_id)
    report = Report(
        kind="impact", title=f"{words['title']} {year}: {home.name}", organization=home.name,
        year=year, period=f"impact-{year}", labels=labels_for(lang),
    )
    rows, behind = [], []
    for indicator in indicators_for(year):
        found = {y: evidence(session, indicator, organization_id, y) for y in years}
        zh, en = indicator.label_zh, indicator.gloss_en
        unit = indicator.unit_zh if lang == "zh" else indicator.unit_en
        rows.append({
            words["number"]: indicator.number,
            words["label"]: zh if lang == "zh" else en,
            words["other"]: en if lang == "zh" else zh,
            words["unit"]: unit,
            **{str(y): sum(e.adds for e in found[y]) for y in years},
            "code": indicator.code,
        })
        behind.append((indicator, [asdict(e) for y in years for e in found[y]]))
    report.add("table", f"{words['title']} {year}", pd.DataFrame(rows))
    for indicator, records in behind:
        frame = pd.DataFrame(records, columns=list(Evidence.__dataclass_fields__))
        report.add(f"records_{indicator.number}",
                   words["records"].format(n=indicator.number), frame)
    return report


def print_table(report: Report) -> None:
    """The table alone in the terminal, in the report's language (the files carry the
    gloss and the records behind each value)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    title, frame = report.sections["table"]
    shown = frame.drop(columns=[frame.columns[2], "code"])  # the other language's label
    table = Table(title=Text(report.title), title_justify="left", header_style="bold")
    for position, column in enumerate(shown.columns):
        table.add_column(str(column), justify="right" if position in (0, 3, 4) else "left")
    for row in shown.itertuples(index=False):
        table.add_row(*(Text(str(value)) for value in row))
    Console().print(table)
