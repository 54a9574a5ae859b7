"""Median wall time of common commands, against the floor of this stack.

    .venv/bin/python bench/cli_latency.py [--runs 7] [--memberships 100000]

Reports `tracker --help`, `tracker org list` and `tracker member add` on a fresh
SQLite database and on one holding many memberships, each also as a ratio to
`python -c pass` and to `python -c "import sqlalchemy.orm"`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

PYTHON = sys.executable
TRACKER = [PYTHON, "-m", "tracker"]


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build(url: str, memberships: int, spare: int) -> None:
    """A migrated database with `memberships` memberships and `spare` organizations free to join."""
    from tracker import migrate
    from tracker.db import make_engine

    engine = make_engine(url)
    migrate.upgrade(engine)
    fill(engine, memberships, spare)
    engine.dispose()


def fill(engine, memberships: int, spare: int) -> None:  # type: ignore[no-untyped-def]
    from tracker.models import Alliance, Membership, MembershipTerm, Organization

    alliances = max(1, memberships // 1000)
    orgs = max(1, min(memberships, 1000))
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(Organization),
            [
                {
                    "name": f"Org {i}",
                    "name_key": f"org {i}",
                    "kind": "college",
                    "is_home": False,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(orgs + spare)
            ],
        )
        connection.execute(
            insert(Alliance),
            [
                {
                    "name": f"Alliance {i}",
                    "name_key": f"alliance {i}",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(alliances)
            ],
        )
        pairs = [(o + 1, a + 1) for a in range(alliances) for o in range(orgs)][:memberships]
        if not pairs:
            return
        connection.execute(
            insert(Membership),
            [
                {"organization_id": o, "alliance_id": a, "created_at": now, "updated_at": now}
                for o, a in pairs
            ],
        )
        connection.execute(
            insert(MembershipTerm),
            [
                {
                    "membership_id": i + 1,
                    "role_id": 9,
                    "start_date": dt.date(2020, 1, 1),
                    "start_precision": "year",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(len(pairs))
            ],
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--memberships", type=int, default=100_000)
    args = parser.parse_args()

    floor_python = median_seconds([PYTHON, "-c", "pass"], args.runs)
    floor_orm = median_seconds([PYTHON, "-c", "import sqlalchemy.orm"], args.runs)
    print(
        f"python -c pass: {floor_python * 1000:.0f} ms; "
        f"import sqlalchemy.orm: {floor_orm * 1000:.0f} ms\n"
    )
    print(f"{'database':<22}{'command':<20}{'median':>9}{'× python':>10}{'× orm':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for label, size in (("fresh", 0), (f"{args.memberships:,} memberships", args.memberships)):
            url = f"sqlite:///{Path(folder) / f'bench-{size}.sqlite'}"
            build(url, size, spare=args.runs)
            base = [*TRACKER, "--db", url]
            commands = {
                "--help": [*TRACKER, "--help"],
                "org list": [*base, "org", "list", "--kind", "university"],
            }
            for name, command in commands.items():
                report(label, name, median_seconds(command, args.runs), floor_python, floor_orm)
            add_times = []
            # each run adds a new pair: a spare organization joins the first alliance
            first_spare = min(size, 1000) if size else 0
            for run in range(args.runs if size else 1):
                org = f"Org {first_spare + run}"
                command = [*base, "member", "add", org, "Alliance 0", "--since", "2023"]
                start = time.perf_counter()
                subprocess.run(command, check=True, capture_output=True)
                add_times.append(time.perf_counter() - start)
            report(label, "member add", statistics.median(add_times), floor_python, floor_orm)


def report(label: str, name: str, seconds: float, floor_python: float, floor_orm: float) -> None:
    print(
        f"{label:<22}{name:<20}{seconds * 1000:>7.0f}ms{seconds / floor_python:>9.1f}×"
        f"{seconds / floor_orm:>7.2f}×"
    )


if __name__ == "__main__":
    main()
