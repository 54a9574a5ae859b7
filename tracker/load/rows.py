"""From the rows of recognised tables to the facts an article import plans from.

Each row becomes the fact an article would state (an organization with its
aliases, a membership with its role and start...), its evidence being where it
stands in the file ("offices.xlsx, sheet 单位, row 5"), so the same planners
match, review and cite it. Values go through the CLI's own parsers: dates
(partial, Chinese, or date cells), countries by code or English or Chinese
name, roles and kinds by code or label in either language. A row with a value
none of them reads is refused with its reason and never becomes a fact.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from tracker.errors import InvalidInput, NotFound
from tracker.extract.facts import (
    Alliance,
    ArticleFacts,
    Cooperation,
    Event,
    Evidence,
    Figure,
    Membership,
    Organization,
    Participant,
    Person,
    Source,
)
from tracker.load.columns import EVENT_PARTS, SheetKind, header_key
from tracker.load.mapping import Mapped
from tracker.load.read import Table
from tracker.vocab import Bound, CooperationKind, EventKind, Metric, OrganizationKind, label

# several names in one cell: "LC; Lakeside", "湖畔学院、湖畔" (never the comma: names hold commas)
_MANY = re.compile(r"\s*[;；、|\n]\s*")
# a number as offices write it: "1,600", "1600+", "1600余", "40以上", "12.5"
_NUMBER = re.compile(r"^(\d[\d,，]*(?:\.\d+)?)\s*(\+|余|多|以上|余人|多人)?$")
ROW_SEPARATOR = " | "


@dataclass
class Row:
    """One row's values by field (blank cells left out) and where it is."""

    table: Table
    number: int
    cells: list[str]
    values: dict[str, str]

    def get(self, name: str) -> str | None:
        return self.values.get(name) or None

    @property
    def where(self) -> str:
        return self.table.where(self.number)


@dataclass
class Refusal:
    """A row that does not load, with why (written to the errors file, shown in the plan)."""

    kind: SheetKind
    table: Table
    number: int
    cells: list[str]
    reason: str

    @property
    def label(self) -> str:
        return next((cell for cell in self.cells if cell), "(empty row)")


@dataclass
class LoadedFacts:
    """The facts of a file's rows, the rows refused, and the file's text as its source keeps it."""

    facts: ArticleFacts
    refused: list[Refusal] = field(default_factory=list)
    text: str = ""


class Values:
    """The CLI's parsers over one session, each distinct text parsed once (a file repeats them)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._countries: dict[str, str | InvalidInput] = {}
        self._roles: dict[str, str | InvalidInput] = {}

    def country(self, text: str | None) -> str | None:
        from tracker.services import resolve

        return self._cached(self._countries, text, lambda t: resolve.country(self.session, t).code)

    def role(self, text: str | None) -> str | None:
        from tracker.services import resolve

        return self._cached(self._roles, text, lambda t: resolve.role(self.session, t).code)

    @staticmethod
    def _cached(cache: dict[str, Any], text: str | None, parse: Callable[[str], str]) -> str | None:
        if not text:
            return None
        if text not in cache:
            try:
                cache[text] = parse(text)
            except (InvalidInput, NotFound) as error:
                cache[text] = InvalidInput(str(error))
        found = cache[text]
        if isinstance(found, InvalidInput):
            raise found
        return str(found)


def date(text: str | None) -> str | None:
    """A partial date as ISO ("2023", "2023-11", "2023-11-17") from any form the CLI reads."""
    from tracker.dates import parse_optional

    found = parse_optional(text)
    return found.iso() if found else None


def vocabulary(kind: type[enum.StrEnum], text: str | None, what: str) -> str | None:
    """A vocabulary's code from its code or its English or Chinese label, case ignored."""
    if not text:
        return None
    key = header_key(text)
    for member in kind:
        if key in {header_key(member.value), header_key(label(member, "en")),
                   header_key(label(member, "zh"))}:
            return member.value
    choices = ", ".join(f"{m.value} ({label(m, 'zh')})" for m in kind)
    raise InvalidInput(f"unknown {what} '{text}'; one of: {choices}")


def number(text: str) -> tuple[int | float, bool]:
    """A stated number and whether it was given as a lower bound ("1,600+", "40余")."""
    found = _NUMBER.match(text.strip())
    if found is None:
        raise InvalidInput(f"'{text}' is not a number")
    digits = found.group(1).replace(",", "").replace("，", "")
    value = float(digits) if "." in digits else int(digits)
    return value, found.group(2) is not None


def names(text: str | None) -> list[str]:
    return [name for name in _MANY.split(text or "") if name]


# --- one builder per kind: a row's values -> the fact an article would state -------------

def _organization(row: Row, values: Values, evidence: Evidence) -> Organization:
    kind = vocabulary(OrganizationKind, row.get("kind"), "organization kind") or "other"
    return Organization(row.values["name"], kind, names(row.get("aliases")),
                        values.country(row.get("country")), evidence)


def _alliance(row: Row, _values: Values, evidence: Evidence) -> Alliance:
    return Alliance(row.values["name"], names(row.get("aliases")), date(row.get("founded")),
                    evidence=evidence)


def _membership(row: Row, values: Values, evidence: Evidence) -> Membership:
    return Membership(row.values["member"], row.values["alliance"],
                      values.role(row.get("role")) or "member", date(row.get("since")), evidence)


def _event(row: Row, values: Values, evidence: Evidence) -> list[Event | Participant]:
    kind = vocabulary(EventKind, row.get("kind"), "event kind") or "other"
    name = row.values["name"]
    event = Event(name, kind, date(row.get("date")), row.get("city"),
                  values.country(row.get("country")), row.get("alliance"), evidence)
    return [event, *(Participant(name, who, part, evidence)
                     for field, part in EVENT_PARTS.items() for who in names(row.get(field)))]


def _person(row: Row, _values: Values, evidence: Evidence) -> Person:
    return Person(row.values["name"], row.get("title"), row.get("organization"), evidence)


def _figure(row: Row, _values: Values, evidence: Evidence) -> Figure:
    value, at_least = number(row.values["value"])
    bound = vocabulary(Bound, row.get("bound"), "bound") or ("at_least" if at_least else "exact")
    metric = vocabulary(Metric, row.values["metric"], "metric") or "other"
    return Figure(value, metric, bound, row.get("statement") or "", row.values["subject"],
                  date(row.get("as_of")), evidence)


def _cooperation(row: Row, values: Values, evidence: Evidence) -> Cooperation:
    headcount = None
    if row.get("headcount"):
        count, _ = number(row.values["headcount"])
        headcount = int(count)
    from tracker.dates import check_order, parse_optional

    start, end = date(row.get("start")), date(row.get("end"))
    check_order(parse_optional(start), parse_optional(end))
    return Cooperation(row.get("partner"), values.country(row.get("country")),
                       vocabulary(CooperationKind, row.get("kind"), "cooperation kind")
                       or "other", row.get("title"), start, end, headcount,
                       row.get("organization"), evidence)


# each kind's builder (one fact, or several: an event and its participants)
_BUILDERS: dict[str, Callable[[Row, Values, Evidence], Any]] = {
    "organization": _organization,
    "alliance": _alliance,
    "membership": _membership,
    "event": _event,
    "person": _person,
    "figure": _figure,
    "cooperation": _cooperation,
}
# the list of ArticleFacts each type of fact goes to
_LISTS: dict[type, str] = {
    Organization: "organizations", Alliance: "alliances", Membership: "memberships",
    Event: "events", Person: "people", Figure: "figures", Cooperation: "cooperation",
    Participant: "participants",
}


def facts_of(session: Session, title: str, tables: list[tuple[Table, Mapped]]) -> LoadedFacts:
    """The facts of every row of `tables`; the rows a value of which does not parse are refused.

    The source text is the file's rows, one line each ("where: cell | cell"), so loading
    the same rows again is recognised by the source's content hash, and each fact's
    evidence span points at its line.
    """
    values = Values(session)
    loaded = LoadedFacts(ArticleFacts(source=Source(title=title), tabular=True))
    lines: list[str] = []
    offset = 0
    for table, mapped in tables:
        build = _BUILDERS[mapped.kind.name]
        for row_number, cells in table.rows:
            line = f"{table.where(row_number)}: {ROW_SEPARATOR.join(cells)}"
            evidence = Evidence(offset, offset + len(line), table.where(row_number))
            lines.append(line)
            offset += len(line) + 1
            row = Row(table, row_number, cells, {
                name: cells[index] for name, index in mapped.columns.items()
                if index < len(cells) and cells[index]})
            missing = [c.header() for c in mapped.kind.columns
                       if c.required and c.field not in row.values]
            if mapped.kind.one_of and not any(f in row.values for f in mapped.kind.one_of):
                missing.append(" or ".join(mapped.kind.column(f).header()
                                           for f in mapped.kind.one_of))
            try:
                if missing:
                    raise InvalidInput(f"no {', '.join(missing)}")
                built = build(row, values, evidence)
                for fact in built if isinstance(built, list) else [built]:
                    getattr(loaded.facts, _LISTS[type(fact)]).append(fact)
            except InvalidInput as error:
                loaded.refused.append(Refusal(mapped.kind, table, row_number, cells, str(error)))
    loaded.text = "\n".join(lines)
    return loaded
