"""A reviewer's typed values, read by the parsers the record commands use (no terminal)."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.errors import InvalidInput, NotFound
from tracker.ingest.kinds.event import EventFields
from tracker.ingest.kinds.figure import FigureFields
from tracker.ingest.kinds.membership import TermFields
from tracker.ingest.plan import Action, Item, Plan, SourceFields
from tracker.ingest.review import edit_field


def _plan(item: Item[Any]) -> Plan:
    source = SourceFields(None, None, None, None, "text", "hash")
    return Plan("article.txt", source, items=[item])


def _event() -> Item[EventFields]:
    return Item("event:1", "event", Action.CREATE, "Autumn Skills Forum",
                EventFields("Autumn Skills Forum", "forum", "2024-10", participants_count=80))


@pytest.mark.parametrize(("field", "typed", "stored"), [
    ("date", "2024-10-03", "2024-10-03"),
    ("date", "3 October 2024", "2024-10-03"),
    ("date", "2024年10月", "2024-10"),
    ("country", "Kenya", "KE"),
    ("country", "de", "DE"),
    ("kind", "Seminar", "seminar"),
    ("kind", "training", "training"),
    ("participants_count", "1,200", 1200),
    ("edition", "3", 3),
    ("city", "Mombasa", "Mombasa"),
    ("city", "-", None),
    ("date", "-", None),
], ids=lambda value: str(value))
def test_a_typed_value_is_stored_as_the_commands_store_it(
    session: Any, field: str, typed: str, stored: Any
) -> None:
    item = _event()
    edit_field(session, _plan(item), item, field, typed)
    assert getattr(item.fields, field) == stored


@pytest.mark.parametrize(("field", "typed", "error", "message"), [
    ("date", "2023-13-45", InvalidInput, "'2023-13-45' is not a real date"),
    ("date", "sometime soon", InvalidInput, "'sometime soon' is not a date"),
    ("country", "Atlantis", NotFound, "no country 'Atlantis'"),
    ("kind", "picnic", InvalidInput, "unknown event kind 'picnic'"),
    ("participants_count", "-5", InvalidInput, "the participants count must be a whole"),
    ("participants_count", "many", InvalidInput, "the participants count must be a whole"),
    ("edition", "0", InvalidInput, "the edition must be a whole number of 1"),
    ("title", "-", InvalidInput, "the title of this event cannot be empty"),
    ("organizer", "x", InvalidInput, "no field 'organizer'"),
], ids=lambda value: str(value))
def test_a_value_that_will_not_do_is_refused_and_changes_nothing(
    session: Any, field: str, typed: str, error: type[Exception], message: str
) -> None:
    item = _event()
    before = EventFields(**vars(item.fields))
    with pytest.raises(error, match="^" + message.replace("(", r"\(")):
        edit_field(session, _plan(item), item, field, typed)
    assert item.fields == before


def test_the_fields_of_standards_and_exchanges_read_from_articles(session: Any) -> None:
    from tracker.ingest.kinds.cooperation import CooperationFields
    from tracker.ingest.kinds.standard import StandardFields

    standard = Item("standard:1", "standard", Action.CREATE, "a standard",
                    StandardFields("Home", "Course standard", "course", None, "KE"))
    edit_field(session, _plan(standard), standard, "kind", "Programme")
    edit_field(session, _plan(standard), standard, "adopted", "May 2024")
    assert (standard.fields.kind, standard.fields.adopted) == ("programme", "2024-05")
    with pytest.raises(InvalidInput, match="^unknown standard kind 'syllabus'"):
        edit_field(session, _plan(standard), standard, "kind", "syllabus")
    exchange = Item("cooperation:1", "cooperation", Action.CREATE, "an exchange",
                    CooperationFields("Home", None, "KE", "short_training"))
    edit_field(session, _plan(exchange), exchange, "direction", "Outgoing")
    edit_field(session, _plan(exchange), exchange, "days", "14")
    edit_field(session, _plan(exchange), exchange, "start", "3 June 2024")
    assert (exchange.fields.direction, exchange.fields.days, exchange.fields.start) == (
        "outgoing", 14, "2024-06-03")
    with pytest.raises(InvalidInput, match="^the days must be a whole"):
        edit_field(session, _plan(exchange), exchange, "days", "-2")
    assert exchange.fields.days == 14


def test_roles_metrics_and_values_of_figures_and_terms(session: Any) -> None:
    term: Item[TermFields] = Item("role_term:1", "role_term", Action.CREATE, "a term",
                                  TermFields("member", "2022"))
    edit_field(session, _plan(term), term, "role", "Executive council member")
    assert term.fields.role == "executive_council_member"
    with pytest.raises(InvalidInput, match="unknown role 'emperor'"):
        edit_field(session, _plan(term), term, "role", "emperor")
    figure: Item[FigureFields] = Item("figure:1", "figure", Action.CREATE, "members = 30",
                                      FigureFields(None, "members", 30))
    edit_field(session, _plan(figure), figure, "value", "42")
    edit_field(session, _plan(figure), figure, "metric", "Trainees")
    assert (figure.fields.value, figure.fields.metric) == (42, "trainees")
    edit_field(session, _plan(figure), figure, "value", "2.5")
    assert figure.fields.value == 2.5


def test_a_new_title_is_the_items_label(session: Any) -> None:
    item = _event()
    edit_field(session, _plan(item), item, "title", "  Winter Skills Forum ")
    assert item.label == item.fields.title == "Winter Skills Forum"


ARTICLE = """Maple Ridge Polytechnic Joins the Coastal Vocational Education Network
Date: 2024-05-14

On May 13, 2024, Maple Ridge Polytechnic joined the Coastal Vocational Education Network as a
member. The network now has 36 member institutions from 7 countries.
"""


def _refusing_figures(*_args: Any) -> Any:
    raise InvalidInput("a figure must be a number of zero or more")


def _import(db_url: str, tmp_path: Any, retry: Any = None) -> Any:
    from tracker.db import make_engine
    from tracker.ingest.run import import_all

    article = tmp_path / "maple.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    engine = make_engine(db_url)
    try:
        return list(import_all(engine, [str(article)], lambda _plan: True, "test", "pytest",
                               retry=retry))
    finally:
        engine.dispose()


def test_a_failing_item_is_named_and_its_article_rolled_back(
    db_url: str, dump: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from dataclasses import replace

    from tracker.ingest.kinds import BY_NAME

    monkeypatch.setitem(BY_NAME, "figure", replace(BY_NAME["figure"], apply=_refusing_figures))
    before = dump()
    [result] = _import(db_url, tmp_path)
    assert str(result.error).startswith("item 5 (figure 'members = 36")
    assert str(result.error).endswith("a figure must be a number of zero or more")
    assert result.error.exit_code == 2
    assert dump() == before


def test_retry_applies_the_plan_again_with_the_decisions_made_since(
    db_url: str, dump: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from dataclasses import replace

    from tracker.ingest.kinds import BY_NAME

    monkeypatch.setitem(BY_NAME, "figure", replace(BY_NAME["figure"], apply=_refusing_figures))
    failures: list[int] = []

    def skip_it(_plan: Plan, failure: Any) -> bool:
        failures.append(failure.number)
        failure.item.skip("skipped after it failed")
        return True

    [result] = _import(db_url, tmp_path, retry=skip_it)
    assert result.error is None and failures == [5, 6]  # each figure failed once, then skipped
    assert result.outcome.created == 3 and result.outcome.skipped == 2
    tables = dump()["tables"]
    assert len(tables["membership"]) == 1 and tables["figure"] == []
