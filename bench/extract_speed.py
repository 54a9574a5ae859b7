"""Articles per second of `tracker.extract` over the development set, on one core.

    .venv/bin/python bench/extract_speed.py [--min-articles 500] [--dev PATH]

The development articles (../shared/articles/dev/*.txt) are repeated until at
least --min-articles have been extracted; imports and the first warm-up article
are not timed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "articles" / "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-articles", type=int, default=500)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tracker.extract import extract_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.dev.glob("*.txt"))]
    if not texts:
        print(f"no articles in {args.dev}", file=sys.stderr)
        return 2
    extract_text(texts[0])  # warm-up: lazy imports and compiled tables
    rounds = -(-args.min_articles // len(texts))
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
    print(f"{count} articles ({chars / count:.0f} chars each) in {elapsed:.2f} s: "
          f"{rate:.0f} articles/s (text input, one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
