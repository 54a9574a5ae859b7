"""The import plan: every change one article proposes, with its evidence and its match.

A plan is data only. `build.build_plan` makes it from the extracted facts and
the database (each fact kind planned by its module in `ingest.kinds`, whose
dataclass types the item's `fields`), the CLI shows it (table, JSON, or one item at a time for
review), and `apply.apply_plan` carries it out. Items refer to each other by
`ref` ("organization:2"), so that a membership can name an organization the
same plan creates; an item whose dependency is skipped is skipped too.

Actions:

- `create`: a new record. When a fuzzy match fell short of the merge
  threshold, `candidate` holds the close record and the table says
  "new, or the same as X?"; the default is to create the new record (the
  candidate is never merged silently) and `--review` can merge instead.
- `match`: the record exists; the source is cited as further evidence.
- `conflict`: the record exists but the article states a different value
  (`conflicts`: field -> [database, article]). The record is cited and left
  as it is, unless the user accepts the article's values (`take_article`).
- `skip`: nothing is done; `note` says why.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, TypeVar

F = TypeVar("F")


class Action(enum.StrEnum):
    CREATE = "create"
    MATCH = "match"
    CONFLICT = "conflict"
    SKIP = "skip"


@dataclass
class Matched:
    """A database record a fact was matched to (or is close to), with how and how well."""

    table: str
    id: int
    name: str
    score: float
    via: str

    def describe(self) -> str:
        return f"{self.name} (id {self.id}, {self.via}, score {self.score:.0f})"


@dataclass
class Item(Generic[F]):
    """One proposed change; `fields` is its kind's dataclass (what the record will hold)."""

    ref: str
    kind: str
    action: Action
    label: str
    fields: F
    evidence: str | None = None
    matched: Matched | None = None
    candidate: Matched | None = None
    note: str | None = None
    needs: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, list[Any]] = field(default_factory=dict)
    fills: dict[str, Any] = field(default_factory=dict)
    take_article: bool = False

    def skip(self, reason: str) -> None:
        self.action = Action.SKIP
        self.note = reason

    def merge_with_candidate(self) -> None:
        """The user says the new record is the close one: match it instead of creating."""
        if self.candidate is None or self.action is not Action.CREATE:
            raise ValueError("only a new record with a close candidate can be merged")
        self.matched, self.candidate = self.candidate, None
        self.action = Action.MATCH
        self.note = "merged by the reviewer"

    def to_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "kind": self.kind,
            "action": self.action.value,
            "label": self.label,
            "fields": asdict(self.fields),  # type: ignore[call-overload]
            "evidence": self.evidence,
            "matched": _matched_json(self.matched),
            "candidate": _matched_json(self.candidate),
            "note": self.note,
            "needs": self.needs,
            "conflicts": self.conflicts,
            "fills": self.fills,
            "take_article": self.take_article,
        }


def _matched_json(matched: Matched | None) -> dict[str, Any] | None:
    if matched is None:
        return None
    return {
        "table": matched.table,
        "id": matched.id,
        "name": matched.name,
        "score": round(matched.score, 1),
        "via": matched.via,
    }


@dataclass
class SourceFields:
    """What the source row will hold."""

    title: str | None
    url: str | None
    publisher: str | None
    published: str | None
    text: str
    content_hash: str
    author: str | None = None


@dataclass
class Plan:
    """Everything one article would change; `already_imported` names its existing source."""

    origin: str
    source: SourceFields
    items: list[Item[Any]] = field(default_factory=list)
    already_imported: int | None = None
    unread: str | None = None  # why nothing was read from the article (see ingest.run)
    _by_ref: dict[str, Item[Any]] = field(default_factory=dict, repr=False, compare=False)

    def counts(self) -> Counter[str]:
        """How many items of each action (the source included)."""
        return Counter(item.action.value for item in self.items)

    def changes_anything(self) -> bool:
        return self.already_imported is None

    def item(self, ref: str) -> Item[Any] | None:
        # planners append to `items` directly: the index catches up with what was appended,
        # and is rebuilt if the list was changed any other way (a sheet has thousands of items)
        index = self._by_ref
        if len(index) > len(self.items) or any(
                index.get(item.ref) is not item for item in self.items[len(index) - 1:len(index)]):
            index.clear()
        for item in self.items[len(index):]:
            index.setdefault(item.ref, item)
        found = index.get(ref)
        return found if found is not None and found.ref == ref else None

    def repoint(self, item: Item[Any], name: str, text: str) -> None:
        """Point a reference field of `item` at the plan's entity named `text` ("" for none).

        Raises ValueError, with a message for the reviewer, when nothing fits.
        """
        from tracker.ingest.kinds import BY_NAME
        from tracker.names import name_key

        kinds = BY_NAME[item.kind].references[name]
        if not text.strip():
            item.needs.pop(name, None)
            setattr(item.fields, name, None)
            return
        wanted = name_key(text)
        for other in self.items:
            names = {name_key(other.label), name_key(getattr(other.fields, "name", None) or "")}
            if other.kind in kinds and other.action is not Action.SKIP and wanted in names:
                item.needs[name] = other.ref
                setattr(item.fields, name, other.label)
                return
        raise ValueError(f"this article has no {' or '.join(kinds)} named '{text}'")

    def to_json(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "source": {
                "title": self.source.title,
                "url": self.source.url,
                "publisher": self.source.publisher,
                "published": self.source.published,
                "author": self.source.author,
                "content_hash": self.source.content_hash,
            },
            "already_imported": self.already_imported,
            "unread": self.unread,
            "counts": dict(self.counts()),
            "items": [item.to_json() for item in self.items],
        }
