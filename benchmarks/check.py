"""Benchmark of ``vnadmin check`` over many seed-sized documents.

Writes N variations of the seed report (examples/seed-report.txt) into a temporary
directory and runs the real command (``python -m vnadmin check DIR``) as a subprocess:

- documents per second with ``--jobs 1`` and ``--jobs 2`` on 2,000 documents, and the
  speed-up of two jobs over one;
- peak memory (the largest resident set of the command and its workers, from
  ``resource.getrusage(RUSAGE_CHILDREN)`` in a fresh wrapper process per run) at 200 and
  at 2,000 documents;
- a baseline measured in the same run: a subprocess that only reads and decodes the same
  files and splits them into lines, so the ratio says what checking costs beyond I/O and
  interpreter start-up.

Targets (issue 7): ≥ 300 documents/s on one core, ≥ 1.6× that with two jobs, and peak
memory at 2,000 documents within 10% of that at 200. Timings vary with the machine; the
script prints figures and never asserts them.

    python benchmarks/check.py [--docs 2000] [--small 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-report.txt"

# Runs one command in a fresh process and reports its wall time and the peak RSS (KiB)
# of everything it started, so each measurement has its own RUSAGE_CHILDREN.
_WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "seconds": elapsed, "cpu": u.ru_utime + u.ru_stime, "maxrss_kib": u.ru_maxrss}))
"""

_BASELINE = """
import pathlib, sys
n = 0
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    n += len(p.read_bytes().decode("utf-8").splitlines())
"""

_WORDS = ("công tác", "thi đua", "giảm nghèo", "chuyển đổi số", "khoa học", "người lao động", "đơn vị", "kế hoạch")


def variant(text: str, rng: random.Random, i: int) -> str:
    """The seed with small changes: another month in the date line, other years and numbers
    in a few citations, a sentence added to the first section."""
    month = rng.randint(3, 12)
    out = text.replace("ngày tháng 3 năm 2025", f"ngày tháng {month} năm 2025", 1)
    out = out.replace("1397/KH-STTTT", f"{1000 + i % 9000}/KH-STTTT")
    out = out.replace("833/QĐ-UBND", f"{100 + rng.randint(0, 899)}/QĐ-UBND")
    extra = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 20)))
    return out.replace("I. Khái quát đặc điểm tình hình\n", f"I. Khái quát đặc điểm tình hình\n\nBổ sung {extra}.\n", 1)


def generate(directory: Path, count: int, seed: int = 7) -> None:
    text = SEED.read_text(encoding="utf-8")
    rng = random.Random(seed)
    for i in range(count):
        sub = directory / f"{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"bc-{i:05d}.txt").write_text(variant(text, rng, i), encoding="utf-8")


def measure(cmd: list[str]) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(proc.stdout)
    return result


def check_cmd(directory: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "vnadmin", "check", str(directory), "--jobs", str(jobs),
            "--no-config", "--no-progress", "--today", "2025-12-31"]


def best(cmd: list[str], repeat: int) -> dict[str, float]:
    runs = [measure(cmd) for _ in range(repeat)]
    fastest = min(runs, key=lambda r: r["seconds"])
    fastest["maxrss_kib"] = max(r["maxrss_kib"] for r in runs)
    return fastest


def split_costs(directory: Path, count: int) -> tuple[float, float]:
    """Milliseconds per document spent reading (vnadmin.text.load) and validating
    (vnadmin.validate), measured in this process on ``count`` of the files."""
    import time

    import vnadmin
    from vnadmin.rules import Config

    paths = sorted(directory.rglob("*.txt"))[:count]
    config = Config(today=__import__("datetime").date(2025, 12, 31))
    t0 = time.perf_counter()
    docs = [vnadmin.text.load(p) for p in paths]
    t1 = time.perf_counter()
    for d in docs:
        vnadmin.validate(d, config=config)
    t2 = time.perf_counter()
    return (t1 - t0) / len(paths) * 1000, (t2 - t1) / len(paths) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="vnadmin-bench-") as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        generate(big, args.docs)
        generate(small, args.small)
        size = sum(p.stat().st_size for p in big.rglob("*.txt")) / args.docs

        base = best([sys.executable, "-c", _BASELINE, str(big)], args.repeat)
        one = best(check_cmd(big, 1), args.repeat)
        two = best(check_cmd(big, 2), args.repeat)
        mem_small = best(check_cmd(small, 1), args.repeat)
        mem_big = one
        mem_small2 = best(check_cmd(small, 2), args.repeat)
        read_ms, validate_ms = split_costs(small, args.small)

    if one["rc"] != 1 or two["rc"] != 1:
        print(f"unexpected exit status: jobs 1 → {one['rc']}, jobs 2 → {two['rc']} (expected 1: the seed has errors)")
        return 1
    rate1 = args.docs / one["seconds"]
    rate2 = args.docs / two["seconds"]
    print(f"documents: {args.docs} seed variants, {size / 1024:.1f} KiB each")
    print(f"baseline (read + decode + splitlines in a subprocess): {base['seconds']:.2f} s")
    print(f"check --jobs 1: {one['seconds']:.2f} s = {rate1:.0f} docs/s "
          f"(target ≥ 300); {one['seconds'] / base['seconds']:.1f}× the baseline")
    print(f"  CPU time of the --jobs 1 run: {one['cpu']:.2f} s = {args.docs / one['cpu']:.0f} docs per CPU-second")
    print(f"  per document in-process: text.load {read_ms:.2f} ms, validate {validate_ms:.2f} ms")
    print(f"check --jobs 2: {two['seconds']:.2f} s = {rate2:.0f} docs/s; speed-up {rate2 / rate1:.2f}× (target ≥ 1.6×)")
    print(f"peak memory --jobs 1: {mem_small['maxrss_kib'] / 1024:.1f} MiB at {args.small} docs, "
          f"{mem_big['maxrss_kib'] / 1024:.1f} MiB at {args.docs} docs: "
          f"{(mem_big['maxrss_kib'] / mem_small['maxrss_kib'] - 1) * 100:+.1f}% (target within 10%)")
    print(f"peak memory --jobs 2 (largest process): {mem_small2['maxrss_kib'] / 1024:.1f} MiB at {args.small} docs, "
          f"{two['maxrss_kib'] / 1024:.1f} MiB at {args.docs} docs: "
          f"{(two['maxrss_kib'] / mem_small2['maxrss_kib'] - 1) * 100:+.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
