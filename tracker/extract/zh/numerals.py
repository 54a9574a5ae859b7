"""Chinese and Arabic numerals of figures: 三十余, 1600余名, 近百, 逾百, 3.5万.

Conversion is cn2an's (imported on first use); this module only decides what
is a numeral and what bound its hedges give.

>>> parse_count("三十", hedge_after="余")
(30, 'at_least')
>>> parse_count("百", hedge_before="近")
(100, 'exact')
>>> parse_count("1.5", wan=True)
(15000, 'exact')
"""

from __future__ import annotations

import re

# A numeral as a figure writes it: Arabic digits or Chinese numeral characters.
NUMERAL = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"
NUMERAL_RE = re.compile(NUMERAL)

# Hedges: 余/多/以上/逾/超过 state a floor; 近/约 leave the value as stated (SCHEMA.md).
AT_LEAST_BEFORE = ("超过", "逾", "超", "多达", "不少于", "至少")
EXACT_BEFORE = ("近", "约", "将近", "接近", "大约", "共", "达", "共有", "计")
AT_LEAST_AFTER = ("余", "多", "以上", "多个")


def parse_count(numeral: str, *, hedge_before: str = "", hedge_after: str = "",
                wan: bool = False) -> tuple[int | float, str] | None:
    """The value and bound of a count, or None when the numeral does not read as one."""
    value = to_number(numeral)
    if value is None:
        return None
    if wan:
        value *= 10_000
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    bound = "at_least" if (hedge_before in AT_LEAST_BEFORE or hedge_after in AT_LEAST_AFTER) \
        else "exact"
    return value, bound


def to_number(numeral: str) -> int | float | None:
    """An Arabic or Chinese numeral as a number (None when it is not one).

    >>> to_number("两"), to_number("一千六百"), to_number("12")
    (2, 1600, 12)
    """
    if numeral.isdigit():
        return int(numeral)
    if re.fullmatch(r"\d+\.\d+", numeral):
        return float(numeral)
    import cn2an

    # "百", "千" alone mean one hundred, one thousand; cn2an wants the "一".
    if numeral[0] in "十百千万":
        numeral = ("" if numeral[0] == "十" else "一") + numeral
    try:
        value = cn2an.cn2an(numeral, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else float(value)
