"""The HTML report opened in headless Chromium: it renders, shows the figures, logs no error."""

from __future__ import annotations

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
