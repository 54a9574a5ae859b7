"""Does import slow down as the database grows? One folder into an empty and a large database.

    .venv/bin/python bench/import_speed.py --synth /tmp/synth01.sqlite [ARTICLES_DIR]

Builds the synthetic database with `bench/synth.py --scale 0.1` when the file
named by --synth does not exist yet (it is kept for the next run), then
imports every article of ../shared/articles/dev (or ARTICLES_DIR) with
`tracker import --yes` twice, side by side: into a fresh migrated database and
into a copy of the synthetic one. Prints both rates (articles per second) and
their ratio; the aim is a ratio of at most 1.5 (issue #15). CPU time of this
process is reported beside wall time since the machine is shared.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "articles" / "dev"


def _import(url: str, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of `tracker import FOLDER --yes` into `url`, in this process."""
    from typer.testing import CliRunner

    from tracker.cli.main import app

    wall, cpu = time.perf_counter(), time.process_time()
    result = CliRunner().invoke(app, ["--db", url, "--actor", "bench", "import", str(folder),
                                      "--yes"])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if result.exit_code != 0:
        sys.exit(f"import into {url} failed ({result.exit_code}): {result.output[-500:]}")
    return wall, cpu


def _empty(path: Path) -> str:
    from tracker import migrate
    from tracker.db import make_engine

    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEV)
    parser.add_argument("--synth", type=Path, default=Path("/tmp/tracker-synth-0.1.sqlite"))
    parser.add_argument("--scale", default="0.1")
    args = parser.parse_args()
    articles = len(list(args.folder.glob("*.txt")))
    if not args.synth.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "synth.py"), "--db",
                        f"sqlite:///{args.synth}", "--scale", args.scale], check=True)
    with tempfile.TemporaryDirectory() as folder:
        empty_url = _empty(Path(folder) / "empty.sqlite")
        big = Path(folder) / "synth.sqlite"
        shutil.copyfile(args.synth, big)
        empty = _import(empty_url, args.folder)
        large = _import(f"sqlite:///{big}", args.folder)
    for label, (wall, cpu) in (("empty database", empty), (f"synthetic x{args.scale}", large)):
        print(f"{label:22} {articles / wall:6.1f} articles/s  "
              f"({wall:6.2f} s wall, {cpu:6.2f} s CPU for {articles} articles)")
    print(f"ratio (large / empty time): {large[0] / empty[0]:.2f} wall, "
          f"{large[1] / empty[1]:.2f} CPU  (aim: <= 1.5)")


if __name__ == "__main__":
    main()
