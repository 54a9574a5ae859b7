"""The order in which the fact modules run over one article."""

from __future__ import annotations

import re

from tracker.extract.en import dates as dates_mod
from tracker.extract.en.countries import find_countries
from tracker.extract.en.events import find_dateline, find_events
from tracker.extract.en.figures import find_figures_in
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
    published = date_line.iso if date_line else _valid_iso(published_hint)
    dateline = find_dateline(text)
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
    if published is None and events:
        published = next((e.date for e in events if e.date), None)
    facts.figures = _figures(sentences, resolved, people_orgs.default_subject)
    from tracker.extract.en import alliances as alliances_mod

    refs = people_orgs.refs
    fill_subjects(facts.figures, sentences=sentences, refs=refs, events=facts.events,
                  default_subject=people_orgs.publisher or people_orgs.default_subject)
    alliances_mod.fill_alliances(people_orgs.alliances, sentences, refs, resolved, facts.figures,
                                 published)
    alliances_mod.fill_figure_dates(facts.figures, sentences=sentences, mentions=resolved,
                                    events=facts.events, published=published)
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
    facts.source = Source(title=title, published=published,
                          publisher=people_orgs.publisher)
    return facts


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
             subject: str | None) -> list[Figure]:
    out: list[Figure] = []
    seen: set[tuple[object, str, str | None]] = set()
    buckets = by_sentence(sentences, [m.start for m in mentions])
    for sentence, indexes in zip(sentences, buckets, strict=True):
        spans = [(mentions[i].start, mentions[i].end) for i in indexes]
        for found in find_figures_in(sentence.text, sentence.start, spans):
            if not found.inherited:
                key = (found.value, found.metric, found.noun)
                if key in seen:
                    continue
                seen.add(key)
            out.append(Figure(value=found.value, metric=found.metric, bound=found.bound,
                              text=found.text, subject=subject,
                              evidence=sentence.evidence(found.start, found.end)))
    return out


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
