"""The extractor over the development set, scored by ../shared/articles/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "articles" / "dev"
SCORE = SHARED / "articles" / "score.py"
MIN_HEADLINE_F1 = 0.80

pytestmark = pytest.mark.skipif(not SCORE.exists() or not DEV.is_dir(),
                                reason="../shared/articles is not present")


def _predictions(tmp_path: Path) -> Path:
    from tracker.extract import extract_file

    out = tmp_path / "pred.jsonl"
    lines = []
    for path in sorted(DEV.glob("*.txt")):
        data = extract_file(path).to_json()
        data["file"] = path.name
        lines.append(json.dumps(data))
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def test_dev_set_headline_f1(tmp_path: Path) -> None:
    pred = _predictions(tmp_path)
    run = subprocess.run([sys.executable, str(SCORE), str(DEV), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(run.stdout)
    assert not report["missing_predictions"]
    assert report["headline"]["f1"] >= MIN_HEADLINE_F1, report["headline"]


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")) if DEV.is_dir() else [],
                         ids=lambda p: p.stem)
def test_dev_article_output_validates(path: Path) -> None:
    from tracker.extract import extract_file
    from tracker.extract.facts import problems

    assert problems(extract_file(path).to_json()) == []
