"""The order in which the fact modules run over one article."""

from __future__ import annotations

import re

from tracker.extract.en import dates as dates_mod
from tracker.extract.en import figure_dates
from tracker.extract.en.countries import find_countries
from tracker.extract.en.dating import RoleDates
from tracker.extract.en.events import Dateline, find_dateline, find_events
from tracker.extract.en.figures import FoundFigure, find_figures_in
from tracker.extract.en.subjects import fill_subjects
from tracker.extract.facts import ArticleFacts, Figure, Source
from tracker.extract.text import (
    Sentence,
    by_sentence,
    normalize_text,
    sentence_at,
    split_sentences,
)

_BREADCRUMB = re.compile(r"(?:>|»|›|/)\s*\w")
_TITLE_NOISE = re.compile(r"^(?:home|news|menu|search|login|share|comment|photo gallery|"
                          r"your keywords|school motto|news & events|events)\b", re.I)


def run(text: str, published_hint: str | None = None,
        title_hint: str | None = None) -> ArticleFacts:
    text = normalize_text(text)
    facts = ArticleFacts()
    if not text.strip():
        return facts
    sentences = split_sentences(text)
    mentions = dates_mod.find_dates(text)
    date_line = dates_mod.find_date_line(text, mentions)
    dateline = find_dateline(text)
    published = date_line.iso if date_line else (
        _dateline_day(mentions, dateline) or _valid_iso(published_hint))
    excluded: list[tuple[int, int]] = []
    if date_line:
        excluded.append((date_line.mention.start, date_line.mention.end))
    if dateline and dateline.date_span:
        excluded.append(dateline.date_span)
    resolved = _resolve_all(mentions, sentences, published)

    from tracker.extract.en import names

    # The page's date line dates the page, not a role (SCHEMA.md's rulings): memberships
    # read the dates of the text alone.
    text_dates = [m for m in resolved if not any(a <= m.start < b for a, b in excluded)]
    people_orgs = names.find_names(text, sentences, text_dates, published)
    countries = find_countries(text)
    facts.countries = [code for code, _ in countries]
    for code, (start, end) in countries:
        sentence = _sentence_at(sentences, start)
        facts.country_evidence[code] = sentence.evidence(start, end)
    city_country: dict[str, str] = {}
    events = find_events(text, sentences, resolved, excluded, dateline, city_country)
    title = title_hint or _title(text, date_line)
    place = dateline.city if dateline and dateline.city else _title_place(title)
    if place and events and events[0].city is None:
        events[0].city = place
    # Events are dated happenings (SCHEMA.md): an undated one is not listed, and one named
    # twice keeps its first date (a later one is the report's, not the happening's).
    events = [e for e in events if e.date]
    events = [e for e in events if not any(o.name == e.name and (o.date or "") < (e.date or "")
                                           for o in events)]
    events = [e for i, e in enumerate(events) if all(o.name != e.name for o in events[:i])]
    facts.events = events
    # Figures the text does not date hold at the page's date: its date line, else the scene
    # it opens with (not the date of any event it reports further down).
    page = figure_dates.page_date(text, resolved, published)
    if published is None and events:
        published = next((e.date for e in events if e.date), None)
    figures, inherited = _figures(sentences, resolved, people_orgs.default_subject,
                                  _headline_span(text, title))
    from tracker.extract.en import alliances as alliances_mod

    refs = people_orgs.refs
    fill_subjects(figures, sentences=sentences, refs=refs, events=facts.events,
                  default_subject=people_orgs.publisher or people_orgs.default_subject)
    facts.figures = _once_per_subject(figures, inherited)
    # Like a role, a founding is dated by the text, not by the page's date line.
    role_dates = RoleDates(text, sentences, text_dates)
    alliances_mod.fill_alliances(people_orgs.alliances, sentences, refs, text_dates,
                                 facts.figures, published, role_dates=role_dates)
    figure_dates.fill_figure_dates(facts.figures, sentences=sentences, mentions=resolved,
                                   events=facts.events, alliances=people_orgs.alliances,
                                   page=page, role_dates=role_dates)
    alliances_mod.fill_organizations(people_orgs.organizations, text=text, refs=refs)
    from tracker.extract.en.places import place_by_list, place_in_the_one_country

    place_by_list(people_orgs.organizations, text=text, refs=people_orgs.refs)
    place_in_the_one_country(people_orgs.organizations, text=text, countries=countries,
                             publisher=people_orgs.publisher)
    alliances_mod.fill_events(facts.events, sentences, refs, countries,
                              people_orgs.organizations)
    facts.organizations = people_orgs.organizations
    facts.alliances = people_orgs.alliances
    facts.memberships = people_orgs.memberships
    # A founding member's role began when the alliance was founded.
    founded = {a.name: a.founded for a in people_orgs.alliances}
    for membership in facts.memberships:
        if membership.role == "founding_member" and membership.since is None:
            membership.since = founded.get(membership.alliance)
    facts.people = people_orgs.people
    from tracker.extract.en.awards import find_awards

    facts.awards = find_awards(sentences)
    from tracker.extract.en.posts import find_posts

    facts.posts = find_posts(sentences, people=facts.people, publisher=people_orgs.publisher,
                             mentions=resolved)
    from tracker.extract.en.sites import find_sites

    facts.sites = find_sites(sentences, publisher=people_orgs.publisher, mentions=resolved)
    from tracker.extract.en.cooperation import find_cooperation
    from tracker.extract.en.standards import find_standards

    facts.standards = find_standards(sentences, publisher=people_orgs.publisher,
                                     mentions=resolved)
    facts.cooperation = find_cooperation(sentences, mentions=resolved)
    facts.source = Source(title=title, published=published,
                          publisher=people_orgs.publisher)
    return facts


def _dateline_day(mentions: list[dates_mod.DateMention],
                  dateline: Dateline | None) -> str | None:
    """ "LIMA, 5 June 2024 —": a dateline with a full date dates the page like a date line."""
    if dateline is None or dateline.date_span is None:
        return None
    start, end = dateline.date_span
    day = next((m for m in mentions if m.start >= start and m.end <= end), None)
    return day.iso() if day and day.precision == 3 else None


def _title_place(title: str | None) -> str | None:
    """ "Council Meets in Fairbanks": a headline ending with the place."""
    from tracker.extract.en.countries import country_table
    from tracker.extract.en.events import TITLE_PLACE

    match = TITLE_PLACE.search(title or "")
    if not match or match.group("city") in country_table():
        return None
    return match.group("city")


def _valid_iso(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    return None


def _resolve_all(mentions: list[dates_mod.DateMention], sentences: list[Sentence],
                 published: str | None) -> list[dates_mod.DateMention]:
    """Give every mention a year: the page's date, else the year the context names."""
    if published:
        return [dates_mod.resolve(m, reference=published) for m in mentions]
    common = dates_mod.most_common_year(mentions)
    first_year: dict[int, int] = {}
    for indexes in by_sentence(sentences, [m.start for m in mentions]):
        years = [mentions[i].year for i in indexes if mentions[i].year is not None]
        for i in indexes:
            if years:
                first_year[i] = years[0]  # type: ignore[assignment]
    out = []
    last_year: int | None = None
    for index, mention in enumerate(mentions):
        context = None
        if mention.year is None:
            context = first_year.get(index) or last_year or common
        else:
            last_year = mention.year
        out.append(dates_mod.resolve(mention, context_year=context))
    return out


def _sentence_at(sentences: list[Sentence], position: int) -> Sentence:
    return sentence_at(sentences, position)


def _figures(sentences: list[Sentence], mentions: list[dates_mod.DateMention],
             subject: str | None,
             headline: tuple[int, int] | None) -> tuple[list[Figure], set[int]]:
    """The figures of the text, each quantity once (SCHEMA.md): where the headline restates
    one the body states, the body's statement is kept (it says what was counted). Also the
    indexes of the figures that count the noun of another ("four from Peru")."""
    found_all: list[tuple[Sentence, FoundFigure]] = []
    buckets = by_sentence(sentences, [m.start for m in mentions])
    for sentence, indexes in zip(sentences, buckets, strict=True):
        spans = [(mentions[i].start, mentions[i].end) for i in indexes]
        found_all += [(sentence, f) for f in find_figures_in(sentence.text, sentence.start, spans)]

    def key(found: FoundFigure) -> tuple[object, str, str | None]:
        return (found.value, found.metric, found.noun)

    in_body = {key(f) for s, f in found_all if not f.inherited and not _within(s, headline)}
    out: list[Figure] = []
    inherited: set[int] = set()
    seen: set[tuple[object, str, str | None]] = set()
    for sentence, found in found_all:
        if found.inherited:
            inherited.add(len(out))
        else:
            if key(found) in seen or (key(found) in in_body and _within(sentence, headline)):
                continue
            seen.add(key(found))
        out.append(Figure(value=found.value, metric=found.metric, bound=found.bound,
                          text=found.text, subject=subject,
                          evidence=sentence.evidence(found.start, found.end)))
    return out, inherited


def _once_per_subject(figures: list[Figure], inherited: set[int]) -> list[Figure]:
    """A count restated for the same subject in other words ("20 new institutions" ...
    "a total of 20 universities") is listed once; a count of anything `other` may be of
    different things ("4 themes", "4 areas"), and a count by origin ("four from Peru",
    "four from Chad") is of a different part."""
    seen: set[tuple[object, str, str | None]] = set()
    out: list[Figure] = []
    for i, figure in enumerate(figures):
        key = (figure.value, figure.metric, figure.subject)
        if figure.metric != "other" and i not in inherited:
            if key in seen:
                continue
            seen.add(key)
        out.append(figure)
    return out


def _within(sentence: Sentence, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= sentence.start < span[1]


def _headline_span(text: str, title: str | None) -> tuple[int, int] | None:
    """Where the headline stands in the text, if it does."""
    at = text.find(title, 0, 3000) if title else -1
    return (at, at + len(title or "")) if at >= 0 else None


def _title(text: str, date_line: dates_mod.DateLine | None) -> str | None:
    """The headline: a short line near the top, after any breadcrumb trail."""
    lines = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text[:3000])]
    lines = [(pos, line) for pos, line in lines if line]
    start_index = 0
    for i, (_, line) in enumerate(lines[:15]):
        if len(_BREADCRUMB.findall(line)) >= 2 and len(line) < 200:
            start_index = i + 1
    for pos, line in lines[start_index:start_index + 6]:
        if date_line and date_line.line_start <= pos < date_line.line_end:
            rest = line[date_line.mention.end - pos:].strip()
            if len(rest.split()) >= 3 and not rest.endswith("."):
                # "date 2023-06-17 Chinese universities ink deal" -> the words after the date
                return rest if len(rest.split()) <= 25 else None
            continue
        words = line.split()
        if _TITLE_NOISE.match(line) or len(words) < 3:
            continue
        if len(words) > 25 or line.endswith((".", ":")):
            return None
        return line
    return None
