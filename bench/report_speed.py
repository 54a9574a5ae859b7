"""Time the yearly report (xlsx) on a database built by bench/synth.py.

    python bench/report_speed.py --db sqlite:////tmp/synth.sqlite [--year 2023]

Prints the time of the whole report (aggregates, assembling, writing the
xlsx), the peak memory of the process, and the ratio to the report's SQL
alone: every statement the report ran is recorded, then run again and
fetched with the driver, without pandas.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--year", type=int, default=2023)
    parser.add_argument("--org", type=int, default=1, help="organization id (synth: 1 is home)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median is printed")
    args = parser.parse_args()

    from sqlalchemy import event

    from tracker.db import make_engine
    from tracker.reports.render_xlsx import write_xlsx
    from tracker.reports.yearly import build_yearly

    engine = make_engine(args.db)
    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    with engine.connect() as connection:  # warm the connection pool and the page cache
        build_yearly(connection, args.org, args.year)
    wholes, alones = [], []
    for _ in range(args.repeat):
        statements.clear()
        event.listen(engine, "before_cursor_execute", record)
        with tempfile.TemporaryDirectory() as folder:
            began = time.perf_counter()
            with engine.connect() as connection:
                report = build_yearly(connection, args.org, args.year)
            write_xlsx(report, Path(folder) / "report.xlsx")
            wholes.append(time.perf_counter() - began)
        event.remove(engine, "before_cursor_execute", record)

        began = time.perf_counter()
        with engine.connect() as connection:
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()
        alones.append(time.perf_counter() - began)
    whole, sql_alone = statistics.median(wholes), statistics.median(alones)
    engine.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"yearly report {args.year} (xlsx), median of {args.repeat}: {whole:.2f} s, "
        f"peak memory {peak_mb:.0f} MB"
    )
    print(
        f"its {len(statements)} SQL statements alone: {sql_alone:.2f} s; "
        f"ratio {whole / sql_alone:.2f}"
    )


if __name__ == "__main__":
    main()
