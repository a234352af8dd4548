"""Benchmark vnadmin.find_citations against one regex pass, measured in the same run.

Bodies of prose of at least 5 MB are built by repeating real text: the seed report
(examples/seed-report.txt, always there) and, when ../shared/corpus is present, the text
files of the real-document corpus (OCR, pdftotext layout, pandoc markdown and one NFD file).
On each body the script times

- ``vnadmin.find_citations(text)`` — every citation fully parsed (type, number, date,
  issuer, pinpoint, span);
- the baseline: one ``re.finditer`` pass with a simple number/symbol pattern
  (``\\d+/[A-Za-zĐđ0-9/&-]+``) over the same text, counting matches and nothing else;

and prints both and their ratio (target: at most 1.0), then the time of a first reading with
vnadmin's caches emptied (the rounds find them warm). Then it times find_citations on
200 KB adversarial inputs ("1/" repeated, "Quyết định số " repeated, runs of capitals and
hyphens…; target: under 0.2 s each). Each figure is the best of ``--repeat`` runs (the
baseline and find_citations alternate, each going first in every other round); timings
vary with the machine and its load, so the script prints figures and asserts nothing.

    python benchmarks/citations.py [--size 5000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from rounds import alternate, clear_reading_caches

from vnadmin import find_citations

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-report.txt"
CORPUS = ROOT.parent / "shared" / "corpus"

BASELINE = re.compile(r"\d+/[A-Za-zĐđ0-9/&-]+")
ADVERSARIAL_SIZE = 200_000


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The shortest wall time of ``repeat`` calls, and the last result."""
    times = []
    result: object = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def body(parts: list[str], size: int) -> str:
    unit = "\n\n".join(parts)
    return unit * (size // len(unit) + 1)


def bodies(size: int) -> dict[str, str]:
    out = {"seed": body([SEED.read_text(encoding="utf-8")], size)}
    texts = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if texts:
        out["corpus"] = body([p.read_text(encoding="utf-8", errors="replace") for p in texts], size)
    else:
        print("(../shared/corpus is absent: the corpus body is skipped)")
    return out


def adversarial() -> dict[str, str]:
    def rep(unit: str) -> str:
        return unit * (ADVERSARIAL_SIZE // len(unit) + 1)

    return {
        '"1/" repeated': rep("1/"),
        '"Quyết định số " repeated': rep("Quyết định số "),
        '… then a number': rep("Quyết định số ") + "05/QĐ-UBND",
        "capitals and hyphens after 1/": "1/" + rep("AB-"),
        '"A-" repeated': rep("A-"),
        "one run of 200k capitals": "Số 1/" + "A" * ADVERSARIAL_SIZE,
        '"QĐ-" repeated': rep("QĐ-"),
        "slashes": "/" * ADVERSARIAL_SIZE,
        '"Luật " repeated': rep("Luật "),
        '"Bộ Luật năm 2015 " repeated': rep("Bộ Luật năm 2015 "),
        '"Luật ngày 1 " repeated': rep("Luật ngày 1 "),
        "dates": rep("ngày 1/1/2020, "),
        "pinpoints then a number": rep("khoản 1 Điều 2 ") + "Nghị định số 30/2020/NĐ-CP",
        '"Bộ 1/ " repeated (words after slashes)': rep("Bộ 1/ "),
        '"của Bộ " after a citation': "Quyết định số 05/QĐ-UBND của " + rep("Bộ "),
        "hyphen + line break": rep("05/QĐ-\n"),
        "slash + line break": rep("05/\n   QĐ "),
        "a run of combining marks (NFC sorts)": "Quyết định số 05/QĐ-UBND a" + rep("\u0316\u0301"),
        "NFD prose": rep(unicodedata.normalize("NFD", "Quyết định số 833/QĐ-UBND ngày 29/7/2022 của UBND tỉnh; ")),
        "dense citations (not adversarial)": rep("05/QĐ-UBND, "),
        "… one space apart (not adversarial)": rep("05/QĐ-UBND "),
        "dense laws by name (not adversarial)": rep("Hiến pháp năm 2013 "),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=5_000_000, help="characters per body (default 5 MB)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the best is kept")
    args = parser.parse_args()

    find_citations(SEED.read_text(encoding="utf-8"))  # load the vocabulary and registries
    print(f"find_citations vs one re.finditer pass (best of {args.repeat})")
    for name, text in bodies(args.size).items():
        # rounds in turns, so that a busy machine slows both sides alike and neither side
        # always finds the caches warm
        results: dict[str, object] = {}

        def run_base(t: str = text, out: dict[str, object] = results) -> None:
            out["matches"] = sum(1 for _ in BASELINE.finditer(t))

        def run_find(t: str = text, out: dict[str, object] = results) -> None:
            out["found"] = find_citations(t)

        base_times, find_times = alternate(run_base, run_find, args.repeat)
        matches, found = results["matches"], results["found"]
        t_base, t_find = min(base_times), min(find_times)
        assert isinstance(found, list)
        mb = len(text.encode("utf-8")) / 1e6
        print(
            f"  {name:7s} {len(text) / 1e6:5.2f} M chars ({mb:5.2f} MB UTF-8): "
            f"baseline {t_base:6.3f} s ({matches} matches), "
            f"find_citations {t_find:6.3f} s ({len(found)} citations, {mb / t_find:5.1f} MB/s), "
            f"ratio {t_find / t_base:4.2f} (target ≤ 1.0)"
        )
        # The rounds above find vnadmin's caches (parsed numbers, folded words, dates) warm
        # from the round before; a first reading of new text pays for filling them.
        colds = []
        for _ in range(min(3, args.repeat)):
            clear_reading_caches()
            t, _ = best(lambda t=text: find_citations(t), 1)
            colds.append(t)
        t_cold = min(colds)
        print(f"          first reading (caches cleared): {t_cold:6.3f} s, ratio {t_cold / t_base:4.2f}")

    print(f"adversarial inputs of {ADVERSARIAL_SIZE // 1000} KB (target < 0.2 s each)")
    for name, text in adversarial().items():
        t, found = best(lambda t=text: find_citations(t), args.repeat)
        assert isinstance(found, list)
        mark = "ok" if t < 0.2 else "SLOW"
        print(f"  {name:36s} {t:6.3f} s  {len(found):6d} citations  {mark}")


if __name__ == "__main__":
    main()
