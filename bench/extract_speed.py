"""Articles per second of `tracker.extract` over the development sets, on one core.

    .venv/bin/python bench/extract_speed.py [--min-articles 500] [--dev PATH ...]

Each development set (by default the English ../shared/articles/dev and the
Chinese ../shared/articles/dev-zh; --dev names others, once per set) is timed
on its own: its articles are extracted in rounds until at least --min-articles
have been; imports and the first warm-up article are not timed.

The machine is shared, so the rate is per second of this process's CPU time
(the best round), and each round is interleaved with its floor: the same
articles split into sentences and their words found (`split_sentences` and a
word pattern), the least any extractor does with them. The ratio to the floor
moves far less with the load than the rate does.
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
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    print(f"aim: English articles at >= {AIM} per CPU-second")
    status = 0
    for folder in args.dev or DEFAULT_DEVS:
        status = max(status, _bench(folder, args.min_articles))
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
