"""Cheap tests that spare a pattern a text it cannot match.

A rule's regular expression is tried at every position of a sentence; when a word it needs
is absent, `str.__contains__` says so many times faster. A gate may let through a text the
pattern then does not match, never hold back one it would: the output stays the same.

>>> may_hold("The Alliance met last YEAR.", ("year",))
True
>>> may_hold("The Alliance met in May.", ("year", "month"))
False
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

# The only characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter ("ı" and
# "İ" to i, the long s to s, the Kelvin sign to k): in a text holding one, a lower-cased
# search could miss what the pattern finds.
_ASCII_LOOKALIKES = "İıſK"


@lru_cache(maxsize=256)
def folded(text: str) -> str | None:
    """`text` lower-cased, where an ASCII word matched case-insensitively is found by `in`
    on it; None where it might not be."""
    if not text.isascii() and any(char in text for char in _ASCII_LOOKALIKES):
        return None
    return text.lower()


def may_hold(text: str, words: Iterable[str]) -> bool:
    """False only when `text` surely holds none of the lower-case ASCII `words`, read
    case-insensitively."""
    lowered = folded(text)
    return lowered is None or any(word in lowered for word in words)
