"""An event is named by the noun phrase around its keyword, not by its whole sentence."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

CASES = [
    ("Date: 2025-03-02\nOn March 1, the decision was announced at the 2025 Annual Meeting of the "
     "Nordic Polytechnic Network held in Oslo, Norway.",
     "2025 Annual Meeting of the Nordic Polytechnic Network"),
    ("Date: 2024-06-10\nOn June 8, the third International Forum on Applied Skills "
     "opened in Nairobi.",
     "third International Forum on Applied Skills"),
    ("Date: 2024-06-10\nOn June 8, staff attended the inaugural seminar of the "
     "“Green Skills” Alliance in Lima, Peru.",
     "inaugural seminar of the “Green Skills” Alliance"),
]


@pytest.mark.parametrize(("text", "name"), CASES, ids=[c[1] for c in CASES])
def test_event_name_is_the_noun_phrase(text, name):
    (event,) = extract_text(text).events
    assert event.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Date: 2023-03-12\nThe network recently held its 2023 annual working meeting in Santiago on "
     "March 10.", "2023 annual working meeting"),
    ("Date: 2023-03-12\nOn March 10, deans joined the closing session in Santiago.",
     "closing session"),
])
def test_an_event_gerund_belongs_to_the_name(text, name):
    (event,) = extract_text(text).events
    assert event.name == name
