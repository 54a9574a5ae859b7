"""Lists and records at 80 columns: no line wider, no date or word split across lines.

Each command's table is rendered with COLUMNS=80; every word in its cells must be a
whole word of the data the same command prints with --json (or of its headers), so a
date cut into `2025-05` / `-09` or a name into `Lakesh` / `ore` fails.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tracker.terminal import fit_columns

HOME = "Northern Highlands Polytechnic"
PARTNER = "Internationalisation Academy of the Southern Lakeshore Technical University"
ALLIANCE = "Transcontinental Vocational Education and Apprenticeship Cooperation Network"
EVENT = "Third International Forum on Apprenticeships and Sustainable Manufacturing Skills"


@pytest.fixture
def office(cli: Any, seed: Any, monkeypatch: Any) -> Any:
    seed((
        ("org", "add", HOME, "--alias", "NHP", "--home", "--country", "GB", "--kind",
         "college", "--city", "Inverness"),
        ("org", "add", PARTNER, "--country", "Bosnia and Herzegovina", "--city", "Banja Luka"),
        ("org", "add", "Steppe Institute of Engineering", "--country", "KZ"),
        ("alliance", "add", ALLIANCE, "--alias", "TVEACN", "--founded", "2016-03"),
        ("member", "add", "NHP", "TVEACN", "--role", "council_member", "--since",
         "2021-04-12"),
        ("member", "role", "NHP", "TVEACN", "executive_council_member", "--since",
         "2024-11-05"),
        ("event", "add", EVENT, "--kind", "forum", "--start", "2025-05-09", "--end",
         "2025-05-11", "--city", "Almaty", "--country", "KZ", "--alliance", "TVEACN"),
        ("coop", "add", "NHP", "--partner", PARTNER, "--country", "BA", "--kind",
         "overseas_workshop", "--title", "Overseas workshop on mechatronics maintenance",
         "--start", "2025-05-09", "--end", "2027-10-31", "--headcount", "14"),
        ("coop", "add", "NHP", "--partner", "Steppe Institute of Engineering", "--kind",
         "student_mobility", "--start", "2024-09", "--end", "2025-01-20"),
        ("figure", "add", "TVEACN", "members", "118", "--as-of", "2025-02-14",
         "--statement", "a network of 118 member institutions across four continents"),
        ("person", "add", "Aigerim Nurlanovna Sultanbekova", "--title",
         "Director of International Partnerships", "--org", "NHP"),
    ))
    monkeypatch.setenv("COLUMNS", "80")
    return cli


COMMANDS = [
    ("org", "list"), ("org", "show", "NHP"), ("alliance", "list"),
    ("alliance", "show", "TVEACN"), ("member", "list"), ("event", "list"),
    ("event", "show", "1"), ("coop", "list"), ("figure", "list"), ("person", "list"),
    ("country", "show", "KZ"),
]


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
    elif data is not None:
        yield str(data)


def _words(data: Any) -> set[str]:
    words: set[str] = set()
    for text in _strings(data):
        for word in text.split():
            words |= {word, word.lower(), *word.split("_"), *word.lower().split("_")}
    return words


# words the tables show that the JSON holds differently (labels of derived columns)
SHOWN_ONLY = {"with", "history", "yes", "no", "→", "current", "?", "members"}


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_tables_fit_80_columns_without_splitting_a_word(office: Any, command: tuple[str, ...]
                                                       ) -> None:
    data = json.loads(office(*command, "--json").output)
    allowed = _words(data) | SHOWN_ONLY
    result = office(*command)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80, result.output
    for line in lines:
        if "│" not in line and "┃" not in line:
            continue  # titles, rules, the caption
        for cell in re.split(r"[│┃]", line):
            for word in cell.split():
                assert word in allowed or word.lower() in allowed, (word, result.output)


def test_an_organization_is_not_repeated_in_its_own_cooperation(office: Any) -> None:
    output = office("org", "show", "NHP").output
    cooperation = output[output.index("Cooperation"):]
    assert "Northern" not in cooperation and "Steppe Institute of" in cooperation


def test_report_countries_keeps_country_names_whole(office: Any) -> None:
    result = office("report", "countries", "--year", "2025")
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80
    assert "…" not in result.output
    rows = [line for line in result.output.splitlines() if line.startswith("│")]
    names = " ".join(row.split("│")[1] for row in rows)
    assert "Bosnia and Herzegovina" in " ".join(names.split())
    assert "Kazakhstan" in names


@pytest.mark.parametrize(("headers", "rows", "width", "shown"), [
    (["id", "when"], [["1", "2025-05-09"]], 80, [0, 1]),
    (["id", "name", "start", "end"], [["1", "word " * 30, "2025-05-09", "2026-01-31"]], 40,
     [0, 1, 2, 3]),
    (["id", "name", "notes"], [["1", "Lakeshore Polytechnic", "a " + "x" * 30]], 30, [0, 1]),
], ids=["fits", "wraps-name", "drops"])
def test_fit_columns_keeps_every_word_whole_or_drops_a_column(
    headers: list[str], rows: list[list[str]], width: int, shown: list[int]
) -> None:
    layout = fit_columns(headers, rows, width, drop=[2])
    assert layout.shown == shown
    assert sum(layout.widths) + 3 * len(shown) + 1 <= width
    for index, column_width in zip(layout.shown, layout.widths, strict=True):
        assert column_width >= max(len(w) for row in rows for w in row[index].split()[:1])
        assert column_width >= max(min(len(w), 24) for row in rows for w in row[index].split())
