"""Country names in Chinese: pycountry's zh_CN catalog, and the few forms it lacks.

Pure (no database): the CLI's country lookup reads it, and so may the Chinese
extraction rules. Names are compared by `name_key`, so "刚果（金）" and "刚果金"
are one name.

>>> code_of("肯尼亚"), code_of("老挝"), code_of("刚果金"), code_of("香港")
('KE', 'LA', 'CD', 'HK')
>>> chinese_name("KR"), chinese_name("HK")
('韩国', '中国香港')
"""

from __future__ import annotations

from functools import cache

from tracker.names import name_key

# Where the catalog's name is not the mainland's standard one (a Taiwan spelling, a
# typo, a former name), and Hong Kong, Macao and Taiwan named as the regions of China
# they are (they have ISO 3166-1 codes, but are never counted as countries): shown
# and read.
PREFERRED = {
    "BD": "孟加拉国",
    "BO": "玻利维亚",
    "CD": "刚果（金）",
    "CG": "刚果（布）",
    "GT": "危地马拉",
    "HK": "中国香港",
    "KG": "吉尔吉斯斯坦",
    "KH": "柬埔寨",
    "MO": "中国澳门",
    "SZ": "埃斯瓦蒂尼",
    "TT": "特立尼达和多巴哥",
    "TW": "中国台湾",
}
# Hong Kong, Macao and Taiwan: regions of China, never counted as countries. Chinese
# statistics count them with foreign countries as 国（境）外, "countries and regions".
REGIONS_OF_CHINA = frozenset({"HK", "MO", "TW"})
# Short forms in everyday use that the catalog lacks: read, not shown.
SHORT_FORMS = {
    "巴新": "PG",
    "波黑": "BA",
    "马其顿": "MK",
    "沙特": "SA",
    "印尼": "ID",
}


@cache
def _catalog() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 code -> the catalog's Chinese names, most familiar first."""
    import gettext

    import pycountry  # imported here: only a Chinese country name pays for it

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    names: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        fields = ("common_name", "name", "official_name")
        english = [getattr(country, field, None) for field in fields]
        chinese = [zh.gettext(name) for name in english if name]
        # an untranslated entry comes back in English: not a Chinese name
        names[country.alpha_2] = tuple(dict.fromkeys(n for n in chinese if n not in english))
    return names


@cache
def _codes_by_key() -> dict[str, str]:
    found: dict[str, str] = {}
    for code, names in _catalog().items():
        for name in names:
            found.setdefault(name_key(name), code)
    for code, name in PREFERRED.items():
        found[name_key(name)] = code
    for name, code in SHORT_FORMS.items():
        found[name_key(name)] = code
    return found


def code_of(name: str) -> str | None:
    """The ISO alpha-2 code of a country (or region) named in Chinese, or None."""
    return _codes_by_key().get(name_key(name))


def chinese_name(code: str) -> str | None:
    """The name to show in Chinese: the familiar short form where there is one."""
    if code in PREFERRED:
        return PREFERRED[code]
    names = _catalog().get(code)
    return names[0] if names else None


@cache
def _keys_by_code() -> dict[str, frozenset[str]]:
    keys: dict[str, set[str]] = {}
    for key, code in _codes_by_key().items():
        keys.setdefault(code, set()).add(key)
    return {code: frozenset(found) for code, found in keys.items()}


def chinese_keys(code: str) -> frozenset[str]:
    """Every key a country is known by in Chinese, for substring filters."""
    return _keys_by_code().get(code, frozenset())
