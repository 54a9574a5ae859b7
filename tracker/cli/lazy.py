"""Command groups whose commands Typer builds only when they are asked for.

Typer builds the whole command tree (every command's parameters, from their
annotations) before it parses a word: 60-150 ms of each run, of which a run of
`tracker org add X` needs three nodes (the root, `org`, `add`). Here each group
keeps its commands in a `LazyCommands` mapping that builds a command or a
sub-group, with Typer's own functions, the first time it is looked up. The
root's help lists its commands from their help texts alone (`listing`).
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import typer
from typer import _click as click
from typer.core import TyperCommand, TyperGroup
from typer.main import (
    get_command_from_info,
    get_command_name,
    get_group_from_info,
    solve_typer_info_help,
)
from typer.models import CommandInfo, TyperInfo

Builder = Callable[[], click.Command]


@dataclass(frozen=True)
class BuildSettings:
    """What Typer passes down when it builds a tree (taken from the root app)."""

    pretty_exceptions_short: bool
    rich_markup_mode: Any
    suggest_commands: bool


@dataclass(frozen=True)
class RootEntry:
    """A command of the root: `attribute` of `module` is a Typer app or a command function.

    `help`, when given, is the group's help: the root's help page lists it without
    importing the module.
    """

    name: str
    module: str
    attribute: str = "app"
    help: str | None = None

    def target(self) -> Any:
        return getattr(importlib.import_module(self.module), self.attribute)

    def build(self, settings: BuildSettings) -> click.Command:
        """The command, built as if registered with `add_typer` / `command` (imports its module)."""
        target = self.target()
        if isinstance(target, typer.Typer):
            return build_group(TyperInfo(target, name=self.name), settings)
        return _build_command(CommandInfo(name=self.name, callback=target), settings)

    def listing(self) -> click.Command:
        """A stand-in carrying what the root's help shows of this entry: name and help."""
        if self.help is not None:
            return TyperGroup(name=self.name, help=self.help, short_help=_summary(self.help))
        target = self.target()
        if isinstance(target, typer.Typer):
            help_text = solve_typer_info_help(TyperInfo(target)) or ""
            return TyperGroup(name=self.name, help=help_text, short_help=_summary(help_text))
        help_text = inspect.getdoc(target) or ""
        return TyperCommand(name=self.name, help=help_text, short_help=_summary(help_text))


def _summary(help_text: str) -> str:
    """The first paragraph on one line: rich help keeps a docstring's line breaks, and the
    root's listing should wrap the summary to the terminal instead."""
    return " ".join(help_text.split("\n\n")[0].split())


@functools.cache
def build_once(entry: RootEntry, settings: BuildSettings) -> click.Command:
    """`entry.build(settings)`, kept for the process: a caller that builds the root again
    (Typer's test runner does on every invoke) reuses the groups already built."""
    return entry.build(settings)


def _build_command(info: CommandInfo, settings: BuildSettings) -> click.Command:
    return get_command_from_info(
        info,
        pretty_exceptions_short=settings.pretty_exceptions_short,
        rich_markup_mode=settings.rich_markup_mode,
    )


def build_group(info: TyperInfo, settings: BuildSettings) -> TyperGroup:
    """Typer's group for `info` (callback, options, help), its commands built on first use."""
    app = info.typer_instance
    assert app is not None
    shell = copy.copy(app)  # the group itself, without its commands
    shell.registered_commands = []
    shell.registered_groups = []
    shell_info = copy.copy(info)
    shell_info.typer_instance = shell
    group = get_group_from_info(
        shell_info,
        pretty_exceptions_short=settings.pretty_exceptions_short,
        rich_markup_mode=settings.rich_markup_mode,
        suggest_commands=settings.suggest_commands,
    )
    builders: dict[str, Builder] = {}
    for command in app.registered_commands:
        assert command.callback is not None
        name = command.name or get_command_name(command.callback.__name__)
        builders[name] = functools.partial(_build_command, command, settings)
    for sub in app.registered_groups:
        if isinstance(sub.name, str):
            builders[sub.name] = functools.partial(build_group, sub, settings)
        else:  # a sub-app added without a name merges its commands here (Typer's rule)
            merged = build_group(sub, settings).commands
            builders.update({n: functools.partial(merged.__getitem__, n) for n in merged})
    group.commands = LazyCommands(builders)
    return group


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands: each built by its builder when first looked up, then kept."""

    def __init__(
        self,
        builders: dict[str, Builder],
        *,
        built: MutableMapping[str, click.Command] | None = None,
        listings: dict[str, Callable[[], click.Command]] | None = None,
    ) -> None:
        self._builders = dict(builders)  # in the order help lists them
        self._built = dict(built or {})
        self._listings = listings or {}
        self.listing = False  # True while the root's help lists its commands

    def __getitem__(self, name: str) -> click.Command:
        if name in self._built:
            return self._built[name]
        builder = self._builders[name]
        if self.listing and name in self._listings:
            return self._listings[name]()
        self._built[name] = command = builder()
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        self._built.pop(name, None)
        self._builders.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        yield from self._builders
        yield from (name for name in self._built if name not in self._builders)

    def __len__(self) -> int:
        return len(self._builders.keys() | self._built.keys())
