"""How long does `tracker load` take over a 10,000-row workbook? (issue #16: under a minute)

    .venv/bin/python bench/load_speed.py [--rows 10000]

Writes a workbook of made-up records (a third organizations with an alias each,
a twentieth alliances, the rest memberships of those organizations in those
alliances, with roles and dates in mixed forms) and loads it with
`tracker load --yes` into a fresh migrated SQLite database, then loads it again
(nothing to change). Prints wall and CPU seconds of each run; the machine is
shared, so CPU time is the steadier figure.

Measured 2026-12-03 (2 cores shared, load average 13): 10,000 rows, 13,333 records
created, in 38.6 s CPU (171 s wall); the second load, unchanged, in 1.5 s CPU.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROLES = ("member", "council_member", "理事单位", "常务理事单位", "Vice chair")
DATES = ("2019", "2020年5月", "2021-03-09", "March 2022")
COUNTRIES = ("Kenya", "德国", "BR", "Thailand", "肯尼亚", "FR")


def write_workbook(path: Path, rows: int, seed: int = 7) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    orgs, alliances = rows // 3, max(rows // 20, 1)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("单位")
    sheet.append(["单位名称", "简称", "类型", "国家"])
    for n in range(orgs):
        sheet.append([f"Institute {n} of Applied Studies", f"IAS{n}", "college",
                      rng.choice(COUNTRIES)])
    sheet = book.create_sheet("联盟")
    sheet.append(["联盟名称", "成立时间"])
    for n in range(alliances):
        sheet.append([f"Network {n} for Skills", rng.choice(DATES)])
    sheet = book.create_sheet("成员")
    sheet.append(["单位名称", "联盟名称", "角色", "开始日期"])
    pairs = set()
    while len(pairs) < rows - orgs - alliances:
        pairs.add((rng.randrange(orgs), rng.randrange(alliances)))
    for org, alliance in sorted(pairs):
        sheet.append([f"IAS{org}", f"Network {alliance} for Skills", rng.choice(ROLES),
                      rng.choice(DATES)])
    book.save(path)


def _load(url: str, path: Path) -> tuple[float, float, str]:
    from typer.testing import CliRunner

    from tracker.cli.main import app

    wall, cpu = time.perf_counter(), time.process_time()
    result = CliRunner().invoke(app, ["--db", url, "--actor", "bench", "load", str(path),
                                      "--yes"])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if result.exit_code != 0:
        sys.exit(f"load failed ({result.exit_code}): {result.output[-800:]}")
    return wall, cpu, result.output.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    from tracker import migrate
    from tracker.db import make_engine

    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "records.xlsx"
        write_workbook(book, args.rows)
        url = f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        for run in ("first load", "second load"):
            wall, cpu, said = _load(url, book)
            print(f"{run}: {args.rows:,} rows in {wall:.1f} s wall, {cpu:.1f} s CPU: {said}")


if __name__ == "__main__":
    main()
