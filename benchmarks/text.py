"""Benchmark vnadmin.text against a line-scanning baseline, measured in the same run.

For the seed report (examples/seed-report.txt) and for the whole shared corpus
(../shared/corpus/*.txt, skipped when absent):

- ``loads``: ``vnadmin.text.loads(text)`` (lines → blocks → shared recogniser → model,
  with citation finding);
- ``dumps``: ``vnadmin.text.dumps(doc)`` of the document read;
- the share of ``loads`` spent finding citations (``find_citations_each`` over the texts
  of each document's paragraphs, preamble lines and footnotes, as the reader calls it),
  measured separately on the same texts, and the share spent
  turning lines into blocks (``vnadmin.text.lines.text_blocks``);
- baseline: ``text.splitlines()`` and one compiled ``re.match`` per line over the same
  text — the least any line-oriented reader has to do.

Each figure is the best of ``--repeat`` runs (``loads`` and the baseline take turns, each
going first in every other round, so that each runs just after the other's work); ratios
are against the baseline of the same text in the same run. A first reading, with the
citation finder's caches emptied before it (as in a process that has read nothing yet), is
printed below it. Target (issue 4): ``loads`` at most 15× the baseline. The script
prints figures and never asserts them.

    python benchmarks/text.py [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from rounds import alternate, clear_reading_caches

import vnadmin
from vnadmin.citations import find_citations_each
from vnadmin.text.lines import text_blocks

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-report.txt"
CORPUS = ROOT.parent / "shared" / "corpus"

_LINE = re.compile(r"\s*(?:Số|[IVX]+\.|\d+\.|[a-zđ]\)|[-+]\s)")


def baseline(text: str) -> int:
    n = 0
    for line in text.splitlines():
        if _LINE.match(line):
            n += 1
    return n


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def interleaved(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The best times of ``a`` and ``b`` over ``repeat`` rounds taken in turns."""
    times_a, times_b = alternate(a, b, repeat)
    return min(times_a), min(times_b)


def measure(name: str, texts: list[str], repeat: int) -> None:
    docs = [vnadmin.text.loads(t) for t in texts]  # warm caches (regexes, registries)
    base, load = interleaved(
        lambda: [baseline(t) for t in texts], lambda: [vnadmin.text.loads(t) for t in texts], repeat
    )
    alone = best(lambda: [baseline(t) for t in texts], repeat)
    dump = best(lambda: [vnadmin.text.dumps(d) for d in docs], repeat)
    # the reader's citation pass: one find_citations_each per document over the texts of
    # its paragraphs and footnotes
    prose = [
        [p.text for p in d.preamble.bases] + [p.text for p in d.paragraphs()] + [f.text for f in d.footnotes]
        for d in docs
    ]
    # The rounds above find the citation finder's caches (parsed numbers, folded words,
    # dates) warm from the round before; a process reading these texts for the first time
    # pays for filling them.
    colds = []
    for _ in range(min(3, repeat)):
        clear_reading_caches()
        colds.append(best(lambda: [vnadmin.text.loads(t) for t in texts], 1))
    cold = min(colds)
    cites = best(lambda: [find_citations_each(ts) for ts in prose], repeat)
    lines = best(lambda: [text_blocks(t) for t in texts], repeat)
    size = sum(len(t) for t in texts)
    print(f"{name}: {len(texts)} text(s), {size:,} characters")
    print(f"  baseline (splitlines + re.match per line): {base * 1000:9.2f} ms")
    print(f"  loads:                                     {load * 1000:9.2f} ms   {load / base:6.1f}× baseline (target ≤ 15×)")
    print(f"    (the baseline timed alone, warm from its own previous run: {alone * 1000:.2f} ms; "
          f"loads is {load / alone:.1f}× that)")
    print(f"    first reading (caches cleared):          {cold * 1000:9.2f} ms   {cold / base:6.1f}× baseline")
    print(f"    of which citations (find_citations_each):  {cites * 1000:9.2f} ms   the rest {(load - cites) / base:6.1f}× baseline")
    print(f"    of which lines → blocks:                 {lines * 1000:9.2f} ms   {lines / base:6.1f}× baseline")
    print(f"  dumps:                                     {dump * 1000:9.2f} ms   {dump / base:6.1f}× baseline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    measure("seed", [SEED.read_text(encoding="utf-8")], args.repeat * 4)
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if files:
        measure("corpus", [p.read_text(encoding="utf-8") for p in files], args.repeat)
    else:
        print("corpus: ../shared/corpus is absent, skipped")


if __name__ == "__main__":
    main()
