"""Memberships: who joined which alliance, in what role, since when.

Rules, each over one sentence whose names are already resolved to entities:
"X joined the Alliance (as a council member)", "X ... became an executive
council member of the Alliance", "the Alliance initiated by X and Y",
"X initiated the Alliance", "the Alliance ... with the entry of X and Y",
and "Chairman of the Alliance and President of X" (the person's institution
is a member; SCHEMA.md ruling).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.dates import DateMention
from tracker.extract.facts import Membership
from tracker.extract.lexicon import (
    ALLIANCE_OFFICE_TITLES,
    ENTRY_WORDS,
    FOUNDED_BY,
    INITIATED_BY,
    INITIATES,
    JOIN_VERBS,
)
from tracker.extract.roles import ROLE_PATTERN, normalize_role, outranks
from tracker.extract.text import Sentence, by_sentence

if TYPE_CHECKING:
    from tracker.extract.names import Entity, Ref, Register

JOIN = re.compile(rf"\b(?:{JOIN_VERBS})\b", re.I)
ROLE_AFTER = re.compile(
    rf"(?:\b(?:as|became|becoming|become|becomes|elected|hired|appointed|named|selected|approved|"
    rf"is|was|are|were|being|been|among|serves|served|serving|acts|acted|remains|remained)"
    rf"|(?<=\w),)\s+(?:as\s+)?(?:an?|the|its|one\s+of\s+the)\s+"
    rf"(?:new\s+|(?:alliance|network|league|consortium)(?:['’]s)?\s+|official\s+|first\s+)?"
    rf"(?P<role>{ROLE_PATTERN})s?\b", re.I)
MEMBERS_INCLUDE = re.compile(
    r"\b(?P<rank>(?:founding|council|executive\s+council|standing\s+council|associate|full)\s+)?"
    r"members?(?:\s+(?:institutions|universities|colleges|units|schools))?\s+"
    r"(?:include|includes|including|are|such as)\b[:\s]*", re.I)
SECRETARIAT_AT = re.compile(
    r"\bsecretariat\b(?:\s+of\s+the\s+\w+)?\s+(?:is|was|will be|has been)?\s*"
    r"(?:located|based|housed|hosted|set up|established)\s+(?:at|in|by)\s+(?:the\s+)?", re.I)
BY_LIST = re.compile(rf"\b(?:(?P<lead>{INITIATED_BY})|{FOUNDED_BY})\b", re.I)
ACTIVE_INITIATE = re.compile(rf"\b{INITIATES}\b", re.I)
ENTRY = re.compile(rf"\b(?:{ENTRY_WORDS})\b", re.I)
OFFICE = re.compile(rf"\b{ALLIANCE_OFFICE_TITLES}\s+of\s+(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"^[\s,;:]*(?:and\s+|as well as\s+)?(?:the\s+)?$", re.I)


def find_memberships(text: str, sentences: list[Sentence], refs: list[Ref],
                     mentions: list[DateMention], register: Register,
                     publisher: Entity | None = None) -> list[Membership]:
    found: list[Membership] = []
    alliances = [e for e in register.entities if e.is_alliance]
    if not alliances:
        return []
    main = max(alliances, key=lambda e: e.count)
    buckets = by_sentence(sentences, [r.start for r in refs])
    previous: list[Ref] = []
    here: list[Ref] = []
    for sentence, indexes in zip(sentences, buckets, strict=True):
        if here:
            previous = here
        here = [refs[i] for i in indexes]
        if not any(r.entity.is_alliance for r in here) and not re.search(
                r"\b(?:alliance|network|league|consortium)\b", sentence.text, re.I) \
                and not ROLE_AFTER.search(sentence.text) \
                and not MEMBERS_INCLUDE.search(sentence.text):
            continue
        rel = sentence.start
        for match in JOIN.finditer(sentence.text):
            at = rel + match.start()
            member = _last(here, at, alliance=False, within=160) or _subject(
                sentence, register, refs) or _pronoun(sentence, previous, publisher)
            alliance = _first(here, rel + match.end(), alliance=True, within=120)
            if alliance is None and re.match(r"\s+(?:the\s+)?(?:alliance|network|league)",
                                             sentence.text[match.end():], re.I):
                alliance = main
            if member is None or alliance is None:
                continue
            role = _role_after(sentence.text, match.end()) or "member"
            named = [r for r in here if r.entity is alliance and r.start >= rel + match.end()]
            since = _since(sentence, mentions, at, named[0].end if named else rel + match.end())
            found.append(_membership(member, alliance, role, since, sentence, at))
        for match in ROLE_AFTER.finditer(sentence.text):
            listed_role = normalize_role(match.group("role"))
            if listed_role is None:
                continue
            at = rel + match.start()
            members = _list_before(text, here, at, sentence.start)
            if not members:
                members = [e for e in [_clause_subject(text, here, at) or
                                       _pronoun(sentence, previous, publisher)] if e]
            alliance = _first(here, rel + match.end(), alliance=True, within=60) or \
                _last(here, at, alliance=True, within=400) or main
            since = _since(sentence, mentions, at, rel + match.end())
            for member in members:
                found.append(_membership(member, alliance, listed_role, since, sentence, at))
        for match in BY_LIST.finditer(sentence.text):
            alliance = _last(here, rel + match.start(), alliance=True, within=250) or \
                _first(here, rel + match.end(), alliance=True, within=200)
            if alliance is None:
                continue
            role = "lead_member" if match.group("lead") else "founding_member"
            for member in _list_after(text, here, rel + match.end(), sentence.end):
                found.append(_membership(member, alliance, role,
                                         _since(sentence, mentions, rel + match.start()), sentence,
                                         rel + match.start()))
        for match in ACTIVE_INITIATE.finditer(sentence.text):
            member = _last(here, rel + match.start(), alliance=False, within=40)
            alliance = _first(here, rel + match.end(), alliance=True, within=40)
            if member is not None and alliance is not None:
                found.append(_membership(member, alliance, "lead_member",
                                         _since(sentence, mentions, rel + match.start()), sentence,
                                         rel + match.start()))
        for match in MEMBERS_INCLUDE.finditer(sentence.text):
            alliance = _last(here, rel + match.start(), alliance=True, within=200) or main
            role = normalize_role(f"{match.group('rank') or ''}member") or "member"
            for member in _list_after(text, here, rel + match.end(), sentence.end):
                found.append(_membership(member, alliance, role,
                                         _since(sentence, mentions, rel + match.start()),
                                         sentence, rel + match.start()))
        for match in SECRETARIAT_AT.finditer(sentence.text):
            member = _first(here, rel + match.end(), alliance=False, within=5)
            alliance = _last(here, rel + match.start(), alliance=True, within=120) or main
            if member is not None:
                found.append(_membership(member, alliance, "secretariat",
                                         _since(sentence, mentions, rel + match.start()),
                                         sentence, rel + match.start()))
        for match in ENTRY.finditer(sentence.text):
            alliance = _last(here, rel + match.start(), alliance=True, within=200)
            if alliance is None:
                continue
            colon = sentence.text.find(":", match.end())
            start = rel + (colon + 1 if colon >= 0 else match.end())
            for member in _list_after(text, here, start, sentence.end):
                found.append(_membership(member, alliance, "member",
                                         _since(sentence, mentions, rel + match.start()), sentence,
                                         rel + match.start()))
        for ref in here:
            if not ref.entity.is_alliance:
                continue
            if not OFFICE.search(text[max(sentence.start, ref.start - 40):ref.start]):
                continue
            after = [r for r in here if r.start > ref.end and r.start - ref.end < 160
                     and not r.entity.is_alliance and r.entity.kind in ("university", "college")]
            if after:
                found.append(_membership(after[0].entity, ref.entity, "member",
                                         _since(sentence, mentions, ref.start), sentence,
                                         ref.start))
    return _dedupe(found)


def _membership(member: Entity, alliance: Entity, role: str, since: str | None,
                sentence: Sentence, at: int) -> Membership:
    return Membership(member=member.name, alliance=alliance.name, role=role, since=since,
                      evidence=sentence.evidence(at, min(sentence.end, at + 80)))


def _since(sentence: Sentence, mentions: list[DateMention], at: int,
           end: int | None = None) -> str | None:
    """The date right after the statement ("became X in 2022"), else the nearest before it
    in its sentence, else the first after it."""
    inside = [m for m in mentions if sentence.start <= m.start < sentence.end and m.iso()]
    if end is not None:
        right_after = [m for m in inside if 0 <= m.start - end <= 12]
        if right_after:
            return right_after[0].iso()
    before = [m for m in inside if m.start < at]
    if before:
        return before[-1].iso()
    return inside[0].iso() if inside else None


def _last(refs: list[Ref], before: int, alliance: bool, within: int) -> Entity | None:
    options = [r for r in refs if r.end <= before and before - r.end <= within
               and r.entity.is_alliance == alliance]
    return options[-1].entity if options else None


def _first(refs: list[Ref], after: int, alliance: bool, within: int) -> Entity | None:
    options = [r for r in refs if r.start >= after and r.start - after <= within
               and r.entity.is_alliance == alliance]
    return options[0].entity if options else None


_PRONOUN = re.compile(r"^(?:It|The\s+(?:university|college|school|institute|polytechnic))\b")


def _pronoun(sentence: Sentence, previous: list[Ref], publisher: Entity | None) -> Entity | None:
    """ "It joined ...": the body the previous sentence named first, else the publisher."""
    if not _PRONOUN.match(sentence.text):
        return None
    named = [r.entity for r in previous if not r.entity.is_alliance]
    return named[0] if named else publisher


def _list_before(text: str, refs: list[Ref], before: int, floor: int) -> list[Entity]:
    """Organizations listed right before a position: "X and Y were ..." (nearest last)."""
    out: list[Entity] = []
    position = before
    for ref in reversed(refs):
        if ref.end > position or ref.start < floor:
            continue
        if ref.entity.is_alliance:
            break
        gap = text[ref.end:position]
        if out and not _LIST_GAP.match(gap):
            break
        if not out and position - ref.end > 200:
            break
        out.append(ref.entity)
        position = ref.start
    return out[::-1]


_AUXILIARY = re.compile(r"\s+(?:was|were|is|are|has|have|had)\b")


def _clause_subject(text: str, refs: list[Ref], before: int) -> Entity | None:
    """The organization a verb phrase before `before` is about: the last one followed by an
    auxiliary ("X was invited to the meeting of the Alliance, and was hired as ...")."""
    for ref in reversed(refs):
        if ref.end <= before and not ref.entity.is_alliance and _AUXILIARY.match(text, ref.end):
            return ref.entity
    return None


_SUBJECT = re.compile(r"^(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\s+(?:is|has|have|was|had|"
                      r"officially|formally|joins|joined|becomes|became)\b")


def _subject(sentence: Sentence, register: Register, refs: list[Ref]) -> Entity | None:
    """A bare proper name opening the sentence ("Aberystwyth is one of ... who joined")."""
    from tracker.extract.lexicon import COMMON_CAPS
    from tracker.extract.names import Entity, Ref

    match = _SUBJECT.match(sentence.text)
    if not match or any(w in COMMON_CAPS for w in match.group("name").split()):
        return None
    name = match.group("name")
    entity = register.find(name)
    if entity is None:
        entity = Entity(name, "other", evidence=sentence.evidence(
            sentence.start, sentence.start + len(name)))
        register.entities.append(entity)
    refs.append(Ref(sentence.start, sentence.start + len(name), entity))
    return entity


def _list_after(text: str, refs: list[Ref], start: int, stop: int) -> list[Entity]:
    """Organizations listed right after a position: "X, Y and Z"."""
    out: list[Entity] = []
    position = start
    for ref in refs:
        if ref.start < position or ref.start >= stop:
            continue
        if ref.entity.is_alliance:
            break
        gap = text[position:ref.start]
        if out and not _LIST_GAP.match(gap):
            break
        if not out and ref.start - position > 80:
            break
        out.append(ref.entity)
        position = ref.end
    return out


def _role_after(sentence: str, position: int) -> str | None:
    """ "joined the Alliance as a council member": the role given with the joining."""
    window = sentence[position:position + 200]
    match = ROLE_AFTER.search(window)
    if match and match.start() < 120 and match.group(0).lower().startswith("as "):
        return normalize_role(match.group("role"))
    return None


def _dedupe(found: list[Membership]) -> list[Membership]:
    out: list[Membership] = []
    seen: dict[tuple[str, str, str], Membership] = {}
    for m in found:
        key = (m.member, m.alliance, m.role)
        if m.member == m.alliance:
            continue
        if key in seen:
            seen[key].since = seen[key].since or m.since
            continue
        seen[key] = m
        out.append(m)
    # One statement, one role: keep "member" beside a higher role only when dated apart.
    result = []
    for m in out:
        higher = [o for o in out if o.member == m.member and o.alliance == m.alliance
                  and outranks(o.role, m.role)]
        if higher and not (m.since and all(o.since != m.since for o in higher)):
            continue
        result.append(m)
    return result
