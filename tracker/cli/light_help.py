"""Help pages without loading the renderers they never use.

Typer's help module (`typer.rich_utils`) imports rich's Markdown renderer
(with markdown-it) and rich's traceback renderer (with pygments) at its top:
half the time of `tracker --help`. Our help is written in rich markup, not
Markdown, and pretty tracebacks are off; so while Typer's help module loads,
these two names are stand-ins that load the real class the first time one is
used. The real modules are not replaced: anyone importing them gets them.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

from typer.core import TyperCommand, TyperGroup

# module -> the one name typer.rich_utils takes from it
DEFERRED = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


class _Deferred(type):
    """The class of a stand-in: its attributes are the real class's."""

    real_module: str

    def real(cls) -> Any:
        return getattr(importlib.import_module(cls.real_module), cls.__name__)

    def __getattr__(cls, name: str) -> Any:  # Traceback.from_exception and the like
        return getattr(cls.real(), name)


def _stand_in(module: str, name: str) -> type:
    def __new__(cls: _Deferred, *args: Any, **kwargs: Any) -> Any:
        return cls.real()(*args, **kwargs)

    return _Deferred(name, (), {"__new__": __new__, "real_module": module})


def import_typer_help() -> None:
    """Import `typer.rich_utils` with stand-ins for the renderers it does not need here."""
    if "typer.rich_utils" in sys.modules:
        return
    standing_in = [module for module in DEFERRED if module not in sys.modules]
    for module in standing_in:
        stand_in = types.ModuleType(module)
        setattr(stand_in, DEFERRED[module], _stand_in(module, DEFERRED[module]))
        sys.modules[module] = stand_in
    try:
        importlib.import_module("typer.rich_utils")
    finally:
        for module in standing_in:
            del sys.modules[module]  # a later import loads the real module


def _flags_without_a_type(params: list[Any]) -> None:
    """Rich help shows every option's type; a flag takes no value, so its `<bool>` only
    misleads. An empty metavar (click's label for an option's value, which a flag never
    shows elsewhere) shows none; --help among them, which click makes on demand."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""


def install() -> None:
    """Route every help page through `import_typer_help` first, its flags shown without a type."""
    for cls in (TyperCommand, TyperGroup):
        typers_own = cls.format_help
        if getattr(typers_own, "tracker_light", False):
            continue

        def format_help(self: Any, ctx: Any, formatter: Any, own: Any = typers_own) -> None:
            import_typer_help()
            _flags_without_a_type(self.get_params(ctx))
            own(self, ctx, formatter)

        format_help.tracker_light = True  # type: ignore[attr-defined]
        cls.format_help = format_help  # type: ignore[method-assign]
