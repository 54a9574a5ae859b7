"""Normalised name keys: how two spellings of one name are recognised as equal.

The one definition of a name key: the database stores it (unique names,
aliases, people) and the extractor compares names with it, so a name the
extractor reads from an article and the same name typed by a user meet.
Pure: no database imports, so `tracker.extract` may import it.

>>> name_key("The “Belt and Road” Vocational-Education Alliance")
'belt and road vocational education alliance'
>>> name_key("S.Z.P.U.")
'szpu'
>>> name_key("“一带一路”职业教育联盟") == name_key("一带一路 职业教育 联盟")
True
>>> name_key("《中国教育报》")
'中国教育报'
"""

from __future__ import annotations

import re
import unicodedata

# Everything that is neither a word character nor a space: ASCII punctuation and,
# after NFKC, the full-width forms (，：（）), and the CJK quotes and brackets that
# NFKC leaves alone (“” ‘’ 《》 「」 『』 【】 、 。 ·).
_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the\s+)+")
_DOTTED_ACRONYM = re.compile(r"\b(?:\w\.){2,}")
# Scripts written without spaces between words (Han, kana): a space beside
# one of their characters is where a quote or a bracket stood, or a typing habit,
# never a word boundary, so "“一带一路”联盟" and "一带一路联盟" are one name.
_UNSPACED = (
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3040-\u30ff\u3100-\u31ff"  # kana, bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han ideographs
)  # not Hangul: Korean puts spaces between words
_SPACE_BY_UNSPACED = re.compile(rf"\s+(?=[{_UNSPACED}])|(?<=[{_UNSPACED}])\s+")


def name_key(name: str) -> str:
    """Casefold, drop punctuation and a leading "the", fold white space.

    Spaces next to Chinese (or Japanese) characters are dropped, so
    quotes, brackets, full-width punctuation and the middle dot around or
    inside a Chinese name do not change its key.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DOTTED_ACRONYM.sub(lambda match: match.group(0).replace(".", ""), text)
    text = text.replace("_", " ")
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_ARTICLE.sub("", text)
    return _SPACE_BY_UNSPACED.sub("", text)
