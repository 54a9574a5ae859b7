"""Rebuild tracker/migrations/data/belt_and_road.csv from the reference data in ../shared/data.

The group "Belt and Road partner countries" holds every country that signed a
Belt and Road cooperation document with China, with the year it joined and,
for those that withdrew, the year it left. Each row keeps its `source`
labels; ../shared/data/README.md explains each label (publisher, URL, date).

    .venv/bin/python seeds/build_belt_and_road.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "tracker" / "migrations" / "data" / "belt_and_road.csv"
FIELDS = ["iso2", "name", "region", "joined", "left", "source"]


def build_rows(data_dir: Path) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    with (data_dir / "belt-and-road-countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[row["iso2"]] = {**row, "left": ""}
    with (data_dir / "belt-and-road-withdrawals.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[row["iso2"]] = {
                "iso2": row["iso2"],
                "name": row["name"],
                "region": "",
                "joined": "",
                "left": row["left"],
                "source": row["source"],
            }
    return [{key: rows[code][key] for key in FIELDS} for code in sorted(rows)]


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "shared" / "data"
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(build_rows(data_dir))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
