"""Memberships: who joined which alliance, in what role, since when.

An ordered tuple of small rules (`MEMBERSHIP_RULES`), each reading one
sentence whose names are already resolved to entities and yielding what it
finds: "X joined the Alliance (as a council member)", "X and Y have become
members", "X ... became an executive council member of the Alliance", "the
Alliance initiated by X and Y", "X initiated the Alliance", "whose members
include X and Y", "the secretariat is hosted by X", "welcomes new members: X,
Y and Z" (also as a list in the next sentence), "X's president was elected
chair of the Alliance" and "Chairman of the Alliance and President of X" (the
person's institution is a member; SCHEMA.md's rulings). When a role began is
`dating.RoleDates`' question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tracker.extract.en.dates import DateMention
from tracker.extract.en.dating import RoleDates
from tracker.extract.en.lexicon import (
    ALLIANCE_OFFICE_TITLES,
    COMMON_CAPS,
    ENTRY_WORDS,
    FOUNDED_BY,
    INITIATED_BY,
    INITIATES,
    JOIN_VERBS,
)
from tracker.extract.en.roles import ROLE_PATTERN, normalize_role, outranks
from tracker.extract.facts import Membership
from tracker.extract.register import Entity, Ref, Register
from tracker.extract.text import LIST_ITEM_START, Sentence, by_sentence

_ALLIANCE_NOUN = r"(?:alliance|network|league|consortium|association|federation|group)"

# Words that say how long or how well a member belongs, not which role it has
# ("a long-standing member", "an active member").
_STANDING = r"(?:long-?standing|longtime|long-time|active|proud|valued|permanent|committed)"
JOIN = re.compile(rf"\b(?:{JOIN_VERBS})\b", re.I)
# "plans to join", "a bid to join", "will join": a joining not (yet) done.
# ("signed an agreement to join" is the joining itself: only wishes and futures count.)
_INTENDED = re.compile(
    r"\b(?:will|would|shall|may|might|could|cannot|can|(?:plans?|planning|planned|hopes?|hoping|"
    r"intends?|intending|wish(?:es)?|wishing|bids?|applied|apply|applying|invited|invitation|"
    r"seeks?|seeking|aims?|aiming|expected|going|ready|eager|interest(?:ed)?|want(?:s|ed)?)"
    r"\s+(?:in\s+)?to)\s+(?:(?:also|soon|formally|officially)\s+)?$", re.I)
# Verbs that make a role begin (dated by the statement); the others state it.
_CHANGE_VERBS = frozenset({"became", "becoming", "become", "becomes", "elected", "hired",
                           "appointed", "named", "selected", "approved", "admitted",
                           "accepted", "welcomed", "assumes", "assumed", "takes over",
                           "took over", "taking over"})
ROLE_AFTER = re.compile(
    # (the lookahead lets the engine skip positions no verb or comma starts: 2x faster)
    rf"(?=[abehinrstw,])(?:\b(?P<verb>as|became|becoming|become|becomes|elected|hired|appointed|"
    rf"named|selected|approved|admitted|accepted|welcomed|is|was|are|were|being|been|among|"
    rf"serves|served|serving|acts|acted|remains|remained|assumes|assumed|takes\s+over|"
    rf"took\s+over|taking\s+over|holds|held)"
    rf"|(?<=\w),)\s+(?:(?:all|also|now|already|still)\s+)?(?:as\s+)?"
    rf"(?:(?:an?|the|its|one\s+of\s+the)\s+)?(?:\d[\d,]*\s+)?"
    rf"(?:(?:new|official|first|{_STANDING})\s+|(?:alliance|network|league|consortium)(?:['’]s)?\s+)?"
    rf"(?P<role>{ROLE_PATTERN})s?\b", re.I)
MEMBERS_INCLUDE = re.compile(
    r"\b(?P<rank>(?:founding|council|executive\s+council|standing\s+council|associate|full)\s+)?"
    r"members?(?:\s+(?:institutions|universities|colleges|units|schools))?"
    # "the founding members of the Andes Network are ..."
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^,.;:]{2,80}?)?,?\s+"
    r"(?:include|includes|including|are|such as|among\s+them|among\s+which)\b[:\s]*", re.I)
# "X consists of 35 universities from 10 countries, including A, B and C"
COMPOSED_OF = re.compile(
    r"\b(?:consists?\s+of|comprises?|is\s+made\s+up\s+of|brings\s+together|unites|"
    r"(?:now\s+)?(?:has|have|counts?))\s+[^.;:]{0,60}?\b(?:universities|colleges|institutions|"
    r"members|polytechnics|institutes|schools)\b[^.;:]{0,50}?,?\s+(?:including|such\s+as|"
    r"among\s+them|among\s+which)\b[:\s]*", re.I)
SECRETARIAT_AT = re.compile(
    r"\bsecretariat\b(?:\s+of\s+the\s+\w+)?\s+(?:is|was|will be|has been)?\s*"
    r"(?:located|based|housed|hosted|set up|established)\s+(?:at|in|by)\s+(?:the\s+)?", re.I)
BY_LIST = re.compile(rf"\b(?:(?P<lead>{INITIATED_BY})|{FOUNDED_BY})\b", re.I)
ACTIVE_INITIATE = re.compile(rf"\b{INITIATES}\b", re.I)
ENTRY = re.compile(rf"\b(?:{ENTRY_WORDS})\b", re.I)
# A list that follows an entry cue in the next sentence: "They are ...", "These include ...".
LIST_SENTENCE = re.compile(r"^(?:They|These|The\s+new\s+members?)\s+(?:are|were|include|"
                           r"included)\b[:\s]*", re.I)
# "Four colleges in Ghana have become members of ...", then "They are X, Y and Z.": the
# institutions are counted, not named, and the next sentence names them.
PLURAL_JOINING = re.compile(
    r"\b(?:universities|colleges|polytechnics|institutions|institutes|schools|academies)\b"
    r"[^.;]{0,60}?\b(?:(?:have|had)\s+(?:(?:all|now|recently|officially|formally)\s+)?"
    r"(?:become|joined|been\s+(?:admitted|accepted|welcomed))|"
    r"were\s+(?:(?:all|recently|officially|formally)\s+)?(?:admitted|accepted|welcomed))\b", re.I)
OFFICE = re.compile(rf"\b{ALLIANCE_OFFICE_TITLES}\s+of\s+(?:the\s+)?$", re.I)
# "X and <Alliance> Board Chairperson": the alliance's office held with the institution's.
OFFICE_AFTER = re.compile(rf"\s+(?:(?:Board|Council|Executive)\s+)?{ALLIANCE_OFFICE_TITLES}\b",
                          re.I)
# "X was elected to the network's executive board": a seat on the body's council is a role.
SEAT_ON_COUNCIL = re.compile(
    r"\b(?:(?P<taken>elected|re-elected|appointed|named|voted)\s+(?:on)?to|"
    r"(?:sits|sat|serves|served|serving|has\s+a\s+seat)\s+on)\s+(?:the\s+|its\s+)?"
    # the body's own name may stand before its board: "the Andes Network's executive board"
    rf"(?:(?:{_ALLIANCE_NOUN}|(?:[A-Z][\w&-]*\s+){{0,8}}[A-Z][\w-]*)(?:['’]s)?\s+)?"
    r"(?:(?P<executive>executive|standing|steering)\s+(?:board|council|committee)|"
    r"(?:governing\s+)?(?:board|council)(?:\s+of\s+(?:directors|governors))?)\b", re.I)
# "X's president was elected chair of the alliance's council": X is a member.
HEAD_ELECTED = re.compile(
    rf"(?:['’]s?)?\s+(?:\w+\s+){{0,2}}?(?:president|rector|vice[- ]chancellor|chancellor|principal|"
    rf"dean|director|head)\b[^.;]{{0,60}}?\b(?:was|were|has\s+been|is)\s+(?:elected|appointed|"
    rf"named|re-elected)\s+(?:as\s+)?(?:the\s+)?(?:\w+[- ])?{ALLIANCE_OFFICE_TITLES}"
    rf"(?:\s+of\s+the\s+{_ALLIANCE_NOUN}['’]s\s+\w+|\s+of\s+(?:the\s+)?)?", re.I)
# After a listed name, before the next: "X in Peru, Y", "X (Peru) and Y".
_PLACE = r"(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?" \
         r"(?:\s*\([^)]{1,30}\))?"
_LIST_GAP = re.compile(rf"^{_PLACE}[\s,;:]*(?:and\s+|as well as\s+)?(?:the\s+)?$")
# In a list an entry cue announces, a name not recognised does not end the list.
_SEPARATOR = r"(?:\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)" \
             r"(?:the\s+)?"
_UNKNOWN_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|de|la|du|des|di|del|the)\s+)?" \
                r"[A-Z][\w'’.-]*){0,7}"
_ANNOUNCED_LIST_GAP = re.compile(
    rf"^{_PLACE}(?:{_SEPARATOR}{_UNKNOWN_NAME}{_PLACE})*{_SEPARATOR}$")
_LIST_LEAD = re.compile(r"^[\s:–—-]*(?:the\s+)?$", re.I)

# Distances, in characters, between the parts of one statement.
MEMBER_BEFORE_JOIN = 160
ALLIANCE_AFTER_JOIN = 120
ALLIANCE_AFTER_ROLE = 60
ALLIANCE_BEFORE_ROLE = 400
ALLIANCE_BEFORE_BY = 250
ALLIANCE_AFTER_BY = 200
INITIATOR_GAP = 40
ALLIANCE_BEFORE_LIST = 200
LIST_START = 80
LIST_BEFORE = 200
OFFICE_GAP = 160


@dataclass
class Found:
    """A membership one rule read, before names and dates are settled."""

    member: Entity
    alliance: Entity
    role: str
    since: str | None
    at: int


@dataclass
class OpenList:
    """A cue that ends in a colon ("welcomes new members:"): the lines after it list members."""

    alliance: Entity
    since: str | None
    at: int


@dataclass
class Context:
    """What a rule sees: the sentence, its references, and the article around it."""

    text: str
    sentence: Sentence
    here: list[Ref]
    previous: list[Ref]
    register: Register
    refs: list[Ref]
    main: Entity
    publisher: Entity | None
    dates: RoleDates
    previous_sentence: Sentence | None
    open_list: OpenList | None = None

    @property
    def rel(self) -> int:
        return self.sentence.start


Rule = Callable[[Context], Iterator[Found]]


def join_rule(ctx: Context) -> Iterator[Found]:
    """ "X (and Y) joined the Alliance (as council members)"."""
    for match in JOIN.finditer(ctx.sentence.text):
        if _INTENDED.search(ctx.sentence.text, 0, match.start()):
            continue
        at = ctx.rel + match.start()
        members = _list_before(ctx.text, ctx.here, at, ctx.sentence.start)
        if not members:
            one = _last(ctx.here, at, alliance=False, within=MEMBER_BEFORE_JOIN) or _subject(
                ctx.sentence, ctx.register, ctx.refs) or _pronoun(ctx)
            members = [one] if one else []
        alliance = _first(ctx.here, ctx.rel + match.end(), alliance=True,
                          within=ALLIANCE_AFTER_JOIN)
        if alliance is None and re.match(rf"\s+(?:the\s+)?{_ALLIANCE_NOUN}",
                                         ctx.sentence.text[match.end():], re.I):
            alliance = ctx.main
        if alliance is None and re.match(r"\s+it\b", ctx.sentence.text[match.end():]):
            # "joined it": the alliance the sentence before named
            before = [r.entity for r in ctx.previous if r.entity.is_alliance]
            alliance = before[-1] if before else None
        if not members or alliance is None:
            continue
        role = _role_after(ctx.sentence.text, match.end()) or "member"
        named = [r for r in ctx.here if r.entity is alliance and r.start >= ctx.rel + match.end()]
        since = ctx.dates.since(ctx.sentence, at=at,
                                end=named[0].end if named else ctx.rel + match.end())
        for member in members:
            yield Found(member, alliance, role, since, at)


def role_rule(ctx: Context) -> Iterator[Found]:
    """ "X and Y were elected council members (of the Alliance)"."""
    for match in ROLE_AFTER.finditer(ctx.sentence.text):
        listed_role = normalize_role(match.group("role"))
        if listed_role is None:
            continue
        at = ctx.rel + match.start()
        members = _list_before(ctx.text, ctx.here, at, ctx.sentence.start)
        alliance = _first(ctx.here, ctx.rel + match.end(), alliance=True,
                          within=ALLIANCE_AFTER_ROLE) or \
            _last(ctx.here, at, alliance=True, within=ALLIANCE_BEFORE_ROLE) or ctx.main
        if not members:
            members = [e for e in [_clause_subject(ctx.text, ctx.here, at) or _pronoun(ctx)
                                   or _after_opening(ctx, match.start(), alliance)] if e]
        # "X, as the lead member, ..." states a role; "X became ..." dates its start. The
        # statement runs to the alliance named after the role: "a member of X since 2018".
        verb = (match.group("verb") or "").lower()
        named = [r for r in ctx.here if r.entity is alliance and r.start >= ctx.rel + match.end()
                 and r.start - ctx.rel - match.end() <= ALLIANCE_AFTER_ROLE]
        since = ctx.dates.since(ctx.sentence, at=at,
                                end=named[0].end if named else ctx.rel + match.end(),
                                starts=verb in _CHANGE_VERBS)
        for member in members:
            yield Found(member, alliance, listed_role, since, at)


def by_list_rule(ctx: Context) -> Iterator[Found]:
    """ "the Alliance, initiated (founded) by X and Y"."""
    for match in BY_LIST.finditer(ctx.sentence.text):
        alliance = _last(ctx.here, ctx.rel + match.start(), alliance=True,
                         within=ALLIANCE_BEFORE_BY) or \
            _first(ctx.here, ctx.rel + match.end(), alliance=True, within=ALLIANCE_AFTER_BY)
        if alliance is None:
            continue
        role = "lead_member" if match.group("lead") else "founding_member"
        at = ctx.rel + match.start()
        since = ctx.dates.since(ctx.sentence, at=at)
        for member in _list_after(ctx.text, ctx.here, ctx.rel + match.end(), ctx.sentence.end):
            yield Found(member, alliance, role, since, at)


def initiates_rule(ctx: Context) -> Iterator[Found]:
    """ "X initiated the Alliance"."""
    for match in ACTIVE_INITIATE.finditer(ctx.sentence.text):
        at = ctx.rel + match.start()
        member = _last(ctx.here, at, alliance=False, within=INITIATOR_GAP)
        alliance = _first(ctx.here, ctx.rel + match.end(), alliance=True, within=INITIATOR_GAP)
        if member is None or alliance is None:
            continue
        # "X and Y jointly launched the Alliance": every initiator listed before the verb
        members = _list_before(ctx.text, ctx.here, at, ctx.sentence.start) or [member]
        for one in members:
            yield Found(one, alliance, "lead_member", ctx.dates.since(ctx.sentence, at=at), at)


def members_include_rule(ctx: Context) -> Iterator[Found]:
    """ "(whose) founding members include X, Y and Z"."""
    for match in MEMBERS_INCLUDE.finditer(ctx.sentence.text):
        at = ctx.rel + match.start()
        alliance = _first(ctx.here, at, alliance=True, within=match.end() - match.start()) or \
            _last(ctx.here, at, alliance=True, within=ALLIANCE_BEFORE_LIST) or ctx.main
        role = normalize_role(f"{match.group('rank') or ''}member") or "member"
        since = ctx.dates.since(ctx.sentence, at=at, starts=False)
        for member in _list_after(ctx.text, ctx.here, ctx.rel + match.end(), ctx.sentence.end,
                                  announced=True):
            yield Found(member, alliance, role, since, at)


# Right before "consists of": the alliance itself, named or referred to ("The network").
_ALLIANCE_SUBJECT = re.compile(
    rf"(?:^|\b(?:the|this|our|its)\s+){_ALLIANCE_NOUN}\s+(?:now\s+|also\s+)?$", re.I)
SUBJECT_GAP = 12


def composed_of_rule(ctx: Context) -> Iterator[Found]:
    """ "The Alliance consists of 35 universities, including A, B and C": the alliance must
    be the subject ("the university has 40 partners, including ..." lists no members)."""
    for match in COMPOSED_OF.finditer(ctx.sentence.text):
        at = ctx.rel + match.start()
        alliance = _last(ctx.here, at, alliance=True, within=SUBJECT_GAP)
        if alliance is None and _ALLIANCE_SUBJECT.search(ctx.sentence.text, 0, match.start()):
            alliance = ctx.main
        if alliance is None:
            continue
        since = ctx.dates.since(ctx.sentence, at=at, starts=False)
        for member in _list_after(ctx.text, ctx.here, ctx.rel + match.end(), ctx.sentence.end,
                                  announced=True):
            yield Found(member, alliance, "member", since, at)


def secretariat_rule(ctx: Context) -> Iterator[Found]:
    """ "the secretariat is hosted by X"."""
    for match in SECRETARIAT_AT.finditer(ctx.sentence.text):
        at = ctx.rel + match.start()
        member = _first(ctx.here, ctx.rel + match.end(), alliance=False, within=5)
        alliance = _last(ctx.here, at, alliance=True, within=ALLIANCE_AFTER_JOIN) or ctx.main
        if member is not None:
            yield Found(member, alliance, "secretariat", ctx.dates.since(ctx.sentence, at=at), at)


def entry_rule(ctx: Context) -> Iterator[Found]:
    """ "The Alliance welcomed new members: X, Y and Z", "with the entry of X and Y"."""
    for match in ENTRY.finditer(ctx.sentence.text):
        at = ctx.rel + match.start()
        alliance = _last(ctx.here, at, alliance=True, within=ALLIANCE_BEFORE_LIST) or ctx.main
        colon = re.compile(r"[:–—]|\s-\s").search(ctx.sentence.text, match.end())
        start = ctx.rel + (colon.end() if colon else match.end())
        since = ctx.dates.since(ctx.sentence, at=at)
        for member in _list_after(ctx.text, ctx.here, start, ctx.sentence.end, announced=True):
            yield Found(member, alliance, "member", since, at)


def listed_after_entry_rule(ctx: Context) -> Iterator[Found]:
    """ "The network accepted new members. They are X, Y and Z." (a list split off)."""
    cue = LIST_SENTENCE.match(ctx.sentence.text)
    if cue is None or ctx.previous_sentence is None:
        return
    entry = ENTRY.search(ctx.previous_sentence.text) or \
        PLURAL_JOINING.search(ctx.previous_sentence.text)
    if entry is None:
        return
    at = ctx.previous_sentence.start + entry.start()
    alliance = _last(ctx.previous, at, alliance=True, within=ALLIANCE_BEFORE_LIST) or \
        _first(ctx.previous, ctx.previous_sentence.start + entry.end(), alliance=True,
               within=ALLIANCE_AFTER_JOIN) or ctx.main
    since = ctx.dates.since(ctx.previous_sentence, at=at)
    members = _list_after(ctx.text, ctx.here, ctx.rel + cue.end(), ctx.sentence.end,
                          start_within=len(ctx.sentence.text), announced=True)
    for member in members:
        yield Found(member, alliance, "member", since, at)


# "... accepted X's application for membership", "X's bid to join ... was approved"
_APPLICATION = re.compile(r"['’]s?\s+(?:membership\s+)?(?:application|bid|request)\s+"
                          r"(?:for\s+(?:full\s+)?membership|to\s+join)\b")
_APPROVED_BEFORE = re.compile(r"\b(?:accepted|approved|endorsed|granted)\s+(?:the\s+)?$")
_APPROVED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+"
                             r"(?:\w+\s+)?(?:accepted|approved|endorsed|granted)\b")


def application_rule(ctx: Context) -> Iterator[Found]:
    """ "The Alliance approved X's application for membership": an approved application."""
    for ref in ctx.here:
        if ref.entity.is_alliance:
            continue
        application = _APPLICATION.match(ctx.text, ref.end)
        if application is None:
            continue
        before = ctx.text[max(ctx.sentence.start, ref.start - 30):ref.start]
        if not (_APPROVED_BEFORE.search(before)
                or _APPROVED_AFTER.match(ctx.text, application.end(), ctx.sentence.end)):
            continue
        alliance = _first(ctx.here, application.end(), alliance=True,
                          within=ALLIANCE_AFTER_JOIN) or \
            _last(ctx.here, ref.start, alliance=True, within=ALLIANCE_BEFORE_ROLE) or ctx.main
        yield Found(ref.entity, alliance, "member",
                    ctx.dates.since(ctx.sentence, at=ref.start), ref.start)


def list_item_rule(ctx: Context) -> Iterator[Found]:
    """ "welcomes new members:" then "- X" / "1. X" lines: each line's institution."""
    if ctx.open_list is None:
        return
    item = LIST_ITEM_START.match(ctx.sentence.text)
    start = ctx.rel + (item.end() if item else 0)
    member = _first(ctx.here, start, alliance=False, within=2)
    if member is not None:
        yield Found(member, ctx.open_list.alliance, "member", ctx.open_list.since,
                    ctx.open_list.at)


def _opens_list(ctx: Context) -> OpenList | None:
    """The list a sentence ending in a colon announces, if it is a list of members."""
    if not ctx.sentence.text.rstrip().endswith(":"):
        return None
    cue = ENTRY.search(ctx.sentence.text) or MEMBERS_INCLUDE.search(ctx.sentence.text)
    if cue is None:
        return None
    at = ctx.rel + cue.start()
    alliance = _last(ctx.here, at, alliance=True, within=ALLIANCE_BEFORE_LIST) or ctx.main
    return OpenList(alliance, ctx.dates.since(ctx.sentence, at=at), at)


def _still_open(ctx: Context, found: list[Found]) -> OpenList | None:
    """A list goes on while its lines are items or names alone."""
    if ctx.open_list is None or not (found or LIST_ITEM_START.match(ctx.sentence.text)):
        return None
    return ctx.open_list


def office_rule(ctx: Context) -> Iterator[Found]:
    """ "Chairman of the Alliance and President of X College", "President, X University and
    Alliance Board Chairperson": the person's institution is a member."""
    for ref in ctx.here:
        if not ref.entity.is_alliance:
            continue
        at = ref.start
        if OFFICE.search(ctx.text[max(ctx.sentence.start, ref.start - 40):ref.start]):
            after = [r for r in ctx.here if r.start > ref.end and r.start - ref.end < OFFICE_GAP
                     and not r.entity.is_alliance and r.entity.kind in ("university", "college")]
            if after:
                yield Found(after[0].entity, ref.entity, "member",
                            ctx.dates.since(ctx.sentence, at=at, starts=False), at)
        elif OFFICE_AFTER.match(ctx.text, ref.end):
            before = [r for r in ctx.here if r.end <= ref.start and re.fullmatch(
                r",?\s+and\s+(?:the\s+)?", ctx.text[r.end:ref.start])]
            if before and not before[-1].entity.is_alliance:
                yield Found(before[-1].entity, ref.entity, "member", None, at)


def head_elected_rule(ctx: Context) -> Iterator[Found]:
    """ "X's president was elected chair of the alliance's council": X is a member."""
    for ref in ctx.here:
        if ref.entity.is_alliance:
            continue
        match = HEAD_ELECTED.match(ctx.text, ref.end)
        if match is None or match.end() > ctx.sentence.end:
            continue
        alliance = _first(ctx.here, match.end(), alliance=True, within=ALLIANCE_AFTER_ROLE)
        if alliance is None and re.search(rf"\b{_ALLIANCE_NOUN}\b", match.group(0), re.I):
            alliance = ctx.main
        if alliance is not None:
            yield Found(ref.entity, alliance, "member", None, ref.start)


def seat_rule(ctx: Context) -> Iterator[Found]:
    """ "X (and Y) were elected to the alliance's executive board": a council seat begins."""
    for match in SEAT_ON_COUNCIL.finditer(ctx.sentence.text):
        role = "executive_council_member" if match.group("executive") else "council_member"
        at = ctx.rel + match.start()
        members = _list_before(ctx.text, ctx.here, at, ctx.sentence.start)
        if not members:
            members = [e for e in [_clause_subject(ctx.text, ctx.here, at)
                                   or _it_before(ctx, at)] if e]
        alliance = _first(ctx.here, at, alliance=True,
                          within=match.end() - match.start() + ALLIANCE_AFTER_ROLE) or \
            _last(ctx.here, at, alliance=True, within=ALLIANCE_BEFORE_ROLE) or ctx.main
        if alliance is None:
            continue
        # "was elected to the board" dates the seat; "sits on the board" only states it
        since = ctx.dates.since(ctx.sentence, at=at, end=ctx.rel + match.end(),
                                starts=bool(match.group("taken")))
        for member in members:
            if not member.is_alliance:
                yield Found(member, alliance, role, since, at)


MEMBERSHIP_RULES: tuple[Rule, ...] = (
    join_rule, role_rule, by_list_rule, initiates_rule, members_include_rule, secretariat_rule,
    entry_rule, listed_after_entry_rule, list_item_rule, office_rule, head_elected_rule,
    seat_rule, application_rule, composed_of_rule,
)
# A sentence none of whose words speak of alliances or members is skipped.
_RELEVANT = re.compile(rf"\b(?:{_ALLIANCE_NOUN}|members?|membership|board|council|committee)\b",
                       re.I)


def find_memberships(text: str, sentences: list[Sentence], refs: list[Ref],
                     mentions: list[DateMention], register: Register,
                     publisher: Entity | None = None) -> list[Membership]:
    alliances = [e for e in register.entities if e.is_alliance]
    if not alliances:
        return []
    main = max(alliances, key=lambda e: e.count)
    dates = RoleDates(text, sentences, mentions)
    buckets = by_sentence(sentences, [r.start for r in refs])
    found: list[Membership] = []
    previous: list[Ref] = []
    here: list[Ref] = []
    previous_sentence: Sentence | None = None
    open_list: OpenList | None = None
    for sentence, indexes in zip(sentences, buckets, strict=True):
        if here:
            previous = here
        here = [refs[i] for i in indexes]
        if open_list is not None or any(r.entity.is_alliance for r in here) \
                or _RELEVANT.search(sentence.text) or ENTRY.search(sentence.text) \
                or LIST_SENTENCE.match(sentence.text) \
                or ROLE_AFTER.search(sentence.text) \
                or JOIN.search(sentence.text):
            ctx = Context(text=text, sentence=sentence, here=here, previous=previous,
                          register=register, refs=refs, main=main, publisher=publisher,
                          dates=dates, previous_sentence=previous_sentence, open_list=open_list)
            items = [item for rule in MEMBERSHIP_RULES for item in rule(ctx)]
            found.extend(_membership(item, sentence) for item in items)
            open_list = _opens_list(ctx) or _still_open(
                ctx, [i for i in items if ctx.open_list and i.at == ctx.open_list.at])
        previous_sentence = sentence
    return _dedupe(found)


def _membership(item: Found, sentence: Sentence) -> Membership:
    return Membership(member=item.member.name, alliance=item.alliance.name, role=item.role,
                      since=item.since,
                      evidence=sentence.evidence(item.at, min(sentence.end, item.at + 80)))


def _last(refs: list[Ref], before: int, alliance: bool, within: int) -> Entity | None:
    options = [r for r in refs if r.end <= before and before - r.end <= within
               and r.entity.is_alliance == alliance]
    return options[-1].entity if options else None


def _first(refs: list[Ref], after: int, alliance: bool, within: int) -> Entity | None:
    options = [r for r in refs if r.start >= after and r.start - after <= within
               and r.entity.is_alliance == alliance]
    return options[0].entity if options else None


_PRONOUN = re.compile(r"^(?:It|The\s+(?:university|college|school|institute|polytechnic))\b")


def _pronoun(ctx: Context) -> Entity | None:
    """ "It joined ...": the body the previous sentence named first, else the publisher."""
    if not _PRONOUN.match(ctx.sentence.text):
        return None
    named = [r.entity for r in ctx.previous if not r.entity.is_alliance]
    if named:
        return named[0]
    # the sentence before named only the alliance: the last institution named before it
    earlier = [r.entity for r in ctx.refs if r.end <= ctx.sentence.start
               and not r.entity.is_alliance]
    return ctx.publisher or (earlier[-1] if earlier else None)


_OPENING_AS = re.compile(r"\s*(?:As|as)$")


def _after_opening(ctx: Context, at: int, alliance: Entity | None) -> Entity | None:
    """ "As a council member of the Alliance, X will host ...": the sentence opens with the
    role, and the institution is the subject after the comma."""
    if alliance is None or not _OPENING_AS.fullmatch(ctx.sentence.text[:at + 2]):
        return None
    named = [r for r in ctx.here if r.entity is alliance]
    if not named:
        return None
    comma = ctx.text.find(",", named[0].end, ctx.sentence.end)
    if comma < 0 or comma - named[0].end > 5:
        return None
    return _first(ctx.here, comma + 1, alliance=False, within=8)


_IT = re.compile(r"\bit\s+(?:(?:has|had|also|now|already|long)\s+)*$")


def _it_before(ctx: Context, at: int) -> Entity | None:
    """ "..., where it has sat on the board": "it" is the institution the sentence (else the
    sentence before) is about."""
    if not _IT.search(ctx.text, ctx.sentence.start, at):
        return None
    named = [r.entity for r in ctx.here if r.end <= at and not r.entity.is_alliance]
    return named[0] if named else _pronoun(ctx) or next(
        (r.entity for r in ctx.previous if not r.entity.is_alliance), None)


# Between the last name of a list and its verb: "X and Y have all", "X, Y and Z, which".
_TO_VERB = re.compile(r"^[\s,]*(?:(?:have|has|had|were|was|are|is|all|both|also|officially|"
                      r"formally|recently|now|been|just|which|who|that)\s+)*$", re.I)


def _list_before(text: str, refs: list[Ref], before: int, floor: int) -> list[Entity]:
    """Organizations listed right before a position: "X and Y were ..." (nearest last)."""
    out: list[Entity] = []
    position = before
    nearest_end = before
    for ref in reversed(refs):
        if ref.end > position or ref.start < floor:
            continue
        if ref.entity.is_alliance:
            break
        gap = text[ref.end:position]
        if out and not _LIST_GAP.match(gap):
            break
        if not out and (position - ref.end > LIST_BEFORE):
            break
        if not out:
            nearest_end = ref.end
        out.append(ref.entity)
        position = ref.start
    # Several names are the subject only as a list right before its verb.
    if len(out) > 1 and not _TO_VERB.match(text[nearest_end:before]):
        return out[:1]
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
    """A bare proper name opening the sentence ("Lakeside is one of ... who joined"): a
    known body whose name it begins, else a new one."""
    match = _SUBJECT.match(sentence.text)
    if not match or any(w in COMMON_CAPS for w in match.group("name").split()):
        return None
    name = match.group("name")
    entity = register.find(name) or next(
        (e for e in register.entities if not e.is_alliance
         and any(f.startswith(name + " ") for f in e.forms())), None)
    if entity is None:
        entity = Entity(name, "other", evidence=sentence.evidence(
            sentence.start, sentence.start + len(name)))
        register.entities.append(entity)
    refs.append(Ref(sentence.start, sentence.start + len(name), entity))
    return entity


def _list_after(text: str, refs: list[Ref], start: int, stop: int, *,
                start_within: int = LIST_START, announced: bool = False) -> list[Entity]:
    """Organizations listed right after a position: "X, Y and Z". An `announced` list (after
    an entry cue) goes on past names that are not recognised."""
    gaps = _ANNOUNCED_LIST_GAP if announced else _LIST_GAP
    out: list[Entity] = []
    position = start
    for ref in refs:
        if ref.start < position or ref.start >= stop:
            continue
        if ref.entity.is_alliance:
            break
        gap = text[position:ref.start]
        if out and (len(gap) > LIST_BEFORE or not gaps.match(gap)):
            break
        if not out and ref.start - position > start_within:
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
