"""Figures: quantities that a source states about an organization or an alliance."""

from __future__ import annotations

import datetime as dt
import decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import parse_optional
from tracker.errors import InvalidInput, NotFound
from tracker.models import Alliance, Bound, Figure, Metric, Organization, Source
from tracker.services import resolve
from tracker.services.validate import choice, optional_text


def subject(session: Session, name: str) -> tuple[object | None, object | None]:
    """(organization, alliance) named by `name`: an organization first, else an alliance."""
    organization = resolve.find_organization(session, name)
    if organization is not None:
        return organization, None
    alliance = resolve.find_alliance(session, name)
    if alliance is not None:
        return None, alliance
    raise NotFound(f"no organization or alliance named '{name}'")


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
    """Record a quantity stated about an organization or an alliance (`about`)."""
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


def list_figures(
    session: Session,
    about: str | None = None,
    metric: str | None = None,
    year: int | None = None,
) -> list[Figure]:
    """Figures by subject, metric and as-of date; `year` keeps those stated as of that year."""
    query = select(Figure).order_by(
        Figure.organization_id.is_(None), Figure.organization_id, Figure.alliance_id,
        Figure.metric, Figure.as_of_date, Figure.id,
    )
    if about:
        organization, alliance = subject(session, about)
        if isinstance(organization, Organization):
            query = query.where(Figure.organization_id == organization.id)
        elif isinstance(alliance, Alliance):
            query = query.where(Figure.alliance_id == alliance.id)
    if metric:
        query = query.where(Figure.metric == choice(Metric, metric, "metric"))
    if year is not None:
        query = query.where(
            Figure.as_of_date >= dt.date(year, 1, 1), Figure.as_of_date <= dt.date(year, 12, 31)
        )
    return list(session.scalars(query))


def remove_figure(session: Session, figure: Figure) -> None:
    """Delete one figure."""
    session.delete(figure)


def figure_by_id(session: Session, text: str) -> Figure:
    """A figure by its id (figures have no names)."""
    if not text.strip().isdigit():
        raise InvalidInput(f"'{text}' is not a figure id")
    found = session.get(Figure, int(text))
    if found is None:
        raise NotFound(f"no figure has id {text.strip()}")
    return found
