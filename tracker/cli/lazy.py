"""The root's command groups, each built by Typer only when it is asked for.

Typer builds the whole command tree (every command's parameters, from their
annotations) before it parses a word: 60-150 ms on each run, of which a run of
`tracker org add X` needs one group. `LazyCommands` stands where the root
group keeps its commands and builds a group on first use; the root's help
only lists the groups, which it does from each sub-app's own help text.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass

from typer import _click as click
from typer.core import TyperGroup
from typer.main import get_group_from_info, solve_typer_info_help
from typer.models import TyperInfo


@dataclass(frozen=True)
class LazyGroup:
    """A command group of the root: its name and the module whose `app` it is."""

    name: str
    module: str

    def info(self) -> TyperInfo:
        """What `root.add_typer(app, name=name)` would have registered."""
        return TyperInfo(importlib.import_module(self.module).app, name=self.name)

    def build(self, root: TyperGroup, *, pretty_exceptions_short: bool) -> click.Command:
        """The group, built as Typer builds a sub-app of `root`."""
        return get_group_from_info(
            self.info(),
            pretty_exceptions_short=pretty_exceptions_short,
            rich_markup_mode=root.rich_markup_mode,
            suggest_commands=root.suggest_commands,
        )

    def listing(self) -> click.Command:
        """A stand-in that carries what the root's help shows of a group: name and help."""
        return TyperGroup(name=self.name, help=solve_typer_info_help(self.info()))


class LazyCommands(MutableMapping[str, click.Command]):
    """A command mapping: the commands Typer built and the groups built on first use."""

    def __init__(
        self,
        root: TyperGroup,
        lazy: tuple[LazyGroup, ...],
        *,
        order: tuple[str, ...],
        pretty_exceptions_short: bool,
    ) -> None:
        self._root = root
        self._built = dict(root.commands)
        self._lazy = {group.name: group for group in lazy if group.name not in self._built}
        self._pretty_exceptions_short = pretty_exceptions_short
        self._order = order  # the names as the root's help lists them; others follow
        self.listing = False  # True while the root's help lists its commands

    def __getitem__(self, name: str) -> click.Command:
        if name in self._built:
            return self._built[name]
        group = self._lazy[name]
        if self.listing:
            return group.listing()
        self._built[name] = command = group.build(
            self._root, pretty_exceptions_short=self._pretty_exceptions_short
        )
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        self._built.pop(name, None)
        self._lazy.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        known = self._lazy.keys() | self._built.keys()
        yield from (name for name in self._order if name in known)
        yield from (name for name in [*self._lazy, *self._built] if name not in self._order)

    def __len__(self) -> int:
        return len(self._lazy.keys() | self._built.keys())
