"""Reading the package's TSV data files (loaded once, cached)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def rows(name: str) -> Iterator[dict[str, str]]:
    """Yield the rows of ``vnadmin/data/<name>`` as dicts; ``#`` lines are comments and
    ``-`` stands for an empty cell."""
    text = resources.files("vnadmin").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    for ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) != len(header):
            raise RuntimeError(f"vnadmin/data/{name}: bad row {ln!r}")
        yield {k: ("" if v == "-" else v) for k, v in zip(header, cells, strict=True)}
