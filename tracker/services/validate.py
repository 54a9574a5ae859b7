"""Checks on user-typed values, raising InvalidInput with a message that names the field."""

from __future__ import annotations

import enum
from typing import TypeVar

from tracker.config import MAX_NAME_LENGTH
from tracker.errors import InvalidInput
from tracker.names import name_key

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
    """The enum member named by `value`, or None: its code (case- and dash-insensitive) or
    its label in the vocabulary, English or Chinese ("forum", "Forum", "论坛")."""
    if value is None:
        return None
    wanted = value.strip().lower().replace("-", "_").replace(" ", "_")
    for member in enum_class:
        if member.value == wanted:
            return member
    labels = _labels(enum_class)
    key = name_key(value)
    for member, words in labels.items():
        if key and key in {name_key(word) for word in words}:
            return member
    allowed = ", ".join(member.value for member in enum_class)
    chinese = ", ".join(words[1] for words in labels.values())
    also = f"; or in Chinese: {chinese}" if chinese else ""
    raise InvalidInput(f"unknown {field} '{value}'; choose one of: {allowed}{also}")


def _labels(enum_class: type[E]) -> dict[E, tuple[str, str]]:
    """Each member's English and Chinese label; empty for a vocabulary without labels."""
    from tracker.vocab import label

    try:
        return {member: (label(member, "en"), label(member, "zh")) for member in enum_class}
    except KeyError:  # the model's own vocabularies (alias kinds) have no labels
        return {}


def non_negative(value: int | None, field: str) -> int | None:
    if value is not None and value < 0:
        raise InvalidInput(f"the {field} cannot be negative ({value})")
    return value
