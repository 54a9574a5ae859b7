"""The country an organization is in, from its name or from the words around it.

Read in order: a country its name carries ("University of Ghana"); Hong Kong
and Macao, which name their region (HK, MO: organizations keep them, the
article's country list does not); "Sino-" names a Chinese body, an embassy
or consulate is its adjective's country ("Chinese Embassy in Kazakhstan");
a province or state of a country its name carries (ISO 3166-2 names from
pycountry: "University of Northern British Columbia" is Canadian); the text
around a mention ("X in Croatia", "X, Kenya", "Kenya's X"). Chinese
provinces and cities give CN.

>>> country_of_name("Lakehead University of Northern British Columbia")
'CA'
>>> country_of_name("Sino-German Lakeside Technology Group")
'CN'
>>> country_of_name("Nigerian Embassy in Lima")
'NG'
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.en.cities import city_country, city_in_name, phrases
from tracker.extract.en.gazetteer import CHINESE_PROVINCES, REGIONS_OF_STATES, WORLD_CITIES
from tracker.extract.facts import Organization
from tracker.extract.register import Ref

# Compass and generic words that name subdivisions of several countries.
_GENERIC = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern",
                      "Eastern", "Western", "Capital", "Coast", "Coastal", "Upper", "Lower",
                      "Islands", "Lakes", "Valley", "Mountain", "Federal", "Metropolitan",
                      "Greater", "Region", "City", "National", "International", "Royal",
                      "Technical", "Free", "Southeast", "Northeast", "Northwest", "Southwest"})
_REGIONS = {"Hong Kong": "HK", "Macao": "MO", "Macau": "MO"}
_EMBASSY = re.compile(r"^(?P<adj>[A-Z][\w-]+)\s+(?:Embassy|Consulate(?:-General)?)\b")
_WORD_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
# "X in Croatia", "X, Kenya", "X (Peru)", "X (XM) of Laos": a place right after a mention
# (or after its acronym).
_PLACE_AFTER = re.compile(r"(?:\s*\([A-Z][\w&-]{1,15}\)(?=\s+of\s))?"
                          r"(?:\s+(?:in|of)\s+(?:the\s+)?|,\s+|\s*\(\s*)(?P<place>[A-Z][\w'’-]*"
                          r"(?:\s+[A-Z][\w'’-]*){0,2})")
# "Kenya's X", "Victoria's X": a place right before one.
_PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})['’]s\s+$")
# Chinese provinces and the cities articles name most: a name or city among them is in CN.
CHINESE_PLACE_NAMES = CHINESE_PROVINCES | {c for c in WORLD_CITIES if c in {
    "Shenzhen", "Guangzhou", "Wuhan", "Chengdu", "Nanjing", "Hangzhou", "Xi'an", "Xi’an",
    "Changsha", "Zhengzhou", "Jinan", "Qingdao", "Shenyang", "Dalian", "Harbin", "Changchun",
    "Hefei", "Fuzhou", "Xiamen", "Nanchang", "Nanning", "Kunming", "Guiyang", "Lanzhou",
    "Foshan", "Dongguan", "Zhuhai", "Suzhou", "Ningbo", "Wenzhou", "Liuzhou", "Zibo",
    "Xianyang", "Tianjin", "Shanghai", "Beijing", "Chongqing"}}


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, str]:
    """Name of a province, state or region -> its country, for names one country uses."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in {sub.name, sub.name.split(",")[0], re.sub(r"\s+City$", "", sub.name)}:
            words = name.split()
            if len(name) < 4 or set(words) & _GENERIC or not name[0].isupper():
                continue
            seen.setdefault(name, set()).add(sub.country_code)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


def place_country(place: str) -> str | None:
    """The country of a place name: a country, a region, a province or state, or None."""
    from tracker.extract.en.countries import country_table

    code = country_table().get(place) or _REGIONS.get(place)
    if code is None and place in CHINESE_PLACE_NAMES:
        code = "CN"
    return code or subdivisions().get(place) or city_country(place)


def country_of_name(name: str) -> str | None:
    """The country an organization's name carries, if any."""
    from tracker.extract.en.countries import countries_in_name, country_table

    for region, code in _REGIONS.items():
        if region in name:
            return code
    if name.startswith("Sino-"):
        return "CN"
    embassy = _EMBASSY.match(name)
    if embassy:
        return country_table().get(embassy.group("adj"))
    # A province named in several words outranks a country adjective inside it
    # ("British Columbia", "New South Wales").
    province, words = _subdivision_in(name)
    if province is not None and words > 1:
        return province
    codes = countries_in_name(name)
    if codes:
        return codes[-1]
    if any(place in name for place in CHINESE_PLACE_NAMES):
        return "CN"
    return province or city_in_name(name)


def _subdivision_in(name: str) -> tuple[str | None, int]:
    """The country of the last province or state a name carries, and its length in words."""
    found: tuple[str | None, int] = (None, 0)
    table = subdivisions()
    for group in phrases(name, _WORD_RUN):
        for phrase in group:
            code = table.get(phrase)
            if code is not None:
                found = (code, len(phrase.split()))
                break
    return found


# "X, one of our Canadian partners", "X, a Peruvian polytechnic": an appositive that says
# what kind of body it is, with its country's adjective.
_APPOSITIVE_ADJECTIVE = re.compile(
    r",\s+(?:an?|one\s+of\s+(?:our|its|their|the|[A-Z][\w-]*['’]s?))\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<place>[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+)?(?:partners?|universit(?:y|ies)|colleges?|"
    r"polytechnics?|institutions?|institutes?|schools?|compan(?:y|ies)|firms?|bodies|body)\b")


def country_around(text: str, start: int, end: int) -> str | None:
    """The country the words right around a mention place it in."""
    after = _PLACE_AFTER.match(text, end) or _APPOSITIVE_ADJECTIVE.match(text, end)
    if after:
        code = place_country(after.group("place"))
        if code:
            return code
    before = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if before:
        return place_country(before.group("place"))
    return None


# Bodies above or across countries ("United Nations ...", "African Union Commission", "World
# ... Organization"): no one country is theirs.
_SUPRANATIONAL = re.compile(r"\b(?:United\s+Nations|World|Global|Inter-?governmental|"
                            r"Commonwealth|" + "|".join(map(re.escape, sorted(
                                REGIONS_OF_STATES, key=len, reverse=True))) + r")\b")


# "guests from Peru", "a visit to Peru", "visited Peru", "cooperation with Peru": the
# country is where others come from or where the publisher goes or reaches, not where it is.
_ELSEWHERE = re.compile(r"\b(?:from|to|with|visit(?:s|ed|ing)?)\s+(?:the\s+)?$")


def place_in_the_one_country(organizations: list[Organization], *, text: str,
                             countries: list[tuple[str, tuple[int, int]]],
                             publisher: str | None) -> None:
    """An organization the text places nowhere is in the one country of the article, if the
    countries it names and those its placed organizations are in are one (a college's news
    about its own partners rarely restates their country); a body of several countries
    keeps none, and the publisher none when the country is where its guests come from or
    its people go."""
    placed = {o.country for o in organizations
              if o.country and o.country not in _REGIONS.values()}
    codes = {code for code, _ in countries} | placed
    if len(codes) != 1:
        return
    (code,) = codes
    elsewhere = any(_ELSEWHERE.search(text, max(0, start - 15), start)
                    for _, (start, _end) in countries)
    for org in organizations:
        if org.country is None and not (elsewhere and org.name == publisher) and not any(
                _SUPRANATIONAL.search(n) for n in (org.name, *org.aliases)):
            org.country = code


# Between two items of a list of names: a comma, "and", ", and", "&".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
# Of a list's placed members, the share that must agree for the others to join them.
_LIST_AGREEMENT = 0.75


def place_by_list(organizations: list[Organization], *, text: str, refs: list[Ref]) -> None:
    """An organization the text places nowhere, listed among organizations it places, is in
    their country when at least three quarters of them (two or more) are in one ("Lakeside
    Polytechnic, Northgate College and the University of Arequipa")."""
    by_name = {o.name: o for o in organizations}
    items = sorted((r for r in refs if r.entity.name in by_name), key=lambda r: r.start)
    run: list[Organization] = []
    last_end = -1
    for ref in [*items, None]:
        if ref is not None and run and _LIST_GAP.fullmatch(text, last_end, ref.start):
            run.append(by_name[ref.entity.name])
        else:
            _agree(run)
            run = [by_name[ref.entity.name]] if ref is not None else []
        last_end = ref.end if ref is not None else last_end


def _agree(run: list[Organization]) -> None:
    codes = [o.country for o in run if o.country]
    if len(run) < 3 or len(codes) < 2:
        return
    code = max(set(codes), key=codes.count)
    if codes.count(code) >= _LIST_AGREEMENT * len(codes):
        for org in run:
            org.country = org.country or code
