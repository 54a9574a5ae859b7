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
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

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
_ZH_SELF = re.compile(r"(?:我|本)(?:校|院|所|单位|大学|学院|学校)")
_ZH_REFERENCE = re.compile(
    r"(?:我|本|该|此|这|贵|全)?(?:校|院|所|单位|大学|学院|学校|联盟|协会|学会|集团|委员会|"
    r"中心|公司|组织|平台|共同体|联合会|成员单位|会员单位|合作伙伴|伙伴)"
)


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


class NameIndex:
    """The names and aliases of every organization and alliance, loaded once per article."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, list[tuple[_Row, str]]] = defaultdict(list)
        self.keys_by_table: dict[str, dict[str, _Row]] = {table: {} for table in TABLES}
        self.home: _Row | None = None
        rows: dict[tuple[str, int], _Row] = {}
        for org_id, name, key, is_home in session.execute(
            select(Organization.id, Organization.name, Organization.name_key, Organization.is_home)
        ):
            row = rows[("organization", org_id)] = _Row("organization", org_id, name)
            self._add(key, row, "name")
            if is_home:
                self.home = row
        for alliance_id, name, key in session.execute(
            select(Alliance.id, Alliance.name, Alliance.name_key)
        ):
            row = rows[("alliance", alliance_id)] = _Row("alliance", alliance_id, name)
            self._add(key, row, "name")
        for alias, key, org_id, alliance_id in session.execute(
            select(Alias.name, Alias.name_key, Alias.organization_id, Alias.alliance_id)
        ):
            owner = rows.get(("organization", org_id) if org_id else ("alliance", alliance_id))
            if owner is not None:
                self._add(key, owner, f"alias '{alias}'")

    def _add(self, key: str, row: _Row, via: str) -> None:
        self.by_key[key].append((row, via))
        self.keys_by_table[row.table].setdefault(key, row)

    def is_taken(self, name: str) -> bool:
        """Whether a name or alias with this key exists (names are unique across both tables)."""
        return name_key(name) in self.by_key

    def exact(self, names: list[str], table: str) -> Matched | None:
        """The record of `table` one of `names` names exactly (by key), or None."""
        for name in names:
            for row, via in self.by_key.get(name_key(name), []):
                if row.table == table:
                    return Matched(row.table, row.id, row.name, 100.0, via)
        return None

    def other_table(self, names: list[str], table: str) -> Matched | None:
        """A record of the *other* table that one of `names` names exactly."""
        other = "alliance" if table == "organization" else "organization"
        return self.exact(names, other)

    def fuzzy(self, names: list[str], table: str) -> Matched | None:
        """The closest record of `table` at CANDIDATE_SCORE or more, or None."""
        from rapidfuzz import fuzz, process

        keys = self.keys_by_table[table]
        if not keys:
            return None
        best: Matched | None = None
        for name in names:
            key = name_key(name)
            if len(key) < 4:  # acronyms are matched exactly or not at all
                continue
            found = process.extractOne(
                key, keys.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=CANDIDATE_SCORE
            )
            if found and (best is None or found[1] > best.score):
                row = keys[found[0]]
                best = Matched(row.table, row.id, row.name, float(found[1]), "similar name")
        return best

    def home_match(self, via: str) -> Matched | None:
        """The home organization as a match, if one is set."""
        if self.home is None:
            return None
        return Matched("organization", self.home.id, self.home.name, 100.0, via)
