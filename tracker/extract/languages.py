"""The language seam: which rule set reads an article, chosen by its script.

A rule set is a subpackage of `tracker.extract` (`en`, `zh`, ...) exposing

    def extract(text: str, *, published_hint: str | None,
                title_hint: str | None) -> ArticleFacts

over the language-independent core (text, sentences, evidence, facts). A new
language is a new folder plus one line in RULE_SETS.

    >>> detect_language("The alliance met in Nairobi.")
    'en'
    >>> detect_language("深圳职业技术大学加入联盟 (Alliance)")
    'zh'
    >>> detect_language("Университет вступил в альянс") is None
    True
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

# language code -> module of its rule set (imported on first use: start-up stays light)
RULE_SETS: dict[str, str] = {
    "en": "tracker.extract.en",
    "zh": "tracker.extract.zh",
}

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")
# a letter that is neither Latin (`_LATIN`) nor Han; most English texts hold none
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# A Chinese article quotes English names ("SZPU", "Alliance"): one Han character
# carries about as much as a Latin word, so Han counts this much against Latin letters.
_HAN_WEIGHT = 4


def detect_language(text: str) -> str | None:
    """The code of the rule set that reads `text`, or None when none does.

    Decided by script over the letters of the text: a body mostly in Han
    characters is Chinese even when it names institutions in English.
    """
    sample = text[:20_000]
    if _HAN.search(sample) is None and _OTHER_LETTER.search(sample) is None:
        # No Han and no letter outside the Latin ranges: every letter is Latin, so the text
        # is English as soon as it holds one (the counts below would say the same).
        return "en" if _LETTER.search(sample) else None
    han = len(_HAN.findall(sample))
    latin = len(_LATIN.findall(sample))
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    if han * _HAN_WEIGHT >= latin and han >= 0.2 * letters / _HAN_WEIGHT:
        return "zh"
    if latin >= 0.5 * (letters - han):
        return "en"
    return None


def rule_set(code: str) -> ModuleType:
    """The rule-set module of a language code of RULE_SETS."""
    return importlib.import_module(RULE_SETS[code])
