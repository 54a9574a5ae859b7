"""Figures: quantities that a source states about an organization or an alliance."""

from __future__ import annotations

import decimal

from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import parse_optional
from tracker.errors import InvalidInput, NotFound
from tracker.models import Bound, Figure, Metric, Source
from tracker.services import resolve
from tracker.services.validate import choice, optional_text


def subject(session: Session, name: str) -> tuple[object | None, object | None]:
    """(organization, alliance) named by `name`: an organization first, else an alliance."""
    try:
        return resolve.organization(session, name), None
    except NotFound:
        try:
            return None, resolve.alliance(session, name)
        except NotFound:
            raise NotFound(f"no organization or alliance named '{name}'") from None


def add_figure(
    session: Session,
    about: str,
    metric: str,
    value: str | float | int,
    bound: str | None = None,
    as_of: str | None = None,
    statement: str | None = None,
    source: Source | None = None,
) -> Figure:
    organization, alliance = subject(session, about)
    try:
        number = decimal.Decimal(str(value).replace(",", ""))
    except decimal.InvalidOperation:
        raise InvalidInput(f"'{value}' is not a number") from None
    if not number.is_finite() or number < 0:
        raise InvalidInput(f"a figure must be a number of zero or more, not {value}")
    figure = Figure(
        organization=organization,
        alliance=alliance,
        metric=choice(Metric, metric, "metric"),
        value=number,
        bound=choice(Bound, bound, "bound") or Bound.EXACT,
        statement=optional_text(statement, "statement", MAX_TEXT_LENGTH),
        source=source,
    )
    figure.as_of = parse_optional(as_of)
    session.add(figure)
    return figure
