"""Articles per second of `tracker.extract` over the development sets, on one core.

    .venv/bin/python bench/extract_speed.py [--min-articles 500] [--dev PATH ...] [--scaling]

Each development set (by default the English ../shared/articles/dev and the
Chinese ../shared/articles/dev-zh; --dev names others, once per set) is timed
on its own: its articles are extracted in rounds until at least --min-articles
have been; imports and the first warm-up article are not timed.

The machine is shared, so the rate is per second of this process's CPU time
(the best round), and each round is interleaved with its floor: the same
articles split into sentences and their words found (`split_sentences` and a
word pattern), the least any extractor does with them. The ratio to the floor
moves far less with the load than the rate does. The extractor's caches of phrases
are emptied before each round, so that a round measures articles it has not read.

--scaling also times long runs of odd patterns (one endless name, a page of
abbreviations, thousands of dated sentences) at two lengths, four times apart:
a linear extractor takes about 4× as long on the longer, a quadratic one 16×.
A ratio over 8 fails (exit status 1). It is a ratio of two CPU times in the same
process, so the machine's load does not decide it, which a test's wall clock would.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVS = [ROOT.parent / "shared" / "articles" / "dev",
                ROOT.parent / "shared" / "articles" / "dev-zh"]
AIM = 200  # English articles per CPU-second (issue #10)
_WORD = re.compile(r"\w+")


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
    print(f"aim: English articles at >= {AIM} per CPU-second")
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


def _floor(text: str) -> None:
    from tracker.extract.text import split_sentences

    for sentence in split_sentences(text):
        _WORD.findall(sentence.text)


def _cpu_seconds(work: Callable[[str], object], texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        work(text)
    return time.process_time() - started


# Caches this large hold what was read of texts (names, phrases); smaller ones hold compiled
# tables, which a process builds once whatever it reads.
TEXT_CACHE_SIZE = 1024


def _forget_texts() -> None:
    """Empty the extractor's caches of phrases before a round: the rounds repeat the same
    articles, and a rate on phrases already seen would flatter it over new articles."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("tracker.extract"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and (info().maxsize or 0) >= TEXT_CACHE_SIZE:
                value.cache_clear()


def _bench(folder: Path, min_articles: int) -> int:
    from tracker.extract import extract_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"no articles in {folder}", file=sys.stderr)
        return 2
    extract_text(texts[0])  # warm-up: lazy imports and compiled tables
    _floor(texts[0])
    rounds = -(-min_articles // len(texts))
    extract_best = floor_best = float("inf")
    wall_started = time.perf_counter()
    for _ in range(rounds):
        floor_best = min(floor_best, _cpu_seconds(_floor, texts))
        _forget_texts()
        extract_best = min(extract_best, _cpu_seconds(extract_text, texts))
    wall = time.perf_counter() - wall_started
    rate = len(texts) / extract_best
    chars = sum(map(len, texts)) / len(texts)
    wall_rate = rounds * len(texts) / wall
    print(f"{folder.name}: {len(texts)} articles ({chars:.0f} chars each) x {rounds} rounds: "
          f"{rate:.0f} articles per CPU-second (best round; wall {wall_rate:.0f}/s "
          f"with the floor), {extract_best / floor_best:.0f}x its floor "
          f"({len(texts) / floor_best:.0f} articles/s split into sentences and words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
