"""What every planner shares while one article's plan is built.

`PlanContext` holds the session, the facts, the plan being built and the
register of the article's entities: every organization and alliance the article
names gets one item and one `ref`, and later facts that name it (by its name,
an alias or a self-reference such as "our university") point to that ref, so
one article never proposes the same record twice. It reads the database and
never writes it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.config import MAX_NAME_LENGTH
from tracker.dates import PartialDate
from tracker.errors import InvalidInput
from tracker.extract.facts import ArticleFacts, Evidence
from tracker.ingest.plan import Action, Item, Matched, Plan
from tracker.ingest.resolve import (
    MERGE_SCORE,
    FuzzyKeys,
    NameIndex,
    is_generic,
    is_self_reference,
)
from tracker.models import Country, Role
from tracker.names import name_key

ENTITY_TABLES = ("organization", "alliance")


def clip(text: str | None, limit: int = MAX_NAME_LENGTH) -> str | None:
    """White space folded, cut to `limit` with an ellipsis; None when empty."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text[: limit - 1] + "…" if len(text) > limit else (text or None)


def valid_date(text: str | None) -> str | None:
    """The date if it parses, else None (a wrong date from the extractor is dropped)."""
    from tracker.dates import parse_optional

    try:
        found = parse_optional(text)
    except InvalidInput:
        return None
    return found.iso() if found else None


def iso(date: PartialDate | None) -> str | None:
    return date.iso() if date else None


def sentence(evidence: Evidence | None) -> str | None:
    return evidence.sentence.strip() if evidence and evidence.sentence else None


def first_position(lowered: str, forms: list[str]) -> int:
    """Where the first of `forms` (name keys) occurs in the sentence's key, or -1."""
    positions = []
    for form in forms:
        if len(form) < 3:
            continue
        found = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", lowered)
        if found:
            positions.append(found.start())
    return min(positions, default=-1)


def other_table(table: str) -> str:
    return "alliance" if table == "organization" else "organization"


class PlanContext:
    """One article's facts, the plan so far, and the register of its entities."""

    def __init__(self, session: Session, facts: ArticleFacts, plan: Plan,
                 fuzzy_keys: FuzzyKeys | None = None) -> None:
        self.session = session
        self.facts = facts
        self.plan = plan
        self.index = NameIndex(session, fuzzy_keys)
        # (table, name key) -> ref of the item standing for that entity; None: skipped
        self.local: dict[tuple[str, str], str | None] = {}
        self.planned_names: set[str] = set()  # keys of names and aliases this plan adds
        self.counter: dict[str, int] = defaultdict(int)
        self.self_ref: str | None = None
        self.publisher_ref: str | None = None
        self.countries = {code: (row_id, name) for row_id, code, name in session.execute(
            select(Country.id, Country.code, Country.name))}
        self.roles = {code: rank for code, rank in session.execute(select(Role.code, Role.rank))}

    # -- items -----------------------------------------------------------------------

    def add(self, kind: str, action: Action, label: str, fields: Any, **kwargs: Any) -> Item[Any]:
        self.counter[kind] += 1
        item = Item(f"{kind}:{self.counter[kind]}", kind, action, label, fields, **kwargs)
        self.plan.items.append(item)
        return item

    def country(self, code: str | None) -> str | None:
        code = (code or "").upper()
        return code if code in self.countries else None

    def entity_of(self, ref: str | None) -> Item[Any] | None:
        return self.plan.item(ref) if ref else None

    def db_id(self, ref: str | None) -> int | None:
        """The database id behind an entity ref, when it is a matched record."""
        item = self.entity_of(ref)
        if item and item.action in (Action.MATCH, Action.CONFLICT) and item.matched:
            return item.matched.id
        return None

    def label_of(self, ref: str | None) -> str | None:
        item = self.entity_of(ref)
        return item.label if item else None

    def live(self, ref: str | None) -> bool:
        item = self.entity_of(ref)
        return item is not None and item.action is not Action.SKIP

    def refs(self, table: str) -> dict[str, list[str]]:
        """Each live entity of `table` with the name keys the article uses for it."""
        forms: dict[str, list[str]] = defaultdict(list)
        for (kind, key), ref in self.local.items():
            if kind == table and ref is not None and self.live(ref):
                forms[ref].append(key)
        for ref, keys in forms.items():
            keys.append(name_key(self.label_of(ref) or ""))
        return forms

    # -- the entity register -----------------------------------------------------------

    def reference_only(self, table: str, name: str, evidence: Evidence | None) -> bool:
        """A bare reference ("the university") is no record: in the plan as not applied."""
        from tracker.ingest.kinds import BY_NAME

        if not is_generic(clip(name) or ""):
            return False
        self.add(table, Action.SKIP, name or "(no name)", BY_NAME[table].fields(name=name),
                 evidence=sentence(evidence), note="not applied: a reference, not a name")
        return True

    def entity(self, table: str, name: str, aliases: list[str], evidence: Evidence | None,
               fields: Any) -> str | None:
        """The ref of the organization or alliance these names stand for (added if new)."""
        name = clip(name) or ""
        if is_generic(name):
            return None
        self_refs = [a for a in aliases if is_self_reference(a)]
        names = [name, *(a for a in aliases if not is_generic(a))]
        keys = [name_key(n) for n in names]
        known = next((self.local[(table, k)] for k in keys if (table, k) in self.local), "")
        if known != "":
            self.remember(table, known, names, self_refs)
            if known is not None:
                self.alias_items(known, names[1:])
            return known
        said = sentence(evidence)
        other = self.index.other_table(names, table)
        if other is not None or any((other_table(table), k) in self.local for k in keys):
            self.add(table, Action.SKIP, name, fields, evidence=said,
                     note=f"already known as the {other_table(table)} "
                          f"{other.name if other else name}")
            self.remember(table, None, names, self_refs)
            return None
        matched = self.index.exact(names, table)
        candidate = None
        if matched is None and self_refs and table == "organization":
            matched = self.home_if_publisher(names)
        if matched is None:
            close = self.index.fuzzy(names, table)
            if close and close.score >= MERGE_SCORE:
                matched = close
            else:
                candidate = close
        if matched is not None and (same := self.matched_ref(matched)) is not None:
            # the record is already in the plan under another of its names (a sheet's
            # membership row names by full name what the organization row named by alias)
            self.remember(table, same, names, self_refs)
            self.alias_items(same, names[1:])
            return same
        if matched is not None:
            item = self.matched_entity(table, name, matched, fields, said)
        else:
            note = f"new, or the same as {candidate.name}?" if candidate else None
            item = self.add(table, Action.CREATE, name, fields, evidence=said,
                            candidate=candidate, note=note)
            self.planned_names.add(name_key(name))
        self.remember(table, item.ref, names, self_refs)
        self.alias_items(item.ref, names[1:])
        return item.ref

    def home_if_publisher(self, names: list[str]) -> Matched | None:
        """A self-referring organization is the home one when it or the publisher is close to it."""
        home = self.index.home_match("home organization (the publisher's self-reference)")
        if home is None:
            return None
        publisher = self.facts.source.publisher
        close = self.index.fuzzy(names, "organization")
        if (close and close.id == home.id) or (
            publisher and (found := self.index.exact([publisher], "organization"))
            and found.id == home.id
        ):
            return home
        return None

    def matched_entity(self, table: str, name: str, matched: Matched, fields: Any,
                       said: str | None) -> Item[Any]:
        """A match, with empty database fields to fill and differing ones shown as conflicts."""
        from tracker.ingest.kinds import BY_NAME

        kind = BY_NAME[table]
        assert kind.model is not None and kind.compare is not None
        row = self.session.get(kind.model, matched.id)
        fills, conflicts = kind.compare(row, fields)
        action = Action.CONFLICT if conflicts else Action.MATCH
        return self.add(table, action, name, fields, evidence=said, matched=matched,
                        fills=fills, conflicts=conflicts)

    def matched_ref(self, matched: Matched) -> str | None:
        """The ref of the plan's item already matched to this database record, if any."""
        for item in self.plan.items:
            if (item.matched is not None and item.action is not Action.SKIP
                    and (item.matched.table, item.matched.id) == (matched.table, matched.id)
                    and item.kind == matched.table):
                return item.ref
        return None

    def remember(self, table: str, ref: str | None, names: list[str], self_refs: list[str]) -> None:
        for one in [*names, *self_refs]:
            self.local.setdefault((table, name_key(one)), ref)
        if self_refs and ref is not None and table == "organization":
            self.self_ref = self.self_ref or ref

    def alias_items(self, owner: str, aliases: list[str]) -> None:
        from tracker.ingest.kinds.alias import plan_aliases

        plan_aliases(self, owner, aliases)

    def find_ref(self, name: str, table: str) -> str | None:
        """The ref for a name used by a later fact; self-references name the publisher."""
        from tracker.ingest.kinds import BY_NAME

        if not name.strip():
            return None
        key = name_key(name)
        if (table, key) in self.local:
            return self.local[(table, key)]
        if is_self_reference(name):
            if table != "organization":
                return self.self_ref
            return self.self_ref or self.publisher_ref or self.home_ref()
        if self.index.exact([name], table) is None:
            return None
        return self.entity(table, name, [], None, BY_NAME[table].fields(name=clip(name)))

    def home_ref(self) -> str | None:
        """The home organization's ref (added to the plan as matched), if one is set. It is
        also what "我校", "our university" name in an article that does not name its
        publisher: the office imports its own institution's news."""
        home = self.index.home_match("home organization")
        return self.named_ref(home.name, "organization", None) if home else None

    def named_ref(self, name: str | None, table: str, evidence: Evidence | None) -> str | None:
        """Like find_ref, but a name not seen before becomes a new record."""
        from tracker.ingest.kinds import BY_NAME

        if not name:
            return None
        found = self.find_ref(name, table)
        if found is not None or (table, name_key(name)) in self.local or is_self_reference(name):
            return found
        return self.entity(table, name, [], evidence, BY_NAME[table].fields(name=clip(name)))
