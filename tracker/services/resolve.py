"""Find records by what a user types: an id, a name, an alias, a code.

Names are compared by their normalised key (case, punctuation and a leading
"the" ignored). A miss suggests the closest names; a name that fits several
records lists them and resolves to none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from tracker.errors import Ambiguous, InvalidInput, NotFound
from tracker.limits import get_by_id, looks_like_id
from tracker.models import Alias, Alliance, Country, Organization, Person, Role
from tracker.names import name_key

T = TypeVar("T", Organization, Alliance)
R = TypeVar("R")

SUGGESTION_CUTOFF = 60
SUGGESTIONS = 3


def closest_names(query: str, names: Iterable[str], limit: int = SUGGESTIONS) -> list[str]:
    """The names most like `query` (rapidfuzz WRatio), best first."""
    from rapidfuzz import fuzz, process, utils

    unique = sorted(set(names))
    found = process.extract(
        query,
        unique,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=SUGGESTION_CUTOFF,
    )
    return [name for name, _score, _index in found]


def _suggestion(query: str, names: Iterable[str]) -> str:
    close = closest_names(query, names)
    return f"; did you mean {', '.join(repr(name) for name in close)}?" if close else ""


def name_contains(model: type[T], text: str) -> ColumnElement[bool]:
    """A list filter: the record's name or one of its aliases contains `text`.

    Compared by name key, so "深圳" finds an organization whose Chinese name is only an
    alias, and quotes, brackets and spaces in either do not matter.
    """
    key = name_key(text)
    return or_(
        model.name_key.contains(key, autoescape=True),
        model.aliases.any(Alias.name_key.contains(key, autoescape=True)),
    )


def _find_named(session: Session, model: type[T], noun: str, text: str | T) -> T | None:
    """The record with this id, name or alias; None when nothing has it (no suggestions).

    A record passes through as itself: callers that hold one (the importer, whose new
    rows are not flushed yet and so cannot be found by name) need no lookup.
    """
    if not isinstance(text, str):
        return text
    query = text.strip()
    if not query:
        raise InvalidInput(f"the {noun} name is empty")
    if looks_like_id(query):
        return get_by_id(session, model, query)
    key = name_key(query)
    owner = Alias.organization_id if model is Organization else Alias.alliance_id
    candidates = session.scalars(
        select(model)
        .outerjoin(Alias, owner == model.id)
        .where(or_(model.name_key == key, Alias.name_key == key))
        .distinct()
        .order_by(model.id)
    ).all()
    if len(candidates) > 1:
        listing = "; ".join(f"{c.name} (id {c.id})" for c in candidates)
        raise Ambiguous(f"'{query}' could be several {noun}s: {listing}; use the id")
    return candidates[0] if candidates else None


def _resolve_named(session: Session, model: type[T], noun: str, text: str | T) -> T:
    found = _find_named(session, model, noun, text)
    if found is not None:
        return found
    assert isinstance(text, str)
    query = text.strip()
    if looks_like_id(query):
        raise NotFound(f"no {noun} has id {query}")
    owner = Alias.organization_id if model is Organization else Alias.alliance_id
    names: list[str] = list(session.scalars(select(model.name)))
    alias_names: list[str] = list(session.scalars(select(Alias.name).where(owner.is_not(None))))
    raise NotFound(f"no {noun} named '{query}'{_suggestion(query, [*names, *alias_names])}")


def find_organization(session: Session, text: str | Organization) -> Organization | None:
    """The organization with this id, name or alias, or None (cheap: no suggestions)."""
    return _find_named(session, Organization, "organization", text)


def find_alliance(session: Session, text: str | Alliance) -> Alliance | None:
    """The alliance with this id, name or alias, or None (cheap: no suggestions)."""
    return _find_named(session, Alliance, "alliance", text)


def organization(session: Session, text: str | Organization) -> Organization:
    """The organization with this id, name or alias."""
    return _resolve_named(session, Organization, "organization", text)


def alliance(session: Session, text: str | Alliance) -> Alliance:
    """The alliance with this id, name or alias."""
    return _resolve_named(session, Alliance, "alliance", text)


def optional_organization(
    session: Session, text: str | Organization | None
) -> Organization | None:
    return organization(session, text) if text else None


def optional_alliance(session: Session, text: str | Alliance | None) -> Alliance | None:
    return alliance(session, text) if text else None


def country(session: Session, text: str) -> Country:
    """A country by ISO alpha-2 or alpha-3 code or by name ("DE", "DEU", "Germany", "德国").

    Hong Kong, Macao and Taiwan resolve to their ISO 3166-1 entries (香港 as Hong Kong
    does): they are places an organization is in, though reports never count them as
    countries.
    """
    query = text.strip()
    if not query:
        raise InvalidInput("the country is empty")
    upper = query.upper()
    found = session.scalars(
        select(Country).where(or_(Country.code == upper, Country.alpha3 == upper))
    ).first()
    if found:
        return found
    key = name_key(query)
    countries = session.scalars(select(Country)).all()
    # text with no letters or digits ('?', an emoji) has an empty key: it names no country,
    # not the first one whose official name is empty
    for candidate in countries if key else ():
        if key in (name_key(candidate.name), name_key(candidate.official_name or "")):
            return candidate
    from tracker.country_names import code_of  # the Chinese catalog loads on first use

    code = code_of(query) if key else None
    found = next((c for c in countries if c.code == code), None) if code else None
    if found:
        return found
    raise NotFound(
        f"no country '{query}' (use an ISO code such as CN, or a name such as Kenya or 肯尼亚)"
        f"{_suggestion(query, [c.name for c in countries])}"
    )


def optional_country(session: Session, text: str | None) -> Country | None:
    return country(session, text) if text else None


# Chinese role names end in 单位 ("unit") or not, as the sentence has it: 常务理事单位 and
# 常务理事 name one role
_ROLE_NOUN = "单位"


def _role_key(text: str) -> str:
    return name_key(text).replace(" ", "_").removesuffix(_ROLE_NOUN)


def _role_names(candidate: Role) -> set[str]:
    """The keys a role is known by: its code, its label, and the vocabulary's Chinese words."""
    from tracker.vocab import ROLE_BY_CODE

    names = {candidate.code, _role_key(candidate.label)}
    term = ROLE_BY_CODE.get(candidate.code)
    if term is not None:
        # "由…发起" is a pattern for the extractor, not a name anyone types
        chinese = (term.label.zh, *(w for w in term.zh_wordings if "…" not in w))
        names.update(_role_key(word) for word in chinese)
    return names


def role(session: Session, text: str) -> Role:
    """A role by code, label or Chinese name: "executive_council_member",
    "Executive council member", "常务理事单位" (or "常务理事").

    Roles users added to the role table are found by their code and label.
    """
    key = _role_key(text)
    roles = session.scalars(select(Role).order_by(Role.rank)).all()
    for candidate in roles:
        if key and key in _role_names(candidate):
            return candidate
    listing = ", ".join(r.code for r in roles)
    raise InvalidInput(f"unknown role '{text}'; roles are: {listing} (or their Chinese names)")


def person(session: Session, text: str) -> Person:
    """A person by id or name."""
    query = text.strip()
    if looks_like_id(query):
        found = get_by_id(session, Person, query)
        if found is None:
            raise NotFound(f"no person has id {query}")
        return found
    people = session.scalars(
        select(Person).where(Person.name_key == name_key(query)).order_by(Person.id)
    ).all()
    if len(people) == 1:
        return people[0]
    if people:
        listing = "; ".join(f"{p.name} (id {p.id})" for p in people)
        raise Ambiguous(f"'{query}' could be several people: {listing}; use the id")
    names = session.scalars(select(Person.name)).all()
    raise NotFound(f"no person named '{query}'{_suggestion(query, names)}")


def record_by_id(session: Session, model: type[R], text: str, *, noun: str, listing: str) -> R:
    """A record that has no name of its own (a post, an award...) by its id; `listing` is
    the command that shows the ids."""
    query = text.strip()
    if not looks_like_id(query):
        article = "an" if noun[:1] in "aeiou" else "a"
        raise InvalidInput(f"'{query}' is not {article} {noun} id; `{listing}` shows them")
    found = get_by_id(session, model, query)  # an id beyond the column's range finds nothing
    if found is None:
        raise NotFound(f"no {noun} has id {query}")
    return found
