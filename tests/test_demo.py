"""`make demo` loads the demo records and shows them."""

from __future__ import annotations

import json
import subprocess
import sys

from tracker.migrate import PROJECT_ROOT
from tracker.services.seed import load_seed


def test_demo_seed_loads_the_article_facts(session):
    data = json.loads((PROJECT_ROOT / "seeds" / "demo.json").read_text(encoding="utf-8"))
    counts = load_seed(session, data)
    assert counts["organizations"] == 6 and counts["figures"] == 7 and counts["cooperation"] == 4

    from tracker.services import resolve
    from tracker.services.membership import current_role

    szpu = resolve.organization(session, "SZPU")
    assert szpu.is_home
    (membership,) = szpu.memberships
    assert [(t.role.code, str(t.start)) for t in membership.terms] == [
        ("member", "2022"),
        ("executive_council_member", "2023-11-17"),
    ]
    assert current_role(membership).code == "executive_council_member"
    assert membership.invited_by.name == "Guangdong Industry Polytechnic"


def test_demo_command_runs(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    result = subprocess.run(
        [sys.executable, "-m", "tracker.demo", "--db", url],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "$ tracker org show SZPU" in result.stdout
    assert "Shenzhen Polytechnic University" in result.stdout
    assert "executive council" in result.stdout
