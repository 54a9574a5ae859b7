"""Name keys: the same name however it is written, and stable."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.names import name_key


def test_equal_spellings():
    assert name_key("The “Belt and Road” Alliance") == name_key("belt and road alliance")
    assert name_key("S.Z.P.U.") == name_key("SZPU")
    assert name_key("Sino-German  College") == "sino german college"


@given(st.text(max_size=60))
def test_idempotent(text):
    assert name_key(name_key(text)) == name_key(text)
