"""`detect_language`: the script of the letters decides, on the quick path (no Han, no other
script) as on the counting one."""

from __future__ import annotations

import pytest

from tracker.extract.languages import detect_language


@pytest.mark.parametrize(("text", "code"), [
    ("The polytechnic signed a memorandum in Lima.", "en"),
    ("Café “naïve” — the rector’s visit to Straße 5.", "en"),
    ("Twelve students × 3 cohorts", "en"),
    ("", None),
    ("2024 — 17 × 3 ÷ 9 !", None),
    ("Университет вступил в альянс", None),
    ("Университет joined the alliance of colleges and universities in Europe", "en"),
    ("The college hosted a long visit; Университет", "en"),
    ("学院加入了国际职业教育联盟 (Alliance)", "zh"),
    ("The alliance of colleges named one partner 学院 in its list of members.", "en"),
])
def test_the_script_of_the_letters_decides(text: str, code: str | None) -> None:
    assert detect_language(text) == code
