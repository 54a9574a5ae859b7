"""`tracker extract`: read news articles and print the facts they state."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders; - for stdin.")],
    json_lines: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
) -> None:
    """Extract the facts of news articles (placeholder until the extractor lands)."""
    raise NotImplementedError
