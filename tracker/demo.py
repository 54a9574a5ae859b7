"""`make demo`: a fresh SQLite database with the demo records, then a look at them.

python -m tracker.demo [--db sqlite:///path/demo.sqlite]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from tracker.migrate import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"


def _fresh_sqlite(url: str) -> None:
    path = Path(url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)


def run_cli(url: str, *args: str) -> None:
    """Run one tracker command as a user would, and show it."""
    from tracker.cli.main import app

    print(f"\n$ tracker {' '.join(args)}")
    app(["--db", url, "--actor", "demo", *args], standalone_mode=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(tempfile.gettempdir()) / "tracker-demo.sqlite"
    parser.add_argument("--db", default=f"sqlite:///{default}", help="demo database URL")
    url = parser.parse_args().db

    from tracker import migrate
    from tracker.db import make_engine, session_scope
    from tracker.services.seed import load_seed

    if url.startswith("sqlite:///"):
        _fresh_sqlite(url)
    engine = make_engine(url)
    migrate.upgrade(engine)
    data = json.loads((SEEDS / "demo.json").read_text(encoding="utf-8"))
    with session_scope(engine, actor="demo", command="tracker demo: load seeds/demo.json") as db:
        counts = load_seed(db, data)
    engine.dispose()
    loaded = ", ".join(f"{count} {name}" for name, count in counts.items())
    print(f"Demo database: {url}\nLoaded {loaded} from seeds/demo.json.")

    run_cli(url, "org", "show", "SZPU")
    run_cli(url, "member", "list", "--year", "2023")

    # seeding from the office's own news: plan first, then apply
    article = str(SEEDS / "articles" / "szpu-joins-silk-road-tvet-network-2024.txt")
    run_cli(url, "import", article, "--dry-run")
    run_cli(url, "import", article, "--yes")
    run_cli(url, "member", "list", "--org", "SZPU")

    # the yearly cooperation report: files for the leadership, and a summary here
    run_cli(url, "report", "yearly", "--year", "2023", "--format", "xlsx", "--format", "html")
    run_cli(url, "report", "yearly", "--year", "2023")

    # the International Influence Table (国际影响表) the office files with its annual
    # quality report: nine values against last year, each with the records behind it
    run_cli(url, "report", "impact", "--year", "2023")
    run_cli(url, "report", "impact", "--year", "2023", "--format", "xlsx", "--format", "html")
    # the article imported above states a training of officials from abroad, teachers
    # sent abroad to train, students' internships abroad and a standard adopted abroad in
    # 2024: the import fills 2024's column
    run_cli(url, "report", "impact", "--year", "2024")
    print(f"\nTry more yourself: .venv/bin/tracker --db {url} alliance list")


if __name__ == "__main__":
    main()
