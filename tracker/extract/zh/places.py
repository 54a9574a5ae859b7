"""Countries and cities named in Chinese.

Country names come from pycountry's Chinese catalogue (iso3166-1, zh_CN) plus
the short forms news use and it lacks; cities of China from cpca's table of
administrative divisions. Hong Kong, Macao and Taiwan are regions, not countries.

>>> sorted(find_countries("代表来自老挝、俄罗斯和中国。"))
['CN', 'LA', 'RU']
>>> sorted(find_countries("中泰两国合作，中老铁路建设。"))
['LA', 'TH']
>>> find_countries("香港与澳门的院校；内蒙古的学校。")
{}
"""

from __future__ import annotations

import re
from functools import lru_cache

# Not countries by SCHEMA.md (regions), or not news' countries (territories, Antarctica).
_NOT_COUNTRIES = frozenset({"HK", "MO", "TW", "AQ", "BV", "HM", "TF", "UM", "IO", "GS"})

# Common forms pycountry's catalogue lacks (it has the long official forms, or a typo).
SHORT_FORMS: dict[str, str] = {
    "老挝": "LA", "俄罗斯": "RU", "俄国": "RU", "柬埔寨": "KH", "韩国": "KR", "朝鲜": "KP",
    "伊朗": "IR", "叙利亚": "SY", "委内瑞拉": "VE", "玻利维亚": "BO", "蒙古国": "MN",
    "印尼": "ID", "吉尔吉斯斯坦": "KG", "坦桑尼亚": "TZ", "摩尔多瓦": "MD", "马耳他": "MT",
    "危地马拉": "GT", "孟加拉国": "BD", "沙特": "SA", "捷克": "CZ", "澳洲": "AU",
    "埃斯瓦蒂尼": "SZ", "马其顿": "MK", "刚果(金)": "CD", "刚果（金）": "CD", "越南": "VN",
    "美国": "US", "英国": "GB", "德国": "DE", "法国": "FR", "日本": "JP", "泰国": "TH",
    "新加坡": "SG", "文莱": "BN", "缅甸": "MM", "菲律宾": "PH", "马来西亚": "MY",
    "哈萨克斯坦": "KZ", "塔吉克斯坦": "TJ", "乌兹别克斯坦": "UZ", "土库曼斯坦": "TM",
    "巴基斯坦": "PK", "阿联酋": "AE", "土耳其": "TR", "斯里兰卡": "LK", "尼泊尔": "NP",
}
# Names that hold a country's name but are Chinese places or not countries at all.
_FALSE_HOSTS = ("内蒙古", "中非合作", "中非职业", "中非经贸", "中非友好", "印度洋", "南美",
                "北美", "中美洲", "东南亚", "南亚", "西亚")

# "中X" pairs and "X方" sides: one-character forms of partner countries (中老 = China-Laos).
ONE_CHAR: dict[str, str] = {
    "德": "DE", "俄": "RU", "法": "FR", "英": "GB", "美": "US", "日": "JP", "韩": "KR",
    "泰": "TH", "老": "LA", "柬": "KH", "越": "VN", "缅": "MM", "蒙": "MN", "赞": "ZM",
    "哈": "KZ", "吉": "KG", "塔": "TJ", "埃": "EG", "坦": "TZ", "澳": "AU", "葡": "PT",
    "荷": "NL", "意": "IT", "西": "ES", "印尼": "ID", "马": "MY", "巴": "PK", "新": "SG",
}
# Words a pair must not run into: 中老年 is "elderly", 中英文 "Chinese and English".
_PAIR_NOT_BEFORE = re.compile(r"年|文|双语|美洲|西部|西医|西方|马克|新网|新社|巴车|日报|意见|"
                              r"法治|法律|英雄|英才|德育|德才|国")
_PAIR = re.compile("中((?:" + "|".join(sorted(ONE_CHAR, key=len, reverse=True)) + ")+)")
# Sides: 泰方, 赞方, 德方 (the partner as one side of a talk).
_SIDE = re.compile("(?<![双各多对甲乙我])(" + "|".join(k for k in ONE_CHAR if len(k) == 1)
                   + ")方(?![面案式法向针])")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Chinese name -> alpha-2, from pycountry's zh_CN catalogue and SHORT_FORMS."""
    import gettext

    import pycountry

    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"],
                                    fallback=True)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        if code in _NOT_COUNTRIES:
            continue
        for english in {country.name, getattr(country, "official_name", country.name),
                        getattr(country, "common_name", country.name)}:
            chinese = catalogue.gettext(english)
            if chinese != english and len(chinese) >= 2:
                names[chinese] = code
    names.update(SHORT_FORMS)
    names.pop("中非", None)  # 中非 in news is "China-Africa", not the Central African Republic
    return names


@lru_cache(maxsize=1)
def _country_re() -> re.Pattern[str]:
    names = sorted(country_names(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def find_countries(text: str) -> dict[str, int]:
    """Alpha-2 codes of the countries a text names, each with the offset of its first mention."""
    found: dict[str, int] = {}
    # A country's name wins over a false host inside it (印度尼西亚 holds 西亚); the other
    # way round, the host is masked (内蒙古 holds 蒙古).
    for match in _country_re().finditer(text):
        if any(host.start() < match.end() and match.start() < host.end()
               and not (match.start() <= host.start() and host.end() <= match.end())
               for host in _false_hosts_re().finditer(text, max(0, match.start() - 6),
                                                       match.end() + 6)):
            continue
        if text.startswith("语", match.end()):
            continue  # a language (西班牙语, 越南语) names no country (SCHEMA.md)
        found.setdefault(country_names()[match.group(0)], match.start())
    masked = _false_hosts_re().sub(lambda m: "＿" * len(m.group(0)), text)
    for match in _PAIR.finditer(masked):
        if _PAIR_NOT_BEFORE.match(masked, match.end()):
            continue
        for code in _split_pair(match.group(1)):
            found.setdefault(code, match.start())
    for match in _SIDE.finditer(masked):
        found.setdefault(ONE_CHAR[match.group(1)], match.start())
    return found


@lru_cache(maxsize=1)
def _false_hosts_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(h) for h in sorted(_FALSE_HOSTS, key=len, reverse=True)))


def _split_pair(chars: str) -> list[str]:
    codes = []
    i = 0
    while i < len(chars):
        if chars.startswith("印尼", i):
            codes.append("ID")
            i += 2
        else:
            codes.append(ONE_CHAR[chars[i]])
            i += 1
    return codes


def country_name_at(text: str) -> str | None:
    """The country's name a text starts with (肯尼亚蒙巴萨 -> 肯尼亚), else None."""
    match = _country_re().match(text)
    return match.group(0) if match else None


def country_of(name: str) -> str | None:
    """The country a name starts with (泰国佛统皇家大学 -> TH), else None."""
    match = _country_re().match(name)
    return country_names()[match.group(0)] if match else None


@lru_cache(maxsize=1)
def _divisions() -> tuple[tuple[str, str], ...]:
    """(adcode, name) of China's administrative divisions, from cpca's table."""
    import csv
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("cpca")
    # cpca's package imports pkg_resources at import time: read its data file directly.
    if spec is None or not spec.submodule_search_locations:
        return ()
    table = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    with table.open(encoding="utf-8") as handle:
        return tuple((row["adcode"], row["name"]) for row in csv.DictReader(handle))


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Chinese prefecture-level cities and municipalities, without 市 (西安, 北京)."""
    out = set()
    for code, name in _divisions():
        municipality = code[2:] == "0" * 10 and name.endswith("市")
        prefecture = code[4:] == "0" * 8 and code[2:4] != "00" and name.endswith("市")
        if (municipality or prefecture) and name != "市辖区":
            out.add(name[:-1])
    return frozenset(out)


_DIVISION_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|"
                              r"省|市|县|区|自治州|盟|旗)$")


@lru_cache(maxsize=1)
def chinese_places() -> frozenset[str]:
    """Names of China's provinces, cities and counties, with and without 省/市/县."""
    out = {"中国", "中华", "全国", "国家"}
    for code, name in _divisions():
        if code[:2] in ("71", "81", "82") or name == "市辖区":
            continue  # Taiwan, Hong Kong, Macao: regions, not the mainland's places
        out.add(name)
        short = _DIVISION_SUFFIX.sub("", name)
        if len(short) >= 2:
            out.add(short)
    return frozenset(out)


def starts_with_chinese_place(name: str) -> bool:
    """Whether a name opens with a place of China (青海…, 东城区…, 中国…).

    >>> starts_with_chinese_place("西安交通大学"), starts_with_chinese_place("曼谷大学")
    (True, False)
    """
    return any(name[:size] in chinese_places() for size in range(2, 8))
