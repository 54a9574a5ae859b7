"""One Chinese article through the rules, in order: date line, sentences and their dates,
names, alliances, memberships, events, figures, countries, people."""

from __future__ import annotations

import re

from tracker.extract.facts import ArticleFacts, Figure, Person, Source
from tracker.extract.zh import alliances as alliance_rules
from tracker.extract.zh.context import Article
from tracker.extract.zh.dates import date_line, find_dates
from tracker.extract.zh.events import events
from tracker.extract.zh.figures import find_figures
from tracker.extract.zh.memberships import memberships
from tracker.extract.zh.organizations import find_mentions, organizations
from tracker.extract.zh.people import find_people
from tracker.extract.zh.places import find_countries
from tracker.extract.zh.sentences import split_sentences

# The publisher's words for itself, most telling first (学校 is also a common noun).
_SELF = re.compile(r"我校|我院|本校|本院|(?<![\u4e00-\u9fff])学校(?=[\u4e00-\u9fff])")
# A first line this short, without a full stop, is the headline.
TITLE_MAX_CHARS = 60
# A person's organization stands this close before the title.
ORG_BEFORE_TITLE_CHARS = 14


def run(text: str, published_hint: str | None = None,
        title_hint: str | None = None) -> ArticleFacts:
    """The facts of one Chinese article."""
    published, line_at = date_line(text)
    published = published_hint or published
    article = Article(text=text, sentences=split_sentences(text), published=published,
                      date_line_at=line_at)
    article.dates = [find_dates(s.text, year=article.year, month=article.month, offset=s.start)
                     for s in article.sentences]
    article.names = find_mentions(article)
    self_ref = _SELF.search(text)
    article.self_reference = self_ref.group(0) if self_ref else None
    article.alliance_names = {m.text for m in alliance_rules.alliance_mentions(article)}

    main = alliance_rules.main_alliance(article)
    found_events = events(article, main_alliance=main)
    event_dates = [(e.evidence.start, e.date) for e in found_events
                   if e.evidence is not None and e.date]
    found_memberships = memberships(article, main=main, event_dates=event_dates)
    main = alliance_rules.main_alliance(article)  # initiators may have named one more
    figures = _figures(article, main)
    member_counts: dict[str, int] = {}
    for figure in figures:
        if figure.metric == "members" and figure.subject and isinstance(figure.value, int):
            member_counts.setdefault(figure.subject, figure.value)
    facts = ArticleFacts(source=Source(title=title_hint or _title(text), published=published))
    facts.alliances = alliance_rules.alliances(article, member_counts=member_counts,
                                               founded=_founded(article, main))
    facts.organizations = organizations(article)
    facts.memberships = found_memberships
    facts.events = found_events
    facts.figures = figures
    countries = find_countries(text)
    facts.countries = sorted(countries, key=countries.__getitem__)
    facts.people = _people(article)
    return facts


def _title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first if first and len(first) <= TITLE_MAX_CHARS and "。" not in first else None


def _figures(article: Article, main: str | None) -> list[Figure]:
    out: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    for sentence in article.sentences:
        named = [m.text for m in article.names_in(sentence) if m.text in article.alliance_names]
        for figure in find_figures(sentence.text):
            key = (float(figure.value), figure.metric)
            if key in seen:
                continue
            seen.add(key)
            if figure.metric == "members":
                figure.subject = named[0] if named else main
            figure.evidence = sentence.evidence()
            out.append(figure)
    return out


def _founded(article: Article, main: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for index, sentence in enumerate(article.sentences):
        if "成立" not in sentence.text:
            continue
        named = [m.text for m in article.names_in(sentence) if m.text in article.alliance_names]
        alliance = named[0] if named else (main if "联盟" in sentence.text else None)
        dated = [d.iso for d in article.dates[index] if d.iso]
        if alliance and dated:
            out.setdefault(alliance, dated[0])
    return out


def _people(article: Article) -> list[Person]:
    out: dict[str, Person] = {}
    for sentence in article.sentences:
        names = article.names_in(sentence)
        for person in find_people(sentence.text):
            if person.name in out:
                continue
            at = sentence.text.find(person.name)
            before = [m for m in names if 0 <= sentence.start + at - m.end
                      <= ORG_BEFORE_TITLE_CHARS + len(person.title or "")]
            if before:
                person.organization = before[-1].text
            elif article.self_reference and sentence.text[:at].rstrip(
                    person.title or "").endswith(("校", "院", "学校")):
                person.organization = article.self_reference
            person.evidence = sentence.evidence(sentence.start + at,
                                                sentence.start + at + len(person.name))
            out[person.name] = person
    return list(out.values())
