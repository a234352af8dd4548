"""The seed report (../shared/seed, copy in examples/): the findings issue 7 requires.

The document is read with the real text reader when it exists; a hand-built model with the
fields the reader gives (and the citations of the first paragraphs) is checked as well, so
the rules are pinned independently of the reader."""

from __future__ import annotations

import datetime
import importlib.util
from pathlib import Path

import pytest

import vnadmin
from vnadmin import (
    Citation,
    Document,
    DocumentNumber,
    Footnote,
    Header,
    IssueDate,
    Paragraph,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
)
from vnadmin.rules import Config

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-report.txt"
CONFIG = Config(today=datetime.date(2025, 6, 30))

NAMED = {
    "national-title-missing",
    "motto-missing",
    "issuing-body-missing",
    "number-blank",
    "date-day-blank",
    "date-leading-zero",
    "symbol-type-mismatch",
    "section-numbering-gap",
    "signature-missing",
    "recipients-missing",
    "recipients-archive-missing",
    "citation-invalid",
    "citation-date-after-document",
    "citation-type-mismatch",
}
EXPECTED = {"national-title-missing", "motto-missing", "issuing-body-missing", "number-blank", "date-day-blank"}


def _cite(text: str, prose: str, type_name: str, number: str, date: datetime.date, written: str) -> Citation:
    start = prose.index(text)
    return Citation(
        text,
        (start, start + len(text)),
        doc_type=doctypes.by_name(type_name, system="party" if number.endswith("/TW") else "state"),
        type_written=type_name,
        number=vnadmin.parse_number(number),
        date=date,
        date_written=written,
    )


def seed_by_hand() -> Document:
    p1 = (
        "Theo đề nghị của Sở Nội vụ tại Công văn Hướng dẫn 02/HD-SNV ngày 18/3/2025 của Sở Nội vụ "
        "tỉnh Quảng Ngãi về Tổng kết và khen thưởng tổng kết phong trào thi đua."
    )
    p2 = (
        "Sở Khoa học và Công nghệ được thành lập kể từ ngày 01/3/2025 theo Nghị quyết số "
        "05/NQ-HĐND ngày 19/02/2025."
    )
    p3 = (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 23/6/2021 của Ban Bí thư; Quyết định số 90/QĐ-TTg "
        "ngày 18/01/2022 của Thủ tướng Chính phủ; Công văn số 1471/STTTT-TTBCXB ngày 08/8/2023."
    )
    cites1 = (_cite("Hướng dẫn 02/HD-SNV ngày 18/3/2025", p1, "Hướng dẫn", "02/HD-SNV", datetime.date(2025, 3, 18), "18/3/2025"),)
    cites2 = (_cite("Nghị quyết số 05/NQ-HĐND ngày 19/02/2025", p2, "Nghị quyết", "05/NQ-HĐND", datetime.date(2025, 2, 19), "19/02/2025"),)
    cites3 = (
        _cite("Chỉ thị số 05-CT/TW ngày 23/6/2021", p3, "Chỉ thị", "05-CT/TW", datetime.date(2021, 6, 23), "23/6/2021"),
        _cite("Quyết định số 90/QĐ-TTg ngày 18/01/2022", p3, "Quyết định", "90/QĐ-TTg", datetime.date(2022, 1, 18), "18/01/2022"),
        _cite("Công văn số 1471/STTTT-TTBCXB ngày 08/8/2023", p3, "Công văn", "1471/STTTT-TTBCXB", datetime.date(2023, 8, 8), "08/8/2023"),
    )
    body = (
        Paragraph(p1, citations=cites1),
        Section("I", heading="Khái quát đặc điểm tình hình", children=(Paragraph(p2, citations=cites2),)),
        Section(
            "II",
            heading="Kết quả triển khai thực hiện phong trào thi đua",
            children=tuple(
                Section(str(i), heading=f"Mục {i}", children=(Paragraph(p3, bullet="-", citations=cites3 if i == 1 else ()),))
                for i in range(1, 5)
            ),
        ),
        Section("III", heading="Đánh giá chung", children=(Section("1", heading="Đánh giá chung"), Section("2", heading="Biện pháp"), Section("3", heading="Khó khăn"))),
        Section("IV", heading="Đề xuất, kiến nghị:", children=(Paragraph("Tăng cường triển khai."),)),
    )
    return Document(
        header=Header(
            number=DocumentNumber(None, type_code="BC", issuers=("SKHCHN",)),
            issue_date=IssueDate("Quảng Ngãi", None, 3, 2025),
            doc_type=doctypes.by_code("BC"),
            summary="Tổng kết Phong trào thi đua giai đoạn 2021-2025",
        ),
        body=body,
        signature=SignatureBlock(title="GIÁM ĐỐC", name="Trần Thanh Trường"),
        recipients=RecipientList(
            tuple(
                Recipient(t)
                for t in (
                    "Ban Thi đua Khen thưởng tỉnh;",
                    "Sở Nội vụ;",
                    "GD, các PGD Sở;",
                    "Các phòng, đơn vị thuộc Sở;",
                    "Lưu: VT, VP.",
                )
            )
        ),
        footnotes=(Footnote("1", "Kế hoạch số 2277/KH-STTTT ngày 08/10/2024 về việc giám sát."),),
    )


def _names(doc: Document) -> list[str]:
    return [f.name for f in vnadmin.validate(doc, config=CONFIG)]


def test_seed_by_hand_named_rules() -> None:
    names = set(_names(seed_by_hand()))
    assert names & NAMED == EXPECTED


def test_seed_by_hand_citations_were_checked() -> None:
    # The hand-built seed carries five citations: none is invalid, mistyped or late.
    doc = seed_by_hand()
    cited = [c for p in doc.paragraphs() for c in p.citations]
    assert len(cited) == 5
    assert {str(c.number) for c in cited} >= {"02/HD-SNV", "1471/STTTT-TTBCXB"}


def test_seed_missing_national_title_is_an_error() -> None:
    found = vnadmin.validate(seed_by_hand(), config=CONFIG)
    by_name = {f.name: f for f in found}
    assert by_name["national-title-missing"].severity == "error"
    assert by_name["national-title-missing"].code == "H001"
    assert "Nghị định 30/2020/NĐ-CP" in by_name["national-title-missing"].source


def test_seed_review_profile_lowers_drafting_rules() -> None:
    found = vnadmin.validate(seed_by_hand(), config=Config(profile="review", today=CONFIG.today))
    by_name = {f.name: f.severity for f in found}
    assert by_name["number-blank"] == "info"
    assert by_name["date-day-blank"] == "info"
    assert by_name["national-title-missing"] == "error"


_HAS_READER = importlib.util.find_spec("vnadmin.text") is not None and hasattr(
    importlib.import_module("vnadmin.text"), "load"
)


@pytest.mark.skipif(not _HAS_READER, reason="vnadmin.text.load is not available yet")
def test_seed_read_from_text() -> None:
    doc = vnadmin.text.load(SEED)
    names = set(_names(doc))
    assert names & NAMED == EXPECTED, sorted(names)
    # The reader found the seed's citations, so the citation rules really ran on them.
    assert sum(len(p.citations) for p in doc.paragraphs()) + sum(len(f.citations) for f in doc.footnotes) >= 18
