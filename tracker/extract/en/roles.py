"""Membership roles: the phrases texts use, normalised to SCHEMA.md's vocabulary.

>>> normalize_role("Executive Director Unit")
'executive_council_member'
>>> normalize_role("vice-chairman unit")
'vice_chair'
>>> normalize_role("sponsor") is None
True
"""

from __future__ import annotations

import re

from tracker.extract.en.lexicon import ROLE_PHRASES
from tracker.vocab import role_rank

_PHRASES = sorted(ROLE_PHRASES, key=len, reverse=True)
ROLE_PATTERN = "|".join(re.escape(p).replace(r"\-", "[- ]").replace(r"\ ", r"[\s-]+")
                        for p in _PHRASES)
_BY_KEY = {re.sub(r"[\s-]+", " ", p): role for p, role in ROLE_PHRASES.items()}
ROLE_RE = re.compile(rf"\b(?:{ROLE_PATTERN})s?\b", re.I)



def normalize_role(phrase: str) -> str | None:
    """The canonical role of a phrase, or None."""
    key = re.sub(r"[\s-]+", " ", phrase.strip().lower())
    for candidate in (key, re.sub(r"s$", "", key)):
        role = _BY_KEY.get(candidate)
        if role is not None:
            return role
    return None


def outranks(role: str, other: str) -> bool:
    """Whether `role` is a higher office than `other` (the vocabulary's ranking)."""
    return role_rank(role) < role_rank(other)
