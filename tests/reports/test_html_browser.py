"""The HTML report opened in headless Chromium: it renders, shows the figures, logs no error."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],  # type: ignore[list-item]
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def test_the_page_renders_with_figures_and_charts(cli, built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("report", "yearly", "--year", "2023", "-f", "html", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    page = (tmp_path / "home-polytechnic-yearly-2023.html").resolve()

    dom = _chromium("--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert 'data-figure="countries_engaged"><div class="value">5</div>' in dom.stdout
    assert 'data-figure="people_trained"><div class="value">70</div>' in dom.stdout
    assert dom.stdout.count("<svg") == 4 and 'class="bar"' in dom.stdout
    # Chromium logs every console message at INFO level as ":CONSOLE"; the page has no
    # script, so any console line, or a failed load (net::ERR_...), is a fault
    console_errors = [
        line for line in dom.stderr.splitlines() if ":CONSOLE" in line or "net::ERR" in line
    ]
    assert console_errors == []

    shot = tmp_path / "page.png"
    taken = _chromium(f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


HAN = re.compile(r"[\u4e00-\u9ffe]")  # CJK unified ideographs


def test_the_chinese_page_shows_its_text_without_missing_glyph_boxes(
    cli, built, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    args = ["report", "yearly", "--year", "2023", "--lang", "zh", "-f", "html"]
    result = cli(*args, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    page = tmp_path / "home-polytechnic-yearly-2023.html"

    dom = _chromium("--dump-dom", page.resolve().as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert '<html lang="zh-CN">' in dom.stdout
    for text in ("2023年度国际合作报告", "主要数据", "合作国家数", "本年在执行的合作项目", "培训"):
        assert text in dom.stdout

    # The same page with every Chinese character changed into the next one (年 -> 幵).
    # With a Chinese font the two look different; without one, both are rows of the same
    # missing-glyph boxes and their screenshots are the same.
    boxes = tmp_path / "boxes.html"
    shifted = HAN.sub(lambda c: chr(ord(c.group()) + 1), page.read_text(encoding="utf-8"))
    boxes.write_text(shifted, encoding="utf-8")
    shots = []
    for name, source in (("page", page), ("boxes", boxes)):
        shot = tmp_path / f"{name}.png"
        taken = _chromium(
            f"--screenshot={shot}", "--window-size=1280,900", source.resolve().as_uri()
        )
        assert taken.returncode == 0, taken.stderr[-2000:]
        shots.append(shot.read_bytes())
    assert shots[0] != shots[1], (
        "the Chinese text is drawn as missing-glyph boxes: install fonts-noto-cjk"
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_table_fits_a_1280_pixel_page(cli, built, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    args = ["report", "yearly", "--year", "2023", "--lang", lang, "-f", "html"]
    result = cli(*args, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    page = (tmp_path / "home-polytechnic-yearly-2023.html").read_text(encoding="utf-8")
    # a copy that writes the width the page takes into itself, read back with --dump-dom
    measure = (
        "<script>document.body.dataset.width ="
        " Math.max(...[...document.querySelectorAll('table')].map(t => t.scrollWidth),"
        " document.documentElement.scrollWidth);</script></body>"
    )
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", measure), encoding="utf-8")
    dom = _chromium("--window-size=1280,900", "--dump-dom", probe.resolve().as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    width = re.search(r'data-width="(\d+)"', dom.stdout)
    assert width is not None, dom.stdout[-500:]
    assert int(width.group(1)) <= 1280
