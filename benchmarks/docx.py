"""Benchmark vnadmin.docx against python-docx, measured in the same run.

Writing: ``vnadmin.docx.dumps(doc)`` against python-docx building the same paragraphs and
tables (with their alignment, bold and italic) from its default template and saving them.
Reading: ``vnadmin.docx.loads(data)`` (blocks and the shared recogniser) against
python-docx opening the same file and iterating over its paragraphs and table cells.
Documents: the seed report (examples/seed-report.txt) and a 200-section document.

Targets: dumps at least 5× faster than python-docx; loads at least 3× faster.

``loads`` is ``blocks`` (unzip, parse, walk the body: the docx reader's own work) followed by
the shared recogniser; the ``blocks`` and ``recog.`` rows time the two halves apart (their
ratios are against the same python-docx reading), so it shows which half a shortfall is in.
The ``floor`` row is the least any lxml-based reader does (inflate and parse the main part,
join each paragraph's text), for scale. vnadmin and python-docx take turns in each round
(each going first in every other round), so that each runs just after the other's work;
figures are medians of ``--repeat`` rounds.

    python benchmarks/docx.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# This script is named docx.py: keep its folder off the import path so that ``import docx``
# finds python-docx, not this file.
_HERE = Path(__file__).resolve().parent
from rounds import alternate  # noqa: E402  (from this folder, before it leaves the path)

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

from vnadmin import docx, text  # noqa: E402
from vnadmin.docx.oxml import qn  # noqa: E402
from vnadmin.docx.recognition import recognise_extraction  # noqa: E402
from vnadmin.docx.styles import STYLES  # noqa: E402
from vnadmin.model import Document, Header, IssueDate, Paragraph, Section, SignatureBlock, doctypes  # noqa: E402
from vnadmin.model.recipients import Recipient, RecipientList  # noqa: E402

ROOT = _HERE.parent


def big_document(sections: int = 200) -> Document:
    """200 sections (I., II., … with numbered sub-sections and bullets)."""
    body = []
    for i in range(1, sections + 1):
        body.append(Section(_roman(i), heading=f"Nội dung công tác thứ {i}", children=(
            Paragraph(f"Sở Khoa học và Công nghệ triển khai nhiệm vụ {i} theo Kế hoạch số {i}/KH-SKHCN "
                      "ngày 05/3/2025 của Sở; bảo đảm tiến độ, chất lượng và hiệu quả."),
            Section("1", heading="Kết quả đạt được", children=(
                Paragraph("Hoàn thành các chỉ tiêu đề ra trong năm.", bullet="-"),
                Paragraph("Tổ chức tuyên truyền, phổ biến rộng rãi đến cán bộ, công chức.", bullet="-"),
            )),
        )))
    return Document(
        header=Header(parent_body="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", issuing_body="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                      national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto="Độc lập - Tự do - Hạnh phúc",
                      issue_date=IssueDate("Quảng Ngãi", 5, 3, 2025), doc_type=doctypes.by_code("BC"),
                      summary="Tổng kết công tác năm 2024"),
        body=tuple(body),
        signature=SignatureBlock(title="GIÁM ĐỐC", name="Trần Văn A"),
        recipients=RecipientList((Recipient("Sở Nội vụ;"), Recipient("Lưu: VT, VP."))),
    )


def _roman(n: int) -> str:
    out = []
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


# -- python-docx doing the same work ---------------------------------------------------------

Plan = list[tuple[str, object]]


def plan_of(doc: Document) -> Plan:
    """The paragraphs and tables vnadmin writes for ``doc``: (text, style) per paragraph,
    per cell for tables. Computed once, outside the timings."""
    W = qn("w:p"), qn("w:tbl")
    out: Plan = []

    def para(p: object) -> tuple[str, str | None]:
        style = p.find(qn("w:pPr/w:pStyle"))  # type: ignore[attr-defined]
        text_ = "".join(t.text or "" for t in p.iter(qn("w:t")))  # type: ignore[attr-defined]
        return text_, style.get(qn("w:val")) if style is not None else None

    for child in docx.document_xml(doc).find(qn("w:body")):
        if child.tag == W[0]:
            out.append(("p", para(child)))
        elif child.tag == W[1]:
            rows = [[[para(p) for p in tc.iter(qn("w:p"))] for tc in tr.iter(qn("w:tc"))]
                    for tr in child.iter(qn("w:tr"))]
            out.append(("tbl", rows))
    return out


def python_docx_build(plan: Plan) -> bytes:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = python_docx.Document()

    def fill(p: object, text_: str, style: str | None) -> None:
        spec = STYLES.get(style or "Normal", STYLES["Normal"])
        run = p.add_run(text_)  # type: ignore[attr-defined]
        run.bold = spec.bold or None
        run.italic = spec.italic or None
        if spec.size:
            run.font.size = Pt(spec.size)
        run.font.name = "Times New Roman"
        if spec.align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER  # type: ignore[attr-defined]
        elif spec.align == "both":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # type: ignore[attr-defined]

    for kind, item in plan:
        if kind == "p":
            text_, style = item  # type: ignore[misc]
            fill(d.add_paragraph(), text_, style)
        else:
            rows = item  # type: ignore[assignment]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            for r, cells in enumerate(rows):  # type: ignore[arg-type]
                for c, paras in enumerate(cells):
                    cell = table.cell(r, c)
                    for k, (text_, style) in enumerate(paras):
                        fill(cell.paragraphs[0] if k == 0 else cell.add_paragraph(), text_, style)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def lxml_text(data: bytes) -> int:
    """The least a reader built on lxml does: inflate the main part, parse it and join the
    text of each paragraph (no styles, numbering, footnotes, layout hints or recognition).
    Not a target: the ``floor`` row shows how much of python-docx's time this alone takes."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    p, t = qn("w:p"), qn("w:t")
    return sum(len("".join(x.text or "" for x in para.iter(t))) for para in root.iter(p))


def python_docx_read(data: bytes) -> int:
    import docx as python_docx

    d = python_docx.Document(io.BytesIO(data))
    n = sum(len(p.text) for p in d.paragraphs)
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                n += len(cell.text)
    return n


# -- timing ------------------------------------------------------------------------------------

def interleaved(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The median times of ``a`` and ``b`` over ``repeat`` rounds taken in turns."""
    times_a, times_b = alternate(a, b, repeat)
    return statistics.median(times_a), statistics.median(times_b)


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    docs = {"seed": text.load(ROOT / "examples" / "seed-report.txt"), "200 sections": big_document()}
    print(f"{'document':14} {'operation':8} {'vnadmin':>10} {'python-docx':>12} {'ratio':>7}  target")
    ok = True
    for name, doc in docs.items():
        data = docx.dumps(doc)
        plan = plan_of(doc)
        python_docx_build(plan)  # warm imports
        w_ours, w_base = interleaved(
            lambda doc=doc: docx.dumps(doc), lambda plan=plan: python_docx_build(plan), args.repeat
        )
        r_ours, r_base = interleaved(
            lambda data=data: docx.loads(data), lambda data=data: python_docx_read(data), args.repeat
        )
        r_floor = best(lambda data=data: lxml_text(data), args.repeat)
        r_alone = best(lambda data=data: python_docx_read(data), args.repeat)
        r_blocks = best(lambda data=data: docx.blocks(data), args.repeat)
        found = docx.blocks(data)
        r_recognise = best(lambda found=found: recognise_extraction(found), args.repeat)
        for op, ours, base, target in (("dumps", w_ours, w_base, 5.0), ("loads", r_ours, r_base, 3.0),
                                       ("blocks", r_blocks, r_base, None),
                                       ("recog.", r_recognise, r_base, None),
                                       ("floor", r_floor, r_base, None)):
            ratio = base / ours
            mark = "" if target is None else ("ok" if ratio >= target else "MISSED") + f" (≥{target:.0f}×)"
            if target is not None and ratio < target:
                ok = False
            print(f"{name:14} {op:8} {ours * 1000:8.2f}ms {base * 1000:10.2f}ms {ratio:6.1f}×  {mark}")
        print(f"{'':14} (python-docx reading timed alone, warm from its own previous run: "
              f"{r_alone * 1000:.2f}ms; loads {r_alone / r_ours:.1f}×)")
    print("all targets met" if ok else "some targets MISSED (see above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
