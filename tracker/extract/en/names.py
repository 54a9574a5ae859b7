"""Named things of an article: organizations and alliances (merged with their
aliases), the publisher, people, and the memberships that link them.

The per-sentence work is in `organizations.py` (names), `people.py` and
`memberships.py`; this module keeps the article-wide register of entities so
that "the Alliance", an acronym or "our university" refer back to a name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.extract.en import memberships as memberships_mod
from tracker.extract.en import people as people_mod
from tracker.extract.en.appositives import add_appositive_alliances
from tracker.extract.en.bodies import settle_kinds
from tracker.extract.en.dates import DateMention
from tracker.extract.en.headline import is_title_case
from tracker.extract.en.organizations import NameMention, find_name_mentions
from tracker.extract.facts import Alliance, Evidence, Membership, Organization, Person
from tracker.extract.register import Entity, Ref, Register
from tracker.extract.text import LIST_ITEM_START, Sentence, name_key

# Acronyms that are common nouns of the field, never a body's name.
GENERIC_ACRONYMS = frozenset({
    "TVET", "MOU", "MOUS", "MOA", "COVID", "BRI", "CPC", "SAR", "CEO", "PHD", "UN", "EU",
    "GDP", "STEM", "ICT", "AI", "IT", "UK", "USA", "US", "UAE", "PRC", "ASEAN", "BRICS",
    "AM", "PM", "GMT", "UTC", "BJT", "OK", "TV", "PDF", "JPG", "HTML", "URL", "VR", "AR",
    "SDG", "SDGS", "NGO", "NGOS", "HR", "RMB", "USD", "EUR", "CNY", "FAQ", "QR", "ID",
    "BA", "MA", "MSC", "BSC", "MBA", "HK", "PR", "RD", "II", "III", "IV", "VI", "VII",
    "COVID-", "NEWS", "HOME", "MENU", "GPA",
})
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?![\w-])")
_GENERIC_ALLIANCE_REF = re.compile(
    r"\b(?:the|this|our|its)\s+(?:new\s+|university\s+|education\s+)?"
    r"(alliance|network|league|consortium|federation|coalition)\b", re.I)
_SELF_REF = re.compile(r"\b(?:our|the)\s+(?:university|college|school|institute|polytechnic|"
                       r"academy)\b(?!\s+(?:of|in)\b)|\bwe\b|\bus\b", re.I)


@dataclass
class NamesResult:
    organizations: list[Organization]
    alliances: list[Alliance]
    memberships: list[Membership]
    people: list[Person]
    publisher: str | None
    default_subject: str | None
    refs: list[Ref] = field(default_factory=list)


def find_names(text: str, sentences: list[Sentence], mentions: list[DateMention],
               published: str | None) -> NamesResult:
    register = Register()
    refs: list[Ref] = []
    body_start = next((s.start for s in sentences
                       if s.text.endswith((".", ":")) and len(s.text.split()) >= 12), len(text))
    title_case = [s.start < body_start and is_title_case(s.text)
                  and not _listed(sentences, i) for i, s in enumerate(sentences)]
    per_sentence: list[list[NameMention]] = [find_name_mentions(s.text, s.start) for s in sentences]
    # Body sentences first; headline-style lines only confirm names seen elsewhere.
    for sentence, found, headline in zip(sentences, per_sentence, title_case, strict=True):
        if headline:
            continue
        for mention in found:
            entity = register.add(mention.name, mention.kind,
                                  evidence=sentence.evidence(mention.start, mention.end),
                                  acronym=mention.acronym)
            refs.append(Ref(mention.start, mention.end, entity))
    for found, headline in zip(per_sentence, title_case, strict=True):
        if not headline:
            continue
        for mention in found:
            known = register.find(mention.name, mention.kind)
            if known is None:
                key = name_key(mention.name)
                known = next((e for e in register.entities
                              if any(key.endswith(" " + name_key(f)) for f in e.forms())), None)
            if known is not None:
                refs.append(Ref(mention.start, mention.end, known))
    _acronym_refs(text, register, refs)
    _spelled_out(register, refs)
    settle_kinds(text, refs)
    add_appositive_alliances(text, register, refs)
    _former_names(text, register, refs)
    register.entities = [e for e in register.entities if e.kind != "drop"]
    refs[:] = [r for r in refs if r.entity.kind != "drop"]
    publisher = _publisher(text, sentences, register, refs) or _unnamed_self(text, register)
    if publisher is not None:
        for match in _SELF_REF.finditer(text):
            refs.append(Ref(match.start(), match.end(), publisher))
            form = match.group(0).lower()
            if form.startswith(("our ", "the ")) and form not in publisher.aliases:
                publisher.aliases.append(form)
        _kind_from_self_reference(publisher)
    _alliance_refs(text, register, refs)
    refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
    people = people_mod.find_people(
        sentences, refs, publisher=publisher.name if publisher else None,
        publisher_is_school=publisher is not None and publisher.kind in ("university", "college"))
    memberships = memberships_mod.find_memberships(text, sentences, refs, mentions, register,
                                                   publisher)
    organizations = [Organization(name=e.name, kind=e.kind, aliases=list(e.aliases),
                                  evidence=e.evidence)
                     for e in register.entities if not e.is_alliance]
    alliances = [Alliance(name=e.name, aliases=list(e.aliases), evidence=e.evidence)
                 for e in register.entities if e.is_alliance]
    main_alliance = max((e for e in register.entities if e.is_alliance),
                        key=lambda e: e.count, default=None)
    return NamesResult(organizations, alliances, memberships, people,
                       publisher.name if publisher else None,
                       main_alliance.name if main_alliance else None, refs)


def _listed(sentences: list[Sentence], index: int) -> bool:
    """A line of a list ("- X", "2) Y", or any line under one ending in a colon): its names
    are the list's items, read like the body's, not a headline's."""
    if LIST_ITEM_START.match(sentences[index].text):
        return True
    for before in reversed(sentences[:index]):
        if before.text.rstrip().endswith(":"):
            return True
        if not is_title_case(before.text):
            return False
    return False


def _unnamed_self(text: str, register: Register) -> Entity | None:
    """A page that never names itself but says "our university" still speaks of one body:
    it is named by that phrase (as a Chinese page's 我校 is), which the importer reads as
    the home organization."""
    said = next((m for m in _SELF_REF.finditer(text) if m.group(0).lower().startswith("our ")),
                None)
    if said is None:
        return None
    name = said.group(0).lower()
    entity = Entity(name, _SELF_KINDS.get(name.split()[-1], "other"),
                    evidence=Evidence(said.start(), said.end(), ""))
    register.entities.append(entity)
    return entity


def _acronym_refs(text: str, register: Register, refs: list[Ref]) -> None:
    """Stand-alone acronyms: of a known name, or a body the page names often (its publisher)."""
    by_form: dict[str, Entity] = {}
    for known in register.entities:
        for form in known.forms():
            if form.isupper() or sum(c.isupper() for c in form) >= 2 and " " not in form:
                by_form[form] = known
    for known in register.entities:
        by_form.setdefault(_initials(known.name), known)
    matches = list(_ACRONYM.finditer(text))  # (one scan of the text, read twice)
    counts = Counter(m.group(1) for m in matches)
    covered = _mask(text, refs)
    for match in matches:
        word = match.group(1)
        entity = by_form.get(word)
        if entity is not None and word not in entity.forms() and word.isupper():
            entity.aliases.append(word)
        if entity is None:
            if counts[word] < 2 or word.upper() in GENERIC_ACRONYMS or len(word) < 2 \
                    or len(word) > 8 or not word.isupper():
                continue
            if _is_country_code_like(word):
                continue
            entity = Entity(word, "other", evidence=Evidence(match.start(), match.end(), ""))
            register.entities.append(entity)
            by_form[word] = entity
        if not covered[match.start()]:
            entity.count += 1
            refs.append(Ref(match.start(), match.end(), entity))


_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


def _initials(name: str) -> str:
    """ "African Research Universities Alliance" -> "ARUA" (the acronym a text may use
    without introducing it). Names of fewer than three words give none."""
    words = _NAME_WORD.findall(name)
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _letters_in_order(acronym: str, name: str) -> bool:
    """ "CHU" in "Chang'an University": the acronym's letters in the name's order, the first
    the name's first letter, the last the initial of one of its words."""
    name = re.sub(r"[^\w\s]", "", name)
    if not name or name[0].upper() != acronym[0]:
        return False
    initials = {w[0].upper() for w in name.split()}
    if acronym[-1] not in initials:
        return False
    at = 1
    for letter in acronym[1:]:
        at = name.upper().find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def _spelled_out(register: Register, refs: list[Ref]) -> None:
    """An acronym the text never introduces, used for the one name it can abbreviate
    ("CHU" beside "Chang'an University"), is that name's (in place)."""
    for short in [e for e in register.entities if e.name.isupper() and not e.aliases
                  and e.kind == "other" and 2 <= len(e.name) <= 6]:
        candidates = [e for e in register.entities if e is not short and not e.is_alliance
                      and " " in e.name and not any(f.isupper() for f in e.aliases)
                      and _letters_in_order(short.name, e.name)]
        if len(candidates) != 1:
            continue
        full = candidates[0]
        full.aliases.append(short.name)
        full.count += short.count
        short.kind = "drop"
        for ref in refs:
            if ref.entity is short:
                ref.entity = full


# "Previously convened as X", "formerly known as X", "renamed from X": X is another name of
# the body the sentence is about.
_FORMERLY = re.compile(r"\b(?:formerly|previously|originally|once)\s+(?:(?:known|called|named|"
                       r"convened|founded|established|registered)\s+(?:\w+\s+)?)?as\s+(?:the\s+)?$"
                       r"|\brenamed\s+from\s+(?:the\s+)?$", re.I)


def _former_names(text: str, register: Register, refs: list[Ref]) -> None:
    """Merge an alliance named as another's former name into it (in place)."""
    alliances = [e for e in register.entities if e.is_alliance]
    if len(alliances) < 2:
        return
    main = max(alliances, key=lambda e: e.count)
    for ref in refs:
        old = ref.entity
        if not old.is_alliance or old is main or not _FORMERLY.search(
                text, max(0, ref.start - 60), ref.start):
            continue
        for form in old.forms():
            if form not in main.forms():
                main.aliases.append(form)
        main.count += old.count
        old.kind = "drop"
        for other in refs:
            if other.entity is old:
                other.entity = main


def _mask(text: str, refs: list[Ref]) -> bytearray:
    """1 at every character some reference covers."""
    mask = bytearray(len(text) + 1)
    for ref in refs:
        mask[ref.start:ref.end] = b"\x01" * (ref.end - ref.start)
    return mask


def _is_country_code_like(word: str) -> bool:
    from tracker.extract.en.countries import country_table

    return word in country_table()


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?"
                        r"(?:the\s+)?", re.I)


def _publisher(text: str, sentences: list[Sentence], register: Register,
               refs: list[Ref]) -> Entity | None:
    """The body speaking: the copyright holder, else the body named in the headline,
    else an organization the page names at least three times."""
    for match in _COPYRIGHT.finditer(text):
        after = [r for r in refs if 0 <= r.start - match.end() <= 3 and not r.entity.is_alliance]
        if after:
            return after[0].entity
    headline = [s for i, s in enumerate(sentences[:8])
                if is_title_case(s.text) and not _listed(sentences, i)]
    for sentence in headline:
        named = [r for r in refs if sentence.start <= r.start < sentence.end
                 and not r.entity.is_alliance]
        if named:
            return named[0].entity
    orgs = [e for e in register.entities if not e.is_alliance and e.count >= 3]
    if orgs:
        return max(orgs, key=lambda e: e.count)
    return None


def _alliance_refs(text: str, register: Register, refs: list[Ref]) -> None:
    """"the Alliance", "the network": the last alliance named before, else the main one."""
    alliances = sorted((r for r in refs if r.entity.is_alliance), key=lambda r: r.start)
    if not alliances:
        return
    main = max((e for e in register.entities if e.is_alliance), key=lambda e: e.count)
    covered = _mask(text, refs)
    for match in _GENERIC_ALLIANCE_REF.finditer(text):
        if covered[match.start()] or covered[match.end() - 1]:
            continue
        word = match.group(1).lower()
        before = [r for r in alliances if r.start < match.start()
                  and word in r.entity.name.lower()]
        entity = before[-1].entity if before else main
        refs.append(Ref(match.start(), match.end(), entity))


# How the publisher speaks of itself -> its kind (SCHEMA.md: polytechnics and schools are
# colleges).
_SELF_KINDS = {"university": "university", "college": "college", "polytechnic": "college",
               "school": "college"}


def _kind_from_self_reference(publisher: Entity) -> None:
    """A publisher named only by an acronym ("XU") has no head word: "our university" or
    "the college", when it speaks of itself, says its kind."""
    if publisher.kind != "other" or not publisher.name.isupper():
        return
    kinds = {_SELF_KINDS.get(form.split()[-1]) for form in publisher.aliases
             if form.startswith(("our ", "the "))} - {None}
    if len(kinds) == 1:
        publisher.kind = kinds.pop()  # type: ignore[assignment]
