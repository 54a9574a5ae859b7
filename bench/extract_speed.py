"""Articles per second of `tracker.extract` over the development sets, on one core.

    .venv/bin/python bench/extract_speed.py [--min-articles 500] [--dev PATH ...] [--scaling]

Each development set (by default the English ../shared/articles/dev and the
Chinese ../shared/articles/dev-zh; --dev names others, once per set) is timed
on its own: its articles are repeated until at least --min-articles have been
extracted; imports and the first warm-up article are not timed.

--scaling also times long runs of odd patterns (one endless name, a page of
abbreviations, thousands of dated sentences) at two lengths, four times apart:
a linear extractor takes about 4× as long on the longer, a quadratic one 16×.
A ratio over 8 fails (exit status 1). It is a ratio of two CPU times in the same
process, so the machine's load does not decide it, which a test's wall clock would.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVS = [ROOT.parent / "shared" / "articles" / "dev",
                ROOT.parent / "shared" / "articles" / "dev-zh"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-articles", type=int, default=500)
    parser.add_argument("--dev", type=Path, action="append",
                        help="a folder of articles (*.txt); repeat for several sets")
    parser.add_argument("--scaling", action="store_true",
                        help="also check that odd long inputs take time linear in their length")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    status = 0
    for folder in args.dev or DEFAULT_DEVS:
        status = max(status, _bench(folder, args.min_articles))
    if args.scaling:
        status = max(status, _scaling())
    return status


# (name, the unit repeated): each a shape that once made a rule try every start position
ODD_UNITS = [
    ("name run", "Northern Institute Network of Delta and Epsilon "),
    ("dated sentences", "On 12 June 2021 the council met in Quito with 40 delegates. "),
    ("abbreviations", "Prof. "),
    ("hyphens", "B-"),
    ("people", "Maria Silva, Rector of Coastal College, joined the River Network as a member. "),
    ("dated sentences, Chinese", "2021年6月12日，理事会在基多召开，40名代表出席。"),
]
SHORT_CHARS = 12_000  # the long text is 4× this, within the extractor's own cap (MAX_TEXT_CHARS)
WORST_RATIO = 8.0  # between linear (4) and quadratic (16)


def _scaling() -> int:
    from tracker.extract import MAX_TEXT_CHARS, extract_text

    assert 4 * SHORT_CHARS <= MAX_TEXT_CHARS

    def cpu(text: str) -> float:  # best of three: another process's burst inflates one run
        times = []
        for _ in range(3):
            began = time.process_time()
            extract_text(text)
            times.append(time.process_time() - began)
        return min(times)

    status = 0
    for name, unit in ODD_UNITS:
        short = unit * (SHORT_CHARS // len(unit))
        small, large = cpu(short), cpu(short * 4)
        ratio = large / max(small, 1e-3)
        verdict = "ok" if ratio <= WORST_RATIO else f"FAILS (> {WORST_RATIO:g}×)"
        print(f"scaling, {name}: {len(short):,} chars {small:.2f} s, 4× as long "
              f"{large:.2f} s: {ratio:.1f}× {verdict}")
        status = max(status, int(ratio > WORST_RATIO))
    return status


def _bench(folder: Path, min_articles: int) -> int:
    from tracker.extract import extract_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"no articles in {folder}", file=sys.stderr)
        return 2
    extract_text(texts[0])  # warm-up: lazy imports and compiled tables
    rounds = -(-min_articles // len(texts))
    count = 0
    chars = 0
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            extract_text(text)
            count += 1
            chars += len(text)
    elapsed = time.perf_counter() - started
    rate = count / elapsed
    print(f"{folder.name}: {count} articles ({chars / count:.0f} chars each) in {elapsed:.2f} s: "
          f"{rate:.0f} articles/s (text input, one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
