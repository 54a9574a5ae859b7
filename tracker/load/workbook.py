"""Workbooks that `tracker load` reads back: the records exported, and an empty template.

Both write one sheet per kind of record with the headers of `load.columns` (in
English or Chinese), so export -> edit in Excel -> load round-trips. Values are
written as load reads them: codes for kinds and roles, ISO partial dates
("2023", "2023-11"), country codes, aliases joined by "; ". The template adds,
on a hidden sheet, the lists of allowed values (roles, kinds, countries, metrics)
that Excel offers in each column, and one example row per sheet.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tracker.dates import PartialDate
from tracker.load.columns import EVENT_PARTS, SHEET_KINDS, SheetKind
from tracker.vocab import (
    ROLE_CODES,
    Bound,
    CooperationKind,
    EventKind,
    Metric,
    OrganizationKind,
)

ALIAS_SEPARATOR = "; "
LISTS_SHEET = "lists"
TEMPLATE_ROWS = 500  # rows of each sheet the template's value lists cover

# the template's example row of each kind (made-up names, as a user would type them)
EXAMPLES: dict[str, dict[str, str]] = {
    "organization": {"name": "Example Technical College", "aliases": "ETC; 示例学院",
                     "kind": "college", "country": "KE"},
    "alliance": {"name": "Example Skills Alliance", "aliases": "ESA", "founded": "2019-05"},
    "membership": {"member": "ETC", "alliance": "ESA", "role": "council_member",
                   "since": "2021"},
    "event": {"name": "Example annual meeting", "kind": "meeting", "date": "2023-11-17",
              "city": "Nairobi", "country": "KE", "alliance": "ESA", "hosts": "ETC",
              "attendees": "Example Person"},
    "person": {"name": "Example Person", "title": "Dean", "organization": "ETC"},
    "figure": {"subject": "ESA", "metric": "members", "value": "64", "bound": "exact",
               "as_of": "2023-10", "statement": "The alliance now has 64 members."},
    "cooperation": {"organization": "ETC", "partner": "", "country": "KE", "kind": "mou",
                    "title": "Example MoU", "start": "2022-09", "end": "2027-09",
                    "headcount": ""},
}


def _iso(date: PartialDate | None) -> str | None:
    return date.iso() if date else None


def _aliases(row: Any) -> str | None:
    return ALIAS_SEPARATOR.join(sorted(a.name for a in row.aliases)) or None


def _code(row: Any) -> str | None:
    return row.country.code if row.country else None


def _number(value: Any) -> str:
    return f"{value.normalize():f}" if value is not None else ""


def record_rows(session: Session) -> dict[str, list[dict[str, str | None]]]:
    """Every record of each kind as the fields `load` reads, in a stable order."""
    from tracker.models import (
        Alliance,
        Cooperation,
        Event,
        Figure,
        Membership,
        Organization,
        Person,
    )

    organizations = session.scalars(select(Organization).options(
        selectinload(Organization.aliases)).order_by(Organization.name_key)).all()
    alliances = session.scalars(select(Alliance).options(
        selectinload(Alliance.aliases)).order_by(Alliance.name_key)).all()
    memberships = session.scalars(select(Membership).options(
        selectinload(Membership.terms)).order_by(Membership.id)).all()
    return {
        "organization": [{"name": o.name, "aliases": _aliases(o), "kind": o.kind.value,
                          "country": _code(o)} for o in organizations],
        "alliance": [{"name": a.name, "aliases": _aliases(a), "founded": _iso(a.founded)}
                     for a in alliances],
        "membership": list(_membership_rows(memberships)),
        "event": [{"name": e.title, "kind": e.kind.value, "date": _iso(e.start),
                   "city": e.city, "country": _code(e),
                   "alliance": e.alliance.name if e.alliance else None, **_parts(e)}
                  for e in session.scalars(select(Event).options(
                      selectinload(Event.participants)).order_by(Event.start_date, Event.id))],
        "person": [{"name": p.name, "title": p.title,
                    "organization": p.organization.name if p.organization else None}
                   for p in session.scalars(select(Person).order_by(Person.name_key, Person.id))],
        "figure": [{"subject": (f.organization or f.alliance).name  # type: ignore[union-attr]
                    if (f.organization or f.alliance) else None,
                    "metric": f.metric.value, "value": _number(f.value),
                    "bound": f.bound.value, "as_of": _iso(f.as_of), "statement": f.statement}
                   for f in session.scalars(select(Figure).order_by(Figure.id))],
        "cooperation": [{"organization": c.organization.name,
                         "partner": c.partner.name if c.partner else None,
                         "country": _code(c), "kind": c.kind.value, "title": c.title,
                         "start": _iso(c.start), "end": _iso(c.end),
                         "headcount": str(c.headcount) if c.headcount is not None else None}
                        for c in session.scalars(select(Cooperation).order_by(
                            Cooperation.start_date, Cooperation.id))],
    }


def _parts(event: Any) -> dict[str, str | None]:
    """The event's hosts, organizers and attendees, each column its names joined.

    (A speaker's, awardee's or sponsor's part has no column of the sheet.)
    """
    parts: dict[str, list[str]] = {field: [] for field in EVENT_PARTS}
    field_of = {part: field for field, part in EVENT_PARTS.items()}
    for participant in event.participants:
        who = participant.organization or participant.person
        field = field_of.get(participant.role.value)
        if who is not None and field is not None:
            parts[field].append(who.name)
    return {field: ALIAS_SEPARATOR.join(sorted(names)) or None for field, names in parts.items()}


def _membership_rows(memberships: Any) -> Iterator[dict[str, str | None]]:
    """One row per role term (its start as `since`); a membership without terms is one row."""
    for membership in sorted(memberships, key=lambda m: (m.organization.name_key,
                                                          m.alliance.name_key)):
        pair = {"member": membership.organization.name, "alliance": membership.alliance.name}
        terms = sorted(membership.terms, key=lambda t: (t.start_date is None, t.start_date,
                                                        t.id))
        if not terms:
            yield {**pair, "role": "member", "since": _iso(membership.joined)}
        for term in terms:
            yield {**pair, "role": term.role.code, "since": _iso(term.start)}


def export_workbook(session: Session, path: Path, *, lang: str = "en") -> int:
    """Write every record to `path` in the layout `load` reads; returns the number of rows."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    count = 0
    for kind, rows in record_rows(session).items():
        sheet = _sheet(book, _kind(kind), lang)
        columns = _kind(kind).columns
        for row in rows:
            append_row(sheet, [row.get(column.field) for column in columns])
        count += len(rows)
    _save(book, path)
    return count


def write_template(path: Path, *, lang: str = "en") -> None:
    """An empty workbook: every sheet's headers, an example row, lists of allowed values."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    sheets = {kind.name: _sheet(book, kind, lang) for kind in SHEET_KINDS}
    ranges = _value_lists(book)  # after the record sheets: Excel opens on the first
    for kind in SHEET_KINDS:
        sheet = sheets[kind.name]
        example = EXAMPLES[kind.name]
        append_row(sheet, [example.get(column.field) for column in kind.columns])
        for index, column in enumerate(kind.columns, 1):
            listed = ranges.get((kind.name, column.field))
            if listed is None:
                continue
            letter = get_column_letter(index)
            # not strict: a label in either language or a code also loads
            check = DataValidation(type="list", formula1=listed, allow_blank=True,
                                   showErrorMessage=False)
            check.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(check)
    _save(book, path)


def _value_lists(book: Any) -> dict[tuple[str, str], str]:
    """The hidden sheet of allowed values; (kind, field) -> the range Excel offers."""
    import pycountry  # the ISO 3166-1 list the country table is seeded from
    from openpyxl.utils import get_column_letter

    countries = sorted(country.alpha_2 for country in pycountry.countries)
    lists: dict[tuple[str, str], list[str]] = {
        ("organization", "kind"): _codes(OrganizationKind),
        ("event", "kind"): _codes(EventKind),
        ("membership", "role"): list(ROLE_CODES),
        ("organization", "country"): countries,
        ("event", "country"): countries,
        ("cooperation", "country"): countries,
        ("cooperation", "kind"): _codes(CooperationKind),
        ("figure", "metric"): _codes(Metric),
        ("figure", "bound"): _codes(Bound),
    }
    sheet = book.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    ranges: dict[tuple[str, str], str] = {}
    for index, (key, values) in enumerate(lists.items(), 1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=f"{key[0]}.{key[1]}")
        for row, value in enumerate(values, 2):
            sheet.cell(row=row, column=index, value=value)
        ranges[key] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _codes(vocabulary: type[enum.StrEnum]) -> list[str]:
    return [member.value for member in vocabulary]


def _kind(name: str) -> SheetKind:
    return next(kind for kind in SHEET_KINDS if kind.name == name)


def _sheet(book: Any, kind: SheetKind, lang: str) -> Any:
    sheet = book.create_sheet(kind.sheet_title(lang))
    sheet.append([column.header(lang) for column in kind.columns])
    sheet.freeze_panes = "A2"
    return sheet


def append_row(sheet: Any, values: list[str | None]) -> None:
    """Append a row of text: a value starting with "=" stays text, never becomes a formula."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"


def _save(book: Any, path: Path) -> None:
    from tracker.errors import InvalidInput

    try:
        book.save(path)
    except OSError as error:
        raise InvalidInput(f"cannot write {path}: {error.strerror or error}") from None
