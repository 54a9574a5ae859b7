"""Build a large, realistic synthetic tracker database quickly.

    python bench/synth.py --db sqlite:////tmp/synth.sqlite [--scale 1.0] [--seed 7]

At scale 1: 50,000 organizations, 2,000 alliances, 1,000,000 membership terms,
200,000 events, 2,000,000 participants and 100,000 cooperation records over
15 years (2009-2023). Organization 1 is the home institution (in China) with a
dense record: about 60 memberships, 3% of all events and 1,000 cooperation
records. Rows go in through SQLAlchemy Core executemany in large batches
inside one transaction; the schema comes from the migrations.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, select

FIRST_YEAR, LAST_YEAR = 2009, 2023
BATCH = 50_000
PRECISIONS = ("day", "day", "day", "month", "year")
EVENT_KINDS = ("meeting", "conference", "forum", "seminar", "training", "visit", "signing")
COOPERATION_KINDS = (
    "exchange",
    "training",
    "joint_programme",
    "research",
    "mou",
    "student_mobility",
    "staff_mobility",
)
ROLES_AT_EVENTS = ("host", "co_host", "organizer", "attendee", "attendee", "attendee", "speaker")


class FastRandom(random.Random):
    """`randint` and `choice` from one `random()` call: three times faster than the stdlib's
    exact-uniform versions, and the tiny bias does not matter for synthetic data."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):  # type: ignore[no-untyped-def,override]
        return seq[int(self.random() * len(seq))]


def _partial(rng: random.Random, year: int, anchor: str = "first") -> tuple[dt.date, str]:
    """A random partial date in `year`, stored as the model stores it (first or last day)."""
    precision = rng.choice(PRECISIONS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if precision == "year":
        return (dt.date(year, 1, 1) if anchor == "first" else dt.date(year, 12, 31)), precision
    if precision == "month":
        if anchor == "first":
            return dt.date(year, month, 1), precision
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return following - dt.timedelta(days=1), precision
    return dt.date(year, month, day), precision


def _insert(connection: Connection, table, rows: Iterator[dict]) -> int:  # type: ignore[no-untyped-def,type-arg]
    """Insert in batches through Core executemany; the number of rows.

    `exec_driver_sql` with tuples, not `execute(table.insert(), dicts)`: the
    latter builds and type-processes every row in Python, which halved the rate.
    SQLite stores dates as ISO text, as SQLAlchemy's Date type would write them.
    """
    first = next(rows, None)
    if first is None:
        return 0
    columns = list(first)
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join([marker] * len(columns))})"
    )
    as_text = connection.dialect.name == "sqlite"
    dated = [i for i, c in enumerate(columns) if c.endswith("_date")] if as_text else []

    def values(row: dict) -> tuple:  # type: ignore[type-arg]
        cells = [row[c] for c in columns]
        for i in dated:
            if cells[i] is not None:
                cells[i] = cells[i].isoformat()
        return tuple(cells)

    count, batch = 0, [values(first)]
    for row in rows:
        batch.append(values(row))
        if len(batch) >= BATCH:
            connection.exec_driver_sql(sql, batch)
            count, batch = count + len(batch), []
    if batch:  # an empty list would run the statement once without parameters
        connection.exec_driver_sql(sql, batch)
    return count + len(batch)


def _bulk_load_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.execute("PRAGMA cache_size=-262144")  # 256 MB of page cache
    cursor.close()


def build(url: str, scale: float, seed: int) -> dict[str, int]:
    """Migrate a fresh database at `url` and fill it; row counts by table."""
    from tracker import migrate
    from tracker.db import make_engine
    from tracker.models import (
        Alliance,
        Cooperation,
        Country,
        Event,
        EventParticipant,
        Membership,
        MembershipTerm,
        Organization,
        Role,
    )

    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(url)
    migrate.upgrade(engine)
    if engine.dialect.name == "sqlite":
        # a throwaway database loaded in bulk: set on each new connection, outside any
        # transaction (SQLite refuses to change the safety level inside one)
        engine.dispose()
        event.listen(engine, "connect", _bulk_load_pragmas)
    loading_began = time.perf_counter()
    rng = FastRandom(seed)
    n_orgs, n_alliances = max(int(50_000 * scale), 50), max(int(2_000 * scale), 10)
    n_terms, n_events = int(1_000_000 * scale), max(int(200_000 * scale), 100)
    n_participants, n_cooperation = int(2_000_000 * scale), int(100_000 * scale)
    counts: dict[str, int] = {}
    bulk = [Membership, MembershipTerm, Event, EventParticipant, Cooperation]
    # secondary indexes are dropped for the load and built again after it: building an
    # index once from sorted data is much faster than updating it row by row
    indexes = [index for model in bulk for index in model.__table__.indexes]
    with engine.begin() as connection:
        for index in indexes:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index.name}")
        countries = connection.execute(
            select(Country.id, Country.code).order_by(Country.code)
        ).all()
        country_ids = [c.id for c in countries]
        china = next(c.id for c in countries if c.code == "CN")
        roles = connection.execute(select(Role.id, Role.rank)).all()
        role_ids = [r.id for r in sorted(roles, key=lambda r: -r.rank)]  # member-ish first

        def organizations() -> Iterator[dict]:  # type: ignore[type-arg]
            for i in range(1, n_orgs + 1):
                yield {
                    "id": i,
                    "name": f"Organization {i}",
                    "name_key": f"organization {i}",
                    "kind": "college",
                    "is_home": i == 1,
                    "country_id": china
                    if i == 1 or rng.random() < 0.4
                    else rng.choice(country_ids),
                }

        counts["organization"] = _insert(connection, Organization.__table__, organizations())
        counts["alliance"] = _insert(
            connection,
            Alliance.__table__,
            (
                {"id": i, "name": f"Alliance {i}", "name_key": f"alliance {i}"}
                for i in range(1, n_alliances + 1)
            ),
        )

        # memberships of two terms each; the home organization gets 60
        pairs: set[tuple[int, int]] = {
            (1, a) for a in rng.sample(range(1, n_alliances + 1), min(60, n_alliances))
        }
        while len(pairs) < max(n_terms // 2, len(pairs)):
            pairs.add((rng.randint(2, n_orgs), rng.randint(1, n_alliances)))
        memberships, terms = [], []
        for m_id, (org, alliance) in enumerate(sorted(pairs), start=1):
            joined_year = rng.randint(FIRST_YEAR, LAST_YEAR)
            joined, joined_p = _partial(rng, joined_year)
            left = left_p = None
            if rng.random() < 0.2 and joined_year < LAST_YEAR:
                left, left_p = _partial(rng, rng.randint(joined_year + 1, LAST_YEAR), "last")
            memberships.append(
                {
                    "id": m_id,
                    "organization_id": org,
                    "alliance_id": alliance,
                    "joined_date": joined,
                    "joined_precision": joined_p,
                    "left_date": left,
                    "left_precision": left_p,
                }
            )
            change_year = rng.randint(joined_year, LAST_YEAR + 1)
            if left is not None and change_year > left.year or change_year > LAST_YEAR:
                terms.append(
                    {
                        "membership_id": m_id,
                        "role_id": role_ids[1],
                        "start_date": joined,
                        "start_precision": joined_p,
                        "end_date": left,
                        "end_precision": left_p,
                    }
                )
                continue
            change, change_p = _partial(rng, change_year)
            change = max(change, joined)
            end_of_first = dt.date(change.year, 12, 31) if change_p == "year" else change
            terms.append(
                {
                    "membership_id": m_id,
                    "role_id": role_ids[1],
                    "start_date": joined,
                    "start_precision": joined_p,
                    "end_date": end_of_first,
                    "end_precision": change_p,
                }
            )
            terms.append(
                {
                    "membership_id": m_id,
                    "role_id": rng.choice(role_ids),
                    "start_date": change,
                    "start_precision": change_p,
                    "end_date": left if left and left >= change else None,
                    "end_precision": left_p if left and left >= change else None,
                }
            )
        counts["membership"] = _insert(connection, Membership.__table__, iter(memberships))
        counts["membership_term"] = _insert(connection, MembershipTerm.__table__, iter(terms))
        del memberships, terms, pairs

        def events() -> Iterator[dict]:  # type: ignore[type-arg]
            for i in range(1, n_events + 1):
                start, precision = _partial(rng, rng.randint(FIRST_YEAR, LAST_YEAR))
                yield {
                    "id": i,
                    "title": f"Event {i}",
                    "kind": rng.choice(EVENT_KINDS),
                    "start_date": start,
                    "start_precision": precision,
                    "country_id": rng.choice(country_ids),
                    "city": "City",
                    "participants_count": rng.randint(10, 500),
                }

        counts["event"] = _insert(connection, Event.__table__, events())
        per_event = max(n_participants // n_events, 2)

        def participants() -> Iterator[dict]:  # type: ignore[type-arg]
            for event_id in range(1, n_events + 1):
                chosen: set[int] = set()
                while len(chosen) < per_event - 1:
                    chosen.add(rng.randint(2, n_orgs))
                if rng.random() < 0.03:
                    chosen.add(1)
                else:
                    chosen.add(rng.randint(2, n_orgs))
                for org in chosen:
                    yield {
                        "event_id": event_id,
                        "organization_id": org,
                        "role": rng.choice(ROLES_AT_EVENTS),
                    }

        counts["event_participant"] = _insert(
            connection, EventParticipant.__table__, participants()
        )

        def cooperation() -> Iterator[dict]:  # type: ignore[type-arg]
            for i in range(1, n_cooperation + 1):
                org = 1 if i % 100 == 0 else rng.randint(2, n_orgs)
                year = rng.randint(FIRST_YEAR, LAST_YEAR)
                start, start_p = _partial(rng, year)
                end = end_p = None
                if rng.random() < 0.7:
                    end, end_p = _partial(rng, min(year + rng.randint(0, 5), LAST_YEAR + 3), "last")
                    if end < start:
                        end, end_p = dt.date(start.year, 12, 31), "year"
                partner = rng.randint(2, n_orgs) if rng.random() < 0.8 else None
                yield {
                    "organization_id": org,
                    "partner_organization_id": partner,
                    "country_id": None if partner else rng.choice(country_ids),
                    "kind": rng.choice(COOPERATION_KINDS),
                    "start_date": start,
                    "start_precision": start_p,
                    "end_date": end,
                    "end_precision": end_p,
                    "headcount": rng.randint(1, 60),
                }

        counts["cooperation"] = _insert(connection, Cooperation.__table__, cooperation())
        for index in indexes:
            index.create(connection)
    if url.startswith("sqlite"):
        # on the driver's own connection, in autocommit: a checkpoint cannot run inside the
        # transaction SQLAlchemy would begin
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("ANALYZE")  # type: ignore[union-attr]
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
    engine.dispose()
    counts["_load_seconds"] = time.perf_counter() - loading_began  # type: ignore[assignment]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="database URL (a SQLite file is replaced)")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 is the full size")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    began = time.perf_counter()
    counts = build(args.db, args.scale, args.seed)
    elapsed = time.perf_counter() - began
    load = counts.pop("_load_seconds")
    total = sum(counts.values())
    for table, count in counts.items():
        print(f"{table:20} {count:>10,}")
    print(
        f"{total:,} rows loaded in {load:.1f} s ({total / load:,.0f} rows/s, index builds "
        f"included); {elapsed:.1f} s with the migrations"
    )


if __name__ == "__main__":
    main()
