"""Countries and country groups (Belt and Road partner countries, or a group of your own).

Countries are ISO 3166-1 reference data loaded by the migrations; users read
them, and keep groups of them with the dates each country joined and left.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tracker.config import MAX_TEXT_LENGTH
from tracker.dates import check_order, parse_optional
from tracker.errors import AlreadyExists, InvalidInput, NotFound
from tracker.limits import get_by_id, looks_like_id
from tracker.models import (
    Cooperation,
    Country,
    CountryGroup,
    CountryGroupMember,
    Event,
    Organization,
)
from tracker.names import name_key
from tracker.services import resolve
from tracker.services.organization import home
from tracker.services.source import read_text_file
from tracker.services.validate import optional_text, required_text

CSV_COUNTRY_COLUMNS = ("iso2", "code", "alpha2", "country", "name")


def group(session: Session, text: str) -> CountryGroup:
    """A country group by id or name ("Belt and Road partner countries")."""
    query = text.strip()
    if not query:
        raise InvalidInput("the group name is empty")
    if looks_like_id(query):
        found = get_by_id(session, CountryGroup, query)
        if found is None:
            raise NotFound(f"no country group has id {query}")
        return found
    found = session.scalars(
        select(CountryGroup).where(CountryGroup.name_key == name_key(query))
    ).first()
    if found is None:
        names = session.scalars(select(CountryGroup.name)).all()
        close = resolve.closest_names(query, names)
        hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
        raise NotFound(f"no country group named '{query}'{hint}")
    return found


@dataclass(frozen=True)
class CountryFilter:
    group: str | None = None
    region: str | None = None
    name: str | None = None


def list_countries(
    session: Session, where: CountryFilter
) -> list[tuple[Country, CountryGroupMember | None]]:
    """Countries by name, each with its membership of `where.group` when one is given."""
    countries = list(session.scalars(select(Country).order_by(Country.name)))
    # regions and names are matched by their normalised key, which only Python computes
    if where.region:
        wanted = name_key(where.region)
        countries = [c for c in countries if wanted in name_key(c.region or "")]
    if where.name:
        from tracker.country_names import chinese_keys

        key = name_key(where.name)
        countries = [
            c for c in countries
            # an empty key ('?') is in every name: it matches by code or not at all
            if (key and (key in name_key(c.name) or key in name_key(c.official_name or "")
                         or any(key in chinese for chinese in chinese_keys(c.code))))
            or where.name.strip().upper() in (c.code, c.alpha3)
        ]
    if where.group is None:
        return [(c, None) for c in countries]
    members = {m.country_id: m for m in group(session, where.group).members}
    return [(c, members[c.id]) for c in countries if c.id in members]


@dataclass
class CountryReport:
    """What `country show` prints: the country, its groups, and our work there."""

    country: Country
    groups: list[CountryGroupMember] = field(default_factory=list)
    cooperation: list[Cooperation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    partners: list[Organization] = field(default_factory=list)


def country_report(session: Session, text: str) -> CountryReport:
    """The country, the groups it belongs to, the home organization's cooperation there
    (with the country itself or with institutions located in it), the events held there,
    and the institutions there that cooperate with the home organization."""
    country = resolve.country(session, text)
    report = CountryReport(country)
    report.groups = list(
        session.scalars(
            select(CountryGroupMember)
            .join(CountryGroup)
            .where(CountryGroupMember.country_id == country.id)
            .order_by(CountryGroup.name_key)
        )
    )
    report.events = list(
        session.scalars(
            select(Event)
            .where(Event.country_id == country.id)
            .order_by(Event.start_date.is_(None), Event.start_date, Event.id)
        )
    )
    ours = home(session)
    if ours is None:
        return report
    in_country = select(Organization.id).where(Organization.country_id == country.id)
    report.cooperation = list(
        session.scalars(
            select(Cooperation)
            .where(
                or_(
                    Cooperation.organization_id == ours.id,
                    Cooperation.partner_organization_id == ours.id,
                ),
                or_(
                    Cooperation.country_id == country.id,
                    Cooperation.partner_organization_id.in_(in_country),
                    Cooperation.organization_id.in_(in_country),
                ),
            )
            .order_by(Cooperation.start_date.is_(None), Cooperation.start_date, Cooperation.id)
        )
    )
    partners = {
        other.id: other
        for record in report.cooperation
        for other in (record.organization, record.partner)
        if other is not None and other is not ours and other.country_id == country.id
    }
    report.partners = sorted(partners.values(), key=lambda o: o.name_key)
    return report


def list_groups(session: Session) -> list[CountryGroup]:
    """Country groups by name."""
    return list(session.scalars(select(CountryGroup).order_by(CountryGroup.name_key)))


def current_members(group_row: CountryGroup) -> list[CountryGroupMember]:
    """Members that have not left."""
    return [m for m in group_row.members if m.left is None]


def add_group_member(
    session: Session,
    group_row: CountryGroup,
    country: str,
    joined: str | None = None,
    left: str | None = None,
    source: str | None = None,
) -> CountryGroupMember:
    """A country joins a group (and possibly left it again)."""
    found = resolve.country(session, country)
    joined_date, left_date = parse_optional(joined), parse_optional(left)
    check_order(joined_date, left_date, "leaving date")
    for member in group_row.members:
        if member.country_id == found.id:
            since = f" since {member.joined}" if member.joined else ""
            raise AlreadyExists(f"{found.name} is already in {group_row.name}{since}")
    member = CountryGroupMember(
        country=found, source=optional_text(source, "source", MAX_TEXT_LENGTH)
    )
    member.joined, member.left = joined_date, left_date
    group_row.members.append(member)
    return member


def remove_group_member(
    session: Session, group_row: CountryGroup, country: str
) -> CountryGroupMember:
    """Take a country out of a group (to record leaving, add it again with --left)."""
    found = resolve.country(session, country)
    for member in group_row.members:
        if member.country_id == found.id:
            group_row.members.remove(member)
            return member
    raise NotFound(f"{found.name} is not in {group_row.name}")


def create_group(
    session: Session,
    name: str,
    description: str | None = None,
    csv_path: Path | None = None,
) -> CountryGroup:
    """A new group, with the countries of a CSV file when one is given.

    The CSV has a header row with a country column (iso2, code, alpha2,
    country or name: a code or a name) and optional joined, left and source
    columns. Any bad row refuses the whole file, naming its line.
    """
    name = required_text(name, "group name", 200)
    key = name_key(name)
    if not key:
        raise InvalidInput(f"'{name}' has no letters or digits to make a name of")
    if session.scalars(select(CountryGroup).where(CountryGroup.name_key == key)).first():
        raise AlreadyExists(f"there is already a country group named '{name}'")
    created = CountryGroup(
        name=name, description=optional_text(description, "description", MAX_TEXT_LENGTH)
    )
    session.add(created)
    if csv_path is not None:
        _load_csv(session, created, csv_path)
    return created


def _load_csv(session: Session, group_row: CountryGroup, path: Path) -> None:
    text = read_text_file(path)
    reader = csv.DictReader(io.StringIO(text))
    headers = [h.strip().lower() for h in reader.fieldnames or []]
    reader.fieldnames = headers
    column = next((c for c in CSV_COUNTRY_COLUMNS if c in headers), None)
    if column is None:
        raise InvalidInput(
            f"{path} has no country column; name one of: {', '.join(CSV_COUNTRY_COLUMNS)}"
        )
    rows = list(reader)
    if not rows:
        raise InvalidInput(f"{path} has a header but no countries")
    for line, row in enumerate(rows, start=2):
        try:
            add_group_member(
                session, group_row, row.get(column) or "", row.get("joined"),
                row.get("left"), row.get("source"),
            )
        except (InvalidInput, NotFound, AlreadyExists) as error:
            raise type(error)(f"{path}, line {line}: {error}") from None
