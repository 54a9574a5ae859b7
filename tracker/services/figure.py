"""Figures: quantities that a source states, about an organization, an alliance or neither."""

from __future__ import annotations

import datetime as dt
import decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import parse_optional
from tracker.errors import InvalidInput, NotFound
from tracker.limits import get_by_id, looks_like_id
from tracker.models import Alliance, Bound, Figure, Metric, Organization, Source
from tracker.services import resolve
from tracker.services.validate import choice, optional_text


def subject(
    session: Session, name: str | Organization | Alliance
) -> tuple[Organization | None, Alliance | None]:
    """(organization, alliance) named by `name`: an organization first, else an alliance."""
    if isinstance(name, Alliance):
        return None, name
    organization = resolve.find_organization(session, name)
    if organization is not None:
        return organization, None
    assert isinstance(name, str)
    alliance = resolve.find_alliance(session, name)
    if alliance is not None:
        return None, alliance
    raise NotFound(f"no organization or alliance named '{name}'")


def add_figure(
    session: Session,
    about: str | Organization | Alliance | None,
    metric: str,
    value: str | float | int,
    bound: str | None = None,
    as_of: str | None = None,
    statement: str | None = None,
    source: Source | None = None,
) -> Figure:
    """Record a quantity stated about an organization or an alliance (`about`).

    `about` None keeps a figure whose source names no subject ("122 students from
    23 countries attended"); such a figure needs its source, or nothing says whose it is.
    """
    if about is None and source is None:
        raise InvalidInput("a figure about no organization or alliance needs its source")
    organization, alliance = subject(session, about) if about is not None else (None, None)
    figure = Figure(
        organization=organization,
        alliance=alliance,
        metric=choice(Metric, metric, "metric"),
        value=_number(value),
        bound=choice(Bound, bound, "bound") or Bound.EXACT,
        statement=optional_text(statement, "statement", MAX_TEXT_LENGTH),
        source=source,
    )
    figure.as_of = parse_optional(as_of)
    session.add(figure)
    return figure


def edit_figure(
    session: Session,
    figure: Figure,
    about: str | None = None,
    metric: str | None = None,
    value: str | None = None,
    bound: str | None = None,
    as_of: str | None = None,
    statement: str | None = None,
) -> Figure:
    """Change the given fields; None leaves a field as it is, "" clears about, as-of and
    statement."""
    if about is not None:
        # '' clears it: a figure an article states of no named subject is about neither
        figure.organization, figure.alliance = (
            subject(session, about) if about.strip() else (None, None))
    if metric is not None:
        figure.metric = choice(Metric, metric, "metric") or figure.metric
    if value is not None:
        figure.value = _number(value)
    if bound is not None:
        figure.bound = choice(Bound, bound, "bound") or figure.bound
    if as_of is not None:
        figure.as_of = parse_optional(as_of)
    if statement is not None:
        figure.statement = optional_text(statement, "statement", MAX_TEXT_LENGTH)
    return figure


def _number(value: str | float | int) -> decimal.Decimal:
    try:
        number = decimal.Decimal(str(value).replace(",", "").strip())
    except decimal.InvalidOperation:
        raise InvalidInput(f"'{value}' is not a number") from None
    if not number.is_finite() or number < 0:
        raise InvalidInput(f"a figure must be a number of zero or more, not {value}")
    return number


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
    if not looks_like_id(text.strip()):
        raise InvalidInput(f"'{text}' is not a figure id")
    found = get_by_id(session, Figure, text)
    if found is None:
        raise NotFound(f"no figure has id {text.strip()}")
    return found
