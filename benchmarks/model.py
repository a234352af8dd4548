"""How long building a seed-sized Document takes with the model's validators on, against
the same shape built from plain ``@dataclass(frozen=True, slots=True)`` classes that
validate nothing — both measured in the same run.

The shape follows the seed report (../shared/seed/): a header with number and date, ten
sections holding sixty paragraphs (bullets among them, one with a footnote reference),
a signature, five recipients and a footnote — about a hundred objects.

Run: ``python benchmarks/model.py [--repeat N] [--number N]``. Target: ratio ≤ 2.0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import timeit
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import vnadmin
from vnadmin import (
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
)

# --- the baseline: the same shape, no validation ------------------------------------------


@dataclass(frozen=True, slots=True)
class PlainNumber:
    number: str | None
    type_code: str | None = None
    issuers: tuple[str, ...] = ()
    year: int | None = None
    unit: str | None = None
    style: str = "administrative"


@dataclass(frozen=True, slots=True)
class PlainDate:
    place: str | None
    day: int | None
    month: int | None
    year: int | None
    day_written: str | None = None
    month_written: str | None = None


@dataclass(frozen=True, slots=True)
class PlainHeader:
    parent_body: str | None
    issuing_body: str | None
    national_title: str | None
    motto: str | None
    number: PlainNumber | None
    issue_date: PlainDate | None
    doc_type: Any
    summary: str | None


@dataclass(frozen=True, slots=True)
class PlainRef:
    marker: str
    offset: int


@dataclass(frozen=True, slots=True)
class PlainParagraph:
    text: str
    bullet: str | None = None
    footnote_refs: tuple[PlainRef, ...] = ()


@dataclass(frozen=True, slots=True)
class PlainSection:
    label: str
    heading: str | None
    children: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class PlainSignature:
    authority: str | None
    principal: str | None
    title: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class PlainRecipient:
    text: str
    bullet: str | None = "-"


@dataclass(frozen=True, slots=True)
class PlainRecipients:
    items: tuple[PlainRecipient, ...] = ()
    label: str | None = "Nơi nhận:"


@dataclass(frozen=True, slots=True)
class PlainFootnote:
    marker: str
    text: str


@dataclass(frozen=True, slots=True)
class PlainDocument:
    header: PlainHeader
    body: tuple[Any, ...] = ()
    signature: PlainSignature | None = None
    recipients: PlainRecipients | None = None
    footnotes: tuple[PlainFootnote, ...] = field(default=())


# --- one builder, two sets of classes -------------------------------------------------------

SENTENCE = "Sở đã triển khai các nhiệm vụ chuyển đổi số trên địa bàn tỉnh Quảng Ngãi."
RECIPIENTS = ("Ban Thi đua Khen thưởng tỉnh;", "Sở Nội vụ;", "GD, các PGD Sở;", "Các phòng, đơn vị thuộc Sở;")
DOC_TYPE = vnadmin.doctypes.by_code("BC")


def build(k: dict[str, Callable[..., Any]]) -> Any:
    """Build the seed-shaped document from the classes in ``k``."""
    header = k["Header"](
        None,
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        k["Number"]("142", type_code="BC", issuers=("SKHCN",)),
        k["Date"]("Quảng Ngãi", 18, 3, 2025),
        DOC_TYPE,
        "Tổng kết Phong trào thi đua giai đoạn 2021-2025",
    )
    sections = []
    for s in range(10):
        paragraphs = []
        for p in range(6):
            refs = (k["Ref"]("1", 14),) if s == 9 and p == 5 else ()
            bullet = "-" if p else None
            paragraphs.append(k["Paragraph"](SENTENCE, bullet=bullet, footnote_refs=refs))
        sections.append(k["Section"](str(s + 1), f"Nội dung thứ {s + 1}", tuple(paragraphs)))
    recipients = (*(k["Recipient"](t) for t in RECIPIENTS), k["Recipient"]("Lưu: VT, VP."))
    return k["Document"](
        header,
        body=tuple(sections),
        signature=k["Signature"](None, None, "GIÁM ĐỐC", "Trần Thanh Trường"),
        recipients=k["Recipients"](recipients),
        footnotes=(k["Footnote"]("1", "Kế hoạch số 2277/KH-STTTT ngày 08/10/2024."),),
    )


MODEL: dict[str, Callable[..., Any]] = {
    "Header": Header,
    "Number": DocumentNumber,
    "Date": IssueDate,
    "Ref": FootnoteRef,
    "Paragraph": Paragraph,
    "Section": Section,
    "Recipient": Recipient,
    "Recipients": RecipientList,
    "Signature": SignatureBlock,
    "Footnote": Footnote,
    "Document": lambda header, **kw: Document(header, **kw),
}

PLAIN: dict[str, Callable[..., Any]] = {
    "Header": PlainHeader,
    "Number": PlainNumber,
    "Date": lambda place, d, m, y: PlainDate(place, d, m, y, f"{d:02d}", str(m)),
    "Ref": PlainRef,
    "Paragraph": PlainParagraph,
    "Section": PlainSection,
    "Recipient": PlainRecipient,
    "Recipients": PlainRecipients,
    "Signature": PlainSignature,
    "Footnote": PlainFootnote,
    "Document": PlainDocument,
}


def count_objects(doc: Document) -> int:
    """Model objects in the built document (header parts, sections, paragraphs, …)."""
    n = 1 + 1 + 2 + len(doc.body) + 1 + 1 + len(doc.footnotes)  # doc, header, number+date, …
    assert doc.recipients is not None
    n += len(doc.recipients.items)
    for p in doc.paragraphs():
        n += 1 + len(p.footnote_refs)
    return n


def measure(builder: Callable[[], Any], number: int, repeat: int) -> float:
    """Best time of one build, in microseconds."""
    times = timeit.repeat(builder, number=number, repeat=repeat)
    return min(times) / number * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--number", type=int, default=200, help="builds per timing (default 200)")
    parser.add_argument("--repeat", type=int, default=7, help="timings per side (default 7)")
    args = parser.parse_args(argv)

    doc = build(MODEL)
    plain = build(PLAIN)
    assert isinstance(doc, Document) and isinstance(plain, PlainDocument)
    objects = count_objects(doc)

    # Interleave the two sides so that machine noise hits both alike.
    model_times, plain_times = [], []
    for _ in range(3):
        plain_times.append(measure(lambda: build(PLAIN), args.number, args.repeat))
        model_times.append(measure(lambda: build(MODEL), args.number, args.repeat))
    model_us, plain_us = min(model_times), min(plain_times)
    ratio = model_us / plain_us

    print(f"vnadmin {vnadmin.__version__}, Python {sys.version.split()[0]}, {dt.date.today()}")
    print(f"seed-sized Document: {objects} objects ({len(doc.body)} sections, "
          f"{sum(1 for _ in doc.paragraphs())} paragraphs, {len(doc.recipients or ())} recipients, "
          f"{len(doc.footnotes)} footnote)")  # fmt: skip
    print(f"model (attrs, validators on):       {model_us:9.1f} µs per document")
    print(f"baseline (frozen slotted dataclass): {plain_us:9.1f} µs per document")
    print(f"best of each round: model {', '.join(f'{t:.1f}' for t in model_times)} µs; "
          f"baseline {', '.join(f'{t:.1f}' for t in plain_times)} µs")  # fmt: skip
    print(f"ratio: {ratio:.2f}x (target ≤ 2.00x) — {'met' if ratio <= 2.0 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
