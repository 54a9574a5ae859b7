"""Importing articles: read (file, folder, stdin or URL), extract, plan, decide, apply.

Each article is read and its facts extracted outside any transaction; then
one `session_scope` builds its plan, asks `decide` (the CLI's prompt, review
or --yes), and applies it. A failure or an interrupt rolls that article back
and leaves every earlier article in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from tracker.articles import article_files
from tracker.db import session_scope
from tracker.errors import Conflict, InvalidInput, TrackerError
from tracker.extract import ArticleFacts, extract_document
from tracker.extract.reader import decode_bytes, read_path
from tracker.ingest.apply import ItemFailed, Outcome, apply_plan
from tracker.ingest.build import build_plan
from tracker.ingest.fetch import fetch_url, is_url
from tracker.ingest.plan import Plan
from tracker.ingest.resolve import FuzzyKeys

STDIN = "-"


@dataclass(frozen=True)
class Article:
    """One article's text and facts, and where it came from."""

    origin: str
    text: str
    facts: ArticleFacts
    url: str | None = None
    language: str | None = None  # the rule set that read it; None: no rule set reads it


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files, URLs and "-" as given; a folder becomes its article files, sorted by name."""
    found: list[str] = []
    for one in inputs:
        path = Path(one)
        if one != STDIN and not is_url(one) and path.is_dir():
            found.extend(str(p) for p in article_files(path))  # the files `extract` reads
        else:
            found.append(one)
    return found


def read_article(origin: str, *, allow_private_urls: bool = False) -> Article:
    """Read and extract one article; URLs are fetched within the limits of `fetch`
    (private and local addresses only when `allow_private_urls`)."""
    url = None
    if is_url(origin):
        fetched = fetch_url(origin, allow_private=allow_private_urls)
        document = decode_bytes(fetched.data)
        url = fetched.final_url
    else:
        document = read_path(origin)
    if not document.text.strip():
        raise InvalidInput("the article is empty")
    from tracker.extract.languages import detect_language

    return Article(origin, document.text, extract_document(document), url,
                   detect_language(document.text))


LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}


def unread_reason(article: Article) -> str | None:
    """Why nothing was read from the article, or None when something was.

    An article in a language no rule set reads gives empty facts; so may one a
    rule set reads but finds nothing in. Either way importing it would only store
    an empty source, so the plan says so and nothing is applied unless asked.
    """
    facts = article.facts
    if any((facts.organizations, facts.alliances, facts.memberships, facts.events,
            facts.figures, facts.people, facts.countries)):
        return None
    if article.language is None:
        return "no rule set reads this article's language, so nothing was read from it"
    name = LANGUAGE_NAMES.get(article.language, article.language)
    return f"the {name} rules read nothing from this article"


@dataclass
class Result:
    """One article's plan and, when it was applied, what applying did."""

    origin: str
    plan: Plan | None = None
    outcome: Outcome | None = None
    error: TrackerError | None = None


Decide = Callable[[Plan], bool]
# after an item failed to apply: whether to try the (changed) plan again
Retry = Callable[[Plan, ItemFailed], bool]


def import_article(engine: Engine, article: Article, decide: Decide, actor: str,
                   command: str, *, allow_empty: bool = False,
                   fuzzy_keys: FuzzyKeys | None = None, retry: Retry | None = None,
                   lock_first: bool = True) -> Result:
    """Plan one article and, if `decide` says so, apply it in one transaction.

    An article nothing was read from is not applied (not even asked about)
    unless `allow_empty`: its plan's `unread` says why. When an item fails to
    apply, the transaction is rolled back and `retry` (the reviewer, who may have
    skipped or edited the item) says whether to apply the same plan again in a new
    one; the plan keeps every decision made on it. Without `retry` the failure,
    naming the item, is the article's error.
    """
    plan: Plan | None = None
    try:
        # lock_first: concurrent imports of one article serialize (SQLite: the write lock
        # from the start; PostgreSQL: a lock on the article's hash taken by the plan), so one
        # imports it and the others find it imported ("unchanged"). Not while a person
        # answers questions: on SQLite that would hold every other writer for minutes
        with session_scope(engine, writes=lock_first, actor=actor, command=command) as session:
            plan = build_plan(session, article.facts, article.text, article.origin,
                              article.url, fuzzy_keys)
            plan.unread = unread_reason(article)
            if plan.unread and not allow_empty and plan.changes_anything():
                return Result(article.origin, plan)
            if not decide(plan):
                return Result(article.origin, plan)
            if lock_first:
                outcome = apply_plan(session, plan)
                return Result(article.origin, plan, outcome)
        # the person has answered: the writes go in a transaction begun now (on SQLite a
        # transaction that read before another command wrote could not write at all)
        with session_scope(engine, writes=True, actor=actor, command=command) as session:
            outcome = apply_plan(session, plan)
        return Result(article.origin, plan, outcome)
    except ItemFailed as failure:  # raised through session_scope: its writes are rolled back
        if retry is None or plan is None:
            raise
        failed = failure
    while retry(plan, failed):
        try:
            with session_scope(engine, writes=True, actor=actor, command=command) as session:
                outcome = apply_plan(session, plan)
            return Result(article.origin, plan, outcome)
        except ItemFailed as failure:
            failed = failure
    raise failed


@dataclass
class Summary:
    """Totals over every article of one run."""

    articles: int = 0
    imported: int = 0
    unchanged: int = 0
    not_applied: int = 0
    created: int = 0
    matched: int = 0
    conflicts: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def add(self, result: Result) -> None:
        self.articles += 1
        if result.error is not None:
            self.failed.append((result.origin, str(result.error)))
        elif result.outcome is None:
            self.not_applied += 1
        elif result.outcome.unchanged:
            self.unchanged += 1
        else:
            self.imported += 1
            self.created += result.outcome.created
            self.matched += result.outcome.matched
            self.conflicts += result.outcome.conflicts
            self.skipped += result.outcome.skipped

    def to_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["failed"] = [{"origin": o, "error": e} for o, e in self.failed]
        return data


def import_all(engine: Engine, inputs: list[str], decide: Decide, actor: str,
               command: str, *, allow_empty: bool = False,
               retry: Retry | None = None, allow_private_urls: bool = False,
               lock_first: bool = True) -> Iterator[Result]:
    """Import each input in turn; a failing article yields a Result with its error."""
    fuzzy_keys = FuzzyKeys()  # the names read once for the whole run, topped up per article
    for origin in inputs:
        try:
            article = read_article(origin, allow_private_urls=allow_private_urls)
            yield import_article(engine, article, decide, actor, command,
                                 allow_empty=allow_empty, fuzzy_keys=fuzzy_keys, retry=retry,
                                 lock_first=lock_first)
        except TrackerError as error:
            yield Result(origin, error=error)
        except SQLAlchemyError as error:
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            yield Result(origin, error=Conflict(f"the database refused the change: {reason}"))
