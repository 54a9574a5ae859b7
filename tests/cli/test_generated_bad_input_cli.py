"""Generated bad input for the write commands (hypothesis), on whichever engine the run uses.

Each example gives one option of one write command a value that must be refused: a
name over its column's length, NUL, a lone surrogate (an argument that was not valid
UTF-8), an integer beyond 32 or 64 bits, a negative count, a number that is not
finite, a date that is no date, a country that is only punctuation or an emoji.
Whatever the value: exit 1 or 2, one `Error:` line, the database unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.config import INT32_MAX

LONGEST_SHORT_TEXT = 500

# bad values by the kind of value an option takes
TEXT = st.one_of(
    # longer than any short text column (names 300, websites 500)
    st.builds(lambda word, extra: (word * (LONGEST_SHORT_TEXT + 1 + extra))[: LONGEST_SHORT_TEXT
                                                                            + 1 + extra],
              st.text(st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
                      min_size=1, max_size=4),
              st.integers(min_value=0, max_value=40)),
    st.builds(lambda a, b: f"{a}\x00{b}", st.text(max_size=5), st.text(max_size=5)),
    st.builds(lambda a, c: f"{a}{c}", st.text(max_size=5),
              st.sampled_from(["\udc80", "\udcff", "\ud800"])),
)
# a required name may not be blank either (an optional text left blank is no value)
NAME = st.one_of(TEXT, st.sampled_from(["", "   "]))
COUNT = st.one_of(
    st.integers(min_value=INT32_MAX + 1, max_value=2**80).map(str),
    st.integers(max_value=-1, min_value=-(2**70)).map(str),
)
NUMBER = st.one_of(
    st.sampled_from(["inf", "-inf", "nan", "1e400", "-1", "1e16", "Infinity", "abc", ""]),
    st.integers(min_value=10**16, max_value=10**40).map(str),
)
DATE = st.one_of(
    st.sampled_from(["2023-02-30", "2023-13", "0000", "yesterday", "20233", "2023-1-32"]),
    st.integers(min_value=10**9, max_value=10**30).map(str),  # 8 digits may be YYYYMMDD
)
COUNTRY = st.one_of(
    st.text(alphabet="?!.,;:-_*#@()[]{}'\"/\\", min_size=1, max_size=4),
    st.sampled_from(["🙂", "🏳️", "🇽🇽", "⚽", "—"]),
)

# (command before the option, option, kind): each write command and the options it takes
CASES: list[tuple[list[str], str | None, Any]] = [
    (["org", "add"], None, NAME),
    (["org", "add", "New College", "--city"], None, TEXT),
    (["org", "add", "New College", "--country"], None, COUNTRY),
    (["org", "edit", "SZPU", "--website"], None, TEXT),
    (["alliance", "add"], None, NAME),
    (["alliance", "add", "New Network", "--founded"], None, DATE),
    (["member", "add", "KTTC", "GDBRA", "--since"], None, DATE),
    (["member", "role", "SZPU", "GDBRA", "chair", "--since"], None, DATE),
    (["event", "add"], None, NAME),
    (["event", "add", "Forum", "--participants"], None, COUNT),
    (["event", "add", "Forum", "--date"], None, DATE),
    (["event", "add", "Forum", "--country"], None, COUNTRY),
    (["person", "add"], None, NAME),
    (["coop", "add", "SZPU", "--country", "KE", "--headcount"], None, COUNT),
    (["coop", "add", "SZPU", "--country"], None, COUNTRY),
    (["figure", "add", "SZPU", "members"], None, NUMBER),
    (["figure", "add", "SZPU", "members", "5", "--as-of"], None, DATE),
    (["group", "add", "Partners"], None, COUNTRY),
    (["group", "create"], None, NAME),
    (["source", "add", "--title"], None, TEXT),
]


@pytest.fixture
def office(cli, seed):
    seed((
        ("org", "add", "Shenzhen Polytechnic University", "--alias", "SZPU", "--home"),
        ("org", "add", "Kenya Technical Trainers College", "--alias", "KTTC", "--country", "KE"),
        ("alliance", "add", "Lakeside Vocational Network", "--alias", "GDBRA"),
        ("member", "add", "SZPU", "GDBRA", "--since", "2022"),
        ("group", "create", "Partners"),
    ))
    return cli


def _check_refused(office: Any, dump: Any, before: Any, args: list[str]) -> None:
    result = office(*args)
    assert result.exit_code in (1, 2), (args, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), (args, result.stderr)
    assert "Traceback" not in result.output
    assert dump() == before, args


@pytest.fixture
def seeded_dump(office, dump):
    """The office's records before any bad value: read once a test, as Hypothesis keeps the
    test's fixtures across its examples (each refusal must leave them exactly so)."""
    return dump()


def _run_cases(office: Any, dump: Any, before: Any, data: Any, cases: list[Any],
               examples: int) -> None:
    for words, _option, kind in cases:
        for _ in range(examples):
            _check_refused(office, dump, before, [*words, data.draw(kind)])


@settings(max_examples=3, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_few_generated_bad_values_per_command(office, dump, seeded_dump, data):
    _run_cases(office, dump, seeded_dump, data, CASES, examples=1)


@pytest.mark.slow
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
@pytest.mark.parametrize("case", CASES, ids=lambda c: " ".join(c[0][:3]))
def test_thirty_generated_bad_values_per_command(office, dump, seeded_dump, data, case):
    _run_cases(office, dump, seeded_dump, data, [case], examples=1)
