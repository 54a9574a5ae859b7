"""Matching extracted names to database rows, with a score.

Names are compared by `name_key` against the names and aliases of every
organization and alliance (score 100); failing that, by rapidfuzz's
token-sort ratio of the keys. At `MERGE_SCORE` or more the fact is taken to
be that record; between `CANDIDATE_SCORE` and `MERGE_SCORE` the record is
only a candidate ("new, or the same as X?") and is never merged without the
user saying so.

Self-references ("our university", "our college", 我校, 本院) name the
publisher of the article; `is_self_reference` spots them, and `is_generic` spots the
bare common nouns ("the alliance") that must never become aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.extract.zh.words import (
    INSTITUTION_NOUNS,
    REFERENCE_DETERMINERS,
    REFERENCE_NOUNS,
    SELF_DETERMINERS,
)
from tracker.ingest.plan import Matched
from tracker.models import Alias, Alliance, Organization
from tracker.names import name_key

MERGE_SCORE = 92.0
CANDIDATE_SCORE = 75.0

TABLES = ("organization", "alliance")
_SELF_WORDS = {"our", "we", "us"}
_DETERMINERS = {"the", "our", "this", "that", "its", "their", "we", "us"}
_GENERIC_WORDS = {
    "the", "our", "this", "that", "we", "us", "its", "alliance", "university", "college",
    "school", "institute", "institution", "association", "league", "network", "consortium",
    "federation", "committee", "council", "polytechnic", "academy", "organization",
    "organisation", "union", "center", "centre", "platform", "group", "partner", "partners",
    "member", "members", "city", "cities", "vocational", "and", "of", "forum",
}


# Chinese writes references without spaces: an optional determiner, then one common noun
# ("我校" our school, "该联盟" that alliance, "联盟" the alliance).
def _one_of(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_ZH_SELF = re.compile(_one_of(SELF_DETERMINERS) + _one_of(INSTITUTION_NOUNS))
_ZH_REFERENCE = re.compile(_one_of(REFERENCE_DETERMINERS) + "?" + _one_of(REFERENCE_NOUNS))


def is_self_reference(name: str) -> bool:
    """"our university", "our college", "we", "我校": the publisher speaking of itself."""
    words = name_key(name).split()
    if len(words) == 1 and _ZH_SELF.fullmatch(words[0]):
        return True
    return bool(words) and words[0] in _SELF_WORDS and set(words) <= _GENERIC_WORDS


def is_generic(name: str) -> bool:
    """A reference, not a name ("the alliance", "our university", "Alliance"): never an alias.

    Proper names may be made of common nouns ("University Alliance"), so only a
    bare noun or one led by a determiner counts. `name_key` drops a leading
    "the", hence the raw first word is looked at too.
    """
    words = name_key(name).split()
    if not words:
        return True
    if len(words) == 1 and _ZH_REFERENCE.fullmatch(words[0]):
        return True
    first = name.strip().split()[0].casefold() if name.strip() else ""
    determined = first in _DETERMINERS or words[0] in _DETERMINERS
    return set(words) <= _GENERIC_WORDS and (determined or len(words) == 1)


@dataclass(frozen=True)
class _Row:
    table: str
    id: int
    name: str


def sorted_tokens(key: str) -> str:
    """The key's words in sorted order: rapidfuzz's ratio of two of these is their
    token-sort ratio, so the stored names are sorted once, not at every comparison."""
    return " ".join(sorted(key.split()))


@dataclass
class _Keys:
    """One table's distinct name and alias keys, in reading order, with their records."""

    rows: list[_Row]
    sorted: list[str]  # sorted_tokens of each key, what fuzzy matching compares
    seen: set[str]

    def add(self, key: str, row: _Row) -> None:
        if key not in self.seen:  # the first record to hold a key keeps it
            self.seen.add(key)
            self.rows.append(row)
            self.sorted.append(sorted_tokens(key))


class FuzzyKeys:
    """The name and alias keys of every organization and alliance, for fuzzy matching.

    Loaded once and then topped up with the rows added since (ids above the
    highest seen, read through the primary keys), so a folder import reads the
    names once, not once per article. Hold one for a run of imports; a record
    removed meanwhile is noticed by `NameIndex.fuzzy`, which then reloads.
    """

    def __init__(self) -> None:
        self.by_table: dict[str, _Keys] = {table: _Keys([], [], set()) for table in TABLES}
        self._rows: dict[tuple[str, int], _Row] = {}
        self._last = {"organization": 0, "alliance": 0, "alias": 0}

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]

    def top_up(self, session: Session) -> None:
        """Read the records and aliases added since the last call."""
        for model, table in ((Organization, "organization"), (Alliance, "alliance")):
            for row_id, name, key in session.execute(
                select(model.id, model.name, model.name_key)
                .where(model.id > self._last[table]).order_by(model.id)
            ):
                row = self._rows[(table, row_id)] = _Row(table, row_id, name)
                self.by_table[table].add(key, row)
                self._last[table] = row_id
        for alias_id, key, org_id, alliance_id in session.execute(
            select(Alias.id, Alias.name_key, Alias.organization_id, Alias.alliance_id)
            .where(Alias.id > self._last["alias"]).order_by(Alias.id)
        ):
            owner = self._rows.get(("organization", org_id) if org_id else
                                   ("alliance", alliance_id))
            if owner is not None:
                self.by_table[owner.table].add(key, owner)
            self._last["alias"] = alias_id


class NameIndex:
    """Names and aliases of organizations and alliances, looked up by key as an article asks.

    Exact lookups go through the unique indexes on the name keys, so their cost
    does not grow with the database; only fuzzy matching reads every key, through
    `FuzzyKeys`, which a folder import shares between its articles.
    """

    def __init__(self, session: Session, fuzzy_keys: FuzzyKeys | None = None) -> None:
        self.session = session
        self.fuzzy_keys = fuzzy_keys if fuzzy_keys is not None else FuzzyKeys()
        self._found: dict[str, list[tuple[_Row, str]]] = {}  # planning never writes: cache
        self._topped_up = False  # the fuzzy keys, once per article for the same reason
        home = session.execute(
            select(Organization.id, Organization.name).where(Organization.is_home.is_(True))
        ).first()
        self.home = _Row("organization", home.id, home.name) if home else None

    def holders(self, key: str) -> list[tuple[_Row, str]]:
        """The records whose name or alias has this key, each with how it was found."""
        if key not in self._found:
            found: list[tuple[_Row, str]] = []
            for model, table in ((Organization, "organization"), (Alliance, "alliance")):
                for row_id, name in self.session.execute(
                    select(model.id, model.name).where(model.name_key == key)
                ):
                    found.append((_Row(table, row_id, name), "name"))
            for alias, org_id, org_name, alliance_id, alliance_name in self.session.execute(
                select(Alias.name, Organization.id, Organization.name, Alliance.id, Alliance.name)
                .outerjoin(Organization, Alias.organization_id == Organization.id)
                .outerjoin(Alliance, Alias.alliance_id == Alliance.id)
                .where(Alias.name_key == key)
            ):
                if org_id is None and alliance_id is None:
                    continue
                owner = (_Row("organization", org_id, org_name) if org_id is not None else
                         _Row("alliance", alliance_id, alliance_name))
                found.append((owner, f"alias '{alias}'"))
            self._found[key] = found
        return self._found[key]

    def is_taken(self, name: str) -> bool:
        """Whether a name or alias with this key exists (names are unique across both tables)."""
        return bool(self.holders(name_key(name)))

    def exact(self, names: list[str], table: str) -> Matched | None:
        """The record of `table` one of `names` names exactly (by key), or None."""
        for name in names:
            for row, via in self.holders(name_key(name)):
                if row.table == table:
                    return Matched(row.table, row.id, row.name, 100.0, via)
        return None

    def other_table(self, names: list[str], table: str) -> Matched | None:
        """A record of the *other* table that one of `names` names exactly."""
        other = "alliance" if table == "organization" else "organization"
        return self.exact(names, other)

    def fuzzy(self, names: list[str], table: str) -> Matched | None:
        """The closest record of `table` at CANDIDATE_SCORE or more, or None."""
        best = self._closest(names, table)
        if best is None:
            return None
        current: Organization | Alliance | None = (
            self.session.get(Organization, best.id) if table == "organization"
            else self.session.get(Alliance, best.id))
        if current is None:  # removed since the keys were read (another process): read again
            self.fuzzy_keys.reset()
            self._topped_up = False
            return self._closest(names, table)
        return Matched(best.table, best.id, current.name, best.score, best.via)

    def _closest(self, names: list[str], table: str) -> Matched | None:
        from rapidfuzz import fuzz, process

        if not self._topped_up:
            self.fuzzy_keys.top_up(self.session)
            self._topped_up = True
        keys = self.fuzzy_keys.by_table[table]
        if not keys.rows:
            return None
        best: Matched | None = None
        for name in names:
            key = name_key(name)
            if len(key) < 4:  # acronyms are matched exactly or not at all
                continue
            found = process.extractOne(sorted_tokens(key), keys.sorted, scorer=fuzz.ratio,
                                       processor=None, score_cutoff=CANDIDATE_SCORE)
            if found and (best is None or found[1] > best.score):
                row = keys.rows[found[2]]
                best = Matched(row.table, row.id, row.name, float(found[1]), "similar name")
        return best

    def home_match(self, via: str) -> Matched | None:
        """The home organization as a match, if one is set."""
        if self.home is None:
            return None
        return Matched("organization", self.home.id, self.home.name, 100.0, via)
