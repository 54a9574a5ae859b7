"""Rebuild tracker/migrations/data/countries.csv from the maintained libraries.

Countries come from pycountry (ISO 3166-1: every alpha-2 and alpha-3 code,
the short and official English names); region (continent) and subregion
(UN M49 geographic region) come from country_converter. Nothing is typed by
hand. Run it after upgrading either library and commit the result:

    .venv/bin/python seeds/build_countries.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import country_converter
import pycountry

OUT = Path(__file__).resolve().parents[1] / "tracker" / "migrations" / "data" / "countries.csv"
FIELDS = ["alpha2", "alpha3", "name", "official_name", "region", "subregion"]


def build_rows() -> list[dict[str, str]]:
    regions = country_converter.CountryConverter().data.set_index("ISO3")
    rows = []
    for country in pycountry.countries:
        code = country.alpha_2
        # keyed by alpha-3: country_converter's alpha-2 column uses UK and EL
        region = regions["continent"].get(country.alpha_3, "")
        subregion = regions["UNregion"].get(country.alpha_3, "")
        rows.append(
            {
                "alpha2": code,
                "alpha3": country.alpha_3,
                "name": getattr(country, "common_name", None) or country.name,
                "official_name": getattr(country, "official_name", "") or "",
                "region": "" if region != region else str(region),  # NaN is not equal to itself
                "subregion": "" if subregion != subregion else str(subregion),
            }
        )
    return sorted(rows, key=lambda row: row["alpha2"])


def main() -> None:
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(build_rows())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
