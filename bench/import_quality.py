"""How good is `tracker import`? Import the dev articles, compare the database with the gold.

    .venv/bin/python bench/import_quality.py [ARTICLES_DIR]

Imports every article of ../shared/articles/dev (or ARTICLES_DIR) into an
empty SQLite database with `tracker import --yes`, then, article by article,
reads back the records tied to that article's source (its own rows and its
citations) and scores them with the shared score.py rules, beside the scores
of `tracker extract` alone. The database must do at least as well as the
extractor on alliances, memberships, events and figures (countries are not
records of their own, so they are not compared). A second import of the whole
folder must leave every row count as it was. Exit status 1 when either fails.

Beside the matching, what the records hold is compared with the gold: each
matched membership's start date, each matched figure's subject (and bound and
date), each matched event's kind, country and alliance, and whether the
article's publisher is among a matched event's participants when the gold says
the publisher took part (it names it, or one of its people, in the event's
sentence or as present) -- here approximated as: the gold names a person of the
publisher, the usual sign of a college's news about an event it attended.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "articles"
CATEGORIES = ("alliances", "memberships", "events", "figures")
DETAILS = ("memberships.since", "figures.subject", "figures.bound", "figures.as_of",
           "events.kind", "events.country", "events.alliance")


def _share(cell: list[int]) -> str:
    right, checked = cell
    return f"{right / checked:6.3f} ({right}/{checked})" if checked else "   n/a"


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row_counts(url: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from tracker.db import Base, make_engine, session_scope

    engine = make_engine(url)
    with session_scope(engine) as session:
        counts = {t.name: session.scalar(select(func.count()).select_from(t))
                  for t in Base.metadata.sorted_tables if t.name != "change"}
    engine.dispose()
    return counts


def _run_import(url: str, folder: Path) -> tuple[int, str]:
    from typer.testing import CliRunner

    from tracker.cli.main import app

    result = CliRunner().invoke(app, ["--db", url, "--actor", "bench", "import", str(folder),
                                      "--yes"])
    return result.exit_code, result.output


def _database_facts(url: str) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Per source: the alliances, memberships, events and figures tied to it, with the
    fields the gold's details compare (start dates, subjects, participants)."""
    from sqlalchemy import select

    from tracker.db import make_engine, session_scope
    from tracker.models import Alliance, Citation, Event, Figure, MembershipTerm, Source

    engine = make_engine(url)
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    with session_scope(engine) as session:
        for source in session.scalars(select(Source)):
            cited: dict[str, set[int]] = {}
            for table, row_id in session.execute(
                select(Citation.subject_table, Citation.subject_id)
                .where(Citation.source_id == source.id)
            ):
                cited.setdefault(table, set()).add(row_id)

            def rows(model: Any, table: str, _cited: dict[str, set[int]] = cited) -> list[Any]:
                ids = _cited.get(table, set())
                return list(session.scalars(select(model).where(model.id.in_(ids)))) if ids else []

            def names(record: Any) -> list[str]:
                return [record.name, *(a.name for a in record.aliases)]

            facts: dict[str, list[dict[str, Any]]] = {
                "alliances": [{"name": a.name, "aliases": [x.name for x in a.aliases]}
                              for a in rows(Alliance, "alliance")],
                "memberships": [
                    {"member": names(t.membership.organization),
                     "alliance": names(t.membership.alliance), "role": t.role.code,
                     "since": t.start.iso() if t.start else None}
                    for t in rows(MembershipTerm, "membership_term")
                ],
                "events": [{"date": e.start.iso() if e.start else None, "city": e.city,
                            "kind": e.kind.value, "country": e.country.code if e.country else None,
                            "alliance": names(e.alliance) if e.alliance else None,
                            "participants": [name for p in e.participants
                                             for name in (names(p.organization) if p.organization
                                                          else [p.person.name] if p.person
                                                          else [])]}
                           for e in rows(Event, "event")],
                "figures": [{"value": float(f.value), "metric": f.metric.value,
                             "bound": f.bound.value, "as_of": f.as_of.iso() if f.as_of else None,
                             "subject": names(f.organization) if f.organization
                             else names(f.alliance) if f.alliance else None}
                            for f in rows(Figure, "figure")],
            }
            for fact in facts["figures"]:
                if fact["value"].is_integer():
                    fact["value"] = int(fact["value"])
            out[Path(source.title or "").name] = facts
            out[source.content_hash or ""] = facts
    engine.dispose()
    return out


def _totals(score: Any, golds: dict[str, Any], preds: dict[str, Any],
            details: dict[str, list[int]] | None = None) -> dict[str, tuple]:
    totals = {c: [0, 0, 0] for c in CATEGORIES}
    for name, gold in golds.items():
        result = score.score_article(gold, preds.get(name, {}), details)
        for category in CATEGORIES:
            for i, value in enumerate(result[category]):
                totals[category][i] += value
    return {c: score.prf(*totals[c]) + tuple(totals[c]) for c in CATEGORIES}


def _publisher_present(score: Any, golds: dict[str, Any], database: dict[str, Any]) -> list[int]:
    """[right, checked]: matched events of articles whose gold names a person of the
    publisher, that list the publisher among their participants."""
    right = checked = 0
    for name, gold in golds.items():
        publisher = (gold.get("source") or {}).get("publisher")
        names = score.Names(gold)
        if not publisher or not any(names.match(publisher, p.get("organization") or [])
                                    for p in gold.get("people", [])):
            continue
        pairs = score.pair(gold.get("events") or [], database.get(name, {}).get("events") or [],
                           lambda g, p: g.get("date") == p.get("date") and (
                               not g.get("city") or score.norm(g["city"]) ==
                               score.norm(p.get("city"))))
        for _gold_event, event in pairs:
            checked += 1
            right += names.match(publisher, event.get("participants") or [])
    return [right, checked]


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "dev"
    if not folder.is_dir():
        print(f"no articles at {folder}; nothing to measure")
        return 0
    from tracker import migrate
    from tracker.db import make_engine
    from tracker.extract import extract_file
    from tracker.extract.reader import read_path
    from tracker.services.source import content_hash

    score = _score_module()
    texts = sorted(folder.glob("*.txt"))
    golds = {t.name: json.loads(t.with_suffix(".json").read_text(encoding="utf-8"))
             for t in texts if t.with_suffix(".json").exists()}
    with tempfile.TemporaryDirectory() as tmp:
        url, *warm_urls = (f"sqlite:///{Path(tmp) / name}.sqlite"
                           for name in ("bench", "warm1", "warm2", "warm3"))
        for each in (url, *warm_urls):
            engine = make_engine(each)
            migrate.upgrade(engine)
            engine.dispose()
        started = time.perf_counter()
        code, output = _run_import(url, folder)
        elapsed = time.perf_counter() - started
        if code != 0:
            print(output)
        first_counts = _row_counts(url)
        code_again, output_again = _run_import(url, folder)
        second_counts = _row_counts(url)
        by_source = _database_facts(url)
        # the same import again into empty databases, in this process where the CLI and
        # the extractor are loaded already: the rate a long folder import runs at (median
        # of three, as the machine is shared)
        warm_times = []
        for warm_url in warm_urls:
            started = time.perf_counter()
            _run_import(warm_url, folder)
            warm_times.append(time.perf_counter() - started)
        warm_elapsed = sorted(warm_times)[1]

    hashes = {t.name: content_hash(read_path(t).text) for t in texts}
    database = {name: by_source.get(hashes[name], {}) for name in golds}
    extracted = {name: extract_file(folder / name).to_json() for name in golds}
    db_details: dict[str, list[int]] = {}
    ex_details: dict[str, list[int]] = {}
    db_scores = _totals(score, golds, database, db_details)
    ex_scores = _totals(score, golds, extracted, ex_details)

    print(f"{len(texts)} articles imported in {elapsed:.2f} s: "
          f"{len(texts) / elapsed:.1f} articles per second, start-up included; "
          f"{len(texts) / warm_elapsed:.1f} per second once started (aim: 50)")
    print(f"{'category':12} {'database P/R/F1':>22}   {'extract alone P/R/F1':>22}")
    worse = []
    for category in CATEGORIES:
        d, e = db_scores[category], ex_scores[category]
        print(f"{category:12} {d[0]:6.3f} {d[1]:6.3f} {d[2]:6.3f}   "
              f"{e[0]:6.3f} {e[1]:6.3f} {e[2]:6.3f}   (db {d[3]}/{d[4]}/{d[5]}, "
              f"extract {e[3]}/{e[4]}/{e[5]} tp/pred/gold)")
        if d[2] + 1e-9 < e[2]:
            worse.append(category)
    mean_db = sum(db_scores[c][2] for c in CATEGORIES) / len(CATEGORIES)
    mean_ex = sum(ex_scores[c][2] for c in CATEGORIES) / len(CATEGORIES)
    print(f"mean F1: database {mean_db:.3f}, extract alone {mean_ex:.3f}")
    print("what the records hold, on matched facts (database | extract alone):")
    for detail in DETAILS:
        d, e = db_details.get(detail, [0, 0]), ex_details.get(detail, [0, 0])
        print(f"  {detail:20} {_share(d)}   {_share(e)}")
    present = _publisher_present(score, golds, database)
    print(f"  {'publisher present':20} {_share(present)}   (events of articles naming a "
          "person of the publisher)")
    changed = {t: (first_counts[t], second_counts[t]) for t in first_counts
               if first_counts[t] != second_counts[t]}
    print("second import: " + ("no row count changed" if not changed else f"changed {changed}"))
    if code != 0 or code_again != 0:
        print(f"an import failed (exit status {code}, then {code_again})")
    if worse:
        print(f"the database scores below the extractor on: {', '.join(worse)}")
    return 1 if (worse or changed or code or code_again) else 0


if __name__ == "__main__":
    sys.exit(main())
