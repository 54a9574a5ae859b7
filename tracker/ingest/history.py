"""A membership's role history as one article tells it: which stated roles become terms.

Pure: roles are compared by the vocabulary's rank (lower is the higher office),
dates are partial dates. The rules follow the text and invent nothing:

- a role stated twice is one term; its dated statement wins over an undated one,
  the earliest date over a later one;
- dated terms run in date order; where two roles start on the same date the
  higher one is the term (the lower is implied by it);
- an undated role is never placed before a dated one: it comes last, and only
  when it is higher than every dated role (a lower undated role, such as the
  "member" every higher role implies, adds nothing); of several, the highest;
- nothing here ends a term: the apply step ends a term only where a later
  dated role starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from tracker.dates import PartialDate
from tracker.vocab import role_rank as rank

T = TypeVar("T")


@dataclass(frozen=True)
class Claim(Generic[T]):
    """One role the article states for a membership, with what it came from."""

    role: str
    since: PartialDate | None
    origin: T


@dataclass
class History(Generic[T]):
    """The terms to record, in order, and the claims left out with the reason."""

    terms: list[Claim[T]] = field(default_factory=list)
    left_out: list[tuple[Claim[T], str]] = field(default_factory=list)

    @property
    def joined(self) -> PartialDate | None:
        """The membership's joining date: its first term's start."""
        return self.terms[0].since if self.terms else None


def role_history(claims: Sequence[Claim[T]]) -> History[T]:
    """The terms `claims` make, undated ones last; see the module's rules."""
    history: History[T] = History()
    by_role: dict[str, Claim[T]] = {}
    for claim in claims:
        held = by_role.get(claim.role)
        if held is None:
            by_role[claim.role] = claim
        elif _earlier(claim, held):
            by_role[claim.role] = claim
            history.left_out.append((held, _restated(claim)))
        else:
            history.left_out.append((claim, _restated(held)))
    dated = sorted((c for c in by_role.values() if c.since is not None),
                   key=lambda c: (c.since.first_day, rank(c.role)))  # type: ignore[union-attr]
    for claim in dated:
        last = history.terms[-1] if history.terms else None
        if last is not None and last.since == claim.since:
            history.left_out.append(
                (claim, f"{last.role} starts the same day and is the higher role"))
            continue
        history.terms.append(claim)
    undated = sorted((c for c in by_role.values() if c.since is None), key=lambda c: rank(c.role))
    top = min((rank(c.role) for c in history.terms), default=None)
    for number, claim in enumerate(undated):
        if number > 0:
            history.left_out.append((claim, f"undated, and {undated[0].role} is higher"))
        elif top is not None and rank(claim.role) >= top:
            highest = min(history.terms, key=lambda c: rank(c.role))
            history.left_out.append(
                (claim, f"undated, and implied by {highest.role} from {highest.since}"))
        else:
            history.terms.append(claim)
    return history


def _earlier(claim: Claim[T], held: Claim[T]) -> bool:
    """Whether `claim` dates the role better than `held`: dated over undated, earlier first."""
    if claim.since is None:
        return False
    return held.since is None or claim.since.first_day < held.since.first_day


def _restated(kept: Claim[T]) -> str:
    when = f"from {kept.since}" if kept.since else "undated"
    return f"the same role is recorded {when}"
