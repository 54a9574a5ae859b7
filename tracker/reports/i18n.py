"""The language of a report: its message catalog (gettext, through Babel) and locale formats.

English is the source language: every label is written in English in the code,
marked with `N_` where it is data, and the Chinese words live in
`tracker/reports/locale/zh/LC_MESSAGES/tracker.po`. The `.po` file is the only
copy: Babel compiles it in memory at first use, so a fresh clone and an
installed wheel read the same words without a build step.

>>> labels_for("zh").gettext("Key figures"), labels_for("en").gettext("Key figures")
('主要数据', 'Key figures')
>>> labels_for("zh").partial_date("2023-11"), labels_for("en").partial_date("2023-11")
('2023年11月', '2023-11')
"""

from __future__ import annotations

import enum
import gettext
import io
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal, cast

from tracker import vocab

Language = Literal["en", "zh"]
LANGUAGES: tuple[Language, ...] = ("en", "zh")
ENV_LANGUAGE = "TRACKER_LANG"
DOMAIN = "tracker"
# Babel's locale for each language: Simplified Chinese as used on the mainland
BABEL_LOCALE = {"en": "en", "zh": "zh_Hans_CN"}
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def N_(message: str) -> str:  # noqa: N802 (the gettext convention for "mark, translate later")
    """Mark a string for the catalog without translating it yet (module-level labels)."""
    return message


def default_language(environ: dict[str, str] | None = None) -> Language:
    """TRACKER_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG) if it is Chinese, else en."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_LANGUAGE, "").strip().lower()
    if chosen:
        return "zh" if chosen.startswith("zh") else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:  # the first one set decides, as in POSIX
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


@cache
def translations(language: Language) -> gettext.NullTranslations:
    """The compiled catalog of `language` (English: the messages themselves)."""
    if language == "en":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    po = files("tracker.reports") / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=BABEL_LOCALE[language], domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


# The heading of each column the reports use, by column name; a column not named here
# (a metric's) is headed by its metric label.
HEADINGS: dict[str, str] = {
    "figure": N_("Figure"),
    "value": N_("This year"),
    "previous_value": N_("Last year"),
    "change": N_("Change"),
    "role": N_("Role"),
    "seats": N_("Seats"),
    "kind": N_("Kind"),
    "month": N_("Month"),
    "held": N_("Held"),
    "attended": N_("Attended"),
    "total": N_("Total"),
    "region": N_("Region"),
    "subregion": N_("Subregion"),
    "countries": N_("Countries"),
    "regions": N_("Regions (Hong Kong, Macao, Taiwan)"),
    "new_countries": N_("New countries"),
    "alliance": N_("Alliance"),
    "joined": N_("Joined"),
    "left": N_("Left"),
    "role_at_year_end": N_("Role at year end"),
    "changes_in_year": N_("Changes in the year"),
    "source_ids": N_("Sources"),
    "source_id": N_("Source"),
    "date": N_("Date"),
    "title": N_("Title"),
    "place": N_("Place"),
    "our_role": N_("Our role"),
    "participants": N_("Participants"),
    "country": N_("Country or region"),
    "is_belt_and_road": N_("Belt and Road"),
    "events": N_("Events"),
    "cooperation": N_("Cooperation"),
    "partners": N_("Partners"),
    "is_new": N_("New"),
    "started": N_("Started"),
    "active": N_("Active"),
    "partner": N_("Partner"),
    "start": N_("Start"),
    "end": N_("End"),
    "headcount": N_("People"),
    "year": N_("Year"),
    "metric": N_("Metric"),
    "meaning": N_("What it counts"),
    "statement": N_("Statement"),
    "stated_value": N_("Stated"),
    "bound": N_("Bound"),
    "measure": N_("Recorded measure"),
    "recorded_in_year": N_("Recorded in the year"),
    "recorded_to_date": N_("Recorded to date"),
    "missing_from_records": N_("Missing from records"),
    "publisher": N_("Publisher"),
    "published": N_("Published"),
    "url": N_("Link"),
    "current_role": N_("Current role"),
    "role_history": N_("Role history"),
    "first_year": N_("First year"),
    "last_year": N_("Last year engaged"),
    "previous_role": N_("Previous role"),
    "is_region": N_("Region of China"),
}
# the line the CLI prints for each file written
WROTE = N_("Wrote {path}")
# where a column means something else in one section: (section, column) -> heading
SECTION_HEADINGS: dict[tuple[str, str], str] = {
    ("role_changes", "change"): N_("What changed"),
}
# the words of the changes in a membership (alliances.role_changes' `change`)
CHANGE_WORDS: dict[str, str] = {
    "joined": N_("joined"),
    "role": N_("took the role"),
    "left": N_("left"),
}
# columns whose text is a partial date (2023, 2023-11, 2023-11-17)
DATE_COLUMNS = frozenset({"date", "joined", "left", "start", "end", "published"})
# columns whose cells are codes of a vocabulary, by section (a "kind" is an event's in
# one section and a cooperation's in another)
VALUE_VOCABULARY: dict[str, dict[str, type[enum.StrEnum]]] = {
    "events": {"kind": vocab.EventKind, "our_role": vocab.ParticipantRole},
    "events_by_kind": {"kind": vocab.EventKind},
    "cooperation": {"kind": vocab.CooperationKind},
    "cooperation_by_kind": {"kind": vocab.CooperationKind},
    "stated_vs_recorded": {"metric": vocab.Metric, "bound": vocab.Bound},
}
# columns whose words are the catalog's (continents, subregions, "month unknown")
WORD_COLUMNS = frozenset({"region", "subregion", "month"})
# columns holding a role's label as the role table stores it (English)
ROLE_COLUMNS = frozenset({"role", "role_at_year_end", "current_role", "previous_role"})
_ROLE_BY_ENGLISH = {role.label.en: role.label for role in vocab.ROLES}


@cache
def _number_signs(locale: str) -> dict[int, str]:
    """Python's "," and "." as the locale's group and decimal signs (from Babel's CLDR data)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return str.maketrans({",": get_group_symbol(locale), ".": get_decimal_symbol(locale)})


@lru_cache(maxsize=4096)  # a report repeats its dates: format each once
def _partial_date(locale: str, text: str) -> str:
    found = _PARTIAL_DATE.match(text)
    if not found:
        return text
    import datetime as dt

    from babel.dates import format_skeleton

    year, month, day = found.groups()
    when = dt.date(int(year), int(month or 1), int(day or 1))
    skeleton = "yMMMd" if day else "yMMM" if month else "y"
    return format_skeleton(skeleton, when, locale=locale)


# CLDR's short English month names (tests/reports/test_i18n.py checks them against Babel's),
# written out so that an English report does not import Babel to name a month
ENGLISH_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)


@cache
def _month_names(locale: str) -> tuple[str, ...]:
    """The twelve short month names of the locale, read once (Babel parses the locale on
    every call, and a report names a month for each of its rows)."""
    from babel.dates import get_month_names

    names = get_month_names("abbreviated", locale=locale)
    return tuple(str(names[month]) for month in range(1, 13))


def humanize(column: str) -> str:
    """`role_at_year_end` -> `Role at year end`: the fallback for a column without a heading."""
    words = column.replace("_", " ")
    return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class Labels:
    """Words and formats of one language: what every renderer asks for text."""

    language: Language = "en"

    @property
    def locale(self) -> str:
        return BABEL_LOCALE[self.language]

    def gettext(self, message: str) -> str:
        return translations(self.language).gettext(message)

    def heading(self, column: str, section: str | None = None) -> str:
        from tracker.reports.metrics import LABELS

        words = SECTION_HEADINGS.get((section or "", column))
        return self.gettext(
            words or HEADINGS.get(column) or LABELS.get(column) or humanize(column)
        )

    def number(self, value: float) -> str:
        """`value` with the locale's grouping and decimal signs, at most two decimals
        (Babel's `#,##0.##`, formatted by Python: a report has tens of thousands of cells)."""
        if float(value).is_integer():
            text = f"{int(value):,}"
        else:
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return self._signs(text)

    def percent(self, value: float) -> str:
        return self._signs(f"{value:.1%}")

    def _signs(self, text: str) -> str:
        # English's signs are Python's own: an English report never loads Babel's data
        return text if self.language == "en" else text.translate(_number_signs(self.locale))

    def yes_no(self, value: bool) -> str:
        return self.gettext("yes") if value else self.gettext("no")

    def partial_date(self, text: str) -> str:
        """A partial date's ISO text in the language: English keeps ISO (unambiguous
        everywhere), Chinese reads 2023年11月17日 (Babel's skeletons)."""
        if self.language == "en":
            return text
        return _partial_date(self.locale, text)

    def month(self, month: int) -> str:
        """The short name of a month: Nov, 11月."""
        names = ENGLISH_MONTHS if self.language == "en" else _month_names(self.locale)
        return names[month - 1]

    def code(self, vocabulary: type[enum.StrEnum], value: str) -> str:
        """A vocabulary code as its label (a comma list label by label); unknown codes as is."""
        words = []
        for part in value.split(", "):
            try:
                words.append(vocab.label(vocabulary(part), self.language))
            except ValueError:
                words.append(part)
        return ", ".join(words)

    def role(self, english: str) -> str:
        """A built-in role's label in the language; a role users added keeps its name."""
        found = _ROLE_BY_ENGLISH.get(english)
        return english if found is None or self.language == "en" else found.zh


ENGLISH = Labels("en")


def labels_for(language: str | None) -> Labels:
    """The labels of `language` (en or zh); None: `default_language()`."""
    chosen = language or default_language()
    if chosen not in LANGUAGES:
        from tracker.errors import InvalidInput

        raise InvalidInput(f"unknown language '{chosen}'; choose one of {', '.join(LANGUAGES)}")
    return Labels(cast(Language, chosen))
