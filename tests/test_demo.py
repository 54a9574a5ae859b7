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
    assert counts["organizations"] == 6 and counts["figures"] == 7 and counts["cooperation"] == 8
    assert [counts[k] for k in ("posts", "standards", "awards", "sites")] == [1, 2, 1, 1]

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
    # it ends with the International Influence Table, written where it says
    assert "$ tracker report impact --year 2023" in result.stdout
    # the table is in Chinese by default, so is the line saying where it went ("已写入 PATH")
    written = [line.split(" ", 1)[1] for line in result.stdout.splitlines()
               if line.startswith(("Wrote ", "已写入 ")) and line.endswith("impact-2023.xlsx")]
    assert len(written) == 1

    import openpyxl

    sheet = openpyxl.load_workbook(PROJECT_ROOT / written[0]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "序号")
    year = list(rows[header]).index("2023")
    values = [row[year] for row in rows[header + 1:] if row[0] is not None]
    assert len(values) == 9 and sum(1 for v in values if v) >= 7

    # the seed article's exchanges and standard, imported, are 2024's values (indicators
    # 2, 3, 4 and 6: training from abroad, internships, teachers abroad, a standard)
    table_2024 = result.stdout.split("$ tracker report impact --year 2024", 1)[1]
    last_column = {int(cells[1]): cells[-2] for line in table_2024.splitlines()
                   if len(cells := [c.strip() for c in line.split("│")]) > 4
                   and cells[1].isdigit()}
    assert [last_column[n] for n in (2, 3, 4, 6)] == ["420", "360", "100", "1"]
