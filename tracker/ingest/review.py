"""What a reviewer may type for a field of a plan item, read by the parsers the record
commands use, so that `--review` refuses as it is typed what the apply step would refuse.

A date goes through `parse_partial_date` (and is kept as ISO at its precision), a
country through the country lookup (kept as its code), a role through the role table,
a kind, metric or bound through its vocabulary; counts must be whole numbers of zero
or more. `CLEAR` ("-") empties a field, except one the record cannot be without.
No prompts here: the CLI asks, this module answers whether the answer will do.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from tracker.errors import InvalidInput
from tracker.ingest.kinds import BY_NAME
from tracker.ingest.plan import Item, Plan
from tracker.vocab import (
    Bound,
    CooperationDirection,
    CooperationKind,
    EventKind,
    Metric,
    OrganizationKind,
    ParticipantRole,
    StandardKind,
)

CLEAR = "-"

# field name -> what the field holds, for every kind that has it
DATE_FIELDS = frozenset({"date", "since", "founded", "as_of", "started", "editions_as_of"})
COUNT_FIELDS = frozenset({"participants_count", "countries_count", "editions"})
# the fields a record cannot be without: clearing them is refused as it is typed
REQUIRED = frozenset({("organization", "name"), ("alliance", "name"), ("alias", "name"),
                      ("person", "name"), ("series", "name"), ("event", "title"),
                      ("figure", "metric"), ("figure", "value"), ("figure", "bound"),
                      ("organization", "kind"), ("membership", "role"),
                      ("role_term", "role"), ("participant", "role")})
LABEL_FIELDS = frozenset({"name", "title"})  # what the review shows as the item's label

Parser = Callable[[Session, str], Any]


def _date(_session: Session, text: str) -> str:
    from tracker.dates import parse_partial_date

    return parse_partial_date(text).iso()


def _country(session: Session, text: str) -> str:
    from tracker.services.resolve import country

    return country(session, text).code


def _role(session: Session, text: str) -> str:
    from tracker.services.resolve import role

    return role(session, text).code


def _vocabulary(vocabulary: type[enum.StrEnum], field: str) -> Parser:
    def parse(_session: Session, text: str) -> str:
        from tracker.services.validate import choice

        found = choice(vocabulary, text, field)
        assert found is not None  # choice returns None only for None
        return found.value

    return parse


def _count(field: str, minimum: int = 0) -> Parser:
    def parse(_session: Session, text: str) -> int:
        folded = text.replace(",", "").strip()
        if not folded.isdigit() or int(folded) < minimum:
            raise InvalidInput(f"the {field} must be a whole number of {minimum} or more, "
                               f"not '{text}'")
        return int(folded)

    return parse


def _figure_value(_session: Session, text: str) -> int | float:
    from tracker.services.figure import _number  # the figure command's own reading

    number = _number(text)
    return int(number) if number == number.to_integral_value() else float(number)


def _text(field: str) -> Parser:
    def parse(_session: Session, text: str) -> str | None:
        from tracker.services.validate import optional_text

        return optional_text(text, field)

    return parse


# (kind, field) -> its parser, where the field name alone does not say what it holds
_BY_KIND: dict[tuple[str, str], Parser] = {
    ("organization", "kind"): _vocabulary(OrganizationKind, "organization kind"),
    ("event", "kind"): _vocabulary(EventKind, "event kind"),
    ("figure", "metric"): _vocabulary(Metric, "metric"),
    ("figure", "bound"): _vocabulary(Bound, "bound"),
    ("figure", "value"): _figure_value,
    ("participant", "role"): _vocabulary(ParticipantRole, "participant role"),
    ("membership", "role"): _role,
    ("role_term", "role"): _role,
    ("event", "edition"): _count("edition", minimum=1),
    # the impact table's records read from articles
    ("standard", "kind"): _vocabulary(StandardKind, "standard kind"),
    ("standard", "adopted"): _date,
    ("cooperation", "kind"): _vocabulary(CooperationKind, "cooperation kind"),
    ("cooperation", "direction"): _vocabulary(CooperationDirection, "direction"),
    ("cooperation", "start"): _date,
    ("cooperation", "end"): _date,
    ("cooperation", "headcount"): _count("headcount"),
    ("cooperation", "days"): _count("days"),
}


def parser_of(kind: str, name: str) -> Parser:
    """How a value typed for `name` of a `kind` item is read."""
    if (kind, name) in _BY_KIND:
        return _BY_KIND[(kind, name)]
    if name in DATE_FIELDS:
        return _date
    if name == "country":
        return _country
    if name in COUNT_FIELDS:
        return _count(name.replace("_", " "))
    return _text(name.replace("_", " "))


def editable_fields(item: Item[Any]) -> list[str]:
    """The fields of a new record's item the reviewer may change (plain values and
    references to another item of the article; never its kind's fixed fields)."""
    kind = BY_NAME[item.kind]
    return [f.name for f in dataclasses.fields(item.fields)
            if f.name not in kind.fixed
            and (getattr(item.fields, f.name) is None
                 or isinstance(getattr(item.fields, f.name), str | int | float))]


def edit_field(session: Session, plan: Plan, item: Item[Any], name: str, text: str) -> None:
    """Set field `name` of `item` to the value typed as `text`; `CLEAR` empties it.

    A reference field is pointed at the article's item of that name. Raises
    InvalidInput (or NotFound) with a message for the reviewer, changing nothing,
    when the value will not do.
    """
    kind = BY_NAME[item.kind]
    if name not in editable_fields(item):
        raise InvalidInput(f"no field '{name}'; fields: {', '.join(editable_fields(item))}")
    typed = text.strip()
    if typed == CLEAR and (item.kind, name) in REQUIRED:
        raise InvalidInput(f"the {name.replace('_', ' ')} of this {item.kind.replace('_', ' ')} "
                           "cannot be empty")
    if name in kind.references:
        try:
            plan.repoint(item, name, "" if typed == CLEAR else typed)
        except ValueError as error:
            raise InvalidInput(str(error)) from None
        return
    value = None if typed == CLEAR else parser_of(item.kind, name)(session, typed)
    if value is None and (item.kind, name) in REQUIRED:
        raise InvalidInput(f"the {name.replace('_', ' ')} is empty")
    setattr(item.fields, name, value)
    if name in LABEL_FIELDS and value:
        item.label = value
