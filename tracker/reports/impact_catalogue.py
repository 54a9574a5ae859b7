"""The indicator catalogue of the International Influence Table (国际影响表), as data.

`data/impact_indicators.csv` holds, per edition year of the official template,
each indicator's Chinese label, English gloss, unit, and which records feed it
and how. An office following a changed template adds rows for the new edition;
no code changes. A report year uses the latest edition not after it (the
earliest edition for older years).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources

from tracker.errors import InvalidInput

CATALOGUE = "impact_indicators.csv"
RECORDS = ("cooperation", "post", "standard", "award", "teaching_site")
# headcount: people (sum of headcounts); person_days: sum of headcount x days;
# persons: distinct people; count: records
MEASURES = ("headcount", "person_days", "persons", "count")
# overlaps: held at any time in the year; starts: began in the year; dated: its one date
# falls in the year
IN_YEAR = ("overlaps", "starts", "dated")


@dataclass(frozen=True, slots=True)
class Indicator:
    """One row of the table: what it is called and how it is computed."""

    edition: int
    number: int
    code: str
    label_zh: str
    gloss_en: str
    unit_zh: str
    unit_en: str
    record: str
    kind: str | None
    direction: str | None
    measure: str
    in_year: str


def _indicator(row: dict[str, str]) -> Indicator:
    def checked(field: str, allowed: tuple[str, ...]) -> str:
        if row[field] not in allowed:
            raise InvalidInput(
                f"{CATALOGUE}: indicator {row['code']} has {field} '{row[field]}'; "
                f"choose one of {', '.join(allowed)}"
            )
        return row[field]

    return Indicator(
        edition=int(row["edition"]),
        number=int(row["number"]),
        code=row["code"],
        label_zh=row["label_zh"],
        gloss_en=row["gloss_en"],
        unit_zh=row["unit_zh"],
        unit_en=row["unit_en"],
        record=checked("record", RECORDS),
        kind=row["kind"] or None,
        direction=row["direction"] or None,
        measure=checked("measure", MEASURES),
        in_year=checked("in_year", IN_YEAR),
    )


def load_catalogue(text: str | None = None) -> list[Indicator]:
    """Every indicator of every edition (the packaged file, or `text` in its format)."""
    if text is None:
        text = resources.files("tracker.reports").joinpath("data", CATALOGUE).read_text(
            encoding="utf-8"
        )
    return [_indicator(row) for row in csv.DictReader(io.StringIO(text))]


def indicators_for(year: int, catalogue: list[Indicator] | None = None) -> list[Indicator]:
    """The indicators of the edition a report of `year` follows, in table order."""
    rows = catalogue if catalogue is not None else load_catalogue()
    editions = sorted({row.edition for row in rows})
    if not editions:
        raise InvalidInput(f"{CATALOGUE} lists no indicators")
    edition = max((e for e in editions if e <= year), default=editions[0])
    return sorted((row for row in rows if row.edition == edition), key=lambda r: r.number)
