"""Benchmark vnadmin.xml against lxml's own parse and serialise of the same XML.

    python benchmarks/xml.py [--repeat N] [--sections N]

For the seed report (read through ``vnadmin.text``) and a generated document with 200
sections, it times ``vnadmin.xml.dumps`` + ``vnadmin.xml.loads`` (hardened parse, schema
validation, model building) against ``lxml.etree.fromstring`` + ``lxml.etree.tostring`` of
the same bytes, measured in the same run, and prints the (CPU) times and ratios. The target is a
ratio of at most 4 (validation included). Timings are the best of ``--repeat`` runs; the
round trip and the baseline take turns, each going first in every other round, so that
each runs just after the other's work (timed alone, thirty times in a row, the baseline
kept its caches warm and came out 5–8% faster than when it follows other work).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is called xml.py: keep its folder off the import path so that ``import xml``
# (the standard library package) still finds the real one.
_HERE = Path(__file__).resolve().parent
from rounds import alternate  # noqa: E402  (from this folder, before it leaves the path)

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

import argparse  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

from lxml import etree  # noqa: E402

import vnadmin  # noqa: E402
from vnadmin import xml as vx  # noqa: E402
from vnadmin.model import (  # noqa: E402
    Document,
    DocumentNumber,
    Footnote,
    FootnoteRef,
    Header,
    IssueDate,
    Paragraph,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
)
from vnadmin.xml import markup, parser, reader  # noqa: E402
from vnadmin.xml.schema import validate  # noqa: E402

ROOT = _HERE.parent
SEED = ROOT / "examples" / "seed-report.txt"


def best(fn: Callable[[], object], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs of ``fn``, in seconds (one warm-up first). CPU
    time of this process, not wall time, so that other work on the machine weighs less."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def interleaved(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The best CPU times of ``a`` and ``b`` over ``repeat`` rounds taken in turns (one
    warm-up of each first)."""
    a()
    b()
    times_a, times_b = alternate(a, b, repeat, time.process_time)
    return min(times_a), min(times_b)


def seed_document() -> Document:
    return vnadmin.text.loads(SEED.read_text(encoding="utf-8"))


def generated_document(sections: int, seed: int = 2025) -> Document:
    """A decision with ``sections`` sections (Điều with khoản below them), paragraphs drawn
    from the seed report's sentences, their citations found by vnadmin.find_citations, and
    a footnote every tenth article. Deterministic for a given ``seed``."""
    rng = random.Random(seed)
    sentences = [
        line.strip().lstrip("- ")
        for line in SEED.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 80
    ]

    def paragraph(bullet: str | None = None, ref: str | None = None) -> Paragraph:
        text = rng.choice(sentences)
        refs = (FootnoteRef(ref, text.index(" ")),) if ref else ()
        return Paragraph(text, bullet=bullet, footnote_refs=refs, citations=tuple(vnadmin.find_citations(text)))

    articles = max(1, sections // 4)
    body: list[Section] = []
    footnotes: list[Footnote] = []
    made = 0
    for n in range(1, articles + 1):
        if made >= sections:
            break
        made += 1
        clauses = []
        for k in range(1, 4):
            if made >= sections:
                break
            made += 1
            clauses.append(Section(str(k), children=(paragraph(), paragraph("-"), paragraph("+"))))
        ref = None
        if n % 10 == 0:
            ref = str(len(footnotes) + 1)
            footnotes.append(Footnote(ref, rng.choice(sentences)))
        body.append(Section(f"Điều {n}", heading=f"Nội dung thứ {n}", children=(paragraph(ref=ref), *clauses)))
    return Document(
        header=Header(
            parent_body="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            issuing_body="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            motto="Độc lập - Tự do - Hạnh phúc",
            number=DocumentNumber("05", type_code="QĐ", issuers=("SKHCN",)),
            issue_date=IssueDate("Quảng Ngãi", 5, 3, 2025),
            doc_type=doctypes.by_code("QĐ"),
            summary="Ban hành Quy chế làm việc",
        ),
        body=tuple(body),
        signature=SignatureBlock(title="GIÁM ĐỐC", name="Trần Thanh Trường"),
        recipients=RecipientList((Recipient("Sở Nội vụ;"), Recipient("Lưu: VT, VP."))),
        footnotes=tuple(footnotes),
    )


def count_sections(doc: Document) -> int:
    return sum(1 for item in doc.walk() if type(item) is Section)


def run(name: str, doc: Document, repeat: int) -> float:
    data = vx.dumps(doc)
    assert vx.loads(data) == doc
    root = parser.parse(data)

    def cold() -> None:
        # The reader caches the numbers and types it has built, the writer the markup of
        # the types it has written; start each run without them, as a process handling
        # its first document would.
        reader._number_of.cache_clear()
        reader._doc_type_of.cache_clear()
        markup._DOC_TYPES.clear()

    def ours() -> None:
        cold()
        vx.loads(vx.dumps(doc))

    def loads() -> None:
        cold()
        vx.loads(data)

    def build() -> None:
        cold()
        reader._read(root, None)

    def baseline() -> None:
        etree.tostring(etree.fromstring(data), xml_declaration=True, encoding="UTF-8")

    t_ours, t_base = interleaved(ours, baseline, repeat)
    t_alone = best(baseline, repeat)
    def dumps() -> None:
        cold()
        vx.dumps(doc)

    t_dumps = best(dumps, repeat)
    t_loads = best(loads, repeat)
    t_parse = best(lambda: parser.parse(data), repeat)
    t_validate = best(lambda: validate(root), repeat)
    t_build = best(build, repeat)
    ratio = t_ours / t_base
    print(f"\n{name}: {len(data):,} bytes, {count_sections(doc)} sections, {sum(1 for _ in doc.paragraphs())} paragraphs")
    print(f"  lxml fromstring + tostring     {t_base * 1e3:9.3f} ms   (baseline)")
    print(f"  vnadmin dumps + loads          {t_ours * 1e3:9.3f} ms   ratio {ratio:5.2f}x  (target <= 4x)")
    print(f"    (the baseline timed alone, warm from its own previous run: {t_alone * 1e3:.3f} ms; "
          f"ratio {t_ours / t_alone:.2f}x)")
    print(f"    dumps                        {t_dumps * 1e3:9.3f} ms")
    print(f"    loads                        {t_loads * 1e3:9.3f} ms")
    print(f"      hardened parse + checks    {t_parse * 1e3:9.3f} ms")
    print(f"      schema validation          {t_validate * 1e3:9.3f} ms")
    print(f"      model building             {t_build * 1e3:9.3f} ms")
    return ratio


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--repeat", type=int, default=30, help="runs per measurement (best is kept)")
    args.add_argument("--sections", type=int, default=200, help="sections in the generated document")
    opts = args.parse_args(argv)
    print(f"vnadmin {vnadmin.__version__}, lxml {etree.__version__}, libxml2 {'.'.join(map(str, etree.LIBXML_VERSION))}")
    ratios = [
        run("seed report (vnadmin.text)", seed_document(), opts.repeat),
        run(f"generated document ({opts.sections} sections)", generated_document(opts.sections), opts.repeat),
    ]
    print(f"\nworst ratio {max(ratios):.2f}x (target <= 4x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
