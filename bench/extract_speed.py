"""Articles per second of `tracker.extract` over the development sets, on one core.

    .venv/bin/python bench/extract_speed.py [--min-articles 500] [--dev PATH ...]

Each development set (by default the English ../shared/articles/dev and the
Chinese ../shared/articles/dev-zh; --dev names others, once per set) is timed
on its own: its articles are repeated until at least --min-articles have been
extracted; imports and the first warm-up article are not timed.
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
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    status = 0
    for folder in args.dev or DEFAULT_DEVS:
        status = max(status, _bench(folder, args.min_articles))
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
