"""Figures: a number, its bound and the counted noun, read from one sentence.

>>> [(f.value, f.metric, f.bound) for f in find_figures_in("It has more than 1,600 experts.")]
[(1600, 'experts', 'at_least')]
>>> [(f.value, f.metric) for f in find_figures_in("twenty new members (8 from China)")]
[(20, 'members'), (8, 'members')]
>>> find_figures_in("the 10th anniversary in 2023, page 4 of the two universities")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.en.alternation import literal_alternation
from tracker.extract.en.gates import may_hold
from tracker.extract.en.lexicon import (
    AT_LEAST_WORDS,
    COUNTER_LABELS,
    CURRENCY_AFTER,
    EXACT_HEDGES,
    FRACTIONS,
    METRIC_NOUNS,
    NUMBER_WORDS,
    PHRASE_STOPS,
    SCALES,
    TIME_UNITS,
)

# (lower-case words: a tree of letters stays exact under re.I, see alternation.py)
_WORD_NUMBERS = literal_alternation(NUMBER_WORDS)
_NUMBER = re.compile(
    rf"(?<![\w.$/#:+-])(?P<cur>US\$|HK\$|S\$|USD\s?|RMB\s?|CNY\s?|EUR\s?|[€£¥$])?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_WORD_NUMBERS})"
    rf"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
    rf"(?P<pct>\s?%|\s?per\s?cent)?"
    rf"(?:\s*(?P<scale>thousand|million|billion|mn|bn)\b)?"
    rf"(?![\w]|[.,:]\d|-\d)", re.I)
_FRACTION = re.compile(r"\b(?:(?P<n>one|two|three|four|a)[- ]|(?=half\s+(?:of|the)\b))"
                       r"(?P<d>half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|"
                       r"eighths?|tenths?)\b", re.I)
# What every match of _FRACTION holds (its denominator word): a sentence without any is spared
# the pattern (gates.py).
_FRACTION_GATE = ("half", "halv", "third", "quarter", "fifth", "sixth", "seventh", "eighth",
                  "tenth")
# After a fraction word, a time: "half of 2018", "half of the year".
_NOT_A_FRACTION = re.compile(r"\s+of\s+(?:the\s+)?(?:\d{4}\b|year|month|decade|century|"
                             r"semester|term|season)", re.I)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s“”\"‘’]|\d+")
_MEMBER_CONTEXT = re.compile(r"\bmember|\bjoin(?:ed|ing|s)?\b|\bentry\b|\badmitted\b|"
                             r"\bapplications?\b|\binitiat(?:e|ed|es|ing)\b", re.I)
# Counted nouns that are members where the sentence speaks of membership ("approved the
# applications of four more candidates").
_MEMBER_LIKE = frozenset({"candidates", "applicants", "newcomers", "signatories"})
# "2,000 young people have completed the training": trainees.
_TRAINED_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:passed|completed|received|undergone|finished)\s+"
                            r"(?:\w+\s+){0,2}training\b", re.I)
# "an alliance of eight universities", "the network's 40 universities": its members.
_BODY_OF = re.compile(r"\b(?:alliance|network|consortium|league|association|federation|group)"
                      r"(?:\s+of|['’]s)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)
# "a four member delegation": people, not an alliance's members.
_GROUP_OF_PEOPLE = re.compile(r"(?:-?member|-?person|-?strong)\s+(?:delegation|team|panel|"
                              r"group|crew|committee)\b", re.I)
_TRAINED = re.compile(r"\btrain(?:ed|s|ing)?\s+(?:\w+\s+){0,2}$", re.I)
_COUNTER_LABEL = re.compile(
    rf"(?:{'|'.join(re.escape(label) for label in COUNTER_LABELS)})\s*[:：]?\s*$")
_LIST_NUMBER = re.compile(r"^\s*$")
_LOOKBACK_NOUN = re.compile(
    r"\b(?P<noun>membership|members|participants|students|countries|institutions)\b"
    r"(?:\s+\w+){0,2}\s+(?:to|of|at|reached|reaching|totals?|totalled|totaled|is|was|are|:)\s*$",
    re.I)


@dataclass
class FoundFigure:
    value: int | float
    metric: str
    bound: str
    text: str
    start: int
    end: int
    noun: str | None = None
    inherited: bool = False


def find_figures_in(sentence: str, offset: int = 0,
                    skip_spans: list[tuple[int, int]] | None = None) -> list[FoundFigure]:
    """Figures of one sentence; `skip_spans` (dates) are article coordinates."""
    skip = skip_spans or []
    out: list[FoundFigure] = []
    fractions = _FRACTION.finditer(sentence) if may_hold(sentence, _FRACTION_GATE) else ()
    for match in fractions:
        if _NOT_A_FRACTION.match(sentence, match.end()) or (
                (match.group("n") or "").lower() == "a"
                and not re.match(r"\s+of\b", sentence[match.end():])):
            continue  # "the second half of 2018", "for a fifth year"
        n = NUMBER_WORDS.get((match.group("n") or "").lower(), 1)
        d = FRACTIONS[match.group("d").lower()]
        out.append(FoundFigure(round(n / d, 2), "other", _bound(sentence, match.start()),
                               _phrase(sentence, match.start(), match.end()),
                               match.start(), match.end()))
    fraction_spans = [(f.start, f.end) for f in out]
    for match in _NUMBER.finditer(sentence):
        a = match.start("num")
        if any(s <= offset + a < e for s, e in skip) or any(s <= a < e for s, e in fraction_spans):
            continue
        figure = _read(sentence, match, out)
        if figure is not None:
            out.append(figure)
    for figure in out:
        figure.start += offset
        figure.end += offset
    out.sort(key=lambda f: f.start)
    return out


def _read(sentence: str, match: re.Match[str], earlier: list[FoundFigure]) -> FoundFigure | None:
    raw = match.group("num")
    start = match.start()
    before = sentence[:start]
    is_word = raw[0].isalpha()
    if is_word:
        # A capitalised number word inside a sentence is part of a name ("Five Countries Alliance").
        if raw[0].isupper() and before.strip() and not before.rstrip().endswith((":", "-", "–")):
            return None
        if raw.lower() in ("two", "three") and (
                re.search(r"\b(?:the|both|these|those|our|its)\s+$", before, re.I)
                or re.search(r"\b(?:the|both)\s+(?:two|three)\s+\w+\s+and\s+$", before, re.I)):
            return None
        value: int | float = _word_value(raw)
    else:
        value = float(raw.replace(",", "")) if "." in raw else int(raw.replace(",", ""))
    if value == 0:
        return None
    # Page counters, addresses and list numbers.
    tail = before[-20:].lower()
    if _COUNTER_LABEL.search(tail):
        return None
    after = sentence[match.end():]
    if _LIST_NUMBER.match(before) and re.match(r"\s*[.)]\s", after):
        return None
    if re.match(r"\s*(?:st|nd|rd|th)\b", after):
        return None
    scale = SCALES.get((match.group("scale") or "").lower(), 1)
    currency = match.group("cur")
    if not is_word and isinstance(value, int) and "," not in raw and not currency:
        if 1900 <= value <= 2100 and scale == 1:
            return None  # a year
        if value >= 10000 and scale == 1:
            return None  # codes, phone numbers, addresses
    value = value * scale if scale != 1 else value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    bound = _bound(sentence, start)
    words = _words_after(after)
    end = match.end()
    if currency or (words and words[0].lower() in CURRENCY_AFTER) or match.group("pct"):
        return FoundFigure(value, "other", bound, _phrase(sentence, start, end, 2), start, end)
    # "3-day programme", "10 years": durations.
    hyphen_unit = re.match(r"-(\w+)", after)
    if hyphen_unit and hyphen_unit.group(1).lower() in TIME_UNITS:
        return FoundFigure(value, "other", bound, _phrase(sentence, start, end, 2), start, end)
    if words and words[0].lower() in TIME_UNITS:
        # "three weeks after", "150 years old", "two years ago": a time, not a quantity
        if (len(words) > 1 and words[1].lower() in ("ago", "old", "after", "later", "before",
                                                    "earlier")) or re.search(
                r"\b(?:past|last|previous|first|recent)\s+$", before, re.I):
            return None
        return FoundFigure(value, "other", bound, _phrase(sentence, start, end, 2), start, end)
    if _GROUP_OF_PEOPLE.match(after.lstrip()):  # "a five-member delegation"
        return FoundFigure(value, "participants", bound, _phrase(sentence, start, end, 2), start,
                           end)
    # "from 54 to 105 institutions": the noun of the second number.
    range_to = re.match(r"\s+(?:to|or|-|–)\s+(\d[\d,]*|\w+)\s", after)
    if range_to and (range_to.group(1)[0].isdigit() or range_to.group(1).lower() in NUMBER_WORDS):
        words = _words_after(after[range_to.end(1):])
    metric, noun = _metric(words)
    if metric in ("other", "participants") and (_TRAINED.search(before)
                                                or _TRAINED_AFTER.match(after)):
        metric = "trainees"
    if metric == "other" and noun in _MEMBER_LIKE and _MEMBER_CONTEXT.search(sentence):
        metric = "members"
    if metric is None:
        # "four from Peru", "24 of which", "Peru (4)": a count of the noun counted before it
        if words and words[0].lower() in ("from", "each", "in-person", "online", "offline") or \
                re.match(r"\s*[-–:]\s|\s+of\s+(?:which|whom|them)\b", after) or (
                    re.match(r"\s*\)", after) and re.search(r"[^\W\d]\s*\($", before)):
            # "(24 of which are in Japan)": what is in a place is not a count of countries
            placed = bool(_IN_A_PLACE.match(after))
            counted = _counted_before(before, earlier, start, skip_countries=placed)
            if counted is not None:
                return FoundFigure(value, counted, bound,
                                   _phrase(sentence, start, end, 3), start, end, None, True)
        look = _LOOKBACK_NOUN.search(before)
        if look:
            metric = METRIC_NOUNS.get(look.group("noun").lower(), "other")
            noun = look.group("noun").lower()
        else:
            return None
    if metric == "institutions" and (_MEMBER_CONTEXT.search(sentence)
                                     or _BODY_OF.search(before)):
        metric = "members"
    return FoundFigure(value, metric, bound, _phrase(sentence, start, end, 4), start, end, noun)


def _counted_before(before: str, earlier: list[FoundFigure], start: int, *,
                    skip_countries: bool = False) -> str | None:
    """The metric of the nearest count before `start` that named its noun ("20 new members
    (8 from Peru)"), else of the nearest counted noun of the sentence ("new members came
    from Asia, four from Nepal")."""
    skipped = {"other", "countries"} if skip_countries else {"other"}
    counted = [f for f in earlier if f.start < start and f.metric not in skipped]
    if counted:
        return counted[-1].metric
    nouns = [m for m in _COUNTED_NOUN.finditer(before) if m.group(0).lower() in METRIC_NOUNS
             and METRIC_NOUNS[m.group(0).lower()] not in skipped]
    return METRIC_NOUNS[nouns[-1].group(0).lower()] if nouns else None


_IN_A_PLACE = re.compile(r"\s+of\s+(?:which|whom|them)\s+(?:are|were|is|was)\s+(?:located\s+|"
                         r"based\s+)?in\b", re.I)


_COUNTED_NOUN = re.compile(r"\b[a-z]+s\b", re.I)


def _is_adjective(word: str) -> bool:
    from tracker.extract.en.countries import country_table

    return word in country_table() or word in ("Chinese", "Foreign", "International", "Overseas")


def _word_value(raw: str) -> int:
    parts = re.split(r"[- ]", raw.lower())
    if raw.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[raw.lower()]
    total = 0
    for part in parts:
        total += NUMBER_WORDS.get(part, {"one": 1}.get(part, 0))
    return total


def _words_after(after: str, limit: int = 6) -> list[str]:
    """Words of the noun phrase after a number, up to punctuation or a stop word."""
    words: list[str] = []
    for token in _TOKEN.finditer(after[:120]):
        tok = token.group(0)
        if not tok[0].isalpha():
            # A comma glued between two words ("participating,universities") is a typo.
            if tok == "," and token.end() < len(after) and after[token.end()].isalpha():
                continue
            break
        words.append(tok)
        if len(words) >= limit or (len(words) > 1 and tok.lower() in PHRASE_STOPS):
            break
    return words


def _metric(words: list[str]) -> tuple[str | None, str | None]:
    """The metric of the first counted noun; plural nouns not in the table are `other`."""
    for i, word in enumerate(words):
        low = word.lower()
        if i > 0 and low in PHRASE_STOPS:
            break
        if i == 0 and low in PHRASE_STOPS:
            return None, None
        if low in METRIC_NOUNS:
            return METRIC_NOUNS[low], low
    for i, word in enumerate(words[:3]):
        low = word.lower()
        if low in PHRASE_STOPS:
            break
        if i == 0 and word[0].isupper() and low not in METRIC_NOUNS and not low.endswith("s") \
                and not _is_adjective(word):
            return None, None  # "94 Group": a number inside a name
        if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return "other", low
    return None, None


def _bound(sentence: str, start: int) -> str:
    before = sentence[max(0, start - 30):start].lower()
    before = re.sub(r"\s+", " ", before).rstrip()
    if any(before.endswith(w) for w in AT_LEAST_WORDS):
        return "at_least"
    return "exact"


def _phrase(sentence: str, start: int, end: int, words: int = 4) -> str:
    """The short phrase stating a figure: bound words, the number and a few words after."""
    left = sentence[max(0, start - 30):start]
    hedge = ""
    for w in (*AT_LEAST_WORDS, *EXACT_HEDGES):
        if left.lower().rstrip().endswith(w):
            hedge = left.rstrip()[-len(w):] + " "
            break
    tail = " ".join(sentence[end:].split()[:words])
    return f"{hedge}{sentence[start:end]} {tail}".strip(" ,;:.")
