"""From extracted facts to a plan: what each fact matches in the database, and what is new.

The builder reads the database (never writes it) and walks the facts in
dependency order: the source, alliances, organizations, memberships and role
terms, events and their participants, people, figures. Every entity the
article names gets one item and one `ref`; later facts that name it (by its
name, an alias or a self-reference such as "our university") point to that
ref, so one article never proposes the same record twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.config import MAX_NAME_LENGTH
from tracker.dates import PartialDate, Precision, parse_optional
from tracker.errors import InvalidInput
from tracker.extract.facts import ArticleFacts, Evidence
from tracker.ingest.history import Claim, History, role_history
from tracker.ingest.plan import Action, Item, Matched, Plan, SourceFields
from tracker.ingest.resolve import (
    MERGE_SCORE,
    NameIndex,
    is_generic,
    is_self_reference,
)
from tracker.models import (
    Alliance,
    Country,
    Event,
    EventParticipant,
    Figure,
    Membership,
    Organization,
    ParticipantRole,
    Person,
    Role,
)
from tracker.names import name_key
from tracker.services.source import content_hash, find_by_hash

EVENT_TITLE_SCORE = 85.0  # same date and titles this close: the same event
# "at the invitation of X", "invited by X" (on name keys: lower case, no punctuation);
# the inviter is the article's organization named first after it, within a few words
_INVITED = re.compile(r"\b(?:invitation of|invited by|invitation from)\b")
_INVITER_DISTANCE = 12
_UNDATED_NOTE = "undated: recorded after the dated roles, which keep their open end"

# The word before an organization's name in an event's sentence gives its part in it;
# the last one before the name wins ("hosted by A and organized by B").
_PARTICIPANT_ROLES = (
    (re.compile(r"\bco[\s-]?(?:hosted|organi[sz]ed)\b", re.I), "co_host"),
    (re.compile(r"\b(?:hosted|host|hosts)\b", re.I), "host"),
    (re.compile(r"\b(?:organi[sz]ed|organi[sz]er|undertaken)\b", re.I), "organizer"),
    (re.compile(r"\b(?:sponsored|sponsor)\b", re.I), "sponsor"),
)


def build_plan(
    session: Session,
    facts: ArticleFacts,
    text: str,
    origin: str,
    url: str | None = None,
) -> Plan:
    """The plan of changes that importing this article would make to the database."""
    fields = SourceFields(
        title=_clip(facts.source.title),
        url=url,
        publisher=_clip(facts.source.publisher),
        published=_valid_date(facts.source.published),
        text=text,
        content_hash=content_hash(text),
    )
    plan = Plan(origin=origin, source=fields)
    existing = find_by_hash(session, fields.content_hash)
    label = fields.title or fields.url or origin
    if existing is not None:
        plan.already_imported = existing.id
        plan.items.append(
            Item(
                "source", "source", Action.MATCH, label,
                matched=Matched("source", existing.id, existing.title or label, 100.0,
                                "same content hash"),
                note=f"already imported as source {existing.id}; nothing to change",
            )
        )
        return plan
    plan.items.append(
        Item("source", "source", Action.CREATE, label,
             fields={"title": fields.title, "url": url, "publisher": fields.publisher,
                     "published": fields.published})
    )
    _Builder(session, facts, plan).run()
    return plan


def _clip(text: str | None, limit: int = MAX_NAME_LENGTH) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text[: limit - 1] + "…" if len(text) > limit else (text or None)


def _valid_date(text: str | None) -> str | None:
    """The date if it parses, else None (a wrong date from the extractor is dropped)."""
    try:
        found = parse_optional(text)
    except InvalidInput:
        return None
    return found.iso() if found else None


def _iso(date: PartialDate | None) -> str | None:
    return date.iso() if date else None


def _term_match(term: _Term, via: str) -> Matched:
    return Matched("membership_term", term.id, f"{term.role} since {term.start or 'undated'}",
                   100.0, via)


def _sentence(evidence: Evidence | None) -> str | None:
    return evidence.sentence.strip() if evidence and evidence.sentence else None


@dataclass
class _Term:
    id: int
    role: str
    start: PartialDate | None
    end: PartialDate | None


class _Builder:
    """Walks one article's facts and appends items to the plan."""

    def __init__(self, session: Session, facts: ArticleFacts, plan: Plan) -> None:
        self.session = session
        self.facts = facts
        self.plan = plan
        self.index = NameIndex(session)
        # (table, name key) -> ref of the item standing for that entity; None: skipped
        self.local: dict[tuple[str, str], str | None] = {}
        self.planned_names: set[str] = set()  # keys of names and aliases this plan adds
        self.counter: dict[str, int] = defaultdict(int)
        self.self_ref: str | None = None
        self.publisher_ref: str | None = None
        self.countries = {code: (row_id, name) for row_id, code, name in session.execute(
            select(Country.id, Country.code, Country.name))}
        self.roles = {code: rank for code, rank in session.execute(select(Role.code, Role.rank))}

    # -- helpers ---------------------------------------------------------------------

    def add(self, kind: str, action: Action, label: str, **kwargs: Any) -> Item:
        self.counter[kind] += 1
        item = Item(f"{kind}:{self.counter[kind]}", kind, action, label, **kwargs)
        self.plan.items.append(item)
        return item

    def country(self, code: str | None) -> str | None:
        code = (code or "").upper()
        return code if code in self.countries else None

    def entity_of(self, ref: str | None) -> Item | None:
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

    # -- steps -----------------------------------------------------------------------

    def run(self) -> None:
        for alliance in self.facts.alliances:
            if self.reference_only("alliance", alliance.name, alliance.evidence):
                continue
            self.entity("alliance", alliance.name, alliance.aliases, alliance.evidence,
                        {"founded": _valid_date(alliance.founded)})
        for org in self.facts.organizations:
            if self.reference_only("organization", org.name, org.evidence):
                continue
            self.entity("organization", org.name, org.aliases, org.evidence,
                        {"kind": org.kind, "country": self.country(org.country)})
        self.publisher_ref = self.find_ref(self.facts.source.publisher or "", "organization")
        self.memberships()
        self.events()
        self.people()
        self.figures()
        self.countries_named()

    def reference_only(self, kind: str, name: str, evidence: Evidence | None) -> bool:
        """A bare reference ("the university") is no record: in the plan as not applied."""
        if not is_generic(_clip(name) or ""):
            return False
        self.add(kind, Action.SKIP, name or "(no name)", fields={"name": name},
                 evidence=_sentence(evidence), note="not applied: a reference, not a name")
        return True

    def countries_named(self) -> None:
        """The countries the article names: reference data, cited by the source."""
        for code in dict.fromkeys(self.facts.countries):
            evidence = _sentence(self.facts.country_evidence.get(code))
            if code.upper() in self.countries:
                row_id, name = self.countries[code.upper()]
                self.add("country", Action.MATCH, name, fields={"code": code.upper()},
                         evidence=evidence,
                         matched=Matched("country", row_id, name, 100.0, "ISO code"))
            else:
                self.add("country", Action.SKIP, code, fields={"code": code}, evidence=evidence,
                         note=f"not applied: '{code}' is not an ISO country code of the records")

    def entity(self, table: str, name: str, aliases: list[str], evidence: Evidence | None,
               fields: dict[str, Any]) -> str | None:
        """The ref of the organization or alliance these names stand for (added if new)."""
        name = _clip(name) or ""
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
        sentence = _sentence(evidence)
        other = self.index.other_table(names, table)
        if other is not None or any((_other(table), k) in self.local for k in keys):
            noun = _other(table)
            self.add(table, Action.SKIP, name, fields={"name": name, **fields}, evidence=sentence,
                     note=f"already known as the {noun} {other.name if other else name}")
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
        if matched is not None:
            item = self.matched_entity(table, name, matched, fields, sentence)
        else:
            note = f"new, or the same as {candidate.name}?" if candidate else None
            item = self.add(table, Action.CREATE, name, fields={"name": name, **fields},
                            evidence=sentence, candidate=candidate, note=note)
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

    def matched_entity(self, table: str, name: str, matched: Matched, fields: dict[str, Any],
                       sentence: str | None) -> Item:
        """A match, with empty database fields to fill and differing ones shown as conflicts."""
        model = Organization if table == "organization" else Alliance
        row = self.session.get(model, matched.id)
        fills: dict[str, Any] = {}
        conflicts: dict[str, list[Any]] = {}
        if isinstance(row, Organization) and fields.get("country"):
            held = row.country.code if row.country else None
            if held is None:
                fills["country"] = fields["country"]
            elif held != fields["country"]:
                conflicts["country"] = [held, fields["country"]]
        if isinstance(row, Alliance) and fields.get("founded"):
            held_date = row.founded.iso() if row.founded else None
            if held_date is None:
                fills["founded"] = fields["founded"]
            elif held_date != fields["founded"]:
                conflicts["founded"] = [held_date, fields["founded"]]
        action = Action.CONFLICT if conflicts else Action.MATCH
        return self.add(table, action, name, fields={"name": name, **fields}, evidence=sentence,
                        matched=matched, fills=fills, conflicts=conflicts)

    def remember(self, table: str, ref: str | None, names: list[str], self_refs: list[str]) -> None:
        for one in [*names, *self_refs]:
            self.local.setdefault((table, name_key(one)), ref)
        if self_refs and ref is not None and table == "organization":
            self.self_ref = self.self_ref or ref

    def alias_items(self, owner: str, aliases: list[str]) -> None:
        """Aliases the article uses that the database does not know yet."""
        item = self.entity_of(owner)
        if item is None:
            return
        own = name_key(item.fields.get("name", ""))
        for alias in aliases:
            key = name_key(alias)
            if not key or key == own or key in self.planned_names:
                continue
            if self.index.is_taken(alias):
                holders = [row for row, _via in self.index.by_key[key]]
                mine = item.matched is not None and any(
                    (row.table, row.id) == (item.matched.table, item.matched.id)
                    for row in holders)
                if not mine:  # the record's own alias is simply matched with it
                    self.add("alias", Action.SKIP, f"{alias} → {item.label}",
                             fields={"name": _clip(alias), "of": item.label},
                             evidence=item.evidence,
                             note=f"not applied: the name already belongs to {holders[0].name}")
                continue
            self.planned_names.add(key)
            self.add("alias", Action.CREATE, f"{alias} → {item.label}",
                     fields={"name": _clip(alias), "of": item.label}, needs={"owner": owner},
                     evidence=item.evidence)

    def find_ref(self, name: str, table: str) -> str | None:
        """The ref for a name used by a later fact; self-references name the publisher."""
        if not name.strip():
            return None
        key = name_key(name)
        if (table, key) in self.local:
            return self.local[(table, key)]
        if is_self_reference(name):
            return self.self_ref or (self.publisher_ref if table == "organization" else None)
        if self.index.exact([name], table) is None:
            return None
        return self.entity(table, name, [], None, {})

    def named_ref(self, name: str | None, table: str, evidence: Evidence | None) -> str | None:
        """Like find_ref, but a name not seen before becomes a new record."""
        if not name:
            return None
        found = self.find_ref(name, table)
        if found is not None or (table, name_key(name)) in self.local or is_self_reference(name):
            return found
        fields: dict[str, Any] = {"kind": "other", "country": None} if table == "organization" \
            else {"founded": None}
        return self.entity(table, name, [], evidence, fields)

    # -- memberships ------------------------------------------------------------------

    def memberships(self) -> None:
        groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for fact in self.facts.memberships:
            org = self.named_ref(fact.member, "organization", fact.evidence)
            alliance = self.named_ref(fact.alliance, "alliance", fact.evidence)
            label = f"{fact.member} in {fact.alliance} as {fact.role}"
            if fact.role not in self.roles:
                self.add("membership", Action.SKIP, label, evidence=_sentence(fact.evidence),
                         note=f"unknown role '{fact.role}'")
            elif not (self.live(org) and self.live(alliance)):
                self.add("membership", Action.SKIP, label, evidence=_sentence(fact.evidence),
                         note="its organization or alliance is skipped")
            else:
                assert org is not None and alliance is not None
                groups[(org, alliance)].append(fact)
        for (org, alliance), facts in groups.items():
            org_id, alliance_id = self.db_id(org), self.db_id(alliance)
            existing = None
            if org_id is not None and alliance_id is not None:
                existing = self.session.scalars(
                    select(Membership).where(Membership.organization_id == org_id,
                                             Membership.alliance_id == alliance_id)
                ).first()
            if existing is None:
                self.new_membership(org, alliance, facts)
            else:
                self.known_membership(org, alliance, existing, facts)

    def claims(self, facts: list[Any]) -> list[Claim[Any]]:
        return [Claim(fact.role, parse_optional(_valid_date(fact.since)), fact) for fact in facts]

    def pair_label(self, org: str, alliance: str) -> str:
        return f"{self.entity_of(org).label} in {self.entity_of(alliance).label}"  # type: ignore[union-attr]

    def left_out(self, label: str, history: History[Any]) -> None:
        for claim, reason in history.left_out:
            self.add("role_term", Action.SKIP, f"{label}: {claim.role}",
                     fields={"role": claim.role, "since": _iso(claim.since)},
                     evidence=_sentence(claim.origin.evidence), note=f"not applied: {reason}")

    def inviter(self, org: str, facts: list[Any]) -> str | None:
        """The article's organization that invited `org` in, as its joining sentence says."""
        for fact in facts:
            sentence = _sentence(fact.evidence)
            found = _INVITED.search(name_key(sentence or ""))
            if not found:
                continue
            after = name_key(sentence or "")[found.end():]
            best: tuple[int, str] | None = None
            for ref, forms in self.organization_forms().items():
                position = _first_position(after, forms)
                if ref != org and position >= 0 and (best is None or position < best[0]):
                    best = (position, ref)
            if best is not None and best[0] <= _INVITER_DISTANCE:
                return best[1]
        return None

    def organization_forms(self) -> dict[str, list[str]]:
        """Each live organization of the plan with the name keys the article uses for it."""
        forms: dict[str, list[str]] = defaultdict(list)
        for (table, key), ref in self.local.items():
            if table == "organization" and ref is not None and self.live(ref):
                forms[ref].append(key)
        for ref, keys in forms.items():
            keys.append(name_key(self.label_of(ref) or ""))
        return forms

    def new_membership(self, org: str, alliance: str, facts: list[Any]) -> None:
        history = role_history(self.claims(facts), self.roles)
        first, rest = history.terms[0], history.terms[1:]
        label = self.pair_label(org, alliance)
        inviter = self.inviter(org, facts)
        needs = {"organization": org, "alliance": alliance}
        if inviter is not None:
            needs["invited_by"] = inviter
        membership = self.add(
            "membership", Action.CREATE, f"{label} as {first.role}",
            fields={"role": first.role, "since": _iso(first.since),
                    "invited_by": self.label_of(inviter)},
            evidence=_sentence(first.origin.evidence), needs=needs,
        )
        for claim in rest:
            self.add("role_term", Action.CREATE, f"{label}: {claim.role}",
                     fields={"role": claim.role, "since": _iso(claim.since)},
                     evidence=_sentence(claim.origin.evidence),
                     needs={"membership": membership.ref},
                     note=None if claim.since else _UNDATED_NOTE)
        self.left_out(label, history)

    def known_membership(self, org: str, alliance: str, membership: Membership,
                         facts: list[Any]) -> None:
        label = self.pair_label(org, alliance)
        terms = [_Term(t.id, t.role.code, t.start, t.end) for t in membership.terms]
        inviter = self.inviter(org, facts)
        fills: dict[str, Any] = {}
        needs = {"organization": org, "alliance": alliance}
        if inviter is not None and membership.invited_by_id is None:
            fills["invited_by"] = self.label_of(inviter)
            needs["invited_by"] = inviter
        item = self.add(
            "membership", Action.MATCH, label, evidence=_sentence(facts[0].evidence),
            matched=Matched("membership", membership.id, label, 100.0, "same organization "
                            "and alliance"),
            needs=needs, fills=fills,
        )
        history = role_history(self.claims(facts), self.roles)
        for claim in history.terms:
            self.known_term(item, label, membership, terms, claim)
        self.left_out(label, history)

    def known_term(self, membership_item: Item, label: str, membership: Membership,
                   terms: list[_Term], claim: Claim[Any]) -> None:
        """One stated role against the recorded history: the same, earlier, a rise, or a conflict.

        A role lower than the current one is a conflict, never a demotion; a higher one
        is a new term only when dated after every recorded start.
        """
        since = claim.since
        fields = {"role": claim.role, "since": _iso(since)}
        common = {"fields": fields, "evidence": _sentence(claim.origin.evidence),
                  "needs": {"membership": membership_item.ref}}
        title = f"{label}: {claim.role}"
        same_role = [t for t in terms if t.role == claim.role]
        agreeing = [t for t in same_role
                    if since is None or t.start is None or t.start.overlaps(since)]
        if agreeing:
            self.add("role_term", Action.MATCH, title, **common,
                     matched=_term_match(agreeing[0], "same role"))
            return
        if same_role:
            term = same_role[0]
            self.add("role_term", Action.CONFLICT, title, **common,
                     matched=_term_match(term, "same role"),
                     conflicts={"since": [_iso(term.start), _iso(since)]})
            return
        starts = [t.start for t in terms if t.start is not None]
        first = min(starts, key=lambda d: d.first_day, default=None)
        latest = max(starts, key=lambda d: d.first_day, default=None)
        current = min((t for t in terms if t.end is None),
                      key=lambda t: self.roles.get(t.role, 0), default=None)
        higher = current is None or self.roles[claim.role] < self.roles.get(current.role, 0)
        if since is not None and membership.left is None and first is not None \
                and since.last_day < first.first_day:
            self.add("role_term", Action.CREATE, title, **common,
                     note=f"an earlier role: it ends where the recorded history starts ({first})")
        elif since is not None and membership.left is None and higher and (
                latest is None or since.first_day > latest.first_day):
            self.add("role_term", Action.CREATE, title, **common,
                     note="a new role from this date; the current one ends there")
        else:
            held = current or (max(terms, key=lambda t: t.id) if terms else None)
            why = ("lower than the recorded role: never a demotion unless you take the "
                   "article's" if not higher else "the article does not date the change "
                   "after the recorded history")
            self.add("role_term", Action.CONFLICT, title, **common,
                     matched=_term_match(held, "current role") if held else None,
                     conflicts={"role": [held.role if held else None, claim.role]}, note=why)

    # -- events -----------------------------------------------------------------------

    def events(self) -> None:
        known = list(self.session.execute(
            select(Event.id, Event.title, Event.start_date, Event.start_precision,
                   Event.alliance_id)
        ))
        seen: dict[tuple[str | None, str], str] = {}
        for fact in self.facts.events:
            title = _clip(fact.name) or "(untitled event)"
            date = _valid_date(fact.date)
            sentence = _sentence(fact.evidence)
            alliance = self.find_ref(fact.alliance, "alliance") if fact.alliance else None
            alliance = alliance if self.live(alliance) else None
            fields = {"title": title, "kind": fact.kind, "date": date,
                      "city": _clip(fact.city, 100), "country": self.country(fact.country),
                      "alliance": self.label_of(alliance)}
            key = (date, name_key(title))
            if key in seen:  # the same event twice in one article
                self.add("event", Action.SKIP, title, fields=fields, evidence=sentence,
                         note=f"not applied: restates {self.label_of(seen[key])}")
                continue
            matched = self.match_event(known, title, date, self.db_id(alliance))
            needs = {"alliance": alliance} if alliance else {}
            note = None if date else "the article gives no date; recorded undated"
            if matched:
                item = self.add("event", Action.MATCH, title, fields=fields, evidence=sentence,
                                matched=matched, needs=needs, note=note)
            else:
                item = self.add("event", Action.CREATE, title, fields=fields, evidence=sentence,
                                needs=needs, note=note)
            seen[key] = item.ref
            self.participants(item, sentence)

    def match_event(self, known: list[Any], title: str, date: str | None,
                    alliance_id: int | None) -> Matched | None:
        """An event of the same date (or both undated) with a close title or the same alliance."""
        from rapidfuzz import fuzz

        wanted = parse_optional(date) if date else None
        key = name_key(title)
        best: Matched | None = None
        for event_id, other_title, start, precision, other_alliance in known:
            if (start is None) != (wanted is None):
                continue
            if wanted is not None:
                held = PartialDate(start, Precision(precision))
                if not held.overlaps(wanted):
                    continue
            score = float(fuzz.token_set_ratio(key, name_key(other_title)))
            same_day = (wanted is not None and wanted.precision.value == "day"
                        and precision == "day" and alliance_id is not None
                        and alliance_id == other_alliance)
            needed = EVENT_TITLE_SCORE if wanted is not None else MERGE_SCORE
            if (score >= needed or same_day) and (best is None or score > best.score):
                via = "same date and alliance" if same_day and score < needed else "same date, " \
                      "similar title" if wanted else "similar title"
                best = Matched("event", event_id, other_title, score, via)
        return best

    def participants(self, event: Item, sentence: str | None) -> None:
        """Organizations the event's sentence names take part in it; their words give the role."""
        if not sentence:
            return
        existing: set[tuple[int | None, ParticipantRole]] = set()
        if event.action is Action.MATCH and event.matched:
            existing = set(self.session.execute(
                select(EventParticipant.organization_id, EventParticipant.role)
                .where(EventParticipant.event_id == event.matched.id)
            ).tuples())
        lowered = name_key(sentence)
        done: set[str] = set()
        for (table, _key), ref in list(self.local.items()):
            if table != "organization" or ref is None or ref in done or not self.live(ref):
                continue
            org = self.entity_of(ref)
            assert org is not None
            forms = [name_key(org.label), *(k for (t, k), r in self.local.items()
                                            if t == table and r == ref)]
            position = _first_position(lowered, forms)
            if position < 0:
                continue
            done.add(ref)
            role = _participant_role(lowered[:position])
            org_id = self.db_id(ref)
            fields = {"organization": org.label, "role": role, "event": event.label}
            needs = {"event": event.ref, "organization": ref}
            label = f"{org.label} at {event.label}"
            if org_id is not None and any(o == org_id and str(r) == role for o, r in existing):
                self.add("participant", Action.MATCH, label, fields=fields, evidence=sentence,
                         needs=needs, matched=Matched("event_participant", 0, label, 100.0,
                                                      "already a participant"))
            else:
                self.add("participant", Action.CREATE, label, fields=fields, evidence=sentence,
                         needs=needs)

    # -- people and figures ------------------------------------------------------------

    def people(self) -> None:
        seen: set[str] = set()
        for fact in self.facts.people:
            key = name_key(fact.name)
            if not key or key in seen:
                self.add("person", Action.SKIP, fact.name or "(no name)",
                         fields={"name": fact.name}, evidence=_sentence(fact.evidence),
                         note="not applied: " + ("stated again" if key else "no name"))
                continue
            seen.add(key)
            org = self.find_ref(fact.organization, "organization") if fact.organization else None
            org = org if self.live(org) else None
            org_id = self.db_id(org)
            found = self.session.scalars(
                select(Person).where(Person.name_key == key).order_by(Person.id)
            ).all()
            same = [p for p in found if org_id is None or p.organization_id in (None, org_id)]
            fields = {"name": _clip(fact.name), "title": _clip(fact.title),
                      "organization": self.entity_of(org).label if org else None}  # type: ignore[union-attr]
            needs = {"organization": org} if org else {}
            sentence = _sentence(fact.evidence)
            if same:
                self.add("person", Action.MATCH, fact.name, fields=fields, evidence=sentence,
                         needs=needs, matched=Matched("person", same[0].id, same[0].name, 100.0,
                                                      "same name"))
            else:
                self.add("person", Action.CREATE, fact.name, fields=fields, evidence=sentence,
                         needs=needs)

    def figures(self) -> None:
        # an alliance's member count has no statement of its own, hence text may be None
        stated: list[tuple[str | None, str, int | float, str, str | None, str | None,
                           Evidence | None]] = [
            (f.subject, f.metric, f.value, f.bound, f.as_of, f.text, f.evidence)
            for f in self.facts.figures]
        for alliance in self.facts.alliances:
            restated = any(f.metric == "members" and f.value == alliance.member_count
                           for f in self.facts.figures)
            if alliance.member_count is not None and not restated:
                stated.append((alliance.name, "members", alliance.member_count, "exact",
                               alliance.member_count_as_of, None, alliance.evidence))
        seen: set[tuple[Any, ...]] = set()
        for subject, metric, value, bound, as_of, text, evidence in stated:
            ref, note = None, None
            if subject:
                ref = self.find_ref(subject, "organization") or self.find_ref(subject, "alliance")
                if ref is None:
                    note = (f"its subject '{subject}' is not among the article's organizations "
                            "or alliances: kept with its source only")
            elif (main := self.main_subject()) is not None:
                ref = main
                note = f"no subject named; taken as the article's subject, {self.label_of(main)}"
            else:
                note = "the article names no subject: kept with its source only"
            if ref is not None and not self.live(ref):
                self.add("figure", Action.SKIP, f"{metric} = {value} ({subject or '?'})",
                         evidence=_sentence(evidence), fields={"metric": metric, "value": value},
                         note=f"skipped: its subject {self.label_of(ref)} is skipped")
                continue
            # the same number in two different statements is two figures (the extractor
            # already folds a restated one); the same statement twice is one
            key = (ref, metric, value, bound, text)
            if key in seen:
                self.add("figure", Action.SKIP, f"{metric} = {value} ({subject or '?'})",
                         fields={"metric": metric, "value": value},
                         evidence=_sentence(evidence), note="not applied: stated again")
                continue
            seen.add(key)
            owner = self.entity_of(ref) if ref is not None else None
            as_of = _valid_date(as_of) or self.plan.source.published
            fields = {"subject": owner.label if owner else None, "metric": metric,
                      "value": value, "bound": bound, "as_of": as_of, "statement": text}
            matched = self.match_figure(owner, metric, value, bound, as_of, text)
            action = Action.MATCH if matched else Action.CREATE
            self.add("figure", action,
                     f"{metric} = {value} ({owner.label if owner else 'no subject'})",
                     fields=fields, evidence=_sentence(evidence),
                     needs={"subject": ref} if ref is not None else {}, matched=matched,
                     note=note)

    def main_subject(self) -> str | None:
        """What an article is about when a figure names nothing: its one alliance, else the
        publisher (or the organization speaking of itself); None when that is unclear."""
        alliances = {ref for (table, _key), ref in self.local.items()
                     if table == "alliance" and self.live(ref)}
        if len(alliances) == 1:
            return alliances.pop()
        for ref in (self.publisher_ref, self.self_ref):
            if self.live(ref):
                return ref
        return None

    def match_figure(self, owner: Item | None, metric: str, value: Any, bound: str,
                     as_of: str | None, statement: str | None) -> Matched | None:
        """The stored figure this one restates: same subject, metric, value and bound, at an
        overlapping date; a figure with no subject must also have the same statement, since
        nothing else says the two numbers count the same thing."""
        if owner is None:
            if not statement:
                return None
            query = select(Figure).where(Figure.organization_id.is_(None),
                                         Figure.alliance_id.is_(None),
                                         func.lower(Figure.statement) == statement.lower())
        elif owner.action not in (Action.MATCH, Action.CONFLICT) or owner.matched is None:
            return None
        else:
            column = Figure.organization_id if owner.kind == "organization" \
                else Figure.alliance_id
            query = select(Figure).where(column == owner.matched.id)
        wanted = parse_optional(as_of) if as_of else None
        for figure in self.session.scalars(query):
            if (figure.metric.value == metric and float(figure.value) == float(value)
                    and figure.bound.value == bound
                    and (figure.as_of is None or wanted is None or figure.as_of.overlaps(wanted))):
                via = "same subject, metric and value" if owner else "same statement and value"
                return Matched("figure", figure.id, f"{metric} = {value}", 100.0, via)
        return None


def _other(table: str) -> str:
    return "alliance" if table == "organization" else "organization"


def _first_position(lowered: str, forms: list[str]) -> int:
    """Where the first of `forms` (name keys) occurs in the sentence's key, or -1."""
    positions = []
    for form in forms:
        needle = form
        if len(needle) < 3:
            continue
        found = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", lowered)
        if found:
            positions.append(found.start())
    return min(positions, default=-1)


def _participant_role(before: str) -> str:
    """The part the last role word before the name gives; attendee when there is none."""
    best, where = "attendee", -1
    for pattern, role in _PARTICIPANT_ROLES:
        for found in pattern.finditer(before):
            if found.start() > where:
                best, where = role, found.start()
    return best
