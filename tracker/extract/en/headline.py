"""Headline-style lines: most longer words capitalised, no full stop.

>>> is_title_case("Polytechnic of the Andes Joins a Regional Skills Network")
True
>>> is_title_case("The network met in Lima on Tuesday.")
False
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_title_case(sentence: str) -> bool:
    """A headline-style line: most longer words capitalised."""
    if sentence.rstrip().endswith("."):
        return False
    words = [w for w in _WORD.findall(sentence) if len(w) > 3]
    if len(words) < 3 or len(words) > 30:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8
