"""Installed as a wheel (not run from the checkout), tracker creates its database.

The wheel is built from this checkout and installed without its dependencies
into a fresh virtual environment that sees this one's packages (so the test
needs no network); the commands then run from a folder far from the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tracker.migrate import PROJECT_ROOT

# the three tests share one built wheel and venv (a module fixture): one xdist worker runs them
pytestmark = pytest.mark.xdist_group("wheel")

UV = next(
    (found for found in (shutil.which("uv"), str(PROJECT_ROOT / ".uv" / "bin" / "uv"))
     if found and Path(found).is_file()),
    None,
)


def _build_wheel(out: Path) -> Path:
    if UV:
        command = [UV, "build", "--wheel", "--offline", "--out-dir", str(out), str(PROJECT_ROOT)]
    else:  # pip needs the build backend at hand without isolation
        pytest.importorskip("hatchling", reason="neither uv nor hatchling to build a wheel")
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                   "-w", str(out), str(PROJECT_ROOT)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (wheel,) = out.glob("tracker-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The `tracker` script of a fresh venv with the wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(root / "dist")
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)  # ensurepip: offline, from Python itself
    # this venv's site-packages as a plain path line: its dependencies without the network.
    # A path added by a .pth has its own .pth files ignored, so the editable install of the
    # checkout that this venv holds does not come along.
    site = Path(sysconfig.get_paths()["purelib"])
    target = next((env_dir / "lib").glob("python3*/site-packages"))
    (target / "dependencies.pth").write_text(f"{site}\n")
    subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index",
         str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    return env_dir / "bin"


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed `tracker` script, outside the checkout, with no database chosen for it."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TRACKER_DATABASE_URL")}
    return subprocess.run([str(bin_dir / "tracker"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_installed_wheel_creates_a_database_and_adds_an_organization(installed, tmp_path):
    version = _run(installed, tmp_path, "--version")
    assert version.returncode == 0, version.stderr
    located = subprocess.run(
        [str(installed / "python"), "-c", "import tracker; print(tracker.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )
    assert not Path(located.stdout.strip()).is_relative_to(PROJECT_ROOT), located.stdout
    database = tmp_path / "office.sqlite"
    added = _run(installed, tmp_path, "--db", f"sqlite:///{database}", "org", "add", "X")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added organization X (id 1)."
    assert "Traceback" not in added.stderr
    listed = _run(installed, tmp_path, "--db", f"sqlite:///{database}", "country", "show", "KE")
    assert listed.returncode == 0, listed.stderr  # the reference data came with the wheel


def test_the_installed_wheel_finds_the_impact_indicator_catalogue(installed, tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    assert _run(installed, tmp_path, "--db", url, "org", "add", "X", "--home").returncode == 0
    table = _run(installed, tmp_path, "--db", url, "report", "impact", "--year", "2023")
    assert table.returncode == 0, table.stderr
    assert "国（境）外办学点数量" in table.stdout  # the catalogue's ninth label


def test_the_installed_wheel_writes_a_report_in_chinese(installed, tmp_path):
    """The message catalog (a .po file compiled at first use) came with the wheel."""
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    added = _run(installed, tmp_path, "--db", url, "org", "add", "Lakeside College", "--home")
    assert added.returncode == 0, added.stderr
    report = _run(installed, tmp_path, "--db", url, "report", "metrics", "--from", "2023",
                  "--to", "2024", "--lang", "zh")
    assert report.returncode == 0, report.stderr
    assert "Lakeside College 国际化指标（2023—2024年）" in report.stdout
