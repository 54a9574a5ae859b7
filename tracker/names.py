"""Normalised name keys: how two spellings of one name are recognised as equal.

>>> name_key("The “Belt and Road” Vocational-Education Alliance")
'belt and road vocational education alliance'
>>> name_key("S.Z.P.U.")
'szpu'
"""

from __future__ import annotations

import re
import unicodedata

_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the\s+")
_DOTTED_ACRONYM = re.compile(r"\b(?:\w\.){2,}")


def name_key(name: str) -> str:
    """Casefold, drop punctuation and a leading "the", fold white space."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DOTTED_ACRONYM.sub(lambda match: match.group(0).replace(".", ""), text)
    text = text.replace("_", " ")
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)
