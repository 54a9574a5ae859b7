"""One Chinese article through the rules, in order: date line, sentences and their dates,
names, alliances, memberships, events, figures, countries, people."""

from __future__ import annotations

import re

from tracker.extract.facts import ArticleFacts, Event, Figure, Membership, Organization, Source
from tracker.extract.zh import alliances as alliance_rules
from tracker.extract.zh.awards import find_awards
from tracker.extract.zh.context import Article
from tracker.extract.zh.cooperation import find_cooperation
from tracker.extract.zh.dates import DateMention, date_line, find_dates, is_starting_point
from tracker.extract.zh.events import events
from tracker.extract.zh.figures import find_figures
from tracker.extract.zh.memberships import memberships
from tracker.extract.zh.organizations import find_mentions, kind_of, organizations
from tracker.extract.zh.people import bylines, people
from tracker.extract.zh.places import find_countries
from tracker.extract.zh.posts import find_posts
from tracker.extract.zh.publisher import is_self_reference, publisher, source_line
from tracker.extract.zh.sentences import is_page_chrome, split_sentences
from tracker.extract.zh.sites import find_sites
from tracker.extract.zh.standards import find_standards
from tracker.vocab import Metric

# The publisher's words for itself, most telling first (学校 is also a common noun).
_SELF = re.compile(r"我校|我院|本校|本院|(?<![\u4e00-\u9fff])学校(?=[\u4e00-\u9fff])")
# Counts of who attended an event; a sentence that opens with its subject's own doing.
_ATTENDANCE = frozenset({Metric.PARTICIPANTS, Metric.INSTITUTIONS, Metric.COUNTRIES})
_OWN_DOING = re.compile(r"已|先后|累计|共为|作为|自\d{4}|以来")
# Without a date line, the first full date of this many sentences dates the page.
LEAD_SENTENCES = 4
# A first line this short, without a full stop, is the headline.
TITLE_MAX_CHARS = 60


def run(text: str, published_hint: str | None = None,
        title_hint: str | None = None) -> ArticleFacts:
    """The facts of one Chinese article."""
    published, line_at = date_line(text)
    published = published_hint or published
    article = Article(text=text, sentences=split_sentences(text), published=published,
                      date_line_at=line_at)
    article.dates = _dates(article)
    if article.published is None:
        # without a date line, the page is dated by the main event: the first full date
        lead = [d.iso for dates in article.dates[:LEAD_SENTENCES] for d in dates
                if d.iso and len(d.iso) == 10]
        if lead:
            article.published = published = lead[0]
            article.dates = _dates(article)
    article.names = find_mentions(article)
    body = "\n".join(s.text for s in article.sentences)
    self_ref = _SELF.search(body)
    article.self_reference = self_ref.group(0) if self_ref else None
    article.alliance_names = {m.text for m in alliance_rules.alliance_mentions(article)}

    main = alliance_rules.main_alliance(article)
    found_events = events(article, main_alliance=main)
    event_dates = [(e.evidence.start, e.date) for e in found_events
                   if e.evidence is not None and e.date]
    found_memberships = memberships(article, main=main, event_dates=event_dates)
    main = alliance_rules.main_alliance(article)  # initiators may have named one more
    figures = _figures(article, main, found_events)
    member_counts: dict[str, int] = {}
    for figure in figures:
        if figure.metric == Metric.MEMBERS and figure.subject and isinstance(figure.value, int):
            member_counts.setdefault(figure.subject, figure.value)
    facts = ArticleFacts(source=Source(title=title_hint or _title(text), published=published))
    facts.alliances = alliance_rules.alliances(article, member_counts=member_counts,
                                               founded=_founded(article, main))
    facts.organizations = organizations(article)
    facts.memberships = _one_name_each(found_memberships, alliance_rules.short_forms(article))
    facts.events = found_events
    if len(facts.alliances) == 1:  # an article about one alliance tells of its events
        for event in facts.events:
            event.alliance = event.alliance or facts.alliances[0].name
    facts.figures = figures
    countries = find_countries(body)
    facts.countries = sorted(countries, key=countries.__getitem__)
    found_people = people(article)
    named = {p.name for p in found_people}
    facts.people = found_people + [p for p in bylines(text) if p.name not in named]
    _cut_persons_out_of_names(facts)
    facts.awards = find_awards(article.sentences)
    facts.posts = find_posts(article.sentences, article.dates)
    facts.sites = find_sites(article.sentences, article.dates)
    facts.standards = find_standards(article.sentences, article.dates)
    facts.cooperation = find_cooperation(article.sentences, article.dates)
    facts.source.publisher = source_line(article)
    own = publisher(article, facts.memberships, title=facts.source.title)
    if own is not None:
        _name_the_publisher(facts, own)
    return facts


def _dates(article: Article) -> list[list[DateMention]]:
    """The dates of each sentence, resolved against the page's date."""
    today = article.published if article.published and len(article.published) == 10 else None
    return [find_dates(s.text, year=article.year, month=article.month, offset=s.start,
                       today=today) for s in article.sentences]


def _cut_persons_out_of_names(facts: ArticleFacts) -> None:
    """"孙某与黎明大学" read as one name: a person found since ends it at the conjunction."""
    persons = [p.name for p in facts.people if len(p.name) >= 2]
    renamed: dict[str, str] = {}
    for org in facts.organizations:
        for person in persons:
            at = org.name.find(person)
            rest = org.name[at + len(person):] if at >= 0 else ""
            if rest[:1] in ("与", "和", "及") and len(rest) > 2:
                renamed[org.name] = rest[1:]
    if not renamed:
        return
    kept: dict[str, Organization] = {}
    for org in facts.organizations:
        org.name = renamed.get(org.name, org.name)
        kept.setdefault(org.name, org)
    facts.organizations = list(kept.values())
    for m in facts.memberships:
        m.member = renamed.get(m.member, m.member)
    for p in facts.people:
        if p.organization:
            p.organization = renamed.get(p.organization, p.organization)


def _name_the_publisher(facts: ArticleFacts, own: str) -> None:
    """我校/我院/学校 become the publisher's name, and aliases of its organization."""
    facts.source.publisher = own
    said = [o.name for o in facts.organizations if is_self_reference(o.name)]
    facts.organizations = [o for o in facts.organizations if not is_self_reference(o.name)]
    record = next((o for o in facts.organizations if o.name == own), None)
    if record is None:
        record = Organization(name=own, kind=kind_of(own), country="CN")
        facts.organizations.append(record)
    record.aliases.extend(a for a in said if a not in record.aliases)
    for m in facts.memberships:
        if is_self_reference(m.member):
            m.member = own
    facts.memberships = _one_name_each(facts.memberships, {})
    for p in facts.people:
        if p.organization and is_self_reference(p.organization):
            p.organization = own


def _one_name_each(found: list[Membership], names: dict[str, str]) -> list[Membership]:
    """Memberships under each alliance's kept name, one per member, alliance and role."""
    out: dict[tuple[str, str, str], Membership] = {}
    for m in found:
        m.alliance = names.get(m.alliance, m.alliance)
        kept = out.setdefault((m.member, m.alliance, m.role), m)
        kept.since = kept.since or m.since
    return list(out.values())


def _title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    if not first or len(first) > TITLE_MAX_CHARS or "。" in first or is_page_chrome(first):
        return None
    return first


def _figures(article: Article, main: str | None, found_events: list[Event]) -> list[Figure]:
    """Figures with their subject (the alliance for members, else the event being told) and
    the date they hold at (the sentence's, the event's, else the page's)."""
    out: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    for index, sentence in enumerate(article.sentences):
        mentions = [m for m in article.names_in(sentence) if not m.internal]
        named = [m for m in mentions if m.text in article.alliance_names]
        told = sorted((e for e in found_events
                       if e.evidence and e.evidence.start <= sentence.start),
                      key=lambda e: e.evidence.start if e.evidence else 0)
        here = [e for e in told if e.evidence and e.evidence.start == sentence.start]
        opening = [m for m in mentions if m.start - sentence.start <= 2]
        # a sentence of its own subject ("青山学院已为…培训") rather than of the event told
        opening_verb = bool(opening) and bool(_OWN_DOING.search(sentence.text))
        own_dates = [d.iso for d in article.dates[index]
                     if d.iso and not is_starting_point(sentence.text, d.start - sentence.start,
                                                        d.end - sentence.start)]
        for figure in find_figures(sentence.text):
            key = (float(figure.value), figure.metric)
            if key in seen:
                continue
            seen.add(key)
            at = sentence.start + max(0, sentence.text.find(figure.text))
            if figure.metric == Metric.MEMBERS:
                nearest = min(named, key=lambda m: abs(m.start - at), default=None)
                figure.subject = nearest.text if nearest else main
            elif here:
                figure.subject = here[-1].name
            elif told and figure.metric in _ATTENDANCE and not opening_verb:
                figure.subject = told[-1].name  # who came to the event just told
            elif opening:  # "青山学院已为30个国家…": the sentence's subject
                figure.subject = opening[0].text
            elif named:
                figure.subject = named[0].text
            elif told:
                figure.subject = told[-1].name
            figure.as_of = (own_dates[0] if own_dates else
                            told[-1].date if told and told[-1].date else article.published)
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
