"""Every benchmark of bench/, each figure beside its floor: `make bench`.

    .venv/bin/python bench/all.py [--runs 7] [--full] [--only startup]

The machine is shared, so no figure is a bare wall-clock time: each command
runs interleaved with its floor (the same number of times, one after the
other) and the table shows the best run of each, their ratio and the aim
(issue #15). The floors are what the command cannot avoid:

- `python -c pass` (the interpreter starting),
- `python -c "import sqlalchemy.orm"` (for a command that writes a record),
- `python -c "import pandas, sqlalchemy.orm"` (for a report),
- the report's own SQL run again in plain sqlite3 (for a report on a big database).

Then the other benchmarks run, each printing its own figures against its own
floor: report_speed (whole report vs its SQL), import_speed (into an empty vs a
synthetic database), extract_speed (articles per second), cli_latency and
import_quality. The synthetic databases are kept in $TMPDIR/tracker-bench;
the 1.0-scale one (5 minutes to build) only with --full.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PYTHON = sys.executable
CACHE = Path(tempfile.gettempdir()) / "tracker-bench"


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds, best run
    cpu: float  # user + system seconds of the child, best run


def _run_once(command: list[str]) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu)


def interleaved(commands: dict[str, Callable[[int], list[str]]], runs: int) -> dict[str, Timing]:
    """The best wall and CPU time of each command, run in turns `runs` times.

    A command is a function of the run number, so each run can add a new record.
    """
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs):
        for name, command in commands.items():
            timing = _run_once(command(run))
            walls[name].append(timing.wall)
            cpus[name].append(timing.cpu)
    return {name: Timing(min(walls[name]), min(cpus[name])) for name in commands}


def synthetic(scale: str) -> Path:
    """The synthetic database at `scale`, built by bench/synth.py once and kept."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"synth-{scale}.sqlite"
    if not path.exists():
        print(f"(building the scale-{scale} synthetic database in {path} ...)", flush=True)
        subprocess.run(
            [PYTHON, str(BENCH / "synth.py"), "--db", f"sqlite:///{path}", "--scale", scale],
            check=True,
            cwd=ROOT,
        )
    # a database kept from an older schema is brought up to this code's (quietly: the
    # upgrade is the benchmark's preparation, not a figure)
    subprocess.run([PYTHON, "-m", "tracker", "--db", f"sqlite:///{path}", "db", "upgrade"],
                   check=True, capture_output=True, cwd=ROOT)
    return path


def startup_and_report(runs: int) -> None:
    """The figures of issue #15 items 2 and 3 whose floor is a process of its own."""
    synth = synthetic("0.1")
    with tempfile.TemporaryDirectory() as folder:
        db = f"sqlite:///{Path(folder) / 'startup.sqlite'}"
        out = str(Path(folder) / "reports")
        tracker = [PYTHON, "-m", "tracker"]
        subprocess.run(
            [*tracker, "--db", db, "org", "add", "First"], check=True, capture_output=True
        )
        timings = interleaved(
            {
                "python -c pass": lambda _: [PYTHON, "-c", "pass"],
                "import sqlalchemy.orm": lambda _: [PYTHON, "-c", "import sqlalchemy.orm"],
                "import pandas, sqlalchemy.orm": lambda _: [
                    PYTHON,
                    "-c",
                    "import pandas, sqlalchemy.orm",
                ],
                "tracker --help": lambda _: [*tracker, "--help"],
                "tracker org add X": lambda run: [*tracker, "--db", db, "org", "add", f"Org {run}"],
                "report yearly (scale 0.1)": lambda _: [
                    *tracker,
                    "--db",
                    f"sqlite:///{synth}",
                    "report",
                    "yearly",
                    "--year",
                    "2023",
                    "--out",
                    out,
                ],
            },
            runs,
        )
    rows = [  # (figure, its floor, the aim)
        ("tracker --help", "python -c pass", "≤ 150 ms"),
        ("tracker org add X", "import sqlalchemy.orm", "≤ 1.6×"),
        ("report yearly (scale 0.1)", "import pandas, sqlalchemy.orm", "≤ 1.5×"),
    ]
    print(f"Best of {runs} interleaved runs; CPU is user+system time of the process.\n")
    print(
        f"{'figure':<28}{'wall':>8}{'cpu':>8}  {'floor':<31}{'wall':>8}{'cpu':>8}"
        f"{'× wall':>8}{'× cpu':>7}  aim"
    )
    for name, floor, aim in rows:
        mine, base = timings[name], timings[floor]
        print(
            f"{name:<28}{mine.wall * 1000:>6.0f}ms{mine.cpu * 1000:>6.0f}ms  {floor:<31}"
            f"{base.wall * 1000:>6.0f}ms{base.cpu * 1000:>6.0f}ms"
            f"{mine.wall / base.wall:>7.2f}×{mine.cpu / base.cpu:>6.2f}×  {aim}"
        )


def section(title: str, command: list[str]) -> None:
    print(
        f"\n== {title}: {' '.join(Path(c).name if c == PYTHON else c for c in command)}", flush=True
    )
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode:
        print(f"(exit status {result.returncode})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="interleaved runs of each command")
    parser.add_argument("--full", action="store_true", help="also the scale-1.0 database")
    parser.add_argument(
        "--only",
        choices=["startup", "report", "import", "extract", "latency", "quality"],
        action="append",
        help="run only these parts (repeat for several)",
    )
    args = parser.parse_args()
    wanted = set(args.only or ["startup", "report", "import", "extract", "latency", "quality"])
    # with PYTHONDONTWRITEBYTECODE set (as on this machine) a module edited since its
    # bytecode was written is compiled again by every process (up to 300 ms of a start-up)
    compileall.compile_dir(ROOT / "tracker", quiet=1)
    print(
        f"tracker benchmarks, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}\n",
        flush=True,
    )
    if "startup" in wanted:
        startup_and_report(args.runs)
    if "report" in wanted:
        for scale in ("0.1", "1.0") if args.full else ("0.1",):
            db = f"sqlite:///{synthetic(scale)}"
            section(
                f"report at scale {scale}", [PYTHON, str(BENCH / "report_speed.py"), "--db", db]
            )
    if "import" in wanted:
        section(
            "import speed",
            [PYTHON, str(BENCH / "import_speed.py"), "--synth", str(synthetic("0.1"))],
        )
    if "extract" in wanted:
        section("extract speed", [PYTHON, str(BENCH / "extract_speed.py"), "--scaling"])
    if "latency" in wanted:
        section("command latency", [PYTHON, str(BENCH / "cli_latency.py"), "--runs", "5"])
    if "quality" in wanted:
        section("import quality", [PYTHON, str(BENCH / "import_quality.py")])


if __name__ == "__main__":
    main()
