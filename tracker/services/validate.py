"""Checks on user-typed values, raising InvalidInput with a message that names the field."""

from __future__ import annotations

import enum
from typing import TypeVar

from tracker.config import MAX_NAME_LENGTH
from tracker.errors import InvalidInput

E = TypeVar("E", bound=enum.StrEnum)


def required_text(value: str | None, field: str, limit: int = MAX_NAME_LENGTH) -> str:
    """Stripped text that is neither empty nor longer than `limit`."""
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"the {field} is empty")
    return optional_text(text, field, limit) or text


def optional_text(value: str | None, field: str, limit: int = MAX_NAME_LENGTH) -> str | None:
    """Stripped text or None; refuses text over `limit` characters."""
    if value is None:
        return None
    text = value.strip()
    if len(text) > limit:
        raise InvalidInput(f"the {field} is {len(text)} characters long; the limit is {limit}")
    if any(ord(char) < 32 and char not in "\t\n" for char in text):
        raise InvalidInput(f"the {field} contains control characters")
    return text or None


def choice(enum_class: type[E], value: str | None, field: str) -> E | None:
    """The enum member named by `value` (case- and dash-insensitive), or None."""
    if value is None:
        return None
    wanted = value.strip().lower().replace("-", "_").replace(" ", "_")
    for member in enum_class:
        if member.value == wanted:
            return member
    allowed = ", ".join(member.value for member in enum_class)
    raise InvalidInput(f"unknown {field} '{value}'; choose one of: {allowed}")


def non_negative(value: int | None, field: str) -> int | None:
    if value is not None and value < 0:
        raise InvalidInput(f"the {field} cannot be negative ({value})")
    return value
