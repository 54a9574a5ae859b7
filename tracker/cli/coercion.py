"""Argument coercion without pydantic for the plain parameters nearly every command has.

Typer (0.29) coerces every parameter through a pydantic `TypeAdapter`; the first
parameter of a command imports pydantic and builds adapters, 80-150 ms of every
run of `tracker org add X` for values that are already strings. Here a `str`,
`bool`, `list[str]` or `int` parameter, or one with its own parser, takes the
short way when its value is already of that form (an int inside its bounds, a
value its parser accepts); anything else (an enum, a path, a value that is not
a decimal integer or is out of bounds) goes through Typer's own adapter, so
its messages for bad input are Typer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, get_origin

from typer import _click as click
from typer._coercion import RuntimeParam, build_runtime_param
from typer.core import _TyperParameter

_DECIMAL = re.compile(r"[+-]?[0-9]+")


@dataclass(frozen=True)
class PlainRuntimeParam(RuntimeParam):
    """A str, bool, list[str] or int parameter, or one with its own parser: values of
    that form pass without pydantic."""

    def _coerce_value(self, value: Any, param: Any, ctx: click.Context) -> Any:
        info = self.parameter_info
        if info.parser is not None:
            try:
                return info.parser(value)  # its own errors (BadParameter) pass through as in Typer
            except (ValueError, AssertionError):
                pass  # pydantic turns these into Typer's message
        else:
            plain = _plain(self.annotation, value)
            if plain is not None and _within(plain, info.min, info.max):
                return plain
        # anything unusual: Typer's adapter decides, with Typer's messages
        full = build_runtime_param(param.type_descriptor)
        return full._coerce_value(value, param=param, ctx=ctx)


def _plain(annotation: Any, value: Any) -> Any:
    """The coerced value when it needs no validation, else None."""
    if annotation is str:
        return value if isinstance(value, str) else None
    if annotation is bool:  # a flag (--help among them) that was not given
        return value if isinstance(value, bool) else None
    if annotation is int:
        if isinstance(value, str) and _DECIMAL.fullmatch(value):
            return int(value)
        return value if type(value) is int else None
    if annotation == list[str] and isinstance(value, (list, tuple)):
        return list(value) if all(isinstance(item, str) for item in value) else None
    return None


def _within(value: Any, low: Any, high: Any) -> bool:
    """Inside an int option's bounds (outside: Typer's message)."""
    if type(value) is not int:
        return True
    return (low is None or value >= low) and (high is None or value <= high)


def _is_plain(param: _TyperParameter) -> bool:
    descriptor = param.type_descriptor
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.clamp:
        return False
    if info.parser is not None:  # Typer hands the value to the parser and keeps its result
        return get_origin(descriptor.annotation) not in (list, tuple)
    return descriptor.annotation in (str, bool, int) or descriptor.annotation == list[str]


def install() -> None:
    """Give Typer's parameters the short way for plain values (once, at import of the CLI)."""
    if getattr(_TyperParameter.get_runtime_param, "tracker_plain", False):
        return
    typers_own = _TyperParameter.get_runtime_param

    def get_runtime_param(self: _TyperParameter) -> RuntimeParam:
        if self._runtime_param is None and _is_plain(self):
            self._runtime_param = PlainRuntimeParam(
                parameter_info=self.type_descriptor.parameter_info,
                annotation=self.type_descriptor.annotation,
            )
        return typers_own(self)

    get_runtime_param.tracker_plain = True  # type: ignore[attr-defined]
    _TyperParameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign]
