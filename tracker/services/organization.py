"""Organizations: add, edit, remove, list, aliases, and the home institution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import bindparam, literal, select, union_all
from sqlalchemy.orm import Session

from tracker.errors import AlreadyExists, Conflict, InvalidInput, NotFound
from tracker.models import Alias, AliasKind, Alliance, Country, Organization, OrganizationKind
from tracker.names import name_key
from tracker.services import resolve
from tracker.services.validate import choice, optional_text, required_text


def check_name_free(
    session: Session, name: str, exclude: Organization | Alliance | None = None
) -> None:
    """Refuse a name (or alias) already used by another organization or alliance."""
    key = name_key(name)
    if not key:
        raise InvalidInput(f"'{name}' has no letters or digits to make a name of")
    for holder in _name_holders(session, key):
        if isinstance(holder, Alias):
            owner = holder.organization or holder.alliance
            if owner is not exclude:
                raise AlreadyExists(f"'{name}' is already an alias of {_describe(owner)}")
        elif holder is not exclude:
            raise AlreadyExists(f"'{name}' is already the name of {_describe(holder)}")


_NAMED: dict[str, type[Organization | Alliance | Alias]] = {
    model.__tablename__: model for model in (Organization, Alliance, Alias)
}
# built once: the importer checks every new name, and building the statement cost more
# than running it
_STORED_HOLDERS = union_all(
    *(select(literal(table).label("kind"), model.id).where(model.name_key == bindparam("key"))
      for table, model in _NAMED.items())
)


def _name_holders(session: Session, key: str) -> list[Organization | Alliance | Alias]:
    """Organizations, alliances and aliases with this name key, flushed or not.

    Rows added but not yet flushed count: the importer writes a whole article with
    autoflush off and flushes once. The stored ones come from one query.
    """
    held: list[Organization | Alliance | Alias] = [
        row for row in session.new
        if isinstance(row, Organization | Alliance | Alias) and row.name_key == key
    ]
    for kind, row_id in session.execute(_STORED_HOLDERS, {"key": key}):
        row = cast(Organization | Alliance | Alias | None, session.get(_NAMED[kind], row_id))
        if row is not None and row not in held:
            held.append(row)
    return held


def _describe(record: Organization | Alliance | None) -> str:
    if record is None:
        return "another record"
    noun = "organization" if isinstance(record, Organization) else "alliance"
    return f"the {noun} {record.name} (id {record.id})"


def home(session: Session) -> Organization | None:
    """The home institution, if one is set."""
    return session.scalars(select(Organization).where(Organization.is_home)).first()


def home_id(session: Session) -> int | None:
    """The home institution's id, if one is set, read through the table: a report needs no
    more, and an ORM query would configure every mapper first (a tenth of its run)."""
    table = Organization.__table__
    return session.execute(select(table.c.id).where(table.c.is_home)).scalars().first()


def _check_home_free(session: Session, organization: Organization | None) -> None:
    current = home(session)
    if current is not None and current is not organization:
        raise Conflict(
            f"{current.name} is already the home organization; "
            f"run `tracker org edit '{current.name}' --no-home` first"
        )


def add_organization(
    session: Session,
    name: str,
    kind: str | None = None,
    country: str | None = None,
    province: str | None = None,
    city: str | None = None,
    website: str | None = None,
    is_home: bool = False,
    aliases: list[str] | None = None,
) -> Organization:
    name = required_text(name, "organization name")
    check_name_free(session, name)
    if is_home:
        _check_home_free(session, None)
    organization = Organization(
        name=name,
        kind=choice(OrganizationKind, kind, "organization kind") or OrganizationKind.OTHER,
        country=resolve.optional_country(session, country),
        province=optional_text(province, "province", 100),
        city=optional_text(city, "city", 100),
        website=optional_text(website, "website", 500),
        is_home=is_home,
    )
    session.add(organization)
    for alias in aliases or []:
        add_alias(session, organization, alias)
    return organization


def add_alias(
    session: Session,
    owner: Organization | Alliance,
    name: str,
    kind: str | None = None,
) -> Alias:
    """Give an organization or alliance another name."""
    name = required_text(name, "alias")
    check_name_free(session, name)
    alias_kind = choice(AliasKind, kind, "alias kind") or _guess_alias_kind(name)
    alias = Alias(name=name, kind=alias_kind)
    if isinstance(owner, Organization):
        alias.organization = owner
    else:
        alias.alliance = owner
    session.add(alias)
    return alias


def _guess_alias_kind(name: str) -> AliasKind:
    letters = name.replace(".", "").replace("-", "")
    if letters.isupper() and " " not in letters and len(letters) <= 12:
        return AliasKind.ACRONYM
    if not name.isascii():
        return AliasKind.TRANSLATION
    return AliasKind.OTHER


def rename(session: Session, record: Organization | Alliance, name: str) -> None:
    """Give a record a new name; the old one stays findable as a "former" alias."""
    noun = "organization" if isinstance(record, Organization) else "alliance"
    new_name = required_text(name, f"{noun} name")
    old_name = record.name
    if name_key(new_name) == record.name_key:
        record.name = new_name  # a new spelling of the same name: nothing to keep
        return
    check_name_free(session, new_name, exclude=record)
    record.name = new_name
    session.flush()  # the new name must be stored before the old one can become an alias
    add_alias(session, record, old_name, AliasKind.FORMER.value)


def edit_alias(
    session: Session,
    owner: Organization | Alliance,
    name: str,
    *,
    new_name: str | None = None,
    kind: str | None = None,
) -> Alias:
    """Correct one of an owner's other names: its spelling or its kind."""
    alias = _alias_of(owner, name)
    if new_name is not None:
        new_name = required_text(new_name, "alias")
        if name_key(new_name) != alias.name_key:
            check_name_free(session, new_name)
        alias.name = new_name
    if kind is not None:
        alias.kind = choice(AliasKind, kind, "alias kind") or alias.kind
    return alias


def _alias_of(owner: Organization | Alliance, name: str) -> Alias:
    key = name_key(name)
    for alias in owner.aliases:
        if alias.name_key == key:
            return alias
    known = ", ".join(a.name for a in owner.aliases) or "none"
    raise NotFound(f"{owner.name} has no alias '{name}' (its aliases: {known})")


def remove_alias(session: Session, owner: Organization | Alliance, name: str) -> Alias:
    alias = _alias_of(owner, name)
    owner.aliases.remove(alias)
    return alias


def edit_organization(
    session: Session,
    organization: Organization,
    name: str | None = None,
    kind: str | None = None,
    country: str | None = None,
    province: str | None = None,
    city: str | None = None,
    website: str | None = None,
    is_home: bool | None = None,
) -> Organization:
    """Change the given fields; None leaves a field as it is."""
    if name is not None:
        rename(session, organization, name)
    if kind is not None:
        organization.kind = choice(OrganizationKind, kind, "organization kind") or organization.kind
    if country is not None:
        organization.country = resolve.optional_country(session, country) if country else None
    if province is not None:
        organization.province = optional_text(province, "province", 100)
    if city is not None:
        organization.city = optional_text(city, "city", 100)
    if website is not None:
        organization.website = optional_text(website, "website", 500)
    if is_home is not None:
        if is_home:
            _check_home_free(session, organization)
        organization.is_home = is_home
    return organization


def remove_organization(session: Session, organization: Organization) -> None:
    """Delete an organization with its aliases, memberships and participations."""
    session.delete(organization)


@dataclass(frozen=True)
class OrganizationFilter:
    kind: str | None = None
    country: str | None = None
    name: str | None = None


def list_organizations(session: Session, where: OrganizationFilter) -> list[Organization]:
    query = select(Organization).order_by(Organization.name_key)
    if where.kind:
        query = query.where(Organization.kind == choice(OrganizationKind, where.kind, "kind"))
    if where.country:
        query = query.join(Country, Organization.country_id == Country.id).where(
            Country.id == resolve.country(session, where.country).id
        )
    if where.name:
        query = query.where(resolve.name_contains(Organization, where.name))
    return list(session.scalars(query))
