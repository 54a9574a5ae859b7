"""A news dateline ("LIMA, 5 June 2024 —") dates the page, never a role by itself.

Invented places and bodies; the day and month in both orders.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract_text

NET = "Andes Technical Network"


@pytest.mark.parametrize(
    ("opening", "published"),
    [("LIMA, 5 June 2024 —", "2024-06-05"),
     ("Lima, June 5, 2024 -", "2024-06-05"),
     ("Accra, 3rd March 2022 –", "2022-03-03")],
    ids=["day-month-year", "month-day-year", "ordinal-day"],
)
def test_a_dateline_dates_the_page(opening: str, published: str) -> None:
    facts = extract_text(f"{opening} Ridgeback Polytechnic has joined the {NET}.")
    assert facts.source.published == published
    # the page's date alone does not date the role (SCHEMA.md's rulings)
    assert [(m.member, m.since) for m in facts.memberships] == [("Ridgeback Polytechnic", None)]


@pytest.mark.parametrize(
    "report",
    ["The decision was taken last month at the council's meeting in Quito.",
     "This was approved last month by the network's council in Quito."],
    ids=["decision-taken", "approved"],
)
def test_last_month_resolves_from_the_dateline(report: str) -> None:
    text = (f"QUITO, 5 June 2024 — Ridgeback Polytechnic has been elected vice-chair "
            f"institution of the {NET}. {report}")
    roles = {(m.role, m.since) for m in extract_text(text).memberships}
    assert roles == {("vice_chair", "2024-05")}


def test_a_date_in_the_sentence_still_dates_the_role() -> None:
    text = (f"Nairobi, 12 October 2023 – The {NET} welcomed new members at its assembly "
            "held in Nairobi on 10 October:\n\n- Ridgeback Polytechnic\n- Coast Institute "
            "of Technology\n")
    facts = extract_text(text)
    assert facts.source.published == "2023-10-12"
    assert {(m.member, m.since) for m in facts.memberships} == {
        ("Ridgeback Polytechnic", "2023-10-10"), ("Coast Institute of Technology", "2023-10-10")}
