"""ƣ/Ƣ (Latin OI, U+01A3/U+01A2) printed for ư/Ư, as text extracted from PDFs made with the
old Vietnamese fonts reads ("BỘ CÔNG THƢƠNG", "- Lƣu: VT", "Thông tƣ"): every reader takes
them for the letters they stand for, as it takes Ð/Ɖ for Đ."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin import text, xml
from vnadmin.text.lines import prepare_lines
from vnadmin.unicode import LOOKALIKES, normalize

_PDF_TEXT = """BỘ CÔNG THƢƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC XÚC TIẾN THƢƠNG MẠI                  Độc lập - Tự do - Hạnh phúc

Số: 125/XTTM-KH                  Hà Nội, ngày 12 tháng 5 năm 2025
V/v hƣớng dẫn thực hiện Thông tƣ số 12/2024/TT-BCT

Kính gửi: Các Sở Công Thƣơng.

Thực hiện Thông tƣ số 12/2024/TT-BCT ngày 01 tháng 7 năm 2024 của Bộ Công Thƣơng, Cục
hƣớng dẫn nhƣ sau.

Nơi nhận:                                        KT. CỤC TRƢỞNG
- Nhƣ trên;                                      PHÓ CỤC TRƢỞNG
- Lƣu: VT, KH.

                                                 Nguyễn Văn Hƣng
"""


def test_normalize_reads_latin_oi_as_u_horn() -> None:
    assert normalize("BỘ CÔNG THƢƠNG") == "BỘ CÔNG THƯƠNG"
    assert normalize("- Lƣu: VT") == "- Lưu: VT"
    assert LOOKALIKES["\u01a3"] == "ư" and LOOKALIKES["\u01a2"] == "Ư"


def test_prepare_lines_repairs_a_line_holding_one() -> None:
    lines = prepare_lines("Bộ Công Thương\nThông tƣ số 12\n")[0]
    assert lines == ["Bộ Công Thương", "Thông tư số 12", ""]


def test_text_reader_reads_a_pdf_extraction_with_latin_oi() -> None:
    doc = text.loads(_PDF_TEXT)
    assert doc.header.parent_body == "BỘ CÔNG THƯƠNG"
    assert doc.header.issuing_body == "CỤC XÚC TIẾN THƯƠNG MẠI"
    assert doc.recipients is not None
    assert doc.recipients.items[-1].text.startswith("Lưu: VT, KH")
    assert doc.recipients.archive is doc.recipients.items[-1]
    assert doc.signature is not None and doc.signature.title == "PHÓ CỤC TRƯỞNG"
    assert doc.signature.name == "Nguyễn Văn Hưng"
    cited = [c for p in doc.paragraphs() for c in p.citations]
    assert cited and cited[0].doc_type is not None and cited[0].doc_type.name == "Thông tư"
    assert "\u01a3" not in text.dumps(doc) and "\u01a2" not in text.dumps(doc)


def test_xml_reader_repairs_it_too() -> None:
    doc = text.loads(_PDF_TEXT)
    markup = xml.dumps(doc).decode("utf-8").replace("THƯƠNG MẠI", "THƢƠNG MẠI")
    assert "THƢƠNG MẠI" in markup
    back = xml.loads(markup.encode("utf-8"))
    assert back == doc and back.header.issuing_body == "CỤC XÚC TIẾN THƯƠNG MẠI"


@given(st.text(alphabet=st.sampled_from("aưƣƢƯ ĐÐđð\u0301"), max_size=30))
def test_normalize_leaves_no_lookalike(s: str) -> None:
    out = normalize(s)
    assert not any(c in out for c in LOOKALIKES)
    assert normalize(out) == out


def test_xml_reader_fast_check_knows_every_lookalike() -> None:
    from vnadmin.xml.reader import _FORMAT_OR_LETTER_CHARS, _nfc

    for c in _FORMAT_OR_LETTER_CHARS:
        for value in ("Sở Công Thương" + c, "Sở Công Thương, " * 5 + c):  # short and long paths
            assert _nfc(value) == normalize(value) != value
