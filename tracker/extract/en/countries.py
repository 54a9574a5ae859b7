"""Countries named in a text: names (pycountry plus everyday variants) and adjectives.

>>> [c for c, _ in find_countries("Kenyan and Sino-German teams met in Laos.")]
['KE', 'DE', 'LA']
>>> find_countries("a Greek-language course in Hong Kong")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.en.alternation import literal_alternation
from tracker.extract.en.gazetteer import (
    COUNTRY_ADJECTIVES,
    COUNTRY_VARIANTS,
    LANGUAGE_NOUNS,
    NOT_COUNTRIES,
)

# Codes never listed as countries (SCHEMA.md: Hong Kong, Macao and Taiwan).
EXCLUDED_CODES = frozenset({"HK", "MO", "TW", "AQ", "UM"})
_AFTER_LANGUAGE = re.compile(r"\s*-?\s*(\w+)")
_REGION_BEFORE = re.compile(r"(?:Latin|South|North|Central|Pan|East|West)[\s-]$")


@lru_cache(maxsize=1)
def country_table() -> dict[str, str]:
    """Every surface form -> alpha-2 code (pycountry is imported here, on first use)."""
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        if code in EXCLUDED_CODES:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            table.setdefault(value, code)
            # "Bolivia, Plurinational State of" -> "Bolivia"; the Koreas come from variants.
            if "," in value:
                head = value.split(",")[0].strip()
                if head not in ("Korea", "Congo", "Virgin Islands", "Micronesia"):
                    table.setdefault(head, code)
    for code, names in COUNTRY_VARIANTS.items():
        for name in names:
            table[name] = code
    for code, names in COUNTRY_ADJECTIVES.items():
        for name in names:
            table.setdefault(name, code)
    for name in NOT_COUNTRIES:
        table.pop(name, None)
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # (longest first, as a tree of letters: the engine tries only the names that the letters
    # read so far can still lead to)
    body = literal_alternation(country_table())
    # Not inside a longer word; "Hong Kong"/"Macao" are matched to be skipped.
    # Every name starts with a capital (or "the"): the lookahead spares the long
    # alternation at every other position (Python's engine tries each alternative in turn).
    return re.compile(rf"(?<![\w])(?=[A-Zt])(?:Hong Kong|Macao|Macau|Taiwan|{body})(?![\w])")


def find_countries(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(code, span) of each first mention of a country, in text order."""
    table = country_table()
    seen: dict[str, tuple[int, int]] = {}
    for match in _pattern().finditer(text):
        surface = match.group(0)
        code = table.get(surface)
        if code is None or code in seen:
            continue
        if surface in _adjectives() and _is_language(text, match.end()):
            continue
        if surface in ("American", "African", "Asian") and _REGION_BEFORE.search(
                text[max(0, match.start() - 8):match.start()]):
            continue
        seen[code] = (match.start(), match.end())
    return list(seen.items())


_NAME_TOKEN = re.compile(r"[\w'’.]+(?:-[\w'’.]+)*")
_REGION_WORDS = frozenset({"Latin", "South", "North", "Central", "Pan", "East", "West"})
# The longest country name in words ("Saint Vincent and the Grenadines").
_MOST_WORDS = 6


def countries_in_name(name: str) -> list[str]:
    """The codes of the countries a short name carries, in order: a word lookup, much
    cheaper than `find_countries` over the few words of an organization's name.

    >>> countries_in_name("Sino-Kenyan Centre of the Republic of the Congo")
    ['KE', 'CG']
    """
    table = country_table()
    tokens = _NAME_TOKEN.findall(name)
    codes: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(_MOST_WORDS, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i:i + size])
            code = table.get(phrase)
            if code is not None and _counts_in_name(phrase, tokens, i, size):
                codes.append(code)
                i += size
                break
        else:
            # "Sino-Kenyan": the parts of a hyphenated word
            codes.extend(table[part] for part in tokens[i].split("-")[1:] if part in table)
            i += 1
    return codes


def _counts_in_name(phrase: str, tokens: list[str], i: int, size: int) -> bool:
    """Not a language ("Greek Language Centre") nor a region ("Latin American")."""
    after = tokens[i + size].lower() if i + size < len(tokens) else ""
    if phrase in _adjectives() and after in LANGUAGE_NOUNS:
        return False
    return not (phrase in ("American", "African", "Asian") and i > 0
                and tokens[i - 1] in _REGION_WORDS)


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(n for names in COUNTRY_ADJECTIVES.values() for n in names)


def _is_language(text: str, end: int) -> bool:
    after = _AFTER_LANGUAGE.match(text, end)
    return after is not None and after.group(1).lower() in LANGUAGE_NOUNS
