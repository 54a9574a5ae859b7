"""Which named bodies are alliances: decided over all mentions of a name and their context.

A head word settles most names ("... Alliance", "... Network"). Others are
bodies of institutions that may be an alliance or a member of one ("an
Association of Universities", "... Research Universities", "... Group"), or
institutions whose name does not say it ("University of the Tundra" may be a
network of universities). The text decides: a body it speaks of as having
members ("X's member universities", "X has 40 members", "members of X",
"joined X") is an alliance; a body it speaks of as joining one is not.

>>> from tracker.extract.register import Entity, Ref
>>> text = "The Savanna Association of Universities joined the Global Forum of Universities."
>>> joiner = Entity("Savanna Association of Universities", "body", votes=["body"])
>>> body = Entity("Global Forum of Universities", "body", votes=["body"])
>>> settle_kinds(text, [Ref(4, 39, joiner), Ref(51, 79, body)])
>>> joiner.kind, body.kind
('association', 'alliance')
"""

from __future__ import annotations

import re

from tracker.extract.en.gates import folded
from tracker.extract.en.lexicon import ENTERPRISE_WORDS, JOIN_VERBS
from tracker.extract.en.organizations import BODY, GROUP
from tracker.extract.register import Entity, Ref

# Words allowed between a body's possessive and "members": "X's 40 new member universities".
_MEMBER_QUALIFIERS = r"(?:(?:total|new|current|full|founding|associate|other|own|\d[\d,]*|" \
                     r"[a-z]+ty|[a-z]+teen)\s+){0,3}"
_MEMBERS = r"(?:members?|membership|member\s+(?:universities|institutions|colleges|schools|" \
           r"units|organi[sz]ations|bodies))\b(?!\s+of\s+(?:staff|the\s+(?:faculty|delegation)))"
# After a verb, a count of members ("has 40 members"), not one ("has become a member").
_SEVERAL_MEMBERS = r"(?:members|membership|member\s+(?:universities|institutions|colleges|" \
                   r"schools|units|organi[sz]ations|bodies))\b"
# Right after a mention: "X's total membership", "X (XU) has 40 members", "X welcomed new
# members", "the X group".
_AFTER = re.compile(
    rf"^(?:\s*\([^)]{{1,20}}\))?(?:(?:['’]s?)?\s+{_MEMBER_QUALIFIERS}{_MEMBERS}"
    rf"|\s+(?:now\s+|also\s+)?(?:has|have|had|comprises?|comprised|includes?|included|counts?|"
    rf"brings\s+together|welcome[sd]?|welcoming|accepted|admitted|added|approved|gained|grew|"
    rf"expanded)\b[^.;:]{{0,50}}?\b(?:new\s+)?{_SEVERAL_MEMBERS})", re.I)
# "faculty members of X", "board members of X": people of an institution, not members of a body.
_NOT_OF_BODY = "".join(f"(?<!{w} )" for w in ("faculty", "staff", "board", "team", "council",
                                               "committee", "family", "party", "club"))
# Right before a mention: "member universities of X", "joined X", "membership of X".
_BEFORE = re.compile(
    rf"(?:\b{_NOT_OF_BODY}{_MEMBERS}\s+(?:of|in)|\b(?:{JOIN_VERBS}))\s+(?:the\s+)?$", re.I)
# A body joining another: "X became a new member of", "X has joined".
_JOINS = re.compile(
    rf"^(?:\s*\([^)]{{1,20}}\))?\s+(?:has\s+|have\s+|had\s+|officially\s+|formally\s+|also\s+)*"
    rf"(?:{JOIN_VERBS}|became\s+(?:an?\s+)?(?:new\s+)?(?:\w+\s+)?member)\b", re.I)
# "the other mission groups; the Lakeland Group": a group named where the text speaks of
# groups (lower-case, the common noun).
_GROUP_NOUN = re.compile(r"\bgroup(?:s|ings?)?\b")
# "the Lakeland Research Universities group": the text names what kind of body it is.
_KIND_NOUN_AFTER = re.compile(r"^\s+(?:group|grouping|network|consortium|alliance|league)\b")
# How far around a mention the context is read.
_WINDOW = 90


# The last word of every _BEFORE match ("members of", "joined", "admitted into", before an
# optional "the") ends so.
_BEFORE_LAST_WORDS = ("of", "in", "to", "join", "joined", "joins", "joining")


def _may_end_before(before: str) -> bool:
    """False only when `before` surely does not end as _BEFORE reads: that pattern, anchored
    at the end, is otherwise tried at each of the window's positions."""
    lowered = folded(before)
    if lowered is None:
        return True
    if not lowered[-1:].isspace():
        return False  # (_BEFORE ends in whitespace)
    return any(word.endswith(_BEFORE_LAST_WORDS) for word in lowered.rsplit(None, 2)[-2:])


def settle_kinds(text: str, refs: list[Ref]) -> None:
    """Give every entity of `refs` its kind, read over all its mentions (in place)."""
    context: dict[int, list[str]] = {}
    for ref in refs:
        seen = context.setdefault(id(ref.entity), [])
        after = text[ref.end:ref.end + _WINDOW]
        before = text[max(0, ref.start - _WINDOW):ref.start]
        if _JOINS.match(after):
            seen.append("joins")
        if _AFTER.match(after) or _may_end_before(before) and _BEFORE.search(before):
            seen.append("has members")
        if _KIND_NOUN_AFTER.match(after):
            seen.append("has members")
        if "group" in before and _GROUP_NOUN.search(before):
            seen.append("among groups")
    for entity in {id(r.entity): r.entity for r in refs}.values():
        entity.kind = _kind(entity, context.get(id(entity), []))


def _kind(entity: Entity, context: list[str]) -> str:
    votes = entity.votes or [entity.kind]
    if "alliance" in votes:
        return "alliance"
    undecided = BODY in votes or GROUP in votes
    if undecided and "joins" in context and "has members" not in context:
        return "association"
    if "has members" in context and (undecided or "joins" not in context
                                     and _may_be_alliance(entity)):
        return "alliance"
    if "among groups" in context and _is_group_name(entity):
        return "alliance"
    if undecided:
        # "Association of ... Universities" names a body of institutions; a bare plural
        # ("... Research Universities") names none without member context.
        return "alliance" if BODY in votes else "drop"
    return entity.kind


def _may_be_alliance(entity: Entity) -> bool:
    """Names whose head word does not rule out a body of member institutions."""
    if entity.kind == "enterprise":
        return _is_group_name(entity)
    return entity.kind in ("university", "association", "other")


def _is_group_name(entity: Entity) -> bool:
    """ "... Group" as a group of institutions may be named: not a company's, not a party's."""
    words = entity.name.split()
    return (entity.kind == "enterprise" and words[-1] == "Group" and len(words) <= 4
            and not set(words) & (ENTERPRISE_WORDS | _NOT_INSTITUTION_GROUPS))


# Groups of people, not of institutions.
_NOT_INSTITUTION_GROUPS = frozenset({"Party", "Leading", "Working", "Expert", "Study", "Task"})
