"""Start-up stays cheap: a command builds only its own group, parses plain values
without pydantic, and help pages load no renderer they do not use."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer._coercion import build_runtime_param
from typer.core import _TyperParameter

from tracker.cli.coercion import PlainRuntimeParam
from tracker.cli.main import app

RUN_AND_LIST_MODULES = """
import sys
from tracker.cli.main import app
try:
    app(sys.argv[1:], prog_name="tracker")
except SystemExit:
    pass
print("loaded:" + ",".join(m for m in WATCHED if m in sys.modules), file=sys.stderr)
"""


def _modules_loaded(args: list[str], watched: tuple[str, ...]) -> list[str]:
    """The watched modules a run of `tracker *args` imported."""
    code = f"WATCHED = {watched!r}\n{RUN_AND_LIST_MODULES}"
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("loaded:"), result.stderr
    return [m for m in last.removeprefix("loaded:").split(",") if m]


def test_a_command_on_sqlite_loads_neither_pydantic_nor_the_postgresql_dialect(tmp_path):
    url = f"sqlite:///{tmp_path / 'startup.sqlite'}"
    watched = (
        "pydantic",
        "sqlalchemy.dialects.postgresql",
        "typer.rich_utils",
        "tracker.cli.event",
    )
    # the first run migrates the new file; the second is an ordinary command
    assert subprocess.run(
        [sys.executable, "-m", "tracker", "--db", url, "org", "add", "Kumasi Technical University"],
        capture_output=True,
        check=True,
    )
    loaded = _modules_loaded(
        ["--db", url, "org", "add", "Lusaka Polytechnic", "--kind", "college", "-a", "LP"],
        watched,
    )
    assert loaded == []


def test_help_loads_no_markdown_or_syntax_renderer_and_no_pydantic():
    watched = ("rich.markdown", "markdown_it", "rich.syntax", "pygments", "pydantic", "sqlalchemy")
    assert _modules_loaded(["--help"], watched) == []
    assert _modules_loaded(["org", "add", "--help"], watched) == []


def test_the_real_renderers_are_still_there_for_whoever_imports_them():
    code = (
        "from tracker.cli.light_help import import_typer_help\n"
        "import_typer_help()\n"
        "from rich.markdown import Markdown\n"
        "from rich.traceback import Traceback\n"
        "import typer.rich_utils as r\n"
        "assert Markdown.__module__ == 'rich.markdown' and Traceback.__module__ == 'rich.traceback'\n"
        "assert isinstance(r.Markdown('# a'), Markdown)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == "ok\n", result.stderr


def _param(path: tuple[str, ...], name: str) -> _TyperParameter:
    command = typer.main.get_command(app)
    for word in path:
        command = command.get_command(None, word)  # type: ignore[attr-defined]
    return next(p for p in command.params if p.name == name)  # type: ignore[return-value]


def _coerced(runtime, value, param):  # type: ignore[no-untyped-def]
    """What a runtime parameter makes of `value`: the value, or the error message."""
    try:
        return ("value", runtime._coerce_value(value, param=param, ctx=None))
    except typer.BadParameter as error:
        return ("error", error.format_message())


CASES = [
    # (command path, parameter, values given on a command line)
    (("log",), "row", ["7", "-3", "+4", "007", "1_0", " 5", "x", "", "3.0", "٣"]),
    (("log",), "limit", ["1", "0", "-1", "50", "ten"]),  # bounded below: 0 is Typer's error
    (("report", "yearly"), "year", ["2023", "2023年", "２０２３", "1066", "x", ""]),  # own parser
    (("org", "add"), "name", ["Lusaka Polytechnic", "", "Ölçü Koleji", "技术学院"]),
    (("org", "add"), "alias", [("LP",), ("LP", "Lusaka Poly"), ()]),
    (("org", "add"), "home", [True, False]),
]


@pytest.mark.parametrize(
    ("path", "name", "values"), CASES, ids=[f"{' '.join(p)} --{n}" for p, n, _ in CASES]
)
def test_plain_parameters_coerce_exactly_as_typer_does(path, name, values):
    param = _param(path, name)
    typers_own = build_runtime_param(param.type_descriptor)
    used = param.get_runtime_param()  # the short way or Typer's own, as a run would pick
    for value in values:
        assert _coerced(used, value, param) == _coerced(typers_own, value, param), value


def test_only_plain_parameters_take_the_short_way():
    for path, name in ((("log",), "row"), (("log",), "limit"), (("report", "yearly"), "year")):
        assert isinstance(_param(path, name).get_runtime_param(), PlainRuntimeParam), name
    for path, name in ((("extract",), "paths"), (("country", "list"), "lang")):
        assert not isinstance(_param(path, name).get_runtime_param(), PlainRuntimeParam), name


def test_a_group_builds_only_the_command_asked_for():
    from typer.models import TyperInfo

    from tracker.cli import org
    from tracker.cli.lazy import BuildSettings, LazyCommands, build_group

    settings = BuildSettings(
        pretty_exceptions_short=True, rich_markup_mode="rich", suggest_commands=True
    )
    group = build_group(TyperInfo(org.app, name="org"), settings)
    commands = group.commands
    assert isinstance(commands, LazyCommands)
    assert {"add", "list", "alias"} <= set(commands)  # all listed, none built yet
    assert commands._built == {}
    add = group.get_command(None, "add")  # type: ignore[arg-type]
    assert add is not None and [p.name for p in add.params][0] == "name"
    assert set(commands._built) == {"add"}
    assert group.get_command(None, "no-such-command") is None  # type: ignore[arg-type]


def test_the_collector_is_held_only_between_the_entry_and_the_engine():
    import gc

    from tracker.cli import collector

    usual = gc.get_threshold()
    frozen = gc.get_freeze_count()
    collector.release()  # never held (as under a test runner): nothing happens
    assert gc.get_threshold() == usual and gc.get_freeze_count() == frozen
    collector.hold()
    try:
        assert collector.held()
        assert gc.get_threshold() == (collector.HELD_THRESHOLD, *usual[1:])
        collector.hold()  # twice is once
    finally:
        collector.release()
    assert not collector.held() and gc.get_threshold() == usual
    assert gc.get_freeze_count() >= frozen
    gc.unfreeze()


COLLECTOR_AFTER_RUN = """
import atexit, gc, sys
from tracker.cli import collector
from tracker.cli.main import run
atexit.register(lambda: print(f"held={collector.held()} threshold={gc.get_threshold()[0]}", file=sys.stderr))
sys.argv[0] = "tracker"
run()
"""


def test_a_command_on_a_database_collects_as_usual_once_started(tmp_path):
    url = f"sqlite:///{tmp_path / 'collector.sqlite'}"
    result = subprocess.run(
        [sys.executable, "-c", COLLECTOR_AFTER_RUN, "--db", url, "org", "add", "Accra Polytechnic"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    import gc

    assert result.stderr.splitlines()[-1] == f"held=False threshold={gc.get_threshold()[0]}"


def test_a_root_built_again_reuses_its_groups_and_their_commands():
    # Typer's test runner builds the root on every invoke; the groups are built once
    first, again = typer.main.get_command(app), typer.main.get_command(app)
    assert first is not again
    org = first.get_command(None, "org")  # type: ignore[attr-defined]
    assert org is not None and again.get_command(None, "org") is org  # type: ignore[attr-defined]
    assert org.get_command(None, "add") is again.get_command(None, "org").get_command(None, "add")  # type: ignore[attr-defined]


def test_the_root_help_lists_its_groups_without_importing_them():
    groups = tuple(f"tracker.cli.{name}" for name in ("org", "event", "report", "member", "db"))
    assert _modules_loaded(["--help"], groups) == []
    assert _modules_loaded(["org", "--help"], groups) == ["tracker.cli.org"]


def test_each_group_listed_by_its_help_has_that_help_when_built():
    from tracker.cli.lazy import BuildSettings
    from tracker.cli.main import ROOT

    settings = BuildSettings(
        pretty_exceptions_short=True, rich_markup_mode="rich", suggest_commands=True
    )
    listed = [entry for entry in ROOT if entry.help is not None]
    assert len(listed) >= 10
    for entry in listed:
        assert entry.listing().help == entry.build(settings).help == entry.help, entry.name
